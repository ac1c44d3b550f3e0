#pragma once

#include "core/Error.h"
#include "core/domain/SupportMap.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

/// The offers of the support map: support in a ward and theme by exactly one initiative, partner or person.
class OfferRepository final : public DeclaredRepository<OfferRepository, Offer>
{
    Q_DECLARE_TR_FUNCTIONS(OfferRepository)

public:
    enum Column { Ward, Theme, Description, ProviderName, Capacity, Active, ColumnCount };

    explicit OfferRepository(Database& db);

    /// Problems: no description, a missing ward or theme, not exactly one provider, a missing provider.
    QList<FieldError> validate(const Offer& offer) const;
    /// Filters: search (description, capacity), wardId, themeId, status = "active" or "inactive".
    int count(const ListQuery& query) const;
    QList<OfferRow> list(const ListQuery& query, int offset, int limit) const;
};
