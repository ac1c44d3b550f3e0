#include "AuditLog.h"

#include "Database.h"
#include "Sql.h"
#include "platform/Platform.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

AuditLog::AuditLog(Database& db)
    : m_db(db)
{
}

QString AuditLog::osUser()
{
    // The account from the operating system: $USER can be set to anything by whoever starts the program.
    const QString user = Platform::accountName();
    return user.isEmpty() ? u"unknown"_s : user;
}

void AuditLog::recordInsert(const QString& entity, qint64 id, const QStringList& fields)
{
    record(entity, id, u"insert"_s, fields);
}

void AuditLog::recordUpdate(const QString& entity, qint64 id, const QStringList& fields)
{
    record(entity, id, u"update"_s, fields);
}

void AuditLog::recordDelete(const QString& entity, qint64 id)
{
    record(entity, id, u"delete"_s, {});
}

void AuditLog::record(const QString& entity, qint64 id, const QString& action, const QStringList& fields)
{
    Sql::exec(
        m_db.connection(),
        u"INSERT INTO audit_log(at, os_user, entity, entity_id, action, fields) VALUES(?, ?, ?, ?, ?, ?)"_s,
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), osUser(), entity, id, action, fields.join(u',')});
}

namespace {
QList<AuditEntry> readEntries(QSqlQuery& query)
{
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        e.osUser = query.value(1).toString();
        e.entity = query.value(2).toString();
        e.entityId = query.value(3).toLongLong();
        e.action = query.value(4).toString();
        const QString fields = query.value(5).toString();
        e.fields = fields.isEmpty() ? QStringList() : fields.split(u',');
        entries << e;
    }
    return entries;
}
} // namespace

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QSqlQuery query = Sql::exec(
        m_db.connection(),
        u"SELECT at, os_user, entity, entity_id, action, fields FROM audit_log ORDER BY id DESC LIMIT ?"_s, {limit});
    return readEntries(query);
}

QList<AuditEntry> AuditLog::forRecord(const QString& entity, qint64 id) const
{
    QSqlQuery query = Sql::exec(
        m_db.connection(),
        u"SELECT at, os_user, entity, entity_id, action, fields FROM audit_log WHERE entity = ? AND entity_id = ? "
        "ORDER BY id"_s,
        {entity, id});
    return readEntries(query);
}
