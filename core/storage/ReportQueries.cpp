#include "ReportQueries.h"

#include "core/domain/Activity.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

ReportQueries::ReportQueries(Database& db)
    : m_db(db)
{
}

QList<ReportQueries::WardFigures> ReportQueries::wardFigures(const QDate& from, const QDate& to) const
{
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"WITH a AS (SELECT i.ward_id, count(DISTINCT act.person_id) AS persons, "
        "  coalesce(sum(act.quarters), 0) AS quarters, coalesce(sum(act.participants), 0) AS participants "
        "  FROM activities act JOIN initiatives i ON i.id = act.initiative_id "
        "  WHERE act.date >= ? AND act.date <= ? GROUP BY i.ward_id), "
        "n AS (SELECT ward_id, count(*) AS total, "
        "  sum(CASE WHEN status IN ('running', 'paused') THEN 1 ELSE 0 END) AS active, "
        "  sum(CASE WHEN status IN ('running', 'paused') THEN budget_granted_cents ELSE 0 END) AS granted "
        "  FROM initiatives GROUP BY ward_id) "
        "SELECT w.id, coalesce(n.active, 0), coalesce(n.total, 0), coalesce(a.persons, 0), coalesce(a.quarters, 0), "
        "coalesce(a.participants, 0), coalesce(n.granted, 0) "
        "FROM wards w LEFT JOIN a ON a.ward_id = w.id LEFT JOIN n ON n.ward_id = w.id ORDER BY w.code"_s,
        {f, t});
    QList<WardFigures> result;
    while (q.next()) {
        WardFigures r;
        r.wardId = q.value(0).toLongLong();
        r.activeInitiatives = q.value(1).toInt();
        r.initiatives = q.value(2).toInt();
        r.activePersons = q.value(3).toInt();
        r.hours = Hours::fromQuarters(q.value(4).toLongLong());
        r.anonymousParticipants = q.value(5).toInt();
        r.grantedCents = q.value(6).toLongLong();
        result << r;
    }
    return result;
}

QList<ReportQueries::InitiativeLine> ReportQueries::initiatives(const QDate& from) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT i.id, i.ward_id, i.title, i.status, "_s
            + d.orderedList(u"name"_s,
                            u"SELECT t.name FROM initiative_themes it JOIN themes t "
                            "ON t.id = it.theme_id WHERE it.initiative_id = i.id ORDER BY "_s
                                + d.sorted(u"t.name"_s),
                            u", "_s)
            + u" FROM initiatives i WHERE NOT (i.status IN ('completed', 'stopped') AND i.planned_end IS NOT NULL "
              "AND i.planned_end < ?) "
              "ORDER BY i.ward_id, CASE i.status WHEN 'running' THEN 0 WHEN 'paused' THEN 1 WHEN 'applied' THEN 2 "
              "WHEN 'idea' THEN 3 ELSE 4 END, "_s
            + d.sorted(u"i.title"_s),
        {from.toString(Qt::ISODate)});
    QList<InitiativeLine> result;
    while (q.next()) {
        result << InitiativeLine {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString()};
    }
    return result;
}

QList<ReportQueries::FollowUpLine> ReportQueries::openFollowUps() const
{
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT ward_id, title, followup_department, followup_owner, followup_deadline, followup_status "
        "FROM initiatives WHERE fits_framework = 'no' AND followup_status <> 'done' "
        "AND status NOT IN ('completed', 'stopped') ORDER BY ward_id, followup_deadline IS NULL, followup_deadline"_s);
    QList<FollowUpLine> result;
    while (q.next()) {
        result << FollowUpLine {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                                q.value(3).toString(),   Sql::toDate(q.value(4)), q.value(5).toString()};
    }
    return result;
}
