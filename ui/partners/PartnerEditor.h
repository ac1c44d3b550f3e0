#pragma once

#include "core/domain/Partner.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Adds a partner (id 0) or edits one; saving pushes an undoable command.
class PartnerEditor final : public EditorDialog
{
    Q_OBJECT

public:
    PartnerEditor(Document& document, qint64 id, QWidget* parent = nullptr);

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    std::optional<Partner> m_original;
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_contact;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QPlainTextEdit* m_notes;
};
