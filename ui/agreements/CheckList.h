#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

/// A searchable list of check boxes (wards, initiatives): a filter line above, the number checked below.
class CheckList final : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 id = 0;
        QString text;
    };

    /// `name` prefixes the object names: "<name>SearchLineEdit", "<name>ListWidget".
    CheckList(const QString& name, const QList<Item>& items, QWidget* parent = nullptr);

    /// Replaces the items; the checked ones that are still there stay checked.
    void setItems(const QList<Item>& items);
    void setCheckedIds(const QList<qint64>& ids);
    /// The checked ids, ascending.
    QList<qint64> checkedIds() const;
    /// Checks or unchecks the item with this text; false when there is none.
    bool setChecked(const QString& text, bool checked);
    QListWidget* listWidget() const { return m_list; }

signals:
    void checkedChanged();

private:
    void checkOnly(const QList<qint64>& ids);
    void filter(const QString& text);
    void updateCount();

    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_count;
};
