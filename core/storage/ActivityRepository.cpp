#include "ActivityRepository.h"

#include "core/domain/Involvement.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString cellKey(qint64 personId, const QDate& date)
{
    return u"hours:%1:%2"_s.arg(personId).arg(date.toString(Qt::ISODate));
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", "_s);
}

} // namespace

ActivityRepository::ActivityRepository(Database& db)
    : m_db(db)
{
}

QList<Activity> ActivityRepository::forInitiative(qint64 initiativeId, const QDate& from, const QDate& to) const
{
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT person_id, date, quarters, kind FROM activities WHERE initiative_id = ? AND person_id IS NOT NULL "
        "AND date >= ? AND date <= ? ORDER BY person_id, date"_s,
        {initiativeId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QList<Activity> result;
    while (q.next()) {
        Activity a;
        a.initiativeId = initiativeId;
        a.personId = q.value(0).toLongLong();
        a.date = Sql::toDate(q.value(1));
        a.quarters = q.value(2).toInt();
        a.kind = q.value(3).toString();
        result << a;
    }
    return result;
}

QList<FieldError> ActivityRepository::validate(qint64 initiativeId, const QList<Activity>& cells) const
{
    QList<FieldError> errors;
    if (cells.isEmpty()) {
        return errors;
    }
    const QSqlDatabase db = m_db.connection();
    QSet<qint64> personSet;
    QDate first = cells.first().date;
    QDate last = first;
    for (const Activity& a : cells) {
        personSet.insert(a.personId);
        first = qMin(first, a.date);
        last = qMax(last, a.date);
    }
    const QList<qint64> personIds(personSet.begin(), personSet.end());
    QVariantList ids;
    for (qint64 id : personIds) {
        ids << id;
    }
    // Names, involvements and the hours on other initiatives: three set-based queries for the whole batch.
    QHash<qint64, QString> names;
    {
        QSqlQuery q = Sql::exec(db,
                                u"SELECT id, "_s + Tables::personName(u"persons"_s) + u" FROM persons WHERE id IN ("_s
                                    + placeholders(ids.size()) + u')',
                                ids);
        while (q.next()) {
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    }
    QMultiHash<qint64, Involvement> involvements;
    {
        QVariantList v = ids;
        v.prepend(initiativeId);
        QSqlQuery q = Sql::exec(
            db,
            u"SELECT person_id, from_date, until_date FROM involvements WHERE initiative_id = ? AND person_id IN ("_s
                + placeholders(ids.size()) + u')',
            v);
        while (q.next()) {
            Involvement inv;
            inv.personId = q.value(0).toLongLong();
            inv.from = Sql::toDate(q.value(1));
            inv.until = Sql::toDate(q.value(2));
            involvements.insert(inv.personId, inv);
        }
    }
    QHash<QString, int> otherQuarters;
    {
        QVariantList v = ids;
        v << initiativeId << first.toString(Qt::ISODate) << last.toString(Qt::ISODate);
        QSqlQuery q = Sql::exec(
            db,
            u"SELECT person_id, date, sum(quarters) FROM activities WHERE person_id IN ("_s + placeholders(ids.size())
                + u") AND initiative_id <> ? AND date >= ? AND date <= ? GROUP BY person_id, date"_s,
            v);
        while (q.next()) {
            otherQuarters.insert(cellKey(q.value(0).toLongLong(), Sql::toDate(q.value(1))), q.value(2).toInt());
        }
    }
    const QLocale locale;
    for (const Activity& a : cells) {
        const QString key = cellKey(a.personId, a.date);
        const QString who = names.value(a.personId);
        const QString when = locale.toString(a.date, QLocale::ShortFormat);
        if (who.isEmpty()) {
            errors.append({key, tr("Row for a person who no longer exists.")});
            continue;
        }
        if (!a.date.isValid()) {
            errors.append({key, tr("%1: the date is not valid.").arg(who)});
            continue;
        }
        if (a.quarters < 0) {
            errors.append({key, tr("%1, %2: hours cannot be negative.").arg(who, when)});
            continue;
        }
        if (a.quarters == 0) {
            continue; // removing a cell is always allowed
        }
        const int total = a.quarters + otherQuarters.value(key);
        if (total > Hours::MaxQuartersPerDay) {
            errors.append({key,
                           tr("%1, %2: %3 hours in one day, counting other initiatives; a day has 24.")
                               .arg(who, when, locale.toString(Hours::fromQuarters(total)))});
            continue;
        }
        const auto range = involvements.equal_range(a.personId);
        const bool covered
            = std::any_of(range.first, range.second, [&](const Involvement& inv) { return inv.covers(a.date); });
        if (!covered) {
            errors.append(
                {key, tr("%1, %2: this date lies outside the person's involvement in the initiative.").arg(who, when)});
        }
    }
    return errors;
}

void ActivityRepository::setHours(qint64 initiativeId, const QList<Activity>& cells)
{
    if (const auto errors = validate(initiativeId, cells); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    const QSqlDatabase db = m_db.connection();
    QSqlQuery upsert
        = Sql::prepare(db,
                       u"INSERT INTO activities(initiative_id, person_id, date, quarters, kind) VALUES(?, ?, ?, ?, ?) "
                       "ON CONFLICT(initiative_id, person_id, date) WHERE person_id IS NOT NULL "
                       "DO UPDATE SET quarters = excluded.quarters, kind = excluded.kind RETURNING id"_s);
    QSqlQuery remove = Sql::prepare(
        db, u"DELETE FROM activities WHERE initiative_id = ? AND person_id = ? AND date = ? RETURNING id"_s);
    AuditLog audit(m_db);
    for (const Activity& a : cells) {
        if (a.quarters == 0) {
            Sql::exec(remove, {initiativeId, a.personId, a.date.toString(Qt::ISODate)});
            while (remove.next()) {
                audit.recordDelete(u"activity"_s, remove.value(0).toLongLong());
            }
            remove.finish();
        } else {
            Sql::exec(upsert, {initiativeId, a.personId, a.date.toString(Qt::ISODate), a.quarters, a.kind});
            upsert.next();
            audit.recordUpdate(u"activity"_s, upsert.value(0).toLongLong(), {u"hours"_s});
            upsert.finish();
        }
    }
    tx.commit();
}

QList<MonthlyHours> ActivityRepository::personHistory(qint64 personId) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT a.initiative_id, i.title, "_s + d.monthOf(u"a.date"_s)
                                + u" AS month, sum(a.quarters) FROM activities a "
                                  "JOIN initiatives i ON i.id = a.initiative_id WHERE a.person_id = ? "
                                  "GROUP BY a.initiative_id, i.title, month ORDER BY month DESC, "_s
                                + d.sorted(u"i.title"_s),
                            {personId});
    QList<MonthlyHours> result;
    while (q.next()) {
        MonthlyHours m;
        m.initiativeId = q.value(0).toLongLong();
        m.initiativeTitle = q.value(1).toString();
        m.month = QDate::fromString(q.value(2).toString() + u"-01"_s, Qt::ISODate);
        m.quarters = q.value(3).toInt();
        result << m;
    }
    return result;
}
