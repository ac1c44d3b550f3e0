#include "PartnerView.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

PartnerView::PartnerView(QWidget* parent)
    : RecordListView(Document::Kind::Partners, QT_TR_NOOP("Delete partner"), parent)
    , m_type(addFilterComboBox(u"typeComboBox"_s, tr("Show only partners of this type")))
{
    setObjectName(u"partnerView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search name or contact person..."));
    const QSignalBlocker blocker(m_type);
    m_type->addItem(tr("All partner types"), QString());
    for (PartnerType type : Enums::all<PartnerType>()) {
        m_type->addItem(Enums::label(type), Enums::key(type));
    }
}

void PartnerView::fillQuery(ListQuery& query) const
{
    query.partnerType = m_type->currentData().toString();
}

QString PartnerView::countText(int count) const
{
    return tr("%n partner(s)", nullptr, count);
}

QString PartnerView::describeRecord(const Partner& partner) const
{
    return tr("partner \u201c%1\u201d").arg(partner.name);
}

void PartnerView::setColumnWidths()
{
    resizeColumns({{PartnerModel::Name, 230},
                   {PartnerModel::Type, 140},
                   {PartnerModel::ContactPerson, 170},
                   {PartnerModel::Email, 220},
                   {PartnerModel::Phone, 120}});
}
