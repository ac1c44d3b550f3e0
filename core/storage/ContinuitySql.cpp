#include "ContinuitySql.h"

#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ContinuitySql {

namespace {

const QString Active = u"i.status IN ('running', 'paused')"_s;
const QString PersonName = Tables::personName(u"p"_s);

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(u", "_s);
}

QString wardCondition(std::optional<qint64> wardId)
{
    return wardId ? u" AND i.ward_id = %1"_s.arg(*wardId) : QString();
}

RoleGap readGap(const QSqlQuery& q)
{
    RoleGap g;
    g.roleId = q.value(0).toLongLong();
    g.initiativeId = q.value(1).toLongLong();
    g.initiativeTitle = q.value(2).toString();
    g.wardId = q.value(3).toLongLong();
    g.wardName = q.value(4).toString();
    g.role = q.value(5).toString();
    g.holderId = q.value(6).toLongLong();
    g.holderName = q.value(7).toString();
    return g;
}

const QString GapSelect
    = u"SELECT cr.id, cr.initiative_id, i.title, i.ward_id, w.name, cr.role, cr.holder_person_id, "_s + PersonName
    + u" FROM critical_roles cr JOIN initiatives i ON i.id = cr.initiative_id JOIN wards w ON w.id = i.ward_id "
      "JOIN persons p ON p.id = cr.holder_person_id WHERE cr.backup_person_id IS NULL"_s;

int monthIndex(const QString& yearMonth)
{
    return yearMonth.left(4).toInt() * 12 + yearMonth.mid(5, 2).toInt() - 1;
}

/// ORDER BY terms of names and titles in the dialect's sort collation.
QString sortedNames(const QSqlDatabase& db, const QStringList& columns)
{
    QStringList terms;
    for (const QString& c : columns) {
        terms << Dialect::of(db).sorted(c);
    }
    return terms.join(u", "_s);
}

} // namespace

QHash<qint64, QString> wardNames(const QSqlDatabase& db)
{
    QHash<qint64, QString> names;
    QSqlQuery q = Sql::exec(db, u"SELECT id, name FROM wards"_s);
    while (q.next()) {
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return names;
}

QList<RoleGap> rolesWithoutBackup(const QSqlDatabase& db, std::optional<qint64> wardId)
{
    QSqlQuery q = Sql::exec(db,
                            GapSelect + u" AND "_s + Active + wardCondition(wardId) + u" ORDER BY "_s
                                + sortedNames(db, {u"w.name"_s, u"i.title"_s}) + u", i.id, cr.role, cr.id"_s);
    QList<RoleGap> list;
    while (q.next()) {
        list << readGap(q);
    }
    return list;
}

QList<RoleGap> gapsAmong(const QSqlDatabase& db, const QList<qint64>& roleIds)
{
    if (roleIds.isEmpty()) {
        return {};
    }
    QSqlQuery q = Sql::exec(db, GapSelect + u" AND cr.id IN ("_s + idList(roleIds) + u')');
    QList<RoleGap> list;
    while (q.next()) {
        list << readGap(q);
    }
    return list;
}

QList<FundingEnd> fundingEnding(const QSqlDatabase& db, const QDate& from, const QDate& to,
                                std::optional<qint64> wardId)
{
    QSqlQuery q = Sql::exec(db,
                            u"SELECT i.id, i.title, i.ward_id, w.name, i.funding_end FROM initiatives i "
                            "JOIN wards w ON w.id = i.ward_id WHERE "_s
                                + Active
                                + u" AND i.follow_up_funding = 0 AND i.funding_end IS NOT NULL "
                                  "AND i.funding_end >= ? AND i.funding_end <= ?"_s
                                + wardCondition(wardId) + u" ORDER BY i.funding_end, "_s
                                + sortedNames(db, {u"w.name"_s, u"i.title"_s}) + u", i.id"_s,
                            {Sql::date(from), Sql::date(to)});
    QList<FundingEnd> list;
    while (q.next()) {
        list << FundingEnd {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toString(), Sql::toDate(q.value(4))};
    }
    return list;
}

QList<InactiveLead> inactiveLeads(const QSqlDatabase& db, const QDate& reference, const QDate& since,
                                  std::optional<qint64> wardId)
{
    const QString t = reference.toString(Qt::ISODate);
    const QString s = since.toString(Qt::ISODate);
    QSqlQuery q = Sql::exec(
        db,
        u"SELECT v.person_id, "_s + PersonName + uR"(, i.id, i.title, i.ward_id, w.name,
            (SELECT max(a.date) FROM activities a WHERE a.initiative_id = i.id AND a.person_id = v.person_id
              AND a.quarters > 0 AND a.date <= ?)
          FROM involvements v JOIN initiatives i ON i.id = v.initiative_id JOIN wards w ON w.id = i.ward_id
          JOIN persons p ON p.id = v.person_id
          WHERE v.role = 'lead' AND )"_s
            + Active
            + uR"( AND (v.from_date IS NULL OR v.from_date <= ?) AND (v.until_date IS NULL OR v.until_date >= ?)
            AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.initiative_id = i.id AND a.person_id = v.person_id
              AND a.quarters > 0 AND a.date > ? AND a.date <= ?))"_s
            + wardCondition(wardId)
            + u" GROUP BY v.person_id, i.id, p.id, p.first_name, p.surname_prefix, p.last_name, w.id ORDER BY "_s
            + sortedNames(db, {u"w.name"_s, u"i.title"_s}) + u", i.id, "_s
            + Tables::personOrder(Dialect::of(db), u"p"_s).join(u", "_s) + u", p.id"_s,
        {t, s, t, s, t});
    QList<InactiveLead> list;
    while (q.next()) {
        list << InactiveLead {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toLongLong(),
                              q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
                              Sql::toDate(q.value(6))};
    }
    return list;
}

QList<Candidate> successorCandidates(const QSqlDatabase& db, const QList<qint64>& roleIds, const QDate& reference,
                                     const QDate& windowStart, const QDate& activeSince, int perRole)
{
    if (roleIds.isEmpty()) {
        return {};
    }
    const QString t = reference.toString(Qt::ISODate);
    // Of a ward's residents only the first perRole + 1 by months active can be among a role's first perRole (one
    // of them may be the role's holder): the residents are ranked once per ward, not once per role.
    QSqlQuery q
        = Sql::exec(db,
                    uR"(WITH r AS (
      SELECT cr.id AS rid, cr.initiative_id AS iid, i.ward_id AS wid, coalesce(cr.holder_person_id, 0) AS holder
      FROM critical_roles cr JOIN initiatives i ON i.id = cr.initiative_id WHERE cr.id IN (%1)),
    involved AS (
      SELECT r.rid, v.person_id AS pid FROM r JOIN involvements v ON v.initiative_id = r.iid
       WHERE v.until_date IS NULL OR v.until_date >= ?),
    scope AS (
      SELECT pid FROM involved UNION SELECT p.id FROM persons p WHERE p.ward_id IN (SELECT wid FROM r)),
    act AS (
      SELECT a.person_id AS pid, count(DISTINCT %MONTH%) AS months
      FROM activities a WHERE a.person_id IN (SELECT pid FROM scope) AND a.quarters > 0 AND a.date > ? AND a.date <= ?
      GROUP BY a.person_id HAVING max(a.date) > ?),
    eligible AS (
      SELECT act.pid, act.months, p.ward_id AS wid FROM act JOIN persons p ON p.id = act.pid
      WHERE p.erased_on IS NULL),
    residents AS (
      SELECT pid, wid FROM (
        SELECT pid, wid,
               rank() OVER (PARTITION BY wid ORDER BY CASE WHEN months > 12 THEN 12 ELSE months END DESC) AS place
        FROM eligible WHERE wid IN (SELECT wid FROM r)) ranked
      WHERE place <= ?),
    cand AS (
      SELECT rid, pid, 1 AS involved FROM involved
      UNION ALL SELECT r.rid, x.pid, 0 FROM r JOIN residents x ON x.wid = r.wid),
    held AS (
      SELECT pid, count(*) AS n FROM (
        SELECT cr.holder_person_id AS pid FROM critical_roles cr JOIN initiatives i ON i.id = cr.initiative_id
         WHERE %2
        UNION ALL SELECT cr.backup_person_id FROM critical_roles cr JOIN initiatives i ON i.id = cr.initiative_id
         WHERE %2) AS roles
      WHERE pid IS NOT NULL GROUP BY pid),
    best AS (
      SELECT c.rid, c.pid, max(c.involved) AS involved, e.months,
             rank() OVER (PARTITION BY c.rid ORDER BY CASE WHEN e.months > 12 THEN 12 ELSE e.months END DESC)
               AS place
      FROM cand c JOIN r ON r.rid = c.rid JOIN eligible e ON e.pid = c.pid
      WHERE c.pid <> r.holder
      GROUP BY c.rid, c.pid, e.months)
    SELECT b.rid, b.pid, %3, b.involved, b.months, p.skills, coalesce(held.n, 0)
    FROM best b JOIN persons p ON p.id = b.pid LEFT JOIN held ON held.pid = b.pid
    WHERE b.place <= ?)"_s.replace(u"%MONTH%"_s, Dialect::of(db).monthOf(u"a.date"_s))
                        .arg(idList(roleIds), Active, PersonName),
                    {t, windowStart.toString(Qt::ISODate), t, activeSince.toString(Qt::ISODate), perRole + 1, perRole});
    QList<Candidate> list;
    while (q.next()) {
        Candidate c;
        c.roleId = q.value(0).toLongLong();
        c.personId = q.value(1).toLongLong();
        c.name = q.value(2).toString();
        c.involved = q.value(3).toInt() != 0;
        c.monthsActive = q.value(4).toInt();
        c.skills = q.value(5).toString();
        c.rolesHeld = q.value(6).toInt();
        list << c;
    }
    return list;
}

QList<Pipeline> pipeline(const QSqlDatabase& db, const QDate& from, const QDate& to, std::optional<qint64> wardId)
{
    // Dates come from QDate, never from user text: ISO literals are safe.
    const QString f = u'\'' + from.toString(Qt::ISODate) + u'\'';
    const QString t = u'\'' + to.toString(Qt::ISODate) + u'\'';
    const QString ward = wardId ? u" WHERE w.id = %1"_s.arg(*wardId) : QString();
    // v: every involvement with its ward; a missing from date counts as long ago, a missing until as open. per: one
    // row per ward and person (a move counts when a role starts in the period after an earlier start of the role
    // below it). The leaving reason is that of the involvement that ended last (the highest id of those).
    QSqlQuery q = Sql::exec(db,
                            uR"(WITH v AS (
      SELECT i.ward_id AS wid, x.person_id AS pid, x.role, coalesce(x.from_date, '0000-00-00') AS f, x.until_date AS u,
             x.leaving_reason AS why, x.id
      FROM involvements x JOIN initiatives i ON i.id = x.initiative_id),
    per AS (
      SELECT wid, pid,
        min(CASE WHEN role = 'ad_hoc' THEN f END) AS fa,
        min(CASE WHEN role = 'core' THEN f END) AS fc,
        max(CASE WHEN role = 'core' AND f > %1 AND f <= %2 THEN f END) AS fcp,
        max(CASE WHEN role = 'lead' AND f > %1 AND f <= %2 THEN f END) AS flp,
        min(f) AS first,
        max(CASE WHEN u IS NULL OR u > %2 THEN 1 ELSE 0 END) AS stays,
        max(u) AS lastu
      FROM v GROUP BY wid, pid),
    counts AS (
      SELECT wid, sum(CASE WHEN fcp IS NOT NULL AND fa < fcp THEN 1 ELSE 0 END) AS up1,
             sum(CASE WHEN flp IS NOT NULL AND fc < flp THEN 1 ELSE 0 END) AS up2,
             sum(CASE WHEN first > %1 AND first <= %2 THEN 1 ELSE 0 END) AS newcomers,
             sum(CASE WHEN stays = 0 AND lastu > %1 AND lastu <= %2 THEN 1 ELSE 0 END) AS leavers
      FROM per GROUP BY wid),
    why AS (
      SELECT per.wid, coalesce(v.why, 'unknown') AS why
      FROM per JOIN v ON v.wid = per.wid AND v.pid = per.pid AND v.u = per.lastu
      WHERE per.stays = 0 AND per.lastu > %1 AND per.lastu <= %2
        AND v.id = (SELECT max(v2.id) FROM v v2 WHERE v2.wid = per.wid AND v2.pid = per.pid AND v2.u = per.lastu)),
    whys AS (
      SELECT wid, %LIST% AS list FROM (SELECT wid, why, count(*) AS n FROM why GROUP BY wid, why) AS reasons
      GROUP BY wid)
    SELECT w.id, w.code, w.name, coalesce(c.up1, 0), coalesce(c.up2, 0), coalesce(c.newcomers, 0),
           coalesce(c.leavers, 0), whys.list
    FROM wards w LEFT JOIN counts c ON c.wid = w.id LEFT JOIN whys ON whys.wid = w.id)"_s
                                    .replace(u"%LIST%"_s, Dialect::of(db).listAggregate(u"why || ':' || n"_s, u","_s))
                                    .arg(f, t)
                                + ward + u" ORDER BY w.code"_s);
    static const QStringList reasonKeys {u"moved"_s,    u"health"_s, u"time"_s,   u"conflict"_s,
                                         u"deceased"_s, u"other"_s,  u"unknown"_s};
    QList<Pipeline> list;
    while (q.next()) {
        Pipeline p;
        p.wardId = q.value(0).toLongLong();
        p.wardCode = q.value(1).toString();
        p.wardName = q.value(2).toString();
        p.adHocToCore = q.value(3).toInt();
        p.coreToLead = q.value(4).toInt();
        p.newcomers = q.value(5).toInt();
        p.leavers = q.value(6).toInt();
        for (const QString& part : q.value(7).toString().split(u',', Qt::SkipEmptyParts)) {
            const qsizetype colon = part.lastIndexOf(u':');
            const qsizetype index = reasonKeys.indexOf(part.left(colon));
            p.reasons[static_cast<size_t>(index < 0 ? 6 : index)] += part.mid(colon + 1).toInt();
        }
        list << p;
    }
    return list;
}

QList<CalendarItem> calendarItems(const QSqlDatabase& db)
{
    QSqlQuery q = Sql::exec(db, uR"(
      SELECT 'evaluation', a.id, a.next_evaluation, a.title, p.name, '' FROM agreements a
        JOIN partners p ON p.id = a.partner_id WHERE a.status = 'active' AND a.next_evaluation IS NOT NULL
      UNION ALL
      SELECT 'agreement_end', a.id, a.end_date, a.title, p.name, '' FROM agreements a
        JOIN partners p ON p.id = a.partner_id WHERE a.status = 'active' AND a.end_date IS NOT NULL
      UNION ALL
      SELECT 'follow_up', i.id, i.followup_deadline, i.title, w.name, i.followup_department FROM initiatives i
        JOIN wards w ON w.id = i.ward_id
        WHERE i.fits_framework = 'no' AND i.followup_deadline IS NOT NULL AND i.followup_status <> 'done'
      UNION ALL
      SELECT 'funding_end', i.id, i.funding_end, i.title, w.name, '' FROM initiatives i
        JOIN wards w ON w.id = i.ward_id
        WHERE i.status IN ('running', 'paused') AND i.funding_end IS NOT NULL AND i.follow_up_funding = 0
      ORDER BY 3, 1, 2)"_s);
    QList<CalendarItem> list;
    while (q.next()) {
        CalendarItem c;
        c.kind = q.value(0).toString();
        c.id = q.value(1).toLongLong();
        c.date = Sql::toDate(q.value(2));
        c.title = q.value(3).toString();
        c.context = q.value(4).toString();
        c.detail = q.value(5).toString();
        if (c.date.isValid()) {
            list << c;
        }
    }
    return list;
}

TrendInput trendInput(const QSqlDatabase& db, const QDate& from, const QDate& to, std::optional<qint64> wardId)
{
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    const QString window
        = u"a.person_id IS NOT NULL AND a.quarters > 0 AND a.date > '%1' AND a.date <= '%2'"_s.arg(f, t);
    // The initiatives whose hours are read: every active one, or a ward's and those its persons also work in.
    QString scope = u"SELECT i.id FROM initiatives i WHERE "_s + Active;
    if (wardId) {
        scope = uR"(SELECT i.id FROM initiatives i WHERE %1 AND i.ward_id = %2
          UNION SELECT DISTINCT a.initiative_id FROM activities a JOIN initiatives i ON i.id = a.initiative_id
           WHERE %1 AND %3 AND a.person_id IN (
             SELECT a.person_id FROM activities a JOIN initiatives i ON i.id = a.initiative_id
              WHERE %1 AND i.ward_id = %2 AND %3))"_s.arg(Active)
                    .arg(*wardId)
                    .arg(window);
    }
    TrendInput in;
    QSqlQuery q
        = Sql::exec(db,
                    u"SELECT i.id, i.title, i.ward_id, w.code, i.funding_end, i.follow_up_funding, i.lead_type, "
                    "i.fits_framework, trim(i.followup_owner) = '', i.start_date FROM initiatives i "
                    "JOIN wards w ON w.id = i.ward_id WHERE i.id IN ("_s
                        + scope + u") ORDER BY w.code, "_s + sortedNames(db, {u"i.title"_s}) + u", i.id"_s);
    while (q.next()) {
        TrendInitiative i;
        i.id = q.value(0).toLongLong();
        i.title = q.value(1).toString();
        i.wardId = q.value(2).toLongLong();
        i.wardCode = q.value(3).toString();
        i.fundingEnd = Sql::toDate(q.value(4));
        i.followUpFunding = q.value(5).toInt() != 0;
        i.leadType = q.value(6).toString();
        i.fitsFramework = q.value(7).toString();
        i.followUpOwnerEmpty = q.value(8).toInt() != 0;
        i.startDate = Sql::toDate(q.value(9));
        in.initiatives << i;
    }
    q = Sql::exec(db,
                  u"SELECT cr.initiative_id, cr.holder_person_id, cr.backup_person_id FROM critical_roles cr "
                  "JOIN initiatives i ON i.id = cr.initiative_id WHERE "_s
                      + Active);
    while (q.next()) {
        in.roles << TrendRole {q.value(0).toLongLong(), Sql::toOptionalId(q.value(1)), Sql::toOptionalId(q.value(2))};
    }
    q = Sql::exec(db,
                  u"SELECT ai.initiative_id, g.end_date, g.next_evaluation FROM agreement_initiatives ai "
                  "JOIN agreements g ON g.id = ai.agreement_id WHERE g.status = 'active' AND g.end_date IS NOT NULL"_s);
    while (q.next()) {
        in.agreements << TrendAgreement {q.value(0).toLongLong(), Sql::toDate(q.value(1)), Sql::toDate(q.value(2))};
    }
    // The one pass over the activity log.
    q = Sql::prepare(db,
                     u"SELECT a.initiative_id, a.person_id, "_s + Dialect::of(db).monthOf(u"a.date"_s)
                         + u", sum(a.quarters) FROM activities a WHERE a.initiative_id IN ("_s + scope + u") AND "_s
                         + window + u" GROUP BY 1, 2, 3"_s);
    q.setForwardOnly(true);
    Sql::exec(q);
    while (q.next()) {
        in.hours.push_back(MonthHours {q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       monthIndex(q.value(2).toString()), q.value(3).toLongLong()});
    }
    return in;
}

} // namespace ContinuitySql
