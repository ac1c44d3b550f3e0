#pragma once

#include "core/domain/Ward.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class ThemeChecklist;

/// Adds a ward (id 0) or edits one; saving pushes an undoable command.
class WardEditor final : public EditorDialog
{
    Q_OBJECT

public:
    WardEditor(Document& document, qint64 id, QWidget* parent = nullptr);

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    std::optional<Ward> m_original;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_inhabitants;
    QLineEdit* m_households;
    ThemeChecklist* m_themes;
    QPlainTextEdit* m_notes;
};
