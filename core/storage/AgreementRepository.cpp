#include "AgreementRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

WhereClause agreementWhere(const Dialect::Engine& dialect, const ListQuery& query, const AgreementFilter& filter)
{
    WhereClause where;
    where.addSearch(dialect.likeIgnoringCase(), {u"a.title"_s, u"a.description"_s, u"p.name"_s}, query.search);
    if (query.wardId) {
        where.add(u"EXISTS (SELECT 1 FROM agreement_wards aw WHERE aw.agreement_id = a.id AND aw.ward_id = ?)"_s,
                  {*query.wardId});
    }
    if (!query.agreementStatus.isEmpty()) {
        where.add(u"a.status = ?"_s, {query.agreementStatus});
    }
    if (filter.partnerId) {
        where.add(u"a.partner_id = ?"_s, {*filter.partnerId});
    }
    if (filter.initiativeId) {
        where.add(u"EXISTS (SELECT 1 FROM agreement_initiatives ai WHERE ai.agreement_id = a.id "
                  "AND ai.initiative_id = ?)"_s,
                  {*filter.initiativeId});
    }
    if (filter.endFrom.isValid()) {
        where.add(u"a.end_date >= ?"_s, {Sql::date(filter.endFrom)});
    }
    if (filter.endTo.isValid()) {
        where.add(u"a.end_date <= ?"_s, {Sql::date(filter.endTo)});
    }
    if (filter.evaluationFrom.isValid()) {
        where.add(u"a.next_evaluation >= ?"_s, {Sql::date(filter.evaluationFrom)});
    }
    if (filter.evaluationTo.isValid()) {
        where.add(u"a.next_evaluation <= ?"_s, {Sql::date(filter.evaluationTo)});
    }
    if (filter.withoutMonitoringOnly) {
        where.add(u"a.me_agreed = 0"_s);
    }
    return where;
}

/// Brings an agreement's KPIs or evaluations from `stored` to `wanted`: deletes those no longer wanted, updates
/// the changed ones and inserts the new ones (id 0 or unknown), each belonging to the agreement.
template<typename Repo, typename T>
void replaceChildren(Repo&& repo, const QList<T>& stored, const QList<T>& wanted, qint64 agreementId)
{
    const auto find = [](const QList<T>& list, qint64 id) -> const T* {
        const auto it = std::find_if(list.cbegin(), list.cend(), [id](const T& x) { return x.id == id; });
        return id > 0 && it != list.cend() ? &*it : nullptr;
    };
    for (const T& old : stored) {
        if (!find(wanted, old.id)) {
            repo.remove(old.id);
        }
    }
    for (T item : wanted) {
        item.agreementId = agreementId;
        if (const T* old = find(stored, item.id)) {
            if (!(*old == item)) {
                repo.update(item);
            }
        } else {
            repo.insert(item);
        }
    }
}

} // namespace

AgreementRepository::AgreementRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This agreement no longer exists."), Tables::agreements())
{
}

QList<FieldError> AgreementRepository::validate(const Agreement& a) const
{
    QList<FieldError> errors;
    const QSqlDatabase db = m_db.connection();
    if (a.title.trimmed().isEmpty()) {
        errors.append({u"title"_s, tr("Enter the agreement's title.")});
    }
    if (a.partnerId <= 0 || !Sql::scalar(db, u"SELECT 1 FROM partners WHERE id = ?"_s, {a.partnerId}).isValid()) {
        errors.append({u"partner"_s, tr("Choose the partner the agreement is made with.")});
    }
    if (a.wardIds.isEmpty()) {
        errors.append({u"wards"_s, tr("Choose at least one ward the agreement is for.")});
    }
    for (qint64 wardId : a.wardIds) {
        if (!Sql::scalar(db, u"SELECT 1 FROM wards WHERE id = ?"_s, {wardId}).isValid()) {
            errors.append({u"wards"_s, tr("One of the chosen wards no longer exists.")});
            break;
        }
    }
    for (qint64 initiativeId : a.initiativeIds) {
        if (!Sql::scalar(db, u"SELECT 1 FROM initiatives WHERE id = ?"_s, {initiativeId}).isValid()) {
            errors.append({u"initiatives"_s, tr("One of the linked initiatives no longer exists.")});
            break;
        }
    }
    if (a.startDate.isValid() && a.endDate.isValid() && a.endDate < a.startDate) {
        errors.append({u"end_date"_s, tr("The end date lies before the start date.")});
    }
    if (a.budgetCents < 0) {
        errors.append({u"budget"_s, tr("The budget cannot be negative.")});
    }
    return errors;
}

QStringList AgreementRepository::contents(qint64 id) const
{
    return countReferrers(id,
                          {
                              {QT_TR_N_NOOP("%n KPI(s)"), "kpis", "agreement_id"},
                              {QT_TR_N_NOOP("%n evaluation(s)"), "evaluations", "agreement_id"},
                          });
}

std::optional<AgreementRecord> AgreementRepository::loadRecord(qint64 id) const
{
    const auto agreement = find(id);
    if (!agreement) {
        return std::nullopt;
    }
    AgreementRecord record;
    record.agreement = *agreement;
    record.kpis = KpiRepository(m_db).forAgreement(id);
    record.evaluations = EvaluationRepository(m_db).forAgreement(id);
    return record;
}

qint64 AgreementRepository::insertRecord(const AgreementRecord& record)
{
    Transaction tx(m_db);
    const qint64 id = insert(record.agreement);
    KpiRepository kpis(m_db);
    for (Kpi kpi : record.kpis) {
        kpi.agreementId = id;
        kpis.insert(kpi);
    }
    EvaluationRepository evaluations(m_db);
    for (Evaluation evaluation : record.evaluations) {
        evaluation.agreementId = id;
        evaluations.insert(evaluation);
    }
    tx.commit();
    return id;
}

void AgreementRepository::updateRecord(const AgreementRecord& record)
{
    Transaction tx(m_db);
    const auto stored = loadRecord(record.agreement.id);
    if (!stored) {
        throw Error(tr("This agreement no longer exists."));
    }
    update(record.agreement);
    replaceChildren(KpiRepository(m_db), stored->kpis, record.kpis, record.agreement.id);
    replaceChildren(EvaluationRepository(m_db), stored->evaluations, record.evaluations, record.agreement.id);
    tx.commit();
}

int AgreementRepository::count(const ListQuery& query, const AgreementFilter& filter) const
{
    const WhereClause where = agreementWhere(Dialect::of(m_db.connection()), query, filter);
    return Sql::scalar(m_db.connection(),
                       u"SELECT count(*) FROM agreements a JOIN partners p ON p.id = a.partner_id"_s + where.sql(),
                       where.values())
        .toInt();
}

QList<AgreementRow> AgreementRepository::list(const ListQuery& query, int offset, int limit,
                                              const AgreementFilter& filter) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {d.sorted(u"a.title"_s),
                                       d.sorted(u"p.name"_s),
                                       u"wards"_s,
                                       u"a.status"_s,
                                       u"a.start_date"_s,
                                       u"a.end_date"_s,
                                       u"a.budget_cents"_s,
                                       u"a.monitoring"_s,
                                       u"a.me_agreed"_s,
                                       u"a.next_evaluation"_s,
                                       u"kpis"_s};
    const QString sort = sortExpressions.value(query.sortColumn, sortExpressions.first());
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const WhereClause where = agreementWhere(Dialect::of(m_db.connection()), query, filter);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT a.id, a.title, a.partner_id, p.name, (SELECT "_s + d.listAggregate(u"name"_s, u", "_s)
            + u" FROM (SELECT w.name FROM agreement_wards aw JOIN wards w "
              "ON w.id = aw.ward_id WHERE aw.agreement_id = a.id ORDER BY "_s
            + d.sorted(u"w.name"_s)
            + u") AS ordered_items) AS wards, "
              "a.status, a.start_date, a.end_date, a.budget_cents, a.monitoring, a.me_agreed, a.next_evaluation, "
              "(SELECT count(*) FROM kpis k WHERE k.agreement_id = a.id) AS kpis "
              "FROM agreements a JOIN partners p ON p.id = a.partner_id"_s
            + where.sql() + u" ORDER BY "_s + sort + direction + u", a.id LIMIT ? OFFSET ?"_s,
        v);
    QList<AgreementRow> rows;
    while (q.next()) {
        AgreementRow r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.partnerId = q.value(2).toLongLong();
        r.partnerName = q.value(3).toString();
        r.wards = q.value(4).toString();
        r.status = Enums::fromKey<AgreementStatus>(q.value(5).toString()).value_or(AgreementStatus::Draft);
        r.startDate = Sql::toDate(q.value(6));
        r.endDate = Sql::toDate(q.value(7));
        r.budgetCents = q.value(8).toLongLong();
        r.monitoring = Enums::fromKey<MonitoringFrequency>(q.value(9).toString()).value_or(MonitoringFrequency::None);
        r.monitoringAgreed = q.value(10).toBool();
        r.nextEvaluation = Sql::toDate(q.value(11));
        r.kpiCount = q.value(12).toInt();
        rows << r;
    }
    return rows;
}

QList<MonthlyDue> AgreementRepository::monthlyDue(const QDate& from, int months, std::optional<qint64> wardId) const
{
    const QDate first(from.year(), from.month(), 1);
    const QDate end = first.addMonths(months);
    QList<MonthlyDue> result;
    for (int i = 0; i < months; ++i) {
        result.append({first.addMonths(i), 0, 0});
    }
    const QString ward = wardId
        ? u" AND EXISTS (SELECT 1 FROM agreement_wards aw WHERE aw.agreement_id = a.id AND aw.ward_id = ?)"_s
        : QString();
    QVariantList v {Sql::date(first), Sql::date(end)};
    if (wardId) {
        v << *wardId;
    }
    v << Sql::date(first) << Sql::date(end);
    if (wardId) {
        v << *wardId;
    }
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT month, sum(ending), sum(evaluations) FROM (SELECT "_s + d.monthOf(u"a.end_date"_s)
                                + u" AS month, 1 AS ending, 0 AS evaluations FROM agreements a "
                                  "WHERE a.status = 'active' AND a.end_date >= ? AND a.end_date < ?"_s
                                + ward + u" UNION ALL SELECT "_s + d.monthOf(u"a.next_evaluation"_s)
                                + u", 0, 1 FROM agreements a "
                                  "WHERE a.status = 'active' AND a.next_evaluation >= ? AND a.next_evaluation < ?"_s
                                + ward + u") AS due GROUP BY month"_s,
                            v);
    while (q.next()) {
        const QDate month = QDate::fromString(q.value(0).toString() + u"-01"_s, Qt::ISODate);
        const auto index
            = first.daysTo(month) >= 0 ? (month.year() - first.year()) * 12 + month.month() - first.month() : -1;
        if (index >= 0 && index < result.size()) {
            result[index].agreementsEnding = q.value(1).toInt();
            result[index].evaluationsDue = q.value(2).toInt();
        }
    }
    return result;
}
