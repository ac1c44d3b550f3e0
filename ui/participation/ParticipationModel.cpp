#include "ParticipationModel.h"

#include "ui/common/Inputs.h"

#include <QLocale>

ParticipationModel::ParticipationModel(ParticipationRepository& repository, QObject* parent)
    : LazyRowModel<ParticipationRow>(parent)
    , m_repository(repository)
{
}

int ParticipationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipationModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const ParticipationRow& r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return Inputs::listDate(r.date);
        case Ward:
            return r.wardName;
        case Kind:
            return Enums::label(r.kind);
        case Channel_:
            return Enums::label(r.channel);
        case Participants:
            return QLocale().toString(r.participants);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Participants ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant ParticipationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Ward:
        return tr("Ward");
    case Kind:
        return tr("Kind");
    case Channel_:
        return tr("Channel");
    case Participants:
        return tr("Participants");
    default:
        return {};
    }
}

QVariant ParticipationModel::exportValue(const QModelIndex& index) const
{
    if (!hasRow(index)) {
        return {};
    }
    const ParticipationRow& r = rowAt(index.row());
    switch (index.column()) {
    case Date:
        return r.date;
    case Participants:
        return r.participants;
    default:
        return data(index, Qt::DisplayRole);
    }
}

CsvType ParticipationModel::exportType(int column) const
{
    return column == Date ? CsvType::Date : column == Participants ? CsvType::Integer : CsvType::Text;
}
