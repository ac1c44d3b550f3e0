#include "ParticipationView.h"

#include "ui/common/Inputs.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

ParticipationView::ParticipationView(QWidget* parent)
    : RecordListView(Document::Kind::Participation, QT_TR_NOOP("Delete participation moment"), parent)
    , m_channel(addFilterComboBox(u"channelComboBox"_s, tr("Show only moments through this channel")))
{
    setObjectName(u"participationView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search notes..."));
    const QSignalBlocker blocker(m_channel);
    m_channel->addItem(tr("All channels"), QString());
    for (Channel channel : Enums::all<Channel>()) {
        m_channel->addItem(Enums::label(channel), Enums::key(channel));
    }
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

QString ParticipationView::countText(int count) const
{
    return tr("%n participation moment(s)", nullptr, count);
}

QString ParticipationView::describeRecord(const ParticipationMoment& moment) const
{
    return tr("the %1 of %2").arg(Enums::label(moment.kind), Inputs::listDate(moment.date));
}

void ParticipationView::setColumnWidths()
{
    resizeColumns({{ParticipationModel::Date, 100},
                   {ParticipationModel::Ward, 180},
                   {ParticipationModel::Kind, 160},
                   {ParticipationModel::Channel_, 100}});
}
