#include "WardView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

WardView::WardView(QWidget* parent)
    : RecordListView(Document::Kind::Wards, QT_TR_NOOP("Delete ward"), parent)
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only wards with this focus theme")))
    , m_type(addFilterComboBox(u"typeComboBox"_s, tr("Show only wards of this type")))
{
    setObjectName(u"wardView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search code, name or notes..."));
    const QSignalBlocker blocker(m_type);
    m_type->addItem(tr("All ward types"), QString());
    for (WardType type : Enums::all<WardType>()) {
        m_type->addItem(Enums::label(type), Enums::key(type));
    }
}

void WardView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = m_theme->currentData().toLongLong(); theme > 0) {
        query.themeId = theme;
    }
    query.wardType = m_type->currentData().toString();
}

QString WardView::countText(int count) const
{
    return tr("%n ward(s)", nullptr, count);
}

QString WardView::describeRecord(const Ward& ward) const
{
    return tr("ward %1 (%2)").arg(ward.name, ward.code);
}

void WardView::refreshFilters(Document* document)
{
    refillFilter(m_theme, tr("All themes"), document ? document->themes().all() : QList<Theme> {});
}

void WardView::setColumnWidths()
{
    resizeColumns({{WardModel::Code, 100},
                   {WardModel::Name, 200},
                   {WardModel::Type, 150},
                   {WardModel::Inhabitants, 100},
                   {WardModel::Households, 100},
                   {WardModel::Initiatives, 90},
                   {WardModel::Persons, 90}});
}
