#include "WardView.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

WardView::WardView(QWidget* parent)
    : RecordListView(Document::Kind::Wards, QT_TR_NOOP("Delete ward"), parent)
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only wards with this focus theme")))
    , m_type(addEnumFilter<WardType>(u"typeComboBox"_s, tr("Show only wards of this type"), tr("All ward types")))
{
    setObjectName(u"wardView"_s);
    setCountText(QT_TR_N_NOOP("%n ward(s)"));
    searchLineEdit()->setPlaceholderText(tr("Search code, name or notes..."));
}

void WardView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = m_theme->currentData().toLongLong(); theme > 0) {
        query.themeId = theme;
    }
    query.wardType = m_type->currentData().toString();
}

QString WardView::describeRecord(const Ward& ward) const
{
    return tr("ward %1 (%2)").arg(ward.name, ward.code);
}

void WardView::refreshFilters(Document* document)
{
    refillFilter(m_theme, tr("All themes"), document ? document->themes().all() : QList<Theme> {});
}
