#pragma once

#include "core/Error.h"
#include "core/domain/PolicyFramework.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Policy frameworks (beleidskaders).
class FrameworkRepository final : public DeclaredRepository<FrameworkRepository, PolicyFramework>
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkRepository)

public:
    explicit FrameworkRepository(Database& db);

    QList<PolicyFramework> all() const;
    QList<FieldError> validate(const PolicyFramework& framework) const;
    /// Refused while initiatives refer to the framework.
    void remove(qint64 id);
    /// Frameworks whose review date lies before `today`.
    QList<PolicyFramework> outdated(const QDate& today) const;
};
