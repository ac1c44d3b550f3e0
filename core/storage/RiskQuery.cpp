#include "RiskQuery.h"

#include "core/domain/Person.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString literal(const QDate& d)
{
    // Dates come from QDate, never from user text: an ISO literal is safe and lets SQLite compare text ranges.
    return u'\'' + d.toString(Qt::ISODate) + u'\'';
}

const QString Active = u"('running', 'paused')"_s;

} // namespace

RiskQuery::RiskQuery(Database& db, const QDate& referenceDate, const QSet<qint64>& excludedPersonIds)
    : m_db(db)
    , m_reference(referenceDate)
    , m_excluded(excludedPersonIds)
{
}

QString RiskQuery::excludedList() const
{
    QList<qint64> ids(m_excluded.begin(), m_excluded.end());
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(u", "_s);
}

QList<RiskFacts> RiskQuery::activeInitiatives(std::optional<qint64> wardId, std::optional<qint64> initiativeId) const
{
    QString scope = u"SELECT 0, id, 0 FROM initiatives WHERE status IN "_s + Active;
    if (wardId) {
        scope += u" AND ward_id = "_s + QString::number(*wardId);
    }
    if (initiativeId) {
        scope += u" AND id = "_s + QString::number(*initiativeId);
    }
    return run(scope, !wardId && !initiativeId);
}

QList<RiskFacts> RiskQuery::scopes(const QList<ScopeRow>& rows) const
{
    if (rows.isEmpty()) {
        return {};
    }
    QStringList values;
    values.reserve(rows.size());
    for (const ScopeRow& r : rows) {
        values << u"(%1, %2, %3)"_s.arg(r.scenario).arg(r.initiativeId).arg(r.excludedPersonId);
    }
    return run(u"VALUES "_s + values.join(u", "_s), false);
}

QList<RiskQuery::PersonHours> RiskQuery::personHours() const
{
    const QString list = excludedList();
    const QString sql = uR"(SELECT a.initiative_id, a.person_id, sum(a.quarters) AS q, count(DISTINCT %1),
       sum(CASE WHEN a.date > ? THEN a.quarters ELSE 0 END)
FROM activities a JOIN initiatives i ON i.id = a.initiative_id
WHERE i.status IN %2 AND a.person_id IS NOT NULL AND a.quarters > 0 AND a.date > ? AND a.date <= ?%3
GROUP BY a.initiative_id, a.person_id
ORDER BY a.initiative_id, q DESC, a.person_id)"_s.arg(Dialect::of(m_db.connection()).monthOf(u"a.date"_s), Active,
                                                      list.isEmpty() ? QString()
                                                                     : u" AND a.person_id NOT IN (%1)"_s.arg(list));
    QSqlQuery q = Sql::exec(
        m_db.connection(), sql,
        {halfStart().toString(Qt::ISODate), windowStart().toString(Qt::ISODate), m_reference.toString(Qt::ISODate)});
    QList<PersonHours> rows;
    while (q.next()) {
        rows << PersonHours {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                             q.value(3).toInt(), q.value(4).toLongLong()};
    }
    return rows;
}

QList<RiskQuery::RoleCover> RiskQuery::activeRoles() const
{
    QSqlQuery q = Sql::exec(m_db.connection(), uR"(SELECT cr.initiative_id, cr.holder_person_id, cr.backup_person_id
FROM critical_roles cr JOIN initiatives i ON i.id = cr.initiative_id
WHERE i.status IN %1 ORDER BY cr.initiative_id, cr.id)"_s.arg(Active));
    QList<RoleCover> rows;
    while (q.next()) {
        rows << RoleCover {q.value(0).toLongLong(), Sql::toOptionalId(q.value(1)), Sql::toOptionalId(q.value(2))};
    }
    return rows;
}

QString RiskQuery::sql(const QString& scopeSql, bool allActive) const
{
    const QString t = literal(m_reference);
    const QString t6 = literal(halfStart());
    const QString t12 = literal(windowStart());
    const QString ending = literal(m_reference.addMonths(6));
    const QString window = u"a.person_id IS NOT NULL AND a.quarters > 0 AND a.date > %1 AND a.date <= %2"_s.arg(t12, t);
    const QString list = excludedList();
    const QString globalA = list.isEmpty() ? QString() : u" AND a.person_id NOT IN (%1)"_s.arg(list);
    const auto gone = [&](const QString& column) -> QString {
        QString s = u"%1 IS NULL OR %1 = sc.xpid"_s.arg(column);
        if (!list.isEmpty()) {
            s += u" OR %1 IN (%2)"_s.arg(column, list);
        }
        return u'(' + s + u')';
    };

    QString s = u"WITH sc(sid, iid, xpid) AS ("_s + scopeSql + u"),\n"_s;
    // Hours per scenario, initiative and person in W, with the distinct months and the recent half.
    s += uR"(ph AS (
  SELECT sc.sid, sc.iid, a.person_id AS pid, sum(a.quarters) AS q,
         count(DISTINCT %MONTH%) AS months,
         sum(CASE WHEN a.date > %1 THEN a.quarters ELSE 0 END) AS q2
  FROM sc JOIN activities a ON a.initiative_id = sc.iid
  WHERE %2 AND a.person_id <> sc.xpid%3
  GROUP BY sc.sid, sc.iid, a.person_id),
)"_s.replace(u"%MONTH%"_s, Dialect::of(m_db.connection()).monthOf(u"a.date"_s))
             .arg(t6, window, globalA);
    // A running sum by hours descending (ties: the lower person id first) gives k and the top contributor.
    s += uR"(ranked AS (
  SELECT sid, iid, pid, q, months, q2,
         sum(q) OVER (PARTITION BY sid, iid ORDER BY q DESC, pid ROWS UNBOUNDED PRECEDING) AS run,
         sum(q) OVER (PARTITION BY sid, iid) AS total,
         row_number() OVER (PARTITION BY sid, iid ORDER BY q DESC, pid) AS rn
  FROM ph),
agg AS (
  SELECT sid, iid, max(total) AS total,
         min(CASE WHEN 2 * run >= total THEN rn END) AS k,
         min(CASE WHEN 2 * run >= total THEN run END) AS krun,
         max(CASE WHEN rn = 1 THEN pid END) AS top_pid,
         max(CASE WHEN rn = 1 THEN q END) AS top_q,
         sum(q2) AS h2,
         sum(CASE WHEN months >= 6 THEN 1 ELSE 0 END) AS regulars
  FROM ranked GROUP BY sid, iid),
tp AS (SELECT DISTINCT sid, top_pid AS pid FROM agg WHERE top_pid IS NOT NULL),
)"_s;
    if (allActive) {
        // Every active initiative is in scope: their top contributors are already known.
        s += u"tops AS (SELECT sid, iid AS jid, top_pid AS pid FROM agg WHERE top_pid IS NOT NULL),\n"_s;
    } else {
        // The top contributors of the other active initiatives the scope's top contributors work in.
        s += uR"(xs AS (SELECT DISTINCT sid, xpid FROM sc),
cand AS (
  SELECT DISTINCT tp.sid, a.initiative_id AS jid
  FROM tp JOIN activities a ON a.person_id = tp.pid JOIN initiatives j ON j.id = a.initiative_id
  WHERE j.status IN %1 AND %2),
ph2 AS (
  SELECT cand.sid, cand.jid, a.person_id AS pid, sum(a.quarters) AS q
  FROM cand JOIN xs ON xs.sid = cand.sid JOIN activities a ON a.initiative_id = cand.jid
  WHERE %2 AND a.person_id <> xs.xpid%3
  GROUP BY cand.sid, cand.jid, a.person_id),
tops AS (
  SELECT sid, jid, pid FROM (
    SELECT sid, jid, pid, row_number() OVER (PARTITION BY sid, jid ORDER BY q DESC, pid) AS rn FROM ph2) AS ranked
  WHERE rn = 1),
)"_s.arg(Active, window, globalA);
    }
    s += uR"(holds AS (
  SELECT DISTINCT tp.sid, cr.initiative_id AS jid, tp.pid
  FROM tp JOIN critical_roles cr ON cr.holder_person_id = tp.pid JOIN initiatives j ON j.id = cr.initiative_id
  WHERE j.status IN %1),
load AS (
  SELECT agg.sid, agg.iid, count(DISTINCT x.jid) AS n
  FROM agg JOIN (SELECT sid, jid, pid FROM tops UNION SELECT sid, jid, pid FROM holds) x
    ON x.sid = agg.sid AND x.pid = agg.top_pid AND x.jid <> agg.iid
  GROUP BY agg.sid, agg.iid),
roles AS (
  SELECT sc.sid, sc.iid, count(*) AS n,
         sum(CASE WHEN %2 THEN 1 ELSE 0 END) AS unfilled,
         sum(CASE WHEN NOT %2 AND %3 THEN 1 ELSE 0 END) AS no_backup
  FROM sc JOIN critical_roles cr ON cr.initiative_id = sc.iid
  GROUP BY sc.sid, sc.iid),
agr AS (
  SELECT ai.initiative_id AS iid,
         max(CASE WHEN g.next_evaluation IS NOT NULL AND g.next_evaluation >= %4 THEN 1 ELSE 2 END) AS ending
  FROM agreement_initiatives ai JOIN agreements g ON g.id = ai.agreement_id
  WHERE g.status = 'active' AND g.end_date IS NOT NULL AND g.end_date <= %5
  GROUP BY ai.initiative_id)
)"_s.arg(Active, gone(u"cr.holder_person_id"_s), gone(u"cr.backup_person_id"_s), t, ending);
    s += uR"(SELECT sc.sid, sc.iid, i.title, i.ward_id, w.code,
       coalesce(agg.total, 0), coalesce(agg.k, 0), coalesce(agg.krun, 0), agg.top_pid, coalesce(agg.top_q, 0),
       coalesce(agg.h2, 0), coalesce(agg.regulars, 0), coalesce(load.n, 0),
       coalesce(roles.n, 0), coalesce(roles.unfilled, 0), coalesce(roles.no_backup, 0),
       i.funding_end, i.follow_up_funding, i.lead_type, i.fits_framework, trim(i.followup_owner) = '',
       coalesce(agr.ending, 0), i.start_date
FROM sc JOIN initiatives i ON i.id = sc.iid JOIN wards w ON w.id = i.ward_id
LEFT JOIN agg ON agg.sid = sc.sid AND agg.iid = sc.iid
LEFT JOIN load ON load.sid = sc.sid AND load.iid = sc.iid
LEFT JOIN roles ON roles.sid = sc.sid AND roles.iid = sc.iid
LEFT JOIN agr ON agr.iid = sc.iid
ORDER BY sc.sid, w.code, i.title, i.id)"_s;
    return s;
}

QList<RiskFacts> RiskQuery::run(const QString& scopeSql, bool allActive) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), sql(scopeSql, allActive));
    QList<RiskFacts> result;
    while (q.next()) {
        RiskFacts f;
        f.scenario = q.value(0).toInt();
        f.initiativeId = q.value(1).toLongLong();
        f.title = q.value(2).toString();
        f.wardId = q.value(3).toLongLong();
        f.wardCode = q.value(4).toString();
        f.totalQuarters = q.value(5).toLongLong();
        f.k = q.value(6).toInt();
        f.kQuarters = q.value(7).toLongLong();
        f.topPersonId = Sql::toOptionalId(q.value(8));
        f.topQuarters = q.value(9).toLongLong();
        f.recentQuarters = q.value(10).toLongLong();
        f.regulars = q.value(11).toInt();
        f.otherInitiativesOfTop = q.value(12).toInt();
        f.roles = q.value(13).toInt();
        f.unfilledRoles = q.value(14).toInt();
        f.rolesWithoutBackup = q.value(15).toInt();
        f.fundingEnd = Sql::toDate(q.value(16));
        f.followUpFunding = q.value(17).toInt() != 0;
        f.leadType = Enums::fromKey<LeadType>(q.value(18).toString()).value_or(LeadType::Resident);
        f.fitsFramework = Enums::fromKey<FitsFramework>(q.value(19).toString()).value_or(FitsFramework::Unknown);
        f.followUpOwnerEmpty = q.value(20).toInt() != 0;
        f.agreementEnding = q.value(21).toInt();
        f.startDate = Sql::toDate(q.value(22));
        result << f;
    }
    return result;
}

QList<qint64> RiskQuery::initiativesOfPerson(Database& db, qint64 personId, const QDate& reference)
{
    const QString t = reference.toString(Qt::ISODate);
    const QString t12 = Risk::monthsBefore(reference, 12).toString(Qt::ISODate);
    QSqlQuery q
        = Sql::exec(db.connection(), uR"(SELECT id FROM initiatives WHERE status IN ('running', 'paused') AND id IN (
              SELECT initiative_id FROM activities
               WHERE person_id = ? AND quarters > 0 AND date > ? AND date <= ?
              UNION SELECT initiative_id FROM involvements
               WHERE person_id = ? AND (until_date IS NULL OR until_date > ?) AND (from_date IS NULL OR from_date <= ?)
              UNION SELECT initiative_id FROM critical_roles WHERE holder_person_id = ? OR backup_person_id = ?)
            ORDER BY id)"_s,
                    {personId, t12, t, personId, t12, t, personId, personId});
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

QList<QPair<qint64, qint64>> RiskQuery::keyPersonCandidates(Database& db, std::optional<qint64> wardId,
                                                            const QDate& reference)
{
    QSqlQuery q = Sql::exec(db.connection(), uR"(WITH ward_initiatives AS (
              SELECT id FROM initiatives WHERE (CAST(? AS BIGINT) IS NULL OR ward_id = ?) AND status IN ('running', 'paused'))
            SELECT DISTINCT pid, iid FROM (
              SELECT a.person_id AS pid, a.initiative_id AS iid FROM activities a
               JOIN ward_initiatives wi ON wi.id = a.initiative_id
               WHERE a.person_id IS NOT NULL AND a.quarters > 0 AND a.date > ? AND a.date <= ?
              UNION SELECT holder_person_id, initiative_id FROM critical_roles
               WHERE initiative_id IN (SELECT id FROM ward_initiatives) AND holder_person_id IS NOT NULL
              UNION SELECT backup_person_id, initiative_id FROM critical_roles
               WHERE initiative_id IN (SELECT id FROM ward_initiatives) AND backup_person_id IS NOT NULL) AS pairs
            ORDER BY pid, iid)"_s,
                            {Sql::optionalId(wardId), Sql::optionalId(wardId),
                             Risk::monthsBefore(reference, 12).toString(Qt::ISODate), reference.toString(Qt::ISODate)});
    QList<QPair<qint64, qint64>> pairs;
    while (q.next()) {
        pairs.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return pairs;
}

QHash<qint64, QString> RiskQuery::personNames(Database& db, const QList<qint64>& personIds)
{
    QHash<qint64, QString> names;
    if (personIds.isEmpty()) {
        return names;
    }
    QStringList ids;
    ids.reserve(personIds.size());
    for (const qint64 id : personIds) {
        ids << QString::number(id);
    }
    // The parts, not Tables::personName: the name exactly as Person::fullName() shows it (each part simplified).
    QSqlQuery q = Sql::exec(db.connection(),
                            u"SELECT id, first_name, surname_prefix, last_name FROM persons WHERE id IN ("_s
                                + ids.join(u", "_s) + u')');
    while (q.next()) {
        names.insert(q.value(0).toLongLong(),
                     Person::displayName(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
    }
    return names;
}
