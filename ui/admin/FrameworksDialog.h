#pragma once

#include "core/domain/PolicyFramework.h"
#include "ui/common/RecordEditor.h"

#include <QDialog>

class Document;
class QPushButton;
class QTableWidget;

/// Adds a policy framework (id 0) or edits one.
class FrameworkEditor final : public RecordEditor<FrameworkRepository, PolicyFramework>
{
    Q_OBJECT

public:
    FrameworkEditor(Document& document, qint64 id, QWidget* parent = nullptr);
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
