#include "CheckList.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

CheckList::CheckList(const QString& name, const QList<Item>& items, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(name + u"CheckList"_s);
    m_search->setObjectName(name + u"SearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Filter..."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter the list below"));
    m_list->setObjectName(name + u"ListWidget"_s);
    m_count->setObjectName(name + u"CountLabel"_s);
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(130);
    // The list is the input: a label's mnemonic focuses it, and the label names it (FieldErrors::addRow).
    setFocusProxy(m_list);
    setItems(items);
    connect(m_search, &QLineEdit::textChanged, this, &CheckList::filter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit checkedChanged();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_count);
    updateCount();
}

void CheckList::setItems(const QList<Item>& items)
{
    const QList<qint64> checked = checkedIds();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Item& i : items) {
            auto* item = new QListWidgetItem(i.text, m_list);
            item->setData(Qt::UserRole, i.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        checkOnly(checked);
    }
    m_search->setVisible(items.size() > 8);
    filter(m_search->text());
    updateCount();
}

void CheckList::setCheckedIds(const QList<qint64>& ids)
{
    {
        const QSignalBlocker blocker(m_list);
        checkOnly(ids);
    }
    updateCount();
    emit checkedChanged();
}

void CheckList::checkOnly(const QList<qint64>& ids)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    // Checked items first, so that what is chosen is visible without scrolling.
    for (int i = 0, top = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            m_list->insertItem(top++, m_list->takeItem(i));
        }
    }
}

QList<qint64> CheckList::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool CheckList::setChecked(const QString& text, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == text) {
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void CheckList::filter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive)
                        && item->checkState() != Qt::Checked);
    }
}

void CheckList::updateCount()
{
    m_count->setText(tr("%n chosen", nullptr, int(checkedIds().size())));
}
