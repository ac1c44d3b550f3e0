#include "ThemeChecklist.h"

#include "core/storage/ThemeRepository.h"

#include <algorithm>

ThemeChecklist::ThemeChecklist(ThemeRepository& themes, QWidget* parent)
    : QListWidget(parent)
{
    for (const Theme& theme : themes.all()) {
        auto* item = new QListWidgetItem(theme.name, this);
        item->setData(Qt::UserRole, theme.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setMaximumHeight(130);
}

void ThemeChecklist::setCheckedIds(const QList<qint64>& ids)
{
    for (int i = 0; i < count(); ++i) {
        item(i)->setCheckState(ids.contains(item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> ThemeChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked) {
            ids << item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool ThemeChecklist::setChecked(const QString& name, bool checked)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->text() == name) {
            item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}
