#include "PersonRecords.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PersonRecords {

QList<TableRows> tables(qint64 personId)
{
    const QString id = QString::number(personId);
    return {
        {u"persons"_s, u"x0.id = "_s + id},
        {u"involvements"_s, u"x0.person_id = "_s + id},
        {u"activities"_s, u"x0.person_id = "_s + id},
        {u"critical_roles"_s, u"(x0.holder_person_id = "_s + id + u" OR x0.backup_person_id = "_s + id + u')'},
        {u"offers"_s, u"x0.person_id = "_s + id},
    };
}

QString auditWhere(qint64 personId)
{
    const QString id = QString::number(personId);
    return u"((x0.entity = 'person' AND x0.entity_id = %1)"
           " OR (x0.entity = 'involvement' AND x0.entity_id IN (SELECT id FROM involvements WHERE person_id = %1))"
           " OR (x0.entity = 'activity' AND x0.entity_id IN (SELECT id FROM activities WHERE person_id = %1))"
           " OR (x0.entity = 'critical_role' AND x0.entity_id IN (SELECT id FROM critical_roles"
           " WHERE holder_person_id = %1 OR backup_person_id = %1))"
           " OR (x0.entity = 'offer' AND x0.entity_id IN (SELECT id FROM offers WHERE person_id = %1)))"_s.arg(id);
}

QList<AuditEntry> auditEntries(Database& db, qint64 personId)
{
    QSqlQuery q = Sql::exec(db.connection(),
                            u"SELECT x0.id, x0.at, x0.os_user, x0.entity, x0.entity_id, x0.action, x0.fields, "
                            "x0.records FROM audit_log x0 WHERE "_s
                                + auditWhere(personId) + u" ORDER BY x0.id"_s);
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.osUser = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        const QString fields = q.value(6).toString();
        e.fields = fields.isEmpty() ? QStringList() : fields.split(u',');
        if (!q.value(7).isNull()) {
            e.records = q.value(7).toLongLong();
        }
        entries << e;
    }
    return entries;
}

} // namespace PersonRecords
