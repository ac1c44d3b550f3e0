#pragma once

#include "core/domain/SupportMap.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Adds a collective need of a ward (id 0) or edits one; saving pushes an undoable command.
class NeedEditor final : public EditorDialog
{
    Q_OBJECT

public:
    NeedEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    std::optional<Need> m_original;
    QComboBox* m_ward;
    QComboBox* m_theme;
    QPlainTextEdit* m_description;
    QLineEdit* m_signalledBy;
    QLineEdit* m_signalledOn;
    QComboBox* m_severity;
    QCheckBox* m_open;
};
