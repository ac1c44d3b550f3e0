#pragma once

#include "core/Error.h"
#include "core/domain/CriticalRole.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// The succession register: per initiative the roles it cannot run without, their holders and backups.
class CriticalRoleRepository final : public DeclaredRepository<CriticalRoleRepository, CriticalRole>
{
    Q_DECLARE_TR_FUNCTIONS(CriticalRoleRepository)

public:
    explicit CriticalRoleRepository(Database& db);

    /// Problems: no role name, a role the initiative already has, a backup who is the holder, a missing person.
    QList<FieldError> validate(const CriticalRole& role) const;

    /// The initiative's roles, with the holders' and backups' names.
    QList<CriticalRoleRow> forInitiative(qint64 initiativeId) const;
    /// The roles a person holds or backs up, in every initiative.
    QList<CriticalRoleRow> forPerson(qint64 personId) const;

private:
    QList<CriticalRoleRow> rows(const QString& where, const QVariantList& values) const;
};
