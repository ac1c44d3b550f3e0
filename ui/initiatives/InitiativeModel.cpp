#include "InitiativeModel.h"

#include "common/Inputs.h"
#include "domain/Money.h"

InitiativeModel::InitiativeModel(InitiativeRepository& repository, QObject* parent)
    : LazyRowModel<InitiativeRow>(parent)
    , m_repository(repository)
{
}

int InitiativeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InitiativeModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const InitiativeRow& r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return r.title;
        case Ward: return r.wardName.isEmpty() ? r.wardCode : r.wardName;
        case Status: return Enums::label(r.status);
        case Track: return Enums::label(r.track);
        case Themes: return r.themes;
        case StartDate: return Inputs::listDate(r.startDate);
        case PlannedEnd: return Inputs::listDate(r.plannedEnd);
        case BudgetGranted: return r.budgetGrantedCents ? Money::format(r.budgetGrantedCents) : QString();
        case FundingEnd: return Inputs::listDate(r.fundingEnd);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Ward) {
            return r.wardCode;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BudgetGranted) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole: return r.id;
    case WardIdRole: return r.wardId;
    case StatusKeyRole: return Enums::key(r.status);
    default: return {};
    }
}

QVariant InitiativeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Title: return tr("Title");
    case Ward: return tr("Ward");
    case Status: return tr("Status");
    case Track: return tr("Track");
    case Themes: return tr("Themes");
    case StartDate: return tr("Start");
    case PlannedEnd: return tr("Planned end");
    case BudgetGranted: return tr("Granted");
    case FundingEnd: return tr("Funding ends");
    default: return {};
    }
}
