#include "RetentionRepository.h"

#include "core/Error.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString MonthsKey = u"retention.months"_s;

QDate latest(std::initializer_list<QDate> dates)
{
    QDate last;
    for (const QDate& d : dates) {
        if (d.isValid() && (!last.isValid() || d > last)) {
            last = d;
        }
    }
    return last;
}

} // namespace

QString RetentionCandidate::reasonText(int retentionMonths) const
{
    const QLocale locale;
    switch (reason) {
    case Reason::ConsentWithdrawn:
        return RetentionRepository::tr("consent withdrawn on %1")
            .arg(locale.toString(consentWithdrawn, QLocale::ShortFormat));
    case Reason::ConsentExpired:
        return RetentionRepository::tr("consent ended on %1")
            .arg(locale.toString(consentExpires, QLocale::ShortFormat));
    case Reason::Inactive:
        break;
    }
    return lastSeen.isValid()
        ? RetentionRepository::tr("nothing recorded for more than %n month(s), since %1", nullptr, retentionMonths)
              .arg(locale.toString(lastSeen, QLocale::ShortFormat))
        : RetentionRepository::tr("nothing recorded for more than %n month(s)", nullptr, retentionMonths);
}

RetentionRepository::RetentionRepository(Database& db)
    : m_db(db)
{
}

int RetentionRepository::months() const
{
    bool ok = false;
    const int stored
        = Sql::scalar(m_db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, {MonthsKey}).toInt(&ok);
    return ok && stored >= MinimumMonths && stored <= MaximumMonths ? stored : DefaultMonths;
}

void RetentionRepository::setMonths(int months)
{
    if (months < MinimumMonths || months > MaximumMonths) {
        throw Error(
            tr("The retention period must lie between %1 and %2 months.").arg(MinimumMonths).arg(MaximumMonths));
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(),
              u"INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
              {MonthsKey, QString::number(months)});
    AuditLog(m_db).recordUpdate(u"settings"_s, 0, {MonthsKey});
    tx.commit();
}

QList<RetentionCandidate> RetentionRepository::candidates(const QDate& today) const
{
    const QDate cutoff = today.addMonths(-months());
    // Per person the dates of the last trace; the latest is taken here, as SQLite's max(a, b) and PostgreSQL's
    // greatest(a, b) differ on NULL.
    QSqlQuery q = Sql::exec(m_db.connection(), uR"(SELECT p.id, trim(p.first_name || ' ' || p.last_name),
        coalesce((SELECT w.code FROM wards w WHERE w.id = p.ward_id), ''), p.consent_withdrawn, p.consent_expires,
        (SELECT max(a.date) FROM activities a WHERE a.person_id = p.id),
        (SELECT max(v.from_date) FROM involvements v WHERE v.person_id = p.id),
        (SELECT max(v.until_date) FROM involvements v WHERE v.person_id = p.id),
        p.consent_date,
        (SELECT min(l.at) FROM audit_log l WHERE l.entity = 'person' AND l.entity_id = p.id),
        p.ward_id FROM persons p WHERE p.erased_on IS NULL ORDER BY p.id)"_s);
    QList<RetentionCandidate> list;
    while (q.next()) {
        RetentionCandidate c;
        c.personId = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.wardCode = q.value(2).toString();
        c.wardId = Sql::toOptionalId(q.value(10));
        c.consentWithdrawn = Sql::toDate(q.value(3));
        c.consentExpires = Sql::toDate(q.value(4));
        c.lastSeen = latest({Sql::toDate(q.value(5)), Sql::toDate(q.value(6)), Sql::toDate(q.value(7)),
                             Sql::toDate(q.value(8)), Sql::toDate(q.value(9).toString().left(10))});
        if (c.consentWithdrawn.isValid() && c.consentWithdrawn <= today) {
            c.reason = RetentionCandidate::Reason::ConsentWithdrawn;
        } else if (c.consentExpires.isValid() && c.consentExpires < today) {
            c.reason = RetentionCandidate::Reason::ConsentExpired;
        } else if (!c.lastSeen.isValid() || c.lastSeen < cutoff) {
            c.reason = RetentionCandidate::Reason::Inactive;
        } else {
            continue;
        }
        list << c;
    }
    return list;
}
