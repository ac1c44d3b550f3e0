#pragma once

#include "core/domain/Kpi.h"
#include "ui/common/FieldEditor.h"
#include "ui/common/MemoryRowModel.h"

#include <QWidget>

class RecordTable;

/// The evaluations of the agreement being edited, newest first. Id role: row + 1.
class EvaluationListModel final : public MemoryRowModel<Evaluation>
{
    Q_OBJECT

public:
    enum Column { Date, Decision, Outcome, ColumnCount };

    explicit EvaluationListModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(EvaluationListModel)

    void setEvaluations(QList<Evaluation> evaluations);
    const QList<Evaluation>& evaluations() const { return rows(); }

protected:
    QVariant cellData(const Evaluation& row, int column, int role) const override;
    /// Rows edited in memory have no database id yet: row + 1.
    qint64 idOf(int row) const override { return row + 1; }

private:
};

/// Adds or edits one evaluation in memory: date, outcome and decision.
class EvaluationEditor final : public FieldEditor<Evaluation>
{
    Q_OBJECT

public:
    EvaluationEditor(const Evaluation& evaluation, bool isNew, QWidget* parent = nullptr);
    /// The evaluation as accepted.
    const Evaluation& evaluation() const { return record(); }
};

/// The evaluations tab of the agreement editor.
class EvaluationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPanel(QWidget* parent = nullptr);

    void setEvaluations(const QList<Evaluation>& evaluations) { m_model->setEvaluations(evaluations); }
    QList<Evaluation> evaluations() const { return m_model->evaluations(); }
    EvaluationListModel* model() const { return m_model; }
    RecordTable* table() const { return m_table; }

private:
    void edit(int row);

    EvaluationListModel* m_model;
    RecordTable* m_table;
};
