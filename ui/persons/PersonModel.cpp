#include "PersonModel.h"

#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

PersonModel::PersonModel(PersonRepository& repository, WardRepository* wards, QObject* parent)
    : LazyRowModel<PersonRow>(parent)
    , m_repository(repository)
    , m_wards(wards)
{
    // A ward renamed or added: read the names again with the next rows.
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_wardNames.clear(); });
}

QString PersonModel::wardName(const QString& code) const
{
    if (!m_wards || code.isEmpty()) {
        return code;
    }
    if (m_wardNames.isEmpty()) {
        for (const ::Ward& ward : m_wards->all()) {
            m_wardNames.insert(ward.code, ward.name);
        }
    }
    return m_wardNames.value(code, code);
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
        case LastName:
            return r.sortName();
        case FirstName:
            return r.firstName;
        case Ward:
            return wardName(r.wardCode);
        case Engagement:
            return Enums::label(r.engagement);
        case Skills:
            return r.skills;
        case Email:
            return r.email;
        case ConsentDate:
            return Inputs::listDate(r.consentDate);
        case LastActive:
            if (!r.lastActive.isValid()) {
                return tr("never (inactive)");
            }
            return r.inactive ? tr("%1 (inactive)").arg(Inputs::listDate(r.lastActive))
                              : Inputs::listDate(r.lastActive);
        case HoursLast12Months:
            return QLocale().toString(r.hoursLast12Months, 'f', 2);
        default:
            return {};
        }
    case Qt::DecorationRole:
        // Inactive residents: an icon beside the name and "(inactive)" in the last-active column, not colour alone.
        if (index.column() == LastName && r.inactive) {
            return Inputs::icon(u"user-away"_s, QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ForegroundRole:
        return r.inactive && (index.column() == LastActive || index.column() == HoursLast12Months)
            ? QVariant(QBrush(Palette::text(Palette::Text::Warning)))
            : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Ward) {
            return r.wardCode.isEmpty() ? QVariant() : QVariant(r.wardCode);
        }
        return r.inactive ? tr("Inactive: no hours registered in the last %n month(s).", nullptr,
                               PersonRepository::InactiveAfterMonths)
                          : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == HoursLast12Months ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return r.id;
    case EngagementKeyRole:
        return Enums::key(r.engagement);
    case InactiveRole:
        return r.inactive;
    default:
        return {};
    }
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LastName:
        return tr("Name");
    case FirstName:
        return tr("First name");
    case Ward:
        return tr("Ward");
    case Engagement:
        return tr("Engagement");
    case Skills:
        return tr("Skills");
    case Email:
        return tr("E-mail");
    case ConsentDate:
        return tr("Consent");
    case LastActive:
        return tr("Last active");
    case HoursLast12Months:
        return tr("Hours (12 months)");
    default:
        return {};
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
