#pragma once

#include "core/Error.h"
#include "core/domain/PolicyFramework.h"
#include "core/storage/RecordStore.h"

#include <QList>

class Database;

/// Policy frameworks (beleidskaders).
class FrameworkRepository final
{
public:
    explicit FrameworkRepository(Database& db);

    QList<PolicyFramework> all() const;
    std::optional<PolicyFramework> find(qint64 id) const;
    QList<FieldError> validate(const PolicyFramework& framework) const;
    qint64 insert(const PolicyFramework& framework);
    void update(const PolicyFramework& framework);
    /// Refused while initiatives refer to the framework.
    void remove(qint64 id);
    /// Frameworks whose review date lies before `today`.
    QList<PolicyFramework> outdated(const QDate& today) const;

private:
    Database& m_db;
    RecordStore<PolicyFramework> m_store;
};
