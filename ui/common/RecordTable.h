#pragma once

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;

/// A small table of records inside a detail tab, with buttons to add, edit and remove. The owner supplies what the
/// buttons do; the id of a row is read from the model's Qt::UserRole.
class RecordTable final : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        std::function<void()> add;
        std::function<void(qint64 id)> edit;
        std::function<void(qint64 id)> remove;
    };

    RecordTable(const QString& name, QAbstractItemModel* model, Actions actions, QWidget* parent = nullptr);

    QTableView* tableView() const { return m_table; }
    /// What the table holds ("Meetings"): its accessible name.
    void setTitle(const QString& title);
    /// The id of the current row, or 0.
    qint64 currentId() const;
    /// For extra buttons beside add, edit and remove.
    QHBoxLayout* buttonLayout() const { return m_buttons; }

private:
    void updateButtons();

    QAbstractItemModel* m_model;
    Actions m_actions;
    QTableView* m_table;
    QHBoxLayout* m_buttons;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};
