#include "NeedRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

WhereClause needWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where
        = NeedRepository::supportMapWhere(dialect, query, u"n"_s, {u"n.description"_s, u"n.signalled_by"_s});
    if (query.needState == u"open"_s) {
        where.add(u"n.open = 1"_s);
    } else if (query.needState == u"closed"_s) {
        where.add(u"n.open = 0"_s);
    } else if (query.needState == u"gap"_s) {
        where.add(NeedRepository::gapCondition());
    }
    return where;
}

} // namespace

WhereClause NeedRepository::supportMapWhere(const Dialect::Engine& dialect, const ListQuery& query,
                                            const QString& alias, const QStringList& searched)
{
    WhereClause where;
    where.addSearch(dialect.likeIgnoringCase(), searched, query.search);
    if (query.wardId) {
        where.add(alias + u".ward_id = ?"_s, {*query.wardId});
    }
    if (query.themeId) {
        where.add(alias + u".theme_id = ?"_s, {*query.themeId});
    }
    return where;
}

QString NeedRepository::orderBy(const QStringList& expressions, const ListQuery& query, const QString& idColumn)
{
    return u" ORDER BY "_s + expressions.value(query.sortColumn, expressions.first())
        + (query.order == Qt::AscendingOrder ? u" ASC, "_s : u" DESC, "_s) + idColumn;
}

QString NeedRepository::gapCondition()
{
    return u"(n.open = 1 AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.ward_id = n.ward_id "
           "AND o.theme_id = n.theme_id AND o.active = 1))"_s;
}

void NeedRepository::checkWardAndTheme(const QSqlDatabase& db, qint64 wardId, qint64 themeId, QList<FieldError>& errors)
{
    if (wardId <= 0 || !Sql::exists(db, u"wards"_s, wardId)) {
        errors.append({u"ward"_s, tr("Choose the ward.")});
    }
    if (themeId <= 0 || !Sql::exists(db, u"themes"_s, themeId)) {
        errors.append({u"theme"_s, tr("Choose the theme.")});
    }
}

NeedRepository::NeedRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This need no longer exists."), Tables::needs())
{
}

QList<FieldError> NeedRepository::validate(const Need& need) const
{
    QList<FieldError> errors;
    if (need.description.trimmed().isEmpty()) {
        errors.append({u"description"_s, tr("Describe the need.")});
    }
    checkWardAndTheme(m_db.connection(), need.wardId, need.themeId, errors);
    return errors;
}

int NeedRepository::count(const ListQuery& query) const
{
    const WhereClause where = needWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM needs n"_s + where.sql(), where.values()).toInt();
}

QList<NeedRow> NeedRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {d.sorted(u"w.name"_s),
                                       d.sorted(u"t.name"_s),
                                       d.sorted(u"n.description"_s),
                                       d.sorted(u"n.signalled_by"_s),
                                       u"n.signalled_on"_s,
                                       u"CASE n.severity WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END"_s,
                                       u"n.open"_s,
                                       u"gap"_s};
    const WhereClause where = needWhere(Dialect::of(m_db.connection()), query);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT n.id, n.ward_id, w.name, n.theme_id, t.name, n.description, n.signalled_by, n.signalled_on, "
        "n.severity, n.open, "_s
            + gapCondition()
            + u" AS gap FROM needs n JOIN wards w ON w.id = n.ward_id JOIN themes t ON t.id = n.theme_id"_s
            + where.sql() + orderBy(sortExpressions, query, u"n.id"_s) + u" LIMIT ? OFFSET ?"_s,
        v);
    QList<NeedRow> rows;
    while (q.next()) {
        NeedRow r;
        r.id = q.value(0).toLongLong();
        r.wardId = q.value(1).toLongLong();
        r.wardName = q.value(2).toString();
        r.themeId = q.value(3).toLongLong();
        r.themeName = q.value(4).toString();
        r.description = q.value(5).toString();
        r.signalledBy = q.value(6).toString();
        r.signalledOn = Sql::toDate(q.value(7));
        r.severity = Enums::fromKey<::Severity>(q.value(8).toString()).value_or(::Severity::Medium);
        r.open = q.value(9).toBool();
        r.isGap = q.value(10).toBool();
        rows << r;
    }
    return rows;
}

QList<ThemeGaps> NeedRepository::gapsPerTheme(std::optional<qint64> wardId) const
{
    WhereClause where;
    where.add(u"n.open = 1"_s);
    if (wardId) {
        where.add(u"n.ward_id = ?"_s, {*wardId});
    }
    QSqlQuery q
        = Sql::exec(m_db.connection(),
                    u"SELECT t.id, t.name, count(*), sum(CASE WHEN "_s + gapCondition()
                        + u" THEN 1 ELSE 0 END) FROM needs n JOIN themes t ON t.id = n.theme_id"_s + where.sql()
                        + u" GROUP BY t.id, t.name ORDER BY "_s + Dialect::of(m_db.connection()).sorted(u"t.name"_s),
                    where.values());
    QList<ThemeGaps> rows;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    }
    return rows;
}
