#include "EventModel.h"

#include "ui/Document.h"
#include "ui/common/ColumnTitles.h"
#include "ui/common/Inputs.h"

EventModel::EventModel(Document& document, qint64 initiativeId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_initiativeId(initiativeId)
{
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Activities) {
            reload();
        }
    });
    reload();
}

void EventModel::reload()
{
    beginResetModel();
    m_events = m_document.events().forInitiative(m_initiativeId);
    endResetModel();
}

qint64 EventModel::idAt(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row).id : 0;
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const AnonymousEvent& e = m_events.at(index.row());
    if (role == IdRole) {
        return e.id;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Participants) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Date:
        return Inputs::listDate(e.date);
    case Participants:
        return e.participants;
    case Kind:
        return e.kind;
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header(*this, {tr("Date"), tr("Participants"), tr("Kind")}, section, orientation, role);
}
