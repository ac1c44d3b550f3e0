#include "AuditLog.h"

#include "core/platform/Platform.h"
#include "core/storage/Database.h"
#include "core/storage/ListQuery.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString Columns = u"id, at, os_user, entity, entity_id, action, fields, records"_s;

QList<AuditEntry> readEntries(QSqlQuery& query)
{
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.osUser = query.value(2).toString();
        e.entity = query.value(3).toString();
        e.entityId = query.value(4).toLongLong();
        e.action = query.value(5).toString();
        const QString fields = query.value(6).toString();
        e.fields = fields.isEmpty() ? QStringList() : fields.split(u',');
        if (!query.value(7).isNull()) {
            e.records = query.value(7).toLongLong();
        }
        entries << e;
    }
    return entries;
}

WhereClause auditWhere(const AuditQuery& query)
{
    WhereClause where;
    // `at` is ISO-8601 UTC text: a day's entries sort between "YYYY-MM-DD" and "YYYY-MM-DD~".
    if (query.from.isValid()) {
        where.add(u"at >= ?"_s, {query.from.toString(Qt::ISODate)});
    }
    if (query.to.isValid()) {
        where.add(u"at < ?"_s, {query.to.addDays(1).toString(Qt::ISODate)});
    }
    if (!query.user.isEmpty()) {
        where.add(u"os_user = ?"_s, {query.user});
    }
    if (!query.entity.isEmpty()) {
        where.add(u"entity = ?"_s, {query.entity});
    }
    if (!query.action.isEmpty()) {
        where.add(u"action = ?"_s, {query.action});
    }
    return where;
}

} // namespace

QStringList AuditLog::actions()
{
    return {Insert, Update, Delete, Erase, Export, Report, Access, Retention};
}

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

namespace {

/// The account the log records for writes through `db`: the operating system's user on a file, the database user on
/// a server (DESIGN.md, Team database: audit with the database user; the one the server checked, whatever the
/// client's operating system says).
QString userOf(Database& db)
{
    if (!db.isServer()) {
        return AuditLog::osUser();
    }
    QSqlQuery q = Sql::exec(db.connection(), u"SELECT session_user"_s);
    return q.next() ? q.value(0).toString() : u"unknown"_s;
}

} // namespace

void AuditLog::recordInsert(const QString& entity, qint64 id, const QStringList& fields)
{
    record(entity, id, Insert, fields);
}

void AuditLog::recordUpdate(const QString& entity, qint64 id, const QStringList& fields)
{
    record(entity, id, Update, fields);
}

void AuditLog::recordDelete(const QString& entity, qint64 id)
{
    record(entity, id, Delete, {});
}

void AuditLog::record(const QString& entity, qint64 id, const QString& action, const QStringList& fields,
                      std::optional<qint64> records)
{
    Transaction tx(m_db);
    Sql::exec(m_db.connection(),
              u"INSERT INTO audit_log(at, os_user, entity, entity_id, action, fields, records) "
              "VALUES(?, ?, ?, ?, ?, ?, ?)"_s,
              {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), userOf(m_db), entity, id, action,
               fields.join(u','), records ? QVariant(*records) : QVariant(QMetaType::fromType<qint64>())});
    tx.commit();
}

void AuditLog::recordOnFile(const QString& path, const QString& entity, qint64 id, const QString& action,
                            const QStringList& fields, std::optional<qint64> records)
{
    const auto db = Database::open(path);
    AuditLog(*db).record(entity, id, action, fields, records);
}

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QSqlQuery query
        = Sql::exec(m_db.connection(), u"SELECT "_s + Columns + u" FROM audit_log ORDER BY id DESC LIMIT ?"_s, {limit});
    return readEntries(query);
}

QList<AuditEntry> AuditLog::forRecord(const QString& entity, qint64 id) const
{
    QSqlQuery query = Sql::exec(
        m_db.connection(), u"SELECT "_s + Columns + u" FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"_s,
        {entity, id});
    return readEntries(query);
}

QList<AuditEntry> AuditLog::list(const AuditQuery& query, int offset, int limit) const
{
    const WhereClause where = auditWhere(query);
    QVariantList values = where.values();
    QString page;
    if (limit >= 0) {
        page = u" LIMIT ? OFFSET ?"_s;
        values << limit << offset;
    }
    QSqlQuery q
        = Sql::exec(m_db.connection(),
                    u"SELECT "_s + Columns + u" FROM audit_log"_s + where.sql() + u" ORDER BY id"_s + page, values);
    return readEntries(q);
}

int AuditLog::count(const AuditQuery& query) const
{
    const WhereClause where = auditWhere(query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM audit_log"_s + where.sql(), where.values()).toInt();
}

QStringList AuditLog::users() const
{
    QStringList list;
    QSqlQuery q = Sql::exec(m_db.connection(), u"SELECT DISTINCT os_user FROM audit_log ORDER BY os_user"_s);
    while (q.next()) {
        list << q.value(0).toString();
    }
    return list;
}

QStringList AuditLog::entities() const
{
    QStringList list;
    QSqlQuery q = Sql::exec(m_db.connection(), u"SELECT DISTINCT entity FROM audit_log ORDER BY entity"_s);
    while (q.next()) {
        list << q.value(0).toString();
    }
    return list;
}
