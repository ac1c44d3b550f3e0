#include "PersonModel.h"

#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

PersonModel::PersonModel(PersonRepository& repository, WardRepository* wards, QObject* parent)
    : RepositoryModel(repository, parent)
    , m_wards(wards)
{
    using namespace ListColumns;
    setColumns({
        {.title = QT_TR_NOOP("Name"),
         .shown = [](const PersonRow& r) -> QVariant { return r.sortName(); },
         .personal = true,
         .width = 160},
        text(QT_TR_NOOP("First name"), &PersonRow::firstName, Personal::Yes).withWidth(120),
        {.title = QT_TR_NOOP("Ward"),
         .shown = [this](const PersonRow& r) -> QVariant { return wardName(r.wardCode); },
         .width = 100},
        label(QT_TR_NOOP("Engagement"), &PersonRow::engagement).withWidth(110),
        text(QT_TR_NOOP("Skills"), &PersonRow::skills).withWidth(240),
        text(QT_TR_NOOP("E-mail"), &PersonRow::email, Personal::Yes).withWidth(220),
        date(QT_TR_NOOP("Consent"), &PersonRow::consentDate).withWidth(90),
        {.title = QT_TR_NOOP("Last active"),
         .shown = [](const PersonRow& r) -> QVariant {
             if (!r.lastActive.isValid()) {
                 return tr("never (inactive)");
             }
             return r.inactive ? tr("%1 (inactive)").arg(Inputs::listDate(r.lastActive))
                               : Inputs::listDate(r.lastActive);
         },
         .width = 130},
        {.title = QT_TR_NOOP("Hours (12 months)"),
         .shown = [](const PersonRow& r) -> QVariant { return QLocale().toString(r.hoursLast12Months, 'f', 2); },
         .alignRight = true,
         .width = 110},
    });
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

QVariant PersonModel::cellData(const PersonRow& row, int column, int role) const
{
    switch (role) {
    case Qt::DecorationRole:
        // Inactive residents: an icon beside the name and "(inactive)" in the last-active column, not colour alone.
        if (column == LastName && row.inactive) {
            return Inputs::icon(u"user-away"_s, QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ForegroundRole:
        return row.inactive && (column == LastActive || column == HoursLast12Months)
            ? QVariant(QBrush(Palette::text(Palette::Text::Warning)))
            : QVariant();
    case Qt::ToolTipRole:
        if (column == Ward) {
            return row.wardCode.isEmpty() ? QVariant() : QVariant(row.wardCode);
        }
        return row.inactive ? tr("Inactive: no hours registered in the last %n month(s).", nullptr,
                                 PersonRepository::InactiveAfterMonths)
                            : QVariant();
    case EngagementKeyRole:
        return Enums::key(row.engagement);
    case InactiveRole:
        return row.inactive;
    default:
        return {};
    }
}
