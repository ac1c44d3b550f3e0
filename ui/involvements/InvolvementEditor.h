#pragma once

#include "core/domain/Involvement.h"
#include "ui/common/RecordEditor.h"

class QCheckBox;
class QComboBox;

/// Adds (id 0) or edits an involvement, from the initiative's side (the person is chosen) or the person's side
/// (the initiative is chosen). With an until date the reason for leaving is asked (DESIGN.md, Domain): the field is
/// enabled and must be chosen ("unknown" is a choice). Saving pushes an undoable command.
class InvolvementEditor final : public RecordEditor<InvolvementRepository, Involvement>
{
    Q_OBJECT

public:
    /// `initiativeId` or `personId` fixes one side for a new involvement; the other is chosen in the dialog.
    InvolvementEditor(Document& document, qint64 id, qint64 initiativeId, qint64 personId, QWidget* parent = nullptr);

protected:
    /// Once the dates could be read: the repository's messages and a missing reason for leaving, all at once.
    void check(const Involvement& involvement, QList<FieldError>& errors) const override;

private:
    /// The row of the side that is chosen (the person or the initiative), after the fixed side's.
    void addOtherField();
    void fillPersons();

    bool m_choosePerson;
    QComboBox* m_other = nullptr;
    QCheckBox* m_allWards = nullptr;
};
