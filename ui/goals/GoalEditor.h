#pragma once

#include "core/domain/WardGoal.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class MeasurementTable;
class QComboBox;
class QLabel;
class QLineEdit;

/// Adds a ward goal (id 0) or edits one with its measurements; saving pushes one undoable command.
class GoalEditor final : public EditorDialog
{
    Q_OBJECT

public:
    /// `wardId` preselects the ward of a new goal.
    GoalEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

    MeasurementTable* measurementTable() const { return m_measurements; }

protected:
    bool save(QList<FieldError>& errors) override;

private:
    /// Reads the fields; number and date problems land in `errors`.
    WardGoal read(QList<FieldError>& errors) const;
    void updateProgress();

    Document& m_document;
    std::optional<WardGoal> m_original;
    QComboBox* m_ward;
    QComboBox* m_framework;
    QLineEdit* m_indicator;
    QLineEdit* m_unit;
    QComboBox* m_direction;
    QLineEdit* m_baseline;
    QLineEdit* m_target;
    QLineEdit* m_start;
    QLineEdit* m_targetDate;
    MeasurementTable* m_measurements;
    QLabel* m_progress;
};
