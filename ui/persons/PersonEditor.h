#pragma once

#include "core/domain/Person.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Adds a resident (id 0) or edits one; saving pushes an undoable command.
class PersonEditor final : public EditorDialog
{
    Q_OBJECT

public:
    PersonEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    std::optional<Person> m_original;
    QLineEdit* m_firstName;
    QLineEdit* m_surnamePrefix;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_ward;
    QComboBox* m_engagement;
    QLineEdit* m_skills;
    QLineEdit* m_consentDate;
    QLineEdit* m_consentWithdrawn;
    QLineEdit* m_consentExpires;
    QLineEdit* m_consentScope;
    QPlainTextEdit* m_notes;
};
