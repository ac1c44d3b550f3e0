#include "PartnerView.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

PartnerView::PartnerView(QWidget* parent)
    : RecordListView(Document::Kind::Partners, QT_TR_NOOP("Delete partner"), parent)
    , m_type(
          addEnumFilter<PartnerType>(u"typeComboBox"_s, tr("Show only partners of this type"), tr("All partner types")))
{
    setObjectName(u"partnerView"_s);
    setCountText(QT_TR_N_NOOP("%n partner(s)"));
    searchLineEdit()->setPlaceholderText(tr("Search name or contact person..."));
}

void PartnerView::fillQuery(ListQuery& query) const
{
    query.partnerType = m_type->currentData().toString();
}

QString PartnerView::describeRecord(const Partner& partner) const
{
    return tr("partner \u201c%1\u201d").arg(partner.name);
}
