#include "InvolvementRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

InvolvementRepository::InvolvementRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This involvement no longer exists."), Tables::involvements())
{
}

int InvolvementRepository::uncoveredActivities(const Involvement& changed, bool removed) const
{
    // Hours of this person in this initiative that no involvement would cover after the change.
    return Sql::scalar(
               m_db.connection(),
               u"SELECT count(*) FROM activities a WHERE a.person_id = ? AND a.initiative_id = ? "
               "AND NOT (? <> 0 AND (CAST(? AS TEXT) IS NULL OR a.date >= ?) AND (CAST(? AS TEXT) IS NULL OR a.date <= "
               "?)) "
               "AND NOT EXISTS (SELECT 1 FROM involvements v WHERE v.person_id = a.person_id "
               "AND v.initiative_id = a.initiative_id AND v.id <> ? "
               "AND (v.from_date IS NULL OR v.from_date <= a.date) AND (v.until_date IS NULL OR a.date <= v.until_date))"_s,
               {changed.personId, changed.initiativeId, removed ? 0 : 1, Sql::date(changed.from),
                Sql::date(changed.from), Sql::date(changed.until), Sql::date(changed.until), changed.id})
        .toInt();
}

QList<FieldError> InvolvementRepository::validate(const Involvement& v) const
{
    QList<FieldError> errors;
    const QSqlDatabase db = m_db.connection();
    if (!Sql::scalar(db, u"SELECT 1 FROM persons WHERE id = ?"_s, {v.personId}).isValid()) {
        errors.append({u"person"_s, tr("Choose a person.")});
    }
    if (!Sql::scalar(db, u"SELECT 1 FROM initiatives WHERE id = ?"_s, {v.initiativeId}).isValid()) {
        errors.append({u"initiative"_s, tr("Choose an initiative.")});
    }
    if (v.from.isValid() && v.until.isValid() && v.until < v.from) {
        errors.append({u"until"_s, tr("The end date lies before the start date.")});
    }
    if (v.leavingReason && !v.until.isValid()) {
        errors.append({u"leaving_reason"_s, tr("A reason for leaving needs an end date.")});
    }
    if (!errors.isEmpty()) {
        return errors;
    }
    const bool overlaps
        = Sql::scalar(db,
                      u"SELECT 1 FROM involvements WHERE person_id = ? AND initiative_id = ? AND id <> ? "
                      "AND (CAST(? AS TEXT) IS NULL OR from_date IS NULL OR from_date <= ?) "
                      "AND (CAST(? AS TEXT) IS NULL OR until_date IS NULL OR until_date >= ?)"_s,
                      {v.personId, v.initiativeId, v.id, Sql::date(v.until), Sql::date(v.until), Sql::date(v.from),
                       Sql::date(v.from)})
              .isValid();
    if (overlaps) {
        errors.append({u"from"_s, tr("This person is already involved in this initiative in (part of) this period.")});
    }
    if (v.id > 0) {
        if (const int n = uncoveredActivities(v, false); n > 0) {
            errors.append(
                {u"from"_s,
                 tr("%n day(s) with hours of this person would fall outside the involvement; change or remove those "
                    "hours first.",
                    nullptr, n)});
        }
    }
    return errors;
}

void InvolvementRepository::remove(qint64 id)
{
    const auto v = find(id);
    if (!v) {
        return;
    }
    if (const int n = uncoveredActivities(*v, true); n > 0) {
        throw Error(tr("This involvement cannot be deleted: %n day(s) with hours were registered in its period. "
                       "Remove those hours first.",
                       nullptr, n));
    }
    m_store.remove(id);
}

QList<InvolvementRow> InvolvementRepository::rows(const QString& where, qint64 id, const QDate& today) const
{
    const QString since = today.addMonths(-12).toString(Qt::ISODate);
    const QString until = today.toString(Qt::ISODate);
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const TableDeclaration<Involvement>& table = m_store.table();
    const int n = table.columnCount();
    // One query: hours and last activity come from one grouped pass over the person × initiative pairs.
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT "_s + table.columnList(u"v"_s) + u", "_s + Tables::personName(u"p"_s)
            + u", i.title, w.code, coalesce(h.quarters, 0), h.last_active "
              "FROM involvements v JOIN persons p ON p.id = v.person_id JOIN initiatives i ON i.id = v.initiative_id "
              "JOIN wards w ON w.id = i.ward_id "
              "LEFT JOIN (SELECT a.person_id, a.initiative_id, "
              "  sum(CASE WHEN a.date > ? AND a.date <= ? THEN a.quarters ELSE 0 END) AS quarters, "
              "  max(a.date) AS last_active FROM activities a WHERE a.person_id IS NOT NULL AND a."_s
            + where
            + u" = ? GROUP BY a.person_id, a.initiative_id) h "
              "ON h.person_id = v.person_id AND h.initiative_id = v.initiative_id "
              "WHERE v."_s
            + where + u" = ? ORDER BY CASE v.role WHEN 'lead' THEN 0 WHEN 'core' THEN 1 ELSE 2 END, "_s
            + Tables::personOrder(d, u"p"_s).join(u", "_s) + u", "_s + d.sorted(u"i.title"_s) + u", v.from_date"_s,
        {since, until, id, id});
    QList<InvolvementRow> result;
    while (q.next()) {
        InvolvementRow r;
        r.involvement = table.read(q);
        r.personName = q.value(n).toString();
        r.initiativeTitle = q.value(n + 1).toString();
        r.wardCode = q.value(n + 2).toString();
        r.hoursLast12Months = Hours::fromQuarters(q.value(n + 3).toLongLong());
        r.lastActive = Sql::toDate(q.value(n + 4));
        result << r;
    }
    return result;
}

QList<InvolvementRow> InvolvementRepository::forInitiative(qint64 initiativeId, const QDate& today) const
{
    return rows(u"initiative_id"_s, initiativeId, today);
}

QList<InvolvementRow> InvolvementRepository::forPerson(qint64 personId, const QDate& today) const
{
    return rows(u"person_id"_s, personId, today);
}
