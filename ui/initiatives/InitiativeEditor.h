#pragma once

#include "core/domain/Initiative.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class ThemeChecklist;

/// Adds an initiative (id 0) or edits one: every field, including the follow-up when it does not fit the policy
/// framework. Saving pushes an undoable command.
class InitiativeEditor final : public EditorDialog
{
    Q_OBJECT

public:
    /// `wardId` preselects the ward of a new initiative.
    InitiativeEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

protected:
    bool save(QList<FieldError>& errors) override;

private:
    void updateFollowUp();

    Document& m_document;
    std::optional<Initiative> m_original;
    QComboBox* m_ward;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    ThemeChecklist* m_themes;
    QComboBox* m_track;
    QComboBox* m_status;
    QLineEdit* m_startDate;
    QLineEdit* m_plannedEnd;
    QLineEdit* m_budgetRequested;
    QLineEdit* m_budgetGranted;
    QLineEdit* m_fundingSource;
    QLineEdit* m_fundingEnd;
    QCheckBox* m_followUpFunding;
    QComboBox* m_leadType;
    QComboBox* m_fitsFramework;
    QComboBox* m_framework;
    QGroupBox* m_followUp;
    QLineEdit* m_department;
    QLineEdit* m_owner;
    QLineEdit* m_deadline;
    QPlainTextEdit* m_solution;
    QComboBox* m_followUpStatus;
};
