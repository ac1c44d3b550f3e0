#include "ParticipationView.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/participation/ParticipationEditor.h"
#include "ui/participation/ParticipationModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>

using namespace Qt::StringLiterals;

ParticipationView::ParticipationView(QWidget* parent)
    : ListView(parent)
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

LazyTableModel* ParticipationView::createModel(Document& document)
{
    return new ParticipationModel(document.participation());
}

void ParticipationView::fillQuery(ListQuery& query) const
{
    query.status = m_channel->currentData().toString();
}

QString ParticipationView::countText(int count) const
{
    return tr("%n participation moment(s)", nullptr, count);
}

void ParticipationView::openEditor(Document& document, qint64 id)
{
    ParticipationEditor editor(document, id, this, wardFilter());
    editor.exec();
}

void ParticipationView::deleteRecord(Document& document, qint64 id)
{
    const auto moment = document.participation().find(id);
    if (!moment) {
        return;
    }
    document.execute(std::make_unique<SaveRecordCommand<ParticipationRepository, ParticipationMoment>>(
        document, Document::Kind::Participation, moment, std::nullopt, tr("Delete participation moment")));
}

QString ParticipationView::describe(Document& document, qint64 id) const
{
    const auto moment = document.participation().find(id);
    return moment ? tr("the %1 of %2").arg(Enums::label(moment->kind), Inputs::listDate(moment->date)) : QString();
}

void ParticipationView::setColumnWidths()
{
    QHeaderView* header = tableView()->horizontalHeader();
    header->resizeSection(ParticipationModel::Date, 100);
    header->resizeSection(ParticipationModel::Ward, 180);
    header->resizeSection(ParticipationModel::Kind, 160);
    header->resizeSection(ParticipationModel::Channel_, 100);
}
