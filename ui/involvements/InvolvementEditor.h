#pragma once

#include "core/domain/Involvement.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QCheckBox;
class QComboBox;
class QLineEdit;

/// Adds (id 0) or edits an involvement, from the initiative's side (the person is chosen) or the person's side
/// (the initiative is chosen). With an until date the reason for leaving is asked (DESIGN.md, Domain): the field is
/// enabled and must be chosen ("unknown" is a choice). Saving pushes an undoable command.
class InvolvementEditor final : public EditorDialog
{
    Q_OBJECT

public:
    /// `initiativeId` or `personId` fixes one side for a new involvement; the other is chosen in the dialog.
    InvolvementEditor(Document& document, qint64 id, qint64 initiativeId, qint64 personId, QWidget* parent = nullptr);

protected:
    bool save(QList<FieldError>& errors) override;

private:
    void fillPersons();

    Document& m_document;
    std::optional<Involvement> m_original;
    Involvement m_involvement;
    bool m_choosePerson;
    QComboBox* m_other;
    QCheckBox* m_allWards = nullptr;
    QComboBox* m_role;
    QLineEdit* m_from;
    QLineEdit* m_until;
    QComboBox* m_reason;
};
