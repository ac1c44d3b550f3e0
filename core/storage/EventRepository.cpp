#include "EventRepository.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

EventRepository::EventRepository(Database& db)
    : m_db(db)
{
}

QList<AnonymousEvent> EventRepository::forInitiative(qint64 initiativeId) const
{
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT id, date, participants, kind FROM activities WHERE initiative_id = ? AND person_id IS NULL "
        "ORDER BY date DESC, id DESC"_s,
        {initiativeId});
    QList<AnonymousEvent> result;
    while (q.next()) {
        result << AnonymousEvent {q.value(0).toLongLong(), initiativeId, Sql::toDate(q.value(1)), q.value(2).toInt(),
                                  q.value(3).toString()};
    }
    return result;
}

std::optional<AnonymousEvent> EventRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT id, initiative_id, date, participants, kind FROM activities WHERE id = ? AND person_id IS NULL"_s,
        {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return AnonymousEvent {q.value(0).toLongLong(), q.value(1).toLongLong(), Sql::toDate(q.value(2)),
                           q.value(3).toInt(), q.value(4).toString()};
}

QList<FieldError> EventRepository::validate(const AnonymousEvent& e) const
{
    QList<FieldError> errors;
    if (!Sql::exists(m_db.connection(), u"initiatives"_s, e.initiativeId)) {
        errors.append({u"initiative"_s, tr("Choose an initiative.")});
    }
    if (!e.date.isValid()) {
        errors.append({u"date"_s, tr("Enter the date of the event.")});
    }
    if (e.participants <= 0) {
        errors.append({u"participants"_s, tr("Enter how many people took part (at least 1).")});
    }
    return errors;
}

qint64 EventRepository::insert(const AnonymousEvent& e)
{
    if (const auto errors = validate(e); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"INSERT INTO activities(id, initiative_id, person_id, date, quarters, participants, kind) "
                            "VALUES(?, ?, NULL, ?, 0, ?, ?) RETURNING id"_s,
                            {e.id > 0 ? QVariant(e.id) : QVariant(QMetaType::fromType<qint64>()), e.initiativeId,
                             e.date.toString(Qt::ISODate), e.participants, e.kind});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog(m_db).recordInsert(entity(), id, {u"date"_s, u"participants"_s, u"kind"_s});
    tx.commit();
    return id;
}

void EventRepository::update(const AnonymousEvent& e)
{
    if (const auto errors = validate(e); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(),
              u"UPDATE activities SET date = ?, participants = ?, kind = ? WHERE id = ? AND person_id IS NULL"_s,
              {e.date.toString(Qt::ISODate), e.participants, e.kind, e.id});
    AuditLog(m_db).recordUpdate(entity(), e.id, {u"date"_s, u"participants"_s, u"kind"_s});
    tx.commit();
}

void EventRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM activities WHERE id = ? AND person_id IS NULL"_s, {id});
    AuditLog(m_db).recordDelete(entity(), id);
    tx.commit();
}
