#include "ImportQueries.h"

#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ImportQueries {

namespace {

QString tableName(Table table)
{
    switch (table) {
    case Table::Wards:
        return u"wards"_s;
    case Table::Persons:
        return u"persons"_s;
    case Table::Initiatives:
        return u"initiatives"_s;
    case Table::Involvements:
        return u"involvements"_s;
    case Table::CriticalRoles:
        return u"critical_roles"_s;
    }
    Q_UNREACHABLE();
}

std::optional<qint64> idOf(const QVariant& value)
{
    return value.isValid() ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
}

} // namespace

bool exists(const QSqlDatabase& db, Table table, qint64 id)
{
    return Sql::scalar(db, u"SELECT 1 FROM "_s + tableName(table) + u" WHERE id = ?"_s, {id}).isValid();
}

QSet<qint64> allIds(const QSqlDatabase& db, Table table)
{
    QSet<qint64> ids;
    QSqlQuery q = Sql::exec(db, u"SELECT id FROM "_s + tableName(table));
    while (q.next()) {
        ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

std::optional<qint64> wardByCode(const QSqlDatabase& db, const QString& code)
{
    return idOf(Sql::scalar(db, u"SELECT id FROM wards WHERE code = ?"_s, {code}));
}

std::optional<qint64> themeByKeyOrName(const QSqlDatabase& db, const QString& keyOrName)
{
    const Dialect::Engine& dialect = Dialect::of(db);
    return idOf(Sql::scalar(db,
                            u"SELECT id FROM themes WHERE key = ? OR "_s + dialect.caseInsensitive(u"name"_s) + u" = "_s
                                + dialect.caseInsensitive(u"?"_s) + u" ORDER BY key IS NULL LIMIT 1"_s,
                            {keyOrName, keyOrName}));
}

std::optional<qint64> initiativeByTitle(const QSqlDatabase& db, qint64 wardId, const QString& title)
{
    return idOf(Sql::scalar(db, u"SELECT id FROM initiatives WHERE ward_id = ? AND title = ?"_s, {wardId, title}));
}

std::optional<qint64> sameInvolvement(const QSqlDatabase& db, qint64 personId, qint64 initiativeId,
                                      const QString& roleKey, const QDate& from, const QDate& until)
{
    return idOf(Sql::scalar(db,
                            u"SELECT id FROM involvements WHERE person_id = ? AND initiative_id = ? AND role = ? "
                            "AND from_date IS NOT DISTINCT FROM ? AND until_date IS NOT DISTINCT FROM ?"_s,
                            {personId, initiativeId, roleKey, Sql::date(from), Sql::date(until)}));
}

std::optional<qint64> criticalRoleOf(const QSqlDatabase& db, qint64 initiativeId, const QString& role)
{
    return idOf(
        Sql::scalar(db, u"SELECT id FROM critical_roles WHERE initiative_id = ? AND role = ?"_s, {initiativeId, role}));
}

ActivityStatements::ActivityStatements(const QSqlDatabase& db)
    : m_same(Sql::prepare(db,
                          u"SELECT id FROM activities WHERE initiative_id = ? AND person_id IS NOT DISTINCT "
                          u"FROM ? AND date = ? AND quarters = ? "
                          "AND participants IS NOT DISTINCT FROM ? AND coalesce(kind, '') = ?"_s))
    , m_day(Sql::prepare(db,
                         u"SELECT id, quarters, coalesce(kind, '') FROM activities WHERE initiative_id = ? AND "
                         "person_id = ? AND date = ?"_s))
    , m_update(Sql::prepare(db, u"UPDATE activities SET quarters = ?, kind = ? WHERE id = ?"_s))
    , m_findId(Sql::prepare(db, u"SELECT 1 FROM activities WHERE id = ?"_s))
    , m_covered(Sql::prepare(db,
                             u"SELECT 1 FROM involvements WHERE person_id = ? AND initiative_id = ? AND (from_date IS "
                             "NULL OR from_date <= ?) AND (until_date IS NULL OR ? <= until_date) LIMIT 1"_s))
    , m_insert(Sql::prepare(db,
                            u"INSERT INTO activities(id, initiative_id, person_id, date, quarters, participants, kind) "
                            "VALUES(?, ?, ?, ?, ?, ?, ?)"_s))
{
}

std::optional<qint64> ActivityStatements::same(qint64 initiative, const QVariant& person, const QString& date,
                                               int quarters, const QVariant& participants, const QString& kind)
{
    Sql::exec(m_same, {initiative, person, date, quarters, participants, kind});
    std::optional<qint64> id;
    if (m_same.next()) {
        id = m_same.value(0).toLongLong();
    }
    m_same.finish();
    return id;
}

std::optional<ActivityStatements::Day> ActivityStatements::day(qint64 initiative, qint64 person, const QString& date)
{
    Sql::exec(m_day, {initiative, person, date});
    std::optional<Day> result;
    if (m_day.next()) {
        result = Day {m_day.value(0).toLongLong(), m_day.value(1).toInt(), m_day.value(2).toString()};
    }
    m_day.finish();
    return result;
}

void ActivityStatements::update(qint64 id, int quarters, const QString& kind)
{
    Sql::exec(m_update, {quarters, kind, id});
    m_update.finish();
}

bool ActivityStatements::idTaken(qint64 id)
{
    Sql::exec(m_findId, {id});
    const bool taken = m_findId.next();
    m_findId.finish();
    return taken;
}

bool ActivityStatements::covered(qint64 person, qint64 initiative, const QString& date)
{
    Sql::exec(m_covered, {person, initiative, date, date});
    const bool result = m_covered.next();
    m_covered.finish();
    return result;
}

qint64 ActivityStatements::insert(const QVariant& id, qint64 initiative, const QVariant& person, const QString& date,
                                  int quarters, const QVariant& participants, const QString& kind)
{
    Sql::exec(m_insert, {id, initiative, person, date, quarters, participants, kind});
    const qint64 newId = m_insert.lastInsertId().toLongLong();
    m_insert.finish();
    return newId;
}

void ActivityStatements::finish()
{
    for (QSqlQuery* q : {&m_same, &m_day, &m_findId, &m_covered, &m_insert, &m_update}) {
        q->finish();
    }
}

} // namespace ImportQueries
