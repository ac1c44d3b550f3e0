#pragma once

#include "core/Error.h"
#include "core/domain/SupportMap.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

/// The needs of the support map (vraag en aanbod) per ward and theme. A gap is an open need with no active offer in
/// its ward and theme (gapCondition()).
class NeedRepository final : public DeclaredRepository<NeedRepository, Need>
{
    Q_DECLARE_TR_FUNCTIONS(NeedRepository)

public:
    enum Column { Ward, Theme, Description, SignalledBy, SignalledOn, Severity, Open, Gap, ColumnCount };

    /// The SQL condition, on a needs row aliased n, that makes it a gap.
    static QString gapCondition();
    /// Adds the problems of a need's or an offer's ward and theme: missing or no longer there.
    static void checkWardAndTheme(const QSqlDatabase& db, qint64 wardId, qint64 themeId, QList<FieldError>& errors);
    /// The conditions the support map's two lists share, over the row `alias` (n for needs, o for offers): the
    /// query's search in the expressions `searched`, its ward and its theme.
    static WhereClause supportMapWhere(const Dialect::Engine& dialect, const ListQuery& query, const QString& alias,
                                       const QStringList& searched);
    /// " ORDER BY" the query's sort column among `expressions` (the first when out of range) in its direction, then
    /// `idColumn`.
    static QString orderBy(const QStringList& expressions, const ListQuery& query, const QString& idColumn);

    explicit NeedRepository(Database& db);

    /// Problems: no description, a missing ward or theme.
    QList<FieldError> validate(const Need& need) const;
    /// Filters: search (description, signalled by), wardId, themeId, status = "open", "closed" or "gap".
    int count(const ListQuery& query) const;
    QList<NeedRow> list(const ListQuery& query, int offset, int limit) const;

    /// Open needs and gaps per theme (themes with at least one open need), optionally for one ward; by theme name.
    QList<ThemeGaps> gapsPerTheme(std::optional<qint64> wardId = {}) const;
};
