#pragma once

#include "core/domain/Initiative.h"
#include "ui/common/RecordEditor.h"

#include <optional>

class QComboBox;
class QGroupBox;

/// Adds an initiative (id 0) or edits one: every field, including the follow-up when it does not fit the policy
/// framework. Saving pushes an undoable command.
class InitiativeEditor final : public RecordEditor<InitiativeRepository, Initiative>
{
    Q_OBJECT

public:
    /// `wardId` preselects the ward of a new initiative.
    InitiativeEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

private:
    void updateFollowUp();

    QComboBox* m_fitsFramework = nullptr;
    QGroupBox* m_followUp = nullptr;
};
