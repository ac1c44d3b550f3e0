#pragma once

#include "core/Error.h"
#include "core/domain/Partner.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

/// Partners: the organisations agreements are made with.
class PartnerRepository final : public DeclaredRepository<PartnerRepository, Partner>
{
    Q_DECLARE_TR_FUNCTIONS(PartnerRepository)

public:
    enum Column { Name, Type, ContactPerson, Email, Phone, Agreements, ColumnCount };

    explicit PartnerRepository(Database& db);

    /// Problems: no name, a name another partner has, an e-mail address that is not one.
    QList<FieldError> validate(const Partner& partner) const;
    /// Removes the partner; refused with the dependent records named (agreements, offers).
    void remove(qint64 id);
    QStringList dependents(qint64 id) const;

    /// All partners by name: for pickers.
    QList<Partner> all() const;
    /// Filters: search (name, contact person), status = a PartnerType key.
    int count(const ListQuery& query) const;
    QList<PartnerRow> list(const ListQuery& query, int offset, int limit) const;
};
