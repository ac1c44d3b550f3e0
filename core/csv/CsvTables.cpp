#include "CsvTables.h"

#include "core/domain/CriticalRole.h"
#include "core/domain/Enums.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace CsvTables {

namespace {

/// Keys and English labels of the schema-3 enumerations that have no table in Enums.h (yet); translated in the
/// "Enums" context like the others.
struct KeyLabel
{
    const char* key;
    const char* label;
};

const KeyLabel Monitoring[] = {{"none", QT_TRANSLATE_NOOP("Enums", "none")},
                               {"monthly", QT_TRANSLATE_NOOP("Enums", "monthly")},
                               {"quarterly", QT_TRANSLATE_NOOP("Enums", "quarterly")},
                               {"half_yearly", QT_TRANSLATE_NOOP("Enums", "half-yearly")},
                               {"yearly", QT_TRANSLATE_NOOP("Enums", "yearly")}};
const KeyLabel AgreementStatus[] = {{"draft", QT_TRANSLATE_NOOP("Enums", "draft")},
                                    {"active", QT_TRANSLATE_NOOP("Enums", "active")},
                                    {"expired", QT_TRANSLATE_NOOP("Enums", "expired")},
                                    {"ended", QT_TRANSLATE_NOOP("Enums", "ended")}};

/// Key -> English label; columns() translates the labels.
template<typename Entries> QHash<QString, QString> labels(const Entries& entries)
{
    QHash<QString, QString> l;
    for (const auto& e : entries) {
        l.insert(QString::fromLatin1(e.key), QString::fromLatin1(e.label));
    }
    return l;
}

QHash<QString, QString> criticalRoleLabels()
{
    QHash<QString, QString> l;
    for (const char* key : {"lead", "treasurer", "municipality_contact", "keys"}) {
        const QString k = QString::fromLatin1(key);
        l.insert(k, k); // translated in columns(): CriticalRole::label
    }
    return l;
}

TableColumn col(const char* key, const char* label, const QString& sql, CsvType type = CsvType::Text,
                QHash<QString, QString> enumLabels = {})
{
    TableColumn c;
    c.column = CsvColumn {QString::fromLatin1(key), QString::fromLatin1(label), type, std::move(enumLabels)};
    c.sql = sql;
    return c;
}

TableColumn themed(TableColumn c, const QString& sqlExcel)
{
    c.sqlExcel = sqlExcel;
    return c;
}

using S = TableColumn::Shown;

CsvType csvType(Stored::Kind kind)
{
    switch (kind) {
    case Stored::Kind::Integer:
        return CsvType::Integer;
    case Stored::Kind::Decimal:
        return CsvType::Decimal;
    case Stored::Kind::Money:
        return CsvType::Money;
    case Stored::Kind::Date:
        return CsvType::Date;
    case Stored::Kind::Bool:
        return CsvType::Bool;
    case Stored::Kind::Enum:
        return CsvType::Enum;
    case Stored::Kind::Text:
        break;
    }
    return CsvType::Text;
}

/// A table whose columns come from its declaration (Tables.h): the id first, then every exported column in the
/// declaration's order.
template<typename R> void addDeclared(QHash<QString, Table>& t, const TableDeclaration<R>& declaration)
{
    QList<TableColumn> columns;
    const bool idDeclared = std::any_of(declaration.columns.begin(), declaration.columns.end(),
                                        [](const auto& c) { return !c.stored && c.name == QLatin1String("id"); });
    if (!idDeclared) {
        columns << col("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, CsvType::Integer);
    }
    for (const auto& c : declaration.columns) {
        if (!c.label) {
            continue;
        }
        TableColumn column = col(c.csvName().toLatin1().constData(), c.label,
                                 c.csvSql.isEmpty() ? u"x0."_s + c.name : c.csvSql, csvType(c.kind), c.enumLabels);
        column.sqlExcel = c.csvSqlExcel;
        column.shown = c.personal ? S::WithPersonalData : (c.pseudonym ? S::Pseudonymised : S::Always);
        columns << column;
    }
    t.insert(declaration.name, Table {declaration.name, declaration.name + u" x0"_s, u"x0.id"_s, std::move(columns)});
}

QHash<QString, Table> buildTables()
{
    QHash<QString, Table> t;
    const QString wardCode = u"(SELECT code FROM wards w2 WHERE w2.id = x0.ward_id)"_s;
    auto add = [&t](const char* name, const char* from, QList<TableColumn> columns) {
        t.insert(QString::fromLatin1(name),
                 Table {QString::fromLatin1(name), QString::fromLatin1(from), u"x0.id"_s, std::move(columns)});
    };
    addDeclared(t, Tables::wards());
    addDeclared(t, Tables::persons());
    add("initiatives", "initiatives x0",
        {col("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, CsvType::Integer),
         col("ward_code", QT_TRANSLATE_NOOP("CsvTables", "Ward"), wardCode),
         col("title", QT_TRANSLATE_NOOP("CsvTables", "Title"), u"x0.title"_s),
         col("status", QT_TRANSLATE_NOOP("CsvTables", "Status"), u"x0.status"_s, CsvType::Enum,
             labels(EnumTable<InitiativeStatus>::entries)),
         col("track", QT_TRANSLATE_NOOP("CsvTables", "Track"), u"x0.track"_s, CsvType::Enum,
             labels(EnumTable<Track>::entries)),
         col("lead_type", QT_TRANSLATE_NOOP("CsvTables", "Lead"), u"x0.lead_type"_s, CsvType::Enum,
             labels(EnumTable<LeadType>::entries)),
         col("start_date", QT_TRANSLATE_NOOP("CsvTables", "Start date"), u"x0.start_date"_s, CsvType::Date),
         col("planned_end", QT_TRANSLATE_NOOP("CsvTables", "Planned end"), u"x0.planned_end"_s, CsvType::Date),
         col("budget_requested", QT_TRANSLATE_NOOP("CsvTables", "Budget requested"), u"x0.budget_requested_cents"_s,
             CsvType::Money),
         col("budget_granted", QT_TRANSLATE_NOOP("CsvTables", "Budget granted"), u"x0.budget_granted_cents"_s,
             CsvType::Money),
         col("funding_end", QT_TRANSLATE_NOOP("CsvTables", "Funding end"), u"x0.funding_end"_s, CsvType::Date),
         col("follow_up_funding", QT_TRANSLATE_NOOP("CsvTables", "Follow-up funding"), u"x0.follow_up_funding"_s,
             CsvType::Bool),
         col("fits_framework", QT_TRANSLATE_NOOP("CsvTables", "Fits policy framework"), u"x0.fits_framework"_s,
             CsvType::Enum, labels(EnumTable<FitsFramework>::entries)),
         col("description", QT_TRANSLATE_NOOP("CsvTables", "Description"), u"x0.description"_s),
         col("funding_source", QT_TRANSLATE_NOOP("CsvTables", "Funding source"), u"x0.funding_source"_s),
         themed(
             col("themes", QT_TRANSLATE_NOOP("CsvTables", "Themes"), Tables::themeKeysOf(Tables::initiativeThemes())),
             Tables::themeNamesOf(Tables::initiativeThemes())),
         col("framework_id", QT_TRANSLATE_NOOP("CsvTables", "Policy framework"), u"x0.framework_id"_s,
             CsvType::Integer),
         col("followup_department", QT_TRANSLATE_NOOP("CsvTables", "Follow-up department"),
             u"x0.followup_department"_s),
         col("followup_owner", QT_TRANSLATE_NOOP("CsvTables", "Follow-up owner"), u"x0.followup_owner"_s),
         col("followup_deadline", QT_TRANSLATE_NOOP("CsvTables", "Follow-up deadline"), u"x0.followup_deadline"_s,
             CsvType::Date),
         col("followup_solution", QT_TRANSLATE_NOOP("CsvTables", "Follow-up solution"), u"x0.followup_solution"_s),
         col("followup_status", QT_TRANSLATE_NOOP("CsvTables", "Follow-up status"), u"x0.followup_status"_s,
             CsvType::Enum, labels(EnumTable<FollowUpStatus>::entries))});
    addDeclared(t, Tables::involvements());
    add("activities", "activities x0",
        {col("person_id", QT_TRANSLATE_NOOP("CsvTables", "Person"), u"x0.person_id"_s, CsvType::Integer),
         col("initiative_id", QT_TRANSLATE_NOOP("CsvTables", "Initiative"), u"x0.initiative_id"_s, CsvType::Integer),
         col("date", QT_TRANSLATE_NOOP("CsvTables", "Date"), u"x0.date"_s, CsvType::Date),
         col("hours", QT_TRANSLATE_NOOP("CsvTables", "Hours"), u"x0.quarters / 4.0"_s, CsvType::Decimal),
         col("participants", QT_TRANSLATE_NOOP("CsvTables", "Participants"), u"x0.participants"_s, CsvType::Integer),
         col("kind", QT_TRANSLATE_NOOP("CsvTables", "Kind"), u"x0.kind"_s),
         col("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, CsvType::Integer)});
    add("critical_roles", "critical_roles x0",
        {col("initiative_id", QT_TRANSLATE_NOOP("CsvTables", "Initiative"), u"x0.initiative_id"_s, CsvType::Integer),
         col("role", QT_TRANSLATE_NOOP("CsvTables", "Role"), u"x0.role"_s, CsvType::Enum, criticalRoleLabels()),
         col("holder_person_id", QT_TRANSLATE_NOOP("CsvTables", "Holder"), u"x0.holder_person_id"_s, CsvType::Integer),
         col("backup_person_id", QT_TRANSLATE_NOOP("CsvTables", "Backup"), u"x0.backup_person_id"_s, CsvType::Integer),
         col("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, CsvType::Integer)});
    addDeclared(t, Tables::partners());
    add("agreements", "agreements x0",
        {col("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, CsvType::Integer),
         col("partner_id", QT_TRANSLATE_NOOP("CsvTables", "Partner"), u"x0.partner_id"_s, CsvType::Integer),
         col("title", QT_TRANSLATE_NOOP("CsvTables", "Title"), u"x0.title"_s),
         col("status", QT_TRANSLATE_NOOP("CsvTables", "Status"), u"x0.status"_s, CsvType::Enum,
             labels(AgreementStatus)),
         col("start_date", QT_TRANSLATE_NOOP("CsvTables", "Start date"), u"x0.start_date"_s, CsvType::Date),
         col("end_date", QT_TRANSLATE_NOOP("CsvTables", "End date"), u"x0.end_date"_s, CsvType::Date),
         col("budget", QT_TRANSLATE_NOOP("CsvTables", "Budget"), u"x0.budget_cents"_s, CsvType::Money),
         col("monitoring", QT_TRANSLATE_NOOP("CsvTables", "Monitoring"), u"x0.monitoring"_s, CsvType::Enum,
             labels(Monitoring)),
         col("me_agreed", QT_TRANSLATE_NOOP("CsvTables", "M&E agreed"), u"x0.me_agreed"_s, CsvType::Bool),
         col("next_evaluation", QT_TRANSLATE_NOOP("CsvTables", "Next evaluation"), u"x0.next_evaluation"_s,
             CsvType::Date),
         col("description", QT_TRANSLATE_NOOP("CsvTables", "Description"), u"x0.description"_s),
         col("ward_codes", QT_TRANSLATE_NOOP("CsvTables", "Wards"),
             u"(SELECT group_concat(code, '|') FROM (SELECT w.code FROM agreement_wards a JOIN wards w ON "
             "w.id = a.ward_id WHERE a.agreement_id = x0.id ORDER BY w.code) AS ordered_items)"_s),
         col("initiative_ids", QT_TRANSLATE_NOOP("CsvTables", "Initiatives"),
             u"(SELECT group_concat(initiative_id, '|') FROM (SELECT initiative_id FROM agreement_initiatives "
             "WHERE agreement_id = x0.id ORDER BY initiative_id) AS ordered_items)"_s)});
    addDeclared(t, Tables::kpis());
    add("kpi_measurements", "kpi_measurements x0",
        {col("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, CsvType::Integer),
         col("kpi_id", QT_TRANSLATE_NOOP("CsvTables", "KPI"), u"x0.kpi_id"_s, CsvType::Integer),
         col("date", QT_TRANSLATE_NOOP("CsvTables", "Date"), u"x0.date"_s, CsvType::Date),
         col("value", QT_TRANSLATE_NOOP("CsvTables", "Value"), u"x0.value"_s, CsvType::Decimal),
         col("note", QT_TRANSLATE_NOOP("CsvTables", "Note"), u"x0.note"_s)});
    addDeclared(t, Tables::goals());
    add("goal_measurements", "goal_measurements x0",
        {col("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, CsvType::Integer),
         col("goal_id", QT_TRANSLATE_NOOP("CsvTables", "Goal"), u"x0.goal_id"_s, CsvType::Integer),
         col("date", QT_TRANSLATE_NOOP("CsvTables", "Date"), u"x0.date"_s, CsvType::Date),
         col("value", QT_TRANSLATE_NOOP("CsvTables", "Value"), u"x0.value"_s, CsvType::Decimal),
         col("note", QT_TRANSLATE_NOOP("CsvTables", "Note"), u"x0.note"_s)});
    addDeclared(t, Tables::participation());
    addDeclared(t, Tables::needs());
    addDeclared(t, Tables::offers());
    return t;
}

const QHash<QString, Table>& tables()
{
    static const QHash<QString, Table> all = buildTables();
    return all;
}

} // namespace

QStringList exportableTables()
{
    return {u"wards"_s,          u"initiatives"_s,       u"persons"_s,       u"involvements"_s, u"activities"_s,
            u"critical_roles"_s, u"partners"_s,          u"agreements"_s,    u"kpis"_s,         u"kpi_measurements"_s,
            u"goals"_s,          u"goal_measurements"_s, u"participation"_s, u"needs"_s,        u"offers"_s};
}

QStringList importableTables()
{
    return {u"wards"_s, u"persons"_s, u"initiatives"_s, u"involvements"_s, u"activities"_s, u"critical_roles"_s};
}

const Table* table(const QString& name)
{
    const auto it = tables().constFind(name);
    return it == tables().constEnd() ? nullptr : &it.value();
}

QList<TableColumn> columns(const Table& table, Privacy privacy)
{
    QList<TableColumn> result;
    for (TableColumn c : table.columns) {
        if ((c.shown == S::WithPersonalData && privacy != Privacy::WithPersonalData)
            || (c.shown == S::Pseudonymised && privacy != Privacy::Pseudonymised)) {
            continue;
        }
        c.column.label = QCoreApplication::translate("CsvTables", c.column.label.toUtf8().constData());
        const bool criticalRole
            = table.name == QLatin1String("critical_roles") && c.column.key == QLatin1String("role");
        for (auto it = c.column.enumLabels.begin(); it != c.column.enumLabels.end(); ++it) {
            it.value() = criticalRole ? CriticalRole::label(it.key())
                                      : QCoreApplication::translate("Enums", it.value().toUtf8().constData());
        }
        result << c;
    }
    return result;
}

} // namespace CsvTables
