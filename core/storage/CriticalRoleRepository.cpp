#include "CriticalRoleRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

CriticalRoleRepository::CriticalRoleRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This role no longer exists."), Tables::criticalRoles())
{
}

QList<FieldError> CriticalRoleRepository::validate(const CriticalRole& r) const
{
    QList<FieldError> errors;
    const QSqlDatabase db = m_db.connection();
    const QString key = CriticalRole::keyFor(r.role);
    if (!Sql::scalar(db, u"SELECT 1 FROM initiatives WHERE id = ?"_s, {r.initiativeId}).isValid()) {
        errors.append({u"initiative"_s, tr("Choose an initiative.")});
    }
    if (key.isEmpty()) {
        errors.append({u"role"_s, tr("Name the role.")});
    } else if (Sql::scalar(db, u"SELECT 1 FROM critical_roles WHERE initiative_id = ? AND role = ? AND id <> ?"_s,
                           {r.initiativeId, key, r.id})
                   .isValid()) {
        errors.append({u"role"_s, tr("The initiative already has the role %1.").arg(CriticalRole::label(key))});
    }
    if (r.holderId && !Sql::scalar(db, u"SELECT 1 FROM persons WHERE id = ?"_s, {*r.holderId}).isValid()) {
        errors.append({u"holder"_s, tr("The holder no longer exists.")});
    }
    if (r.backupId && !Sql::scalar(db, u"SELECT 1 FROM persons WHERE id = ?"_s, {*r.backupId}).isValid()) {
        errors.append({u"backup"_s, tr("The backup no longer exists.")});
    }
    if (r.backupId && r.holderId && *r.backupId == *r.holderId) {
        errors.append({u"backup"_s, tr("The backup must be someone other than the holder.")});
    }
    if (r.backupId && !r.holderId) {
        errors.append({u"holder"_s, tr("A role with a backup needs a holder.")});
    }
    return errors;
}

QList<CriticalRoleRow> CriticalRoleRepository::rows(const QString& where, const QVariantList& values) const
{
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT r.id, r.initiative_id, r.role, r.holder_person_id, r.backup_person_id, i.title, "_s
            + Tables::personName(u"h"_s) + u", "_s + Tables::personName(u"b"_s)
            + u" FROM critical_roles r JOIN initiatives i ON i.id = r.initiative_id "
              "LEFT JOIN persons h ON h.id = r.holder_person_id LEFT JOIN persons b ON b.id = r.backup_person_id WHERE "_s
            + where + u" ORDER BY "_s + Dialect::of(m_db.connection()).sorted(u"i.title"_s) + u", r.id"_s,
        values);
    QList<CriticalRoleRow> result;
    while (q.next()) {
        CriticalRoleRow row;
        row.role.id = q.value(0).toLongLong();
        row.role.initiativeId = q.value(1).toLongLong();
        row.role.role = q.value(2).toString();
        row.role.holderId = Sql::toOptionalId(q.value(3));
        row.role.backupId = Sql::toOptionalId(q.value(4));
        row.initiativeTitle = q.value(5).toString();
        row.holderName = q.value(6).toString();
        row.backupName = q.value(7).toString();
        result << row;
    }
    return result;
}

QList<CriticalRoleRow> CriticalRoleRepository::forInitiative(qint64 initiativeId) const
{
    return rows(u"r.initiative_id = ?"_s, {initiativeId});
}

QList<CriticalRoleRow> CriticalRoleRepository::forPerson(qint64 personId) const
{
    return rows(u"(r.holder_person_id = ? OR r.backup_person_id = ?)"_s, {personId, personId});
}
