#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Kpi.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class ChartPanel;
class DashboardView;
class Document;
class QChart;

/// The dashboard's charts about agreements and goals: agreements ending and evaluations due per month (the next 12
/// months), KPI and ward-goal progress against target (horizontal bars, a line at 100 %), participation by channel
/// per ward (the last 12 months) and support gaps per theme. Each bar clicks through: the signals below name the
/// filtered list behind it. Each chart is a ChartPanel, so it can be saved as PNG.
class AgreementCharts final : public QObject
{
    Q_OBJECT

public:
    /// Adds the four charts to the dashboard as sections.
    explicit AgreementCharts(DashboardView& dashboard);

    ChartPanel* duePanel() const { return m_due; }
    ChartPanel* progressPanel() const { return m_progress; }
    ChartPanel* participationPanel() const { return m_participation; }
    ChartPanel* gapsPanel() const { return m_gaps; }

    /// What the progress chart shows, top to bottom.
    const QList<ProgressRow>& progressRows() const { return m_progressRows; }

public slots:
    void rebuild();

signals:
    /// A month bar: the agreements ending in `month`.
    void agreementsEndingRequested(const QDate& month);
    /// A month bar: the agreements whose next evaluation lies in `month`.
    void evaluationsDueRequested(const QDate& month);
    /// A KPI bar: the agreements list searched for the KPI's agreement.
    void agreementRequested(qint64 agreementId, const QString& title);
    /// A goal bar: the ward goals list for the goal's ward, searched for its indicator.
    void goalsRequested(std::optional<qint64> wardId, const QString& indicator);
    /// A participation bar: the participation moments of the ward through the channel.
    void participationRequested(qint64 wardId, Channel channel);
    /// A theme bar: the needs in the theme (only the gaps when the gaps bar was clicked).
    void needsRequested(qint64 themeId, bool gapsOnly);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildDue();
    void rebuildProgress();
    void rebuildParticipation();
    void rebuildGaps();

    DashboardView& m_dashboard;
    QPointer<Document> m_document;
    ChartPanel* m_due;
    ChartPanel* m_progress;
    ChartPanel* m_participation;
    ChartPanel* m_gaps;
    QList<ProgressRow> m_progressRows;
    bool m_stale = true;
};
