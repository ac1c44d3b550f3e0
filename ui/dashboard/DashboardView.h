#pragma once

#include "core/risk/RiskTypes.h"

#include <QDate>
#include <QPointer>
#include <QWidget>
#include <optional>

class ChartPanel;
class Document;
class QChart;
class QDateEdit;
class QGridLayout;
class QLabel;
class RiskCharts;

/// The dashboard: charts in titled sections, two per row, for the open document, the main window's ward filter
/// and a reference date. Each chart can be saved as PNG and clicks through to the list behind it (the signals
/// below; the main window navigates).
///
/// Other features add their own sections with addSection() or addChart() and refresh them on contextChanged(),
/// reading document(), wardFilter() and referenceDate().
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void setDocument(Document* document);
    Document* document() const { return m_document; }
    void setWardFilter(std::optional<qint64> wardId);
    std::optional<qint64> wardFilter() const { return m_wardFilter; }
    /// The reference date of the risk charts (today by default; shared with the risk cache of the document).
    QDate referenceDate() const;

    /// Adds a section with a title and any widget; returns the section's frame.
    QWidget* addSection(const QString& title, QWidget* widget);
    /// Adds a chart in a ChartPanel (Save as PNG... button and context menu) as a section.
    ChartPanel* addChart(const QString& title, QChart* chart);
    /// Every chart panel on the dashboard (for saving and tests).
    QList<ChartPanel*> chartPanels() const;

public slots:
    /// Rebuilds every chart (also emits contextChanged()).
    void refresh();

signals:
    /// The document, ward filter or reference date changed: sections should rebuild.
    void contextChanged();
    /// Click-through: the initiatives list filtered on the ward (all wards: nullopt) and band (all: nullopt).
    void initiativesRequested(std::optional<qint64> wardId, std::optional<RiskBand> band);
    /// Click-through: the residents list filtered on the ward and an engagement key (empty: all).
    void personsRequested(std::optional<qint64> wardId, const QString& engagementKey);
    /// Click-through from a key person: "what if this person stops?".
    void whatIfRequested(qint64 personId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPointer<Document> m_document;
    std::optional<qint64> m_wardFilter;
    QDateEdit* m_date;
    QLabel* m_scope;
    QGridLayout* m_grid;
    RiskCharts* m_riskCharts = nullptr;
    bool m_stale = true;
};
