#pragma once

#include "core/domain/WardGoal.h"
#include "ui/common/RecordEditor.h"

#include <optional>

class MeasurementTable;
class QLabel;

/// Adds a ward goal (id 0) or edits one with its measurements; saving pushes one undoable command.
class GoalEditor final : public RecordEditor<GoalRepository, WardGoal>
{
    Q_OBJECT

public:
    /// `wardId` preselects the ward of a new goal.
    GoalEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

    MeasurementTable* measurementTable() const { return m_measurements; }

protected:
    /// The repository's messages; those about the target are left out while a number or date cannot be read.
    void check(const WardGoal& goal, QList<FieldError>& errors) const override;

private:
    void updateProgress();

    MeasurementTable* m_measurements = nullptr;
    QLabel* m_progress = nullptr;
};
