#pragma once

#include "core/domain/PolicyFramework.h"
#include "ui/common/EditorDialog.h"

#include <QDialog>
#include <optional>

class Document;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/// Adds a policy framework (id 0) or edits one.
class FrameworkEditor final : public EditorDialog
{
    Q_OBJECT

public:
    FrameworkEditor(Document& document, qint64 id, QWidget* parent = nullptr);

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    std::optional<PolicyFramework> m_original;
    QLineEdit* m_title;
    QLineEdit* m_adoptedOn;
    QLineEdit* m_reviewBy;
    QPlainTextEdit* m_notes;
};

/// Manages the policy frameworks: add, edit and delete (refused while initiatives refer to one). Undoable.
class FrameworksDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FrameworksDialog(Document& document, QWidget* parent = nullptr);

private:
    void reload();
    void edit(qint64 id);
    void deleteFramework();
    qint64 currentId() const;

    Document& m_document;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_delete;
};
