#include "ParticipationView.h"

#include "ui/common/Inputs.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

ParticipationView::ParticipationView(QWidget* parent)
    : RecordListView(Document::Kind::Participation, QT_TR_NOOP("Delete participation moment"), parent)
    , m_channel(addEnumFilter<Channel>(u"channelComboBox"_s, tr("Show only moments through this channel"),
                                       tr("All channels")))
{
    setObjectName(u"participationView"_s);
    setCountText(QT_TR_N_NOOP("%n participation moment(s)"));
    searchLineEdit()->setPlaceholderText(tr("Search notes..."));
}

void ParticipationView::setChannelFilter(std::optional<Channel> channel)
{
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel ? Enums::key(*channel) : QString())));
}

std::optional<Channel> ParticipationView::channelFilter() const
{
    return Enums::fromKey<Channel>(m_channel->currentData().toString());
}

void ParticipationView::fillQuery(ListQuery& query) const
{
    query.channel = m_channel->currentData().toString();
}

QString ParticipationView::describeRecord(const ParticipationMoment& moment) const
{
    return tr("the %1 of %2").arg(Enums::label(moment.kind), Inputs::listDate(moment.date));
}
