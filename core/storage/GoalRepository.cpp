#include "GoalRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/MeasurementSql.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString Measurements = u"goal_measurements"_s;
const QString Owner = u"goal_id"_s;
WhereClause goalWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where;
    where.addSearch(dialect.likeIgnoringCase(), {u"g.indicator"_s}, query.search);
    if (query.wardId) {
        where.add(u"g.ward_id = ?"_s, {*query.wardId});
    }
    return where;
}

} // namespace

GoalRepository::GoalRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This ward goal no longer exists."), Tables::goals(), Measurements, Owner)
{
}

QList<FieldError> GoalRepository::validate(const WardGoal& g) const
{
    QList<FieldError> errors;
    const QSqlDatabase db = m_db.connection();
    if (g.indicator.trimmed().isEmpty()) {
        errors.append({u"indicator"_s, tr("Enter the goal's indicator.")});
    }
    if (g.wardId <= 0 || !Sql::scalar(db, u"SELECT 1 FROM wards WHERE id = ?"_s, {g.wardId}).isValid()) {
        errors.append({u"ward"_s, tr("Choose the ward of the goal.")});
    }
    if (g.frameworkId && !Sql::scalar(db, u"SELECT 1 FROM frameworks WHERE id = ?"_s, {*g.frameworkId}).isValid()) {
        errors.append({u"framework"_s, tr("The chosen policy framework no longer exists.")});
    }
    if (g.startDate.isValid() && g.targetDate.isValid() && g.targetDate < g.startDate) {
        errors.append({u"target_date"_s, tr("The target date lies before the start date.")});
    }
    KpiRepository::checkTarget(g.baseline, g.target, g.direction, g.measurements, errors);
    return errors;
}

int GoalRepository::count(const ListQuery& query) const
{
    const WhereClause where = goalWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM goals g"_s + where.sql(), where.values()).toInt();
}

QList<WardGoalRow> GoalRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    // Progress sorts by the same formula as Progress::compute, without clamping.
    const QStringList sortExpressions {
        d.sorted(u"w.name"_s),
        d.sorted(u"g.indicator"_s),
        u"g.unit"_s,
        u"g.baseline"_s,
        u"g.target"_s,
        u"ml.value"_s,
        u"(ml.value - coalesce(g.baseline, mf.value)) / nullif(g.target - coalesce(g.baseline, mf.value), 0)"_s,
        u"g.target_date"_s,
        d.sorted(u"f.title"_s)};
    const QString sort = sortExpressions.value(query.sortColumn, sortExpressions.first());
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const WhereClause where = goalWhere(Dialect::of(m_db.connection()), query);
    const QDate today = query.today();
    QVariantList v {Sql::date(today)};
    v << where.values() << limit << offset;
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        MeasurementSql::firstAndLatestCte(Measurements, Owner)
            + u"SELECT g.id, g.ward_id, w.code, w.name, g.indicator, g.unit, g.target_date, f.title, f.review_by, "_s
            + MeasurementSql::inputColumns(u"g"_s, u"g.start_date"_s, u"g.target_date"_s)
            + u" FROM goals g JOIN wards w ON w.id = g.ward_id LEFT JOIN frameworks f ON f.id = g.framework_id"_s
            + MeasurementSql::inputJoins(u"g"_s) + where.sql() + u" ORDER BY "_s + sort + direction
            + u", g.id LIMIT ? OFFSET ?"_s,
        v);
    QList<WardGoalRow> rows;
    while (q.next()) {
        WardGoalRow r;
        r.id = q.value(0).toLongLong();
        r.wardId = q.value(1).toLongLong();
        r.wardCode = q.value(2).toString();
        r.wardName = q.value(3).toString();
        r.indicator = q.value(4).toString();
        r.unit = q.value(5).toString();
        r.targetDate = Sql::toDate(q.value(6));
        r.frameworkTitle = q.value(7).toString();
        const QDate reviewBy = Sql::toDate(q.value(8));
        r.frameworkOutdated = reviewBy.isValid() && reviewBy < today;
        MeasurementSql::readProgress(q, 9, r);
        rows << r;
    }
    return rows;
}

QList<ProgressRow> GoalRepository::progress(const ProgressQuery& query) const
{
    WhereClause where;
    if (query.wardId) {
        where.add(u"g.ward_id = ?"_s, {*query.wardId});
    }
    QVariantList v {Sql::date(query.today())};
    v << where.values();
    QSqlQuery q = Sql::exec(m_db.connection(),
                            MeasurementSql::firstAndLatestCte(Measurements, Owner)
                                + u"SELECT g.id, g.ward_id, w.name, g.indicator, g.unit, "_s
                                + MeasurementSql::inputColumns(u"g"_s, u"g.start_date"_s, u"g.target_date"_s)
                                + u" FROM goals g JOIN wards w ON w.id = g.ward_id"_s
                                + MeasurementSql::inputJoins(u"g"_s) + where.sql() + u" ORDER BY w.code, "_s
                                + Dialect::of(m_db.connection()).sorted(u"g.indicator"_s) + u", g.id"_s,
                            v);
    QList<ProgressRow> rows;
    while (q.next()) {
        ProgressRow r;
        r.subject = ProgressSubject::Goal;
        r.id = q.value(0).toLongLong();
        r.ownerId = q.value(1).toLongLong();
        r.ownerTitle = q.value(2).toString();
        r.wards = r.ownerTitle;
        r.wardId = r.ownerId;
        r.name = q.value(3).toString();
        r.unit = q.value(4).toString();
        MeasurementSql::readProgress(q, 5, r);
        rows << r;
    }
    return rows;
}
