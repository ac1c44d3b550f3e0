#pragma once

#include "core/domain/Progress.h"
#include "ui/common/FieldEditor.h"
#include "ui/common/MemoryRowModel.h"

#include <QList>
#include <QWidget>

class RecordTable;

/// The measurements of a KPI or ward goal while its editor is open (nothing is written until the editor saves).
/// The id role (Qt::UserRole) is the row + 1, so that new measurements without a database id can be edited too.
class MeasurementListModel final : public MemoryRowModel<Measurement>
{
    Q_OBJECT

public:
    enum Column { Date, Value, Note, ColumnCount };

    explicit MeasurementListModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MeasurementListModel)

    void setMeasurements(QList<Measurement> measurements);
    const QList<Measurement>& measurements() const { return rows(); }
    void setUnit(const QString& unit) { m_unit = unit; }

protected:
    /// Rows edited in memory have no database id yet: row + 1.
    qint64 idOf(int row) const override { return row + 1; }

private:
    QString m_unit;
};

/// Adds or edits one measurement in memory.
class MeasurementEditor final : public FieldEditor<Measurement>
{
    Q_OBJECT

public:
    MeasurementEditor(const Measurement& measurement, bool isNew, QWidget* parent = nullptr);
    /// The measurement as accepted.
    const Measurement& measurement() const { return record(); }
};

/// The measurements table with add, edit and remove, over a MeasurementListModel.
class MeasurementTable final : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurementTable(const QString& name, QWidget* parent = nullptr);

    void setMeasurements(const QList<Measurement>& measurements);
    QList<Measurement> measurements() const { return m_model->measurements(); }
    void setUnit(const QString& unit) { m_model->setUnit(unit); }
    MeasurementListModel* model() const { return m_model; }
    RecordTable* table() const { return m_table; }

    /// Adds a measurement without a dialog (tests, imports).
    void addMeasurement(const Measurement& measurement);

signals:
    void changed();

private:
    void edit(int row);

    MeasurementListModel* m_model;
    RecordTable* m_table;
};
