#include "InitiativeRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

InitiativeRepository::InitiativeRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This initiative no longer exists."), Tables::initiatives())
{
}

QList<FieldError> InitiativeRepository::validate(const Initiative& i) const
{
    QList<FieldError> errors;
    const QSqlDatabase db = m_db.connection();
    if (i.title.trimmed().isEmpty()) {
        errors.append({u"title"_s, tr("Enter the initiative's title.")});
    }
    if (i.wardId <= 0 || !Sql::scalar(db, u"SELECT 1 FROM wards WHERE id = ?"_s, {i.wardId}).isValid()) {
        errors.append({u"ward"_s, tr("Choose the ward of the initiative.")});
    }
    if (i.startDate.isValid() && i.plannedEnd.isValid() && i.plannedEnd < i.startDate) {
        errors.append({u"planned_end"_s, tr("The planned end lies before the start date.")});
    }
    if (i.budgetRequestedCents < 0) {
        errors.append({u"budget_requested"_s, tr("The requested budget cannot be negative.")});
    }
    if (i.budgetGrantedCents < 0) {
        errors.append({u"budget_granted"_s, tr("The granted budget cannot be negative.")});
    }
    if (i.frameworkId && !Sql::scalar(db, u"SELECT 1 FROM frameworks WHERE id = ?"_s, {*i.frameworkId}).isValid()) {
        errors.append({u"framework"_s, tr("The chosen policy framework no longer exists.")});
    }
    for (qint64 themeId : i.themeIds) {
        if (!Sql::scalar(db, u"SELECT 1 FROM themes WHERE id = ?"_s, {themeId}).isValid()) {
            errors.append({u"themes"_s, tr("One of the chosen themes no longer exists.")});
            break;
        }
    }
    return errors;
}

QStringList InitiativeRepository::dependents(qint64 id) const
{
    return countReferrers(id,
                          {
                              {QT_TR_N_NOOP("%n involved person(s)"), "involvements", "initiative_id"},
                              {QT_TR_N_NOOP("%n registered activity/activities"), "activities", "initiative_id"},
                              {QT_TR_N_NOOP("%n critical role(s)"), "critical_roles", "initiative_id"},
                              {QT_TR_N_NOOP("%n agreement(s) with partners"), "agreement_initiatives", "initiative_id"},
                              {QT_TR_N_NOOP("%n offer(s) in the support map"), "offers", "initiative_id"},
                          });
}

void InitiativeRepository::remove(qint64 id)
{
    const auto initiative = find(id);
    if (!initiative) {
        return;
    }
    if (const QStringList deps = dependents(id); !deps.isEmpty()) {
        throw Error(tr("Initiative %1 cannot be deleted because other records refer to it: %2.")
                        .arg(initiative->title, deps.join(u", "_s)));
    }
    m_store.remove(id);
}

namespace {
WhereClause initiativeWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where;
    where.addSearch(dialect.likeIgnoringCase(), {u"i.title"_s, u"i.description"_s}, query.search);
    if (query.wardId) {
        where.add(u"i.ward_id = ?"_s, {*query.wardId});
    }
    if (query.themeId) {
        where.add(u"EXISTS (SELECT 1 FROM initiative_themes t WHERE t.initiative_id = i.id AND t.theme_id = ?)"_s,
                  {*query.themeId});
    }
    if (!query.initiativeStatus.isEmpty()) {
        where.add(u"i.status = ?"_s, {query.initiativeStatus});
    }
    return where;
}
} // namespace

int InitiativeRepository::count(const ListQuery& query) const
{
    const WhereClause where = initiativeWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM initiatives i"_s + where.sql(), where.values())
        .toInt();
}

QList<InitiativeRow> InitiativeRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {d.sorted(u"i.title"_s),
                                       d.sorted(u"w.name"_s),
                                       u"i.status"_s,
                                       u"i.track"_s,
                                       u"themes"_s,
                                       u"i.start_date"_s,
                                       u"i.planned_end"_s,
                                       u"i.budget_granted_cents"_s,
                                       u"i.funding_end"_s};
    const QString sort = sortExpressions.value(query.sortColumn, sortExpressions.first());
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const WhereClause where = initiativeWhere(Dialect::of(m_db.connection()), query);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT i.id, i.ward_id, w.code, w.name, i.title, i.status, i.track, "_s
                                + d.orderedList(u"name"_s,
                                                u"SELECT t.name FROM initiative_themes it JOIN themes t "
                                                "ON t.id = it.theme_id WHERE it.initiative_id = i.id ORDER BY "_s
                                                    + d.sorted(u"t.name"_s),
                                                u", "_s)
                                + u" AS themes, i.start_date, i.planned_end, i.budget_granted_cents, i.funding_end "
                                  "FROM initiatives i JOIN wards w ON w.id = i.ward_id"_s
                                + where.sql() + u" ORDER BY "_s + sort + direction + u", i.id LIMIT ? OFFSET ?"_s,
                            v);
    QList<InitiativeRow> rows;
    while (q.next()) {
        InitiativeRow r;
        r.id = q.value(0).toLongLong();
        r.wardId = q.value(1).toLongLong();
        r.wardCode = q.value(2).toString();
        r.wardName = q.value(3).toString();
        r.title = q.value(4).toString();
        r.status = Enums::fromKey<InitiativeStatus>(q.value(5).toString()).value_or(InitiativeStatus::Idea);
        r.track = Enums::fromKey<::Track>(q.value(6).toString()).value_or(::Track::Residents);
        r.themes = q.value(7).toString();
        r.startDate = Sql::toDate(q.value(8));
        r.plannedEnd = Sql::toDate(q.value(9));
        r.budgetGrantedCents = q.value(10).toLongLong();
        r.fundingEnd = Sql::toDate(q.value(11));
        rows << r;
    }
    return rows;
}
