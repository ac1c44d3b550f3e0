#pragma once

#include "core/Error.h"
#include "core/domain/SupportMap.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QList>
#include <QString>
#include <optional>

/// The needs of the support map (vraag en aanbod) per ward and theme. A gap is an open need with no active offer in
/// its ward and theme (gapCondition()).
class NeedRepository final
{
public:
    enum Column { Ward, Theme, Description, SignalledBy, SignalledOn, Severity, Open, Gap, ColumnCount };

    /// The SQL condition, on a needs row aliased n, that makes it a gap.
    static QString gapCondition();
    /// Adds the problems of a need's or an offer's ward and theme: missing or no longer there.
    static void checkWardAndTheme(const QSqlDatabase& db, qint64 wardId, qint64 themeId, QList<FieldError>& errors);

    explicit NeedRepository(Database& db);

    /// Problems: no description, a missing ward or theme.
    QList<FieldError> validate(const Need& need) const;
    qint64 insert(const Need& need);
    void update(const Need& need);
    void remove(qint64 id);
    std::optional<Need> find(qint64 id) const;
    /// Filters: search (description, signalled by), wardId, themeId, status = "open", "closed" or "gap".
    int count(const ListQuery& query) const;
    QList<NeedRow> list(const ListQuery& query, int offset, int limit) const;

    /// Open needs and gaps per theme (themes with at least one open need), optionally for one ward; by theme name.
    QList<ThemeGaps> gapsPerTheme(std::optional<qint64> wardId = {}) const;

private:
    Database& m_db;
    RecordStore<Need> m_store;
};
