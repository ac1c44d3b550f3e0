#include "PersonModel.h"

#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

PersonModel::PersonModel(PersonRepository& repository, WardRepository* wards, QObject* parent)
    : RepositoryModel(repository, ColumnCount, parent)
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

QStringList PersonModel::columnTitles() const
{
    return {tr("Name"),   tr("First name"), tr("Ward"),        tr("Engagement"),       tr("Skills"),
            tr("E-mail"), tr("Consent"),    tr("Last active"), tr("Hours (12 months)")};
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
