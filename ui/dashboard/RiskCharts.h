#pragma once

#include "core/risk/RiskTypes.h"
#include "core/storage/ContinuitySql.h"
#include "core/storage/DashboardQueries.h"
#include "ui/common/Background.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class ChartPanel;
class DashboardView;
class Document;
class RiskCache;

/// The dashboard's continuity-risk charts: risk bands per ward, risk trend, engagement mix, key persons, hours
/// per month and the pipeline per ward (DESIGN.md, Succession help). The bands come from the document's RiskCache;
/// trend, key persons and hours are computed together on a worker thread (the trend of all wards takes seconds on a
/// large municipality).
class RiskCharts final : public QObject
{
    Q_OBJECT

public:
    explicit RiskCharts(DashboardView& dashboard);

    /// The background part (trend, key persons, hours).
    struct Slow
    {
        QList<TrendPoint> trend;
        QList<KeyPerson> keyPersons;
        QList<MonthHours> hours;
        QList<ContinuitySql::Pipeline> pipeline; ///< per ward, the 12 months up to the reference date
    };

    ChartPanel* bandsPanel() const { return m_bands; }
    ChartPanel* trendPanel() const { return m_trend; }
    ChartPanel* engagementPanel() const { return m_engagement; }
    ChartPanel* keyPersonsPanel() const { return m_keyPersons; }
    ChartPanel* hoursPanel() const { return m_hours; }
    ChartPanel* pipelinePanel() const { return m_pipeline; }
    /// True while the background part is being computed.
    bool isBusy() const;

signals:
    /// The background part arrived and its charts are built.
    void slowChartsReady();

private:
    void rebuild();
    void rebuildBands();
    void rebuildEngagement();
    void startSlow();
    void buildSlow(const Slow& slow);
    void buildPipeline(QList<ContinuitySql::Pipeline> pipeline);
    void later(const std::function<void()>& navigate);
    void setPlaceholder(ChartPanel* panel, const QString& title, const QString& text);

    DashboardView& m_dashboard;
    QPointer<Document> m_document;
    QPointer<RiskCache> m_cache;
    ChartPanel* m_bands;
    ChartPanel* m_trend;
    ChartPanel* m_engagement;
    ChartPanel* m_keyPersons;
    ChartPanel* m_hours;
    ChartPanel* m_pipeline;
    QFutureWatcher<TaskResult<Slow>>* m_watcher;
    int m_generation = 0;
};
