#pragma once

#include "Error.h"
#include "ListQuery.h"
#include "domain/SupportMap.h"

#include <QList>
#include <QString>
#include <optional>

class Database;

/// The support map (vraag en aanbod) per ward and theme: collective needs and the offers that meet them. A gap is
/// an open need with no active offer in its ward and theme (GapCondition).
class SupportMapRepository final
{
public:
    enum NeedColumn {
        NeedWard,
        NeedTheme,
        NeedDescription,
        NeedSignalledBy,
        NeedSignalledOn,
        NeedSeverity,
        NeedOpen,
        NeedGap,
        NeedColumnCount
    };
    enum OfferColumn {
        OfferWard,
        OfferTheme,
        OfferDescription,
        OfferProviderName,
        OfferCapacity,
        OfferActive,
        OfferColumnCount
    };

    /// The SQL condition, on a needs row aliased n, that makes it a gap.
    static QString gapCondition();

    explicit SupportMapRepository(Database& db);

    /// Problems: no description, a missing ward or theme.
    QList<FieldError> validateNeed(const Need& need) const;
    qint64 insertNeed(const Need& need);
    void updateNeed(const Need& need);
    void removeNeed(qint64 id);
    std::optional<Need> findNeed(qint64 id) const;
    /// Filters: search (description, signalled by), wardId, themeId, status = "open", "closed" or "gap".
    int countNeeds(const ListQuery& query) const;
    QList<NeedRow> listNeeds(const ListQuery& query, int offset, int limit) const;

    /// Problems: no description, a missing ward or theme, not exactly one provider, a missing provider.
    QList<FieldError> validateOffer(const Offer& offer) const;
    qint64 insertOffer(const Offer& offer);
    void updateOffer(const Offer& offer);
    void removeOffer(qint64 id);
    std::optional<Offer> findOffer(qint64 id) const;
    /// Filters: search (description, capacity), wardId, themeId, status = "active" or "inactive".
    int countOffers(const ListQuery& query) const;
    QList<OfferRow> listOffers(const ListQuery& query, int offset, int limit) const;

    /// Open needs and gaps per theme (themes with at least one open need), optionally for one ward; by theme name.
    QList<ThemeGaps> gapsPerTheme(std::optional<qint64> wardId = {}) const;

private:
    Database& m_db;
};
