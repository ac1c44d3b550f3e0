#include "Conflict.h"

#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ConflictError::ConflictError(QString message, QString user, QDateTime at)
    : Error(std::move(message))
    , m_user(std::move(user))
    , m_at(std::move(at))
{
}

namespace Conflicts {

void guarded(Database& db, const QString& table, qint64 id, const std::function<void()>& check,
             const std::function<void()>& write)
{
    Transaction tx(db);
    // Portable SQL that takes the row's write lock on PostgreSQL (a colleague's save of the same row waits for our
    // commit, then reads what we wrote); on SQLite the transaction already holds the file's write lock.
    Sql::exec(db.connection(), u"UPDATE "_s + table + u" SET id = id WHERE id = ?"_s, {id});
    check();
    write();
    tx.commit();
}

ConflictError conflict(Database& db, const QString& entity, qint64 id, bool deleted)
{
    QString user;
    QDateTime at;
    {
        QSqlQuery q = Sql::exec(db.connection(),
                                u"SELECT os_user, at FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id "
                                "DESC LIMIT 1"_s,
                                {entity, id});
        if (q.next()) {
            user = q.value(0).toString();
            at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            at.setTimeSpec(Qt::UTC);
        }
    }
    const QString advice = QCoreApplication::translate(
        "Conflicts",
        "Nothing was saved. Copy what you typed if you need it, close this window and open the record "
        "again to see the new version.");
    QString what;
    if (user.isEmpty() || !at.isValid()) {
        what = deleted
            ? QCoreApplication::translate("Conflicts", "Someone else deleted this record after you opened it.")
            : QCoreApplication::translate("Conflicts", "Someone else changed this record after you opened it.");
    } else {
        const QDateTime local = at.toLocalTime();
        const QString day = local.toString(u"dd-MM-yyyy"_s);
        const QString time = local.toString(u"HH:mm"_s);
        what = deleted
            ? QCoreApplication::translate("Conflicts", "%1 deleted this record on %2 at %3, after you opened it.")
                  .arg(user, day, time)
            : QCoreApplication::translate("Conflicts", "%1 changed this record on %2 at %3, after you opened it.")
                  .arg(user, day, time);
    }
    return ConflictError(what + u' ' + advice, user, at);
}

} // namespace Conflicts
