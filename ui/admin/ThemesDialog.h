#pragma once

#include <QDialog>

class Document;
class QListWidget;
class QPushButton;

/// Manages the themes: add, rename and delete (refused while wards or initiatives use a theme). Undoable.
class ThemesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ThemesDialog(Document& document, QWidget* parent = nullptr);

private:
    void reload();
    void addTheme();
    void renameTheme();
    void deleteTheme();
    qint64 currentId() const;

    Document& m_document;
    QListWidget* m_list;
    QPushButton* m_rename;
    QPushButton* m_delete;
};
