#include "InvolvementRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Dialect.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("InvolvementRepository", text, disambiguation, n);
}

const QString Entity = u"involvement"_s;

QStringList changedFields(const Involvement& a, const Involvement& b)
{
    QStringList f;
    if (a.personId != b.personId)
        f << u"person"_s;
    if (a.initiativeId != b.initiativeId)
        f << u"initiative"_s;
    if (a.role != b.role)
        f << u"role"_s;
    if (a.from != b.from)
        f << u"from"_s;
    if (a.until != b.until)
        f << u"until"_s;
    if (a.leavingReason != b.leavingReason)
        f << u"leaving_reason"_s;
    return f;
}

QVariant reasonValue(const Involvement& v)
{
    return v.leavingReason ? QVariant(Enums::key(*v.leavingReason)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

InvolvementRepository::InvolvementRepository(Database& db)
    : m_db(db)
{
}

int InvolvementRepository::uncoveredActivities(const Involvement& changed, bool removed) const
{
    // Hours of this person in this initiative that no involvement would cover after the change.
    return Sql::scalar(
               m_db.connection(),
               u"SELECT count(*) FROM activities a WHERE a.person_id = ? AND a.initiative_id = ? "
               "AND NOT (? AND (? IS NULL OR a.date >= ?) AND (? IS NULL OR a.date <= ?)) "
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
        = Sql::scalar(
              db,
              u"SELECT 1 FROM involvements WHERE person_id = ? AND initiative_id = ? AND id <> ? "
              "AND (? IS NULL OR from_date IS NULL OR from_date <= ?) AND (? IS NULL OR until_date IS NULL OR until_date >= ?)"_s,
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

qint64 InvolvementRepository::insert(const Involvement& v)
{
    if (const auto errors = validate(v); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"INSERT INTO involvements(id, person_id, initiative_id, role, from_date, until_date, leaving_reason) "
        "VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {v.id > 0 ? QVariant(v.id) : QVariant(QMetaType::fromType<qint64>()), v.personId, v.initiativeId,
         Enums::key(v.role), Sql::date(v.from), Sql::date(v.until), reasonValue(v)});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog(m_db).recordInsert(Entity, id, changedFields(Involvement {}, v));
    tx.commit();
    return id;
}

void InvolvementRepository::update(const Involvement& v)
{
    if (const auto errors = validate(v); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const auto old = find(v.id);
    if (!old) {
        throw Error(tr("This involvement no longer exists."));
    }
    Transaction tx(m_db);
    Sql::exec(
        m_db.connection(),
        u"UPDATE involvements SET person_id = ?, initiative_id = ?, role = ?, from_date = ?, until_date = ?, "
        "leaving_reason = ? WHERE id = ?"_s,
        {v.personId, v.initiativeId, Enums::key(v.role), Sql::date(v.from), Sql::date(v.until), reasonValue(v), v.id});
    AuditLog(m_db).recordUpdate(Entity, v.id, changedFields(*old, v));
    tx.commit();
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
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM involvements WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(Entity, id);
    tx.commit();
}

std::optional<Involvement> InvolvementRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT id, person_id, initiative_id, role, from_date, until_date, leaving_reason FROM involvements "
        "WHERE id = ?"_s,
        {id});
    if (!q.next()) {
        return std::nullopt;
    }
    Involvement v;
    v.id = q.value(0).toLongLong();
    v.personId = q.value(1).toLongLong();
    v.initiativeId = q.value(2).toLongLong();
    v.role = Enums::fromKey<InvolvementRole>(q.value(3).toString()).value_or(InvolvementRole::AdHoc);
    v.from = Sql::toDate(q.value(4));
    v.until = Sql::toDate(q.value(5));
    v.leavingReason = Enums::fromKey<LeavingReason>(q.value(6).toString());
    return v;
}

QList<InvolvementRow> InvolvementRepository::rows(const QString& where, qint64 id, const QDate& today) const
{
    const QString since = today.addMonths(-12).toString(Qt::ISODate);
    const QString until = today.toString(Qt::ISODate);
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    // One query: hours and last activity come from one grouped pass over the person × initiative pairs.
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT v.id, v.person_id, v.initiative_id, v.role, v.from_date, v.until_date, v.leaving_reason, "
        "p.first_name || ' ' || p.last_name, i.title, w.code, coalesce(h.quarters, 0), h.last_active "
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
            + d.caseInsensitive(u"p.last_name"_s) + u", "_s + d.caseInsensitive(u"p.first_name"_s) + u", "_s
            + d.caseInsensitive(u"i.title"_s) + u", v.from_date"_s,
        {since, until, id, id});
    QList<InvolvementRow> result;
    while (q.next()) {
        InvolvementRow r;
        r.involvement.id = q.value(0).toLongLong();
        r.involvement.personId = q.value(1).toLongLong();
        r.involvement.initiativeId = q.value(2).toLongLong();
        r.involvement.role = Enums::fromKey<InvolvementRole>(q.value(3).toString()).value_or(InvolvementRole::AdHoc);
        r.involvement.from = Sql::toDate(q.value(4));
        r.involvement.until = Sql::toDate(q.value(5));
        r.involvement.leavingReason = Enums::fromKey<LeavingReason>(q.value(6).toString());
        r.personName = q.value(7).toString();
        r.initiativeTitle = q.value(8).toString();
        r.wardCode = q.value(9).toString();
        r.hoursLast12Months = Hours::fromQuarters(q.value(10).toLongLong());
        r.lastActive = Sql::toDate(q.value(11));
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
