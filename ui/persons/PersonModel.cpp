#include "PersonModel.h"

#include "common/Inputs.h"

PersonModel::PersonModel(PersonRepository& repository, QObject* parent)
    : LazyRowModel<PersonRow>(parent)
    , m_repository(repository)
{
}

int PersonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const PersonRow& r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LastName: return r.lastName;
        case FirstName: return r.firstName;
        case Ward: return r.wardCode;
        case Engagement: return Enums::label(r.engagement);
        case Skills: return r.skills;
        case Email: return r.email;
        case ConsentDate: return Inputs::listDate(r.consentDate);
        default: return {};
        }
    case IdRole: return r.id;
    case EngagementKeyRole: return Enums::key(r.engagement);
    default: return {};
    }
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LastName: return tr("Last name");
    case FirstName: return tr("First name");
    case Ward: return tr("Ward");
    case Engagement: return tr("Engagement");
    case Skills: return tr("Skills");
    case Email: return tr("E-mail");
    case ConsentDate: return tr("Consent");
    default: return {};
    }
}

QVariant PersonModel::exportValue(const QModelIndex& index) const
{
    if (hasRow(index) && index.column() == ConsentDate) {
        return rowAt(index.row()).consentDate;
    }
    return data(index, Qt::DisplayRole);
}

CsvType PersonModel::exportType(int column) const
{
    return column == ConsentDate ? CsvType::Date : CsvType::Text;
}

bool PersonModel::isPersonalColumn(int column) const
{
    return column == LastName || column == FirstName || column == Email;
}
