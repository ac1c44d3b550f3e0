#pragma once

#include "core/domain/Kpi.h"
#include "ui/common/MemoryRowModel.h"

#include <QDate>
#include <QWidget>

class Document;
class MeasurementTable;
class QLabel;
class RecordTable;

/// The KPIs of the agreement being edited, with their progress at the reference date. Id role: row + 1.
class KpiListModel final : public MemoryRowModel<Kpi>
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Direction_, Baseline, Target, Latest, ProgressColumn, Status, ColumnCount };

    explicit KpiListModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(KpiListModel)

    void setKpis(QList<Kpi> kpis);
    const QList<Kpi>& kpis() const { return rows(); }
    /// The agreement's period: the expected progress is the share of it that has passed.
    void setPeriod(const QDate& start, const QDate& end);
    void setReferenceDate(const QDate& date);
    Progress progressOf(int row) const;

protected:
    QVariant cellData(const Kpi& row, int column, int role) const override;
    /// Rows edited in memory have no database id yet: row + 1.
    qint64 idOf(int row) const override { return row + 1; }

private:
    Progress progress(const Kpi& kpi) const;

    QDate m_start;
    QDate m_end;
    QDate m_reference;
};

/// The KPIs tab of the agreement editor: the KPIs above, the measurements of the selected KPI and its progress below.
/// Everything stays in memory until the agreement editor saves.
class KpiPanel final : public QWidget
{
    Q_OBJECT

public:
    KpiPanel(Document& document, QWidget* parent = nullptr);

    void setKpis(const QList<Kpi>& kpis);
    QList<Kpi> kpis() const { return m_model->kpis(); }
    void setPeriod(const QDate& start, const QDate& end);
    /// Selects the KPI with this database id (from a signal).
    void selectKpi(qint64 kpiId);
    /// Selects the KPI in this row.
    void selectRow(int row);

    KpiListModel* model() const { return m_model; }
    RecordTable* kpiTable() const { return m_table; }
    MeasurementTable* measurementTable() const { return m_measurements; }

private:
    void edit(int row);
    void showCurrent();
    int currentRow() const;

    Document& m_document;
    KpiListModel* m_model;
    RecordTable* m_table;
    QLabel* m_caption;
    MeasurementTable* m_measurements;
    QLabel* m_progress;
};
