#include "ParticipationModel.h"

#include "ui/common/Inputs.h"

#include <QLocale>

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

QStringList ParticipationModel::columnTitles() const
{
    return {tr("Date"), tr("Ward"), tr("Kind"), tr("Channel"), tr("Participants")};
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
