#include "SignalQueries.h"

#include "core/storage/Dialect.h"
#include "core/storage/ListQuery.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SignalQueries {

namespace {

/// Agreement columns every agreement signal selects: id, title, partner name, first ward id, ward names.
QString agreementColumns(const QSqlDatabase& db)
{
    return u"a.id, a.title, p.name, (SELECT min(aw.ward_id) FROM agreement_wards aw WHERE aw.agreement_id = a.id), "_s
        + Dialect::of(db).orderedList(u"name"_s,
                                      u"SELECT w.name FROM agreement_wards aw JOIN wards w ON w.id = aw.ward_id "
                                      "WHERE aw.agreement_id = a.id ORDER BY "_s
                                          + Dialect::of(db).sorted(u"w.name"_s),
                                      u", "_s);
}
const QString AgreementFrom = u" FROM agreements a JOIN partners p ON p.id = a.partner_id"_s;

QList<AgreementRow> agreements(const QSqlDatabase& db, const QString& condition, const QVariantList& values,
                               const QString& dateColumn, std::optional<qint64> wardId)
{
    WhereClause where;
    where.add(condition, values);
    if (wardId) {
        where.add(u"EXISTS (SELECT 1 FROM agreement_wards aw WHERE aw.agreement_id = a.id AND aw.ward_id = ?)"_s,
                  {*wardId});
    }
    QSqlQuery q = Sql::exec(
        db, u"SELECT "_s + agreementColumns(db) + u", "_s + dateColumn + AgreementFrom + where.sql(), where.values());
    QList<AgreementRow> list;
    while (q.next()) {
        list << AgreementRow {q.value(0).toLongLong(),       q.value(1).toString(), q.value(2).toString(),
                              Sql::toOptionalId(q.value(3)), q.value(4).toString(), Sql::toDate(q.value(5))};
    }
    return list;
}

} // namespace

QList<AgreementRow> evaluationsDue(const QSqlDatabase& db, const QDate& until, std::optional<qint64> wardId)
{
    return agreements(db, u"a.status = 'active' AND a.next_evaluation IS NOT NULL AND a.next_evaluation <= ?"_s,
                      {Sql::date(until)}, u"a.next_evaluation"_s, wardId);
}

QList<AgreementRow> agreementsEnding(const QSqlDatabase& db, const QDate& until, std::optional<qint64> wardId)
{
    return agreements(db, u"a.status = 'active' AND a.end_date IS NOT NULL AND a.end_date <= ?"_s, {Sql::date(until)},
                      u"a.end_date"_s, wardId);
}

QList<AgreementRow> agreementsWithoutMe(const QSqlDatabase& db, std::optional<qint64> wardId)
{
    return agreements(db, u"a.status = 'active' AND a.me_agreed = 0"_s, {}, u"a.start_date"_s, wardId);
}

QList<FrameworkRow> outdatedFrameworks(const QSqlDatabase& db, const QDate& before, std::optional<qint64> wardId)
{
    WhereClause where;
    where.add(u"f.review_by IS NOT NULL AND f.review_by < ?"_s, {Sql::date(before)});
    if (wardId) {
        where.add(u"(EXISTS (SELECT 1 FROM goals g WHERE g.framework_id = f.id AND g.ward_id = ?) "
                  "OR EXISTS (SELECT 1 FROM initiatives i WHERE i.framework_id = f.id AND i.ward_id = ?))"_s,
                  {*wardId, *wardId});
    }
    QSqlQuery q = Sql::exec(db, u"SELECT f.id, f.title, f.review_by FROM frameworks f"_s + where.sql(), where.values());
    QList<FrameworkRow> list;
    while (q.next()) {
        list << FrameworkRow {q.value(0).toLongLong(), q.value(1).toString(), Sql::toDate(q.value(2))};
    }
    return list;
}

QList<FollowUpRow> overdueFollowUps(const QSqlDatabase& db, const QDate& before, std::optional<qint64> wardId)
{
    WhereClause where;
    where.add(u"i.fits_framework = 'no' AND i.followup_deadline IS NOT NULL AND i.followup_deadline < ? "
              "AND i.followup_status <> 'done'"_s,
              {Sql::date(before)});
    if (wardId) {
        where.add(u"i.ward_id = ?"_s, {*wardId});
    }
    QSqlQuery q = Sql::exec(db,
                            u"SELECT i.id, i.title, i.ward_id, w.name, i.followup_deadline, i.followup_department "
                            "FROM initiatives i JOIN wards w ON w.id = i.ward_id"_s
                                + where.sql(),
                            where.values());
    QList<FollowUpRow> list;
    while (q.next()) {
        list << FollowUpRow {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toLongLong(),
                             q.value(3).toString(),   Sql::toDate(q.value(4)), q.value(5).toString()};
    }
    return list;
}

QList<GapRow> gaps(const QSqlDatabase& db, std::optional<qint64> wardId)
{
    WhereClause where;
    where.add(NeedRepository::gapCondition());
    if (wardId) {
        where.add(u"n.ward_id = ?"_s, {*wardId});
    }
    QSqlQuery q
        = Sql::exec(db,
                    u"SELECT n.id, n.description, n.ward_id, w.name, t.name, n.severity, n.signalled_on FROM needs n "
                    "JOIN wards w ON w.id = n.ward_id JOIN themes t ON t.id = n.theme_id"_s
                        + where.sql(),
                    where.values());
    QList<GapRow> list;
    while (q.next()) {
        list << GapRow {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toString(),   q.value(5).toString(), Sql::toDate(q.value(6))};
    }
    return list;
}

} // namespace SignalQueries
