#include "CsvTables.h"

#include "core/domain/CriticalRole.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace CsvTables {

namespace {

TableColumn col(const char* key, const char* label, Dialect::Expression sql, CsvType type = CsvType::Text,
                QHash<QString, QString> enumLabels = {})
{
    TableColumn c;
    c.column = CsvColumn {QString::fromLatin1(key), QString::fromLatin1(label), type, std::move(enumLabels)};
    c.sql = std::move(sql);
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
                                 c.csvSql.isEmpty() ? Dialect::Expression(u"x0."_s + c.name) : c.csvSql,
                                 csvType(c.kind), c.enumLabels);
        column.sqlExcel = c.csvSqlExcel;
        column.shown = c.personal ? S::WithPersonalData : (c.pseudonym ? S::Pseudonymised : S::Always);
        columns << column;
    }
    t.insert(declaration.name, Table {declaration.name, declaration.name + u" x0"_s, u"x0.id"_s, std::move(columns)});
}

QHash<QString, Table> buildTables()
{
    QHash<QString, Table> t;
    auto add = [&t](const char* name, const char* from, QList<TableColumn> columns) {
        t.insert(QString::fromLatin1(name),
                 Table {QString::fromLatin1(name), QString::fromLatin1(from), u"x0.id"_s, std::move(columns)});
    };
    addDeclared(t, Tables::wards());
    addDeclared(t, Tables::persons());
    addDeclared(t, Tables::initiatives());
    addDeclared(t, Tables::involvements());
    add("activities", "activities x0",
        {col("person_id", QT_TRANSLATE_NOOP("CsvTables", "Person"), u"x0.person_id"_s, CsvType::Integer),
         col("initiative_id", QT_TRANSLATE_NOOP("CsvTables", "Initiative"), u"x0.initiative_id"_s, CsvType::Integer),
         col("date", QT_TRANSLATE_NOOP("CsvTables", "Date"), u"x0.date"_s, CsvType::Date),
         col("hours", QT_TRANSLATE_NOOP("CsvTables", "Hours"), u"x0.quarters / 4.0"_s, CsvType::Decimal),
         col("participants", QT_TRANSLATE_NOOP("CsvTables", "Participants"), u"x0.participants"_s, CsvType::Integer),
         col("kind", QT_TRANSLATE_NOOP("CsvTables", "Kind"), u"x0.kind"_s),
         col("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, CsvType::Integer)});
    addDeclared(t, Tables::criticalRoles());
    addDeclared(t, Tables::partners());
    addDeclared(t, Tables::agreements());
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
