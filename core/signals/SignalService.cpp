#include "SignalService.h"

#include "storage/Database.h"
#include "storage/KpiRepository.h"
#include "storage/ListQuery.h"
#include "storage/NeedRepository.h"
#include "storage/OfferRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SignalService", text);
}

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString percent(double share)
{
    return QString::number(std::lround(share * 100.0));
}

/// Agreement columns every agreement signal selects: id, title, partner name, first ward id, ward names.
const QString AgreementColumns
    = u"a.id, a.title, p.name, (SELECT min(aw.ward_id) FROM agreement_wards aw WHERE aw.agreement_id = a.id), "
      "(SELECT group_concat(name, ', ') FROM (SELECT w.name FROM agreement_wards aw JOIN wards w "
      "ON w.id = aw.ward_id WHERE aw.agreement_id = a.id ORDER BY w.name))"_s;
const QString AgreementFrom = u" FROM agreements a JOIN partners p ON p.id = a.partner_id"_s;

void addWardFilter(WhereClause& where, const SignalQuery& query)
{
    if (query.wardId) {
        where.add(u"EXISTS (SELECT 1 FROM agreement_wards aw WHERE aw.agreement_id = a.id AND aw.ward_id = ?)"_s,
                  {*query.wardId});
    }
}

Signal agreementSignal(const QSqlQuery& q, SignalKind kind, Severity severity)
{
    Signal s;
    s.kind = kind;
    s.severity = severity;
    s.entity = SignalEntity::Agreement;
    s.entityId = q.value(0).toLongLong();
    s.wardId = Sql::toOptionalId(q.value(3));
    s.wards = q.value(4).toString();
    return s;
}

bool moreUrgent(const Signal& a, const Signal& b)
{
    if (a.severity != b.severity) {
        return a.severity > b.severity;
    }
    if (a.date != b.date) {
        return a.date.isValid() && (!b.date.isValid() || a.date < b.date);
    }
    if (a.kind != b.kind) {
        return a.kind < b.kind;
    }
    return a.entityId < b.entityId;
}

} // namespace

SignalService::SignalService(Database& db)
    : m_db(db)
{
}

QList<Signal> SignalService::collect(const SignalQuery& query) const
{
    QList<Signal> all;
    all << evaluations(query) << ending(query) << withoutMe(query) << frameworks(query) << followUps(query)
        << gaps(query) << kpis(query);
    std::sort(all.begin(), all.end(), moreUrgent);
    return all;
}

QList<Signal> SignalService::ofKind(SignalKind kind, const SignalQuery& query) const
{
    QList<Signal> list;
    switch (kind) {
    case SignalKind::EvaluationOverdue:
    case SignalKind::EvaluationDue:
        list = evaluations(query);
        break;
    case SignalKind::AgreementEnding:
        list = ending(query);
        break;
    case SignalKind::AgreementWithoutMe:
        list = withoutMe(query);
        break;
    case SignalKind::FrameworkOutdated:
        list = frameworks(query);
        break;
    case SignalKind::FollowUpOverdue:
        list = followUps(query);
        break;
    case SignalKind::SupportGap:
        list = gaps(query);
        break;
    case SignalKind::KpiOffTrack:
        list = kpis(query);
        break;
    }
    list.removeIf([kind](const Signal& s) { return s.kind != kind; });
    std::sort(list.begin(), list.end(), moreUrgent);
    return list;
}

QList<Signal> SignalService::evaluations(const SignalQuery& query) const
{
    const QDate today = query.today();
    WhereClause where;
    where.add(u"a.status = 'active' AND a.next_evaluation IS NOT NULL AND a.next_evaluation <= ?"_s,
              {Sql::date(today.addDays(EvaluationDueDays))});
    addWardFilter(where, query);
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT "_s + AgreementColumns + u", a.next_evaluation"_s + AgreementFrom + where.sql(),
                            where.values());
    QList<Signal> list;
    while (q.next()) {
        const QDate due = Sql::toDate(q.value(5));
        const bool overdue = due < today;
        Signal s = agreementSignal(q, overdue ? SignalKind::EvaluationOverdue : SignalKind::EvaluationDue,
                                   overdue ? Severity::High : Severity::Medium);
        s.date = due;
        s.text = (overdue ? tr("The evaluation of agreement “%1” with %2 was due on %3.")
                          : tr("The evaluation of agreement “%1” with %2 is due on %3."))
                     .arg(q.value(1).toString(), q.value(2).toString(), formatDate(due));
        list << s;
    }
    return list;
}

QList<Signal> SignalService::ending(const SignalQuery& query) const
{
    const QDate today = query.today();
    WhereClause where;
    where.add(u"a.status = 'active' AND a.end_date IS NOT NULL AND a.end_date <= ?"_s,
              {Sql::date(today.addDays(AgreementEndingDays))});
    addWardFilter(where, query);
    QSqlQuery q
        = Sql::exec(m_db.connection(),
                    u"SELECT "_s + AgreementColumns + u", a.end_date"_s + AgreementFrom + where.sql(), where.values());
    QList<Signal> list;
    while (q.next()) {
        const QDate end = Sql::toDate(q.value(5));
        const bool ended = end < today;
        Signal s = agreementSignal(q, SignalKind::AgreementEnding, ended ? Severity::High : Severity::Medium);
        s.date = end;
        s.text = (ended ? tr("Agreement “%1” with %2 ended on %3 but is still marked active.")
                        : tr("Agreement “%1” with %2 ends on %3."))
                     .arg(q.value(1).toString(), q.value(2).toString(), formatDate(end));
        list << s;
    }
    return list;
}

QList<Signal> SignalService::withoutMe(const SignalQuery& query) const
{
    WhereClause where;
    where.add(u"a.status = 'active' AND a.me_agreed = 0"_s);
    addWardFilter(where, query);
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT "_s + AgreementColumns + u", a.start_date"_s + AgreementFrom + where.sql(),
                            where.values());
    QList<Signal> list;
    while (q.next()) {
        Signal s = agreementSignal(q, SignalKind::AgreementWithoutMe, Severity::Medium);
        s.date = Sql::toDate(q.value(5));
        s.text = tr("Agreement “%1” with %2 has no agreed monitoring and evaluation.")
                     .arg(q.value(1).toString(), q.value(2).toString());
        list << s;
    }
    return list;
}

QList<Signal> SignalService::frameworks(const SignalQuery& query) const
{
    WhereClause where;
    where.add(u"f.review_by IS NOT NULL AND f.review_by < ?"_s, {Sql::date(query.today())});
    if (query.wardId) {
        where.add(u"(EXISTS (SELECT 1 FROM goals g WHERE g.framework_id = f.id AND g.ward_id = ?) "
                  "OR EXISTS (SELECT 1 FROM initiatives i WHERE i.framework_id = f.id AND i.ward_id = ?))"_s,
                  {*query.wardId, *query.wardId});
    }
    QSqlQuery q = Sql::exec(m_db.connection(), u"SELECT f.id, f.title, f.review_by FROM frameworks f"_s + where.sql(),
                            where.values());
    QList<Signal> list;
    while (q.next()) {
        Signal s;
        s.kind = SignalKind::FrameworkOutdated;
        s.severity = Severity::Medium;
        s.entity = SignalEntity::Framework;
        s.entityId = q.value(0).toLongLong();
        s.date = Sql::toDate(q.value(2));
        s.text = tr("Policy framework “%1” is outdated: it was due for review on %2.")
                     .arg(q.value(1).toString(), formatDate(s.date));
        list << s;
    }
    return list;
}

QList<Signal> SignalService::followUps(const SignalQuery& query) const
{
    WhereClause where;
    where.add(u"i.fits_framework = 'no' AND i.followup_deadline IS NOT NULL AND i.followup_deadline < ? "
              "AND i.followup_status <> 'done'"_s,
              {Sql::date(query.today())});
    if (query.wardId) {
        where.add(u"i.ward_id = ?"_s, {*query.wardId});
    }
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT i.id, i.title, i.ward_id, w.name, i.followup_deadline, i.followup_department "
                            "FROM initiatives i JOIN wards w ON w.id = i.ward_id"_s
                                + where.sql(),
                            where.values());
    QList<Signal> list;
    while (q.next()) {
        Signal s;
        s.kind = SignalKind::FollowUpOverdue;
        s.severity = Severity::High;
        s.entity = SignalEntity::Initiative;
        s.entityId = q.value(0).toLongLong();
        s.wardId = q.value(2).toLongLong();
        s.wards = q.value(3).toString();
        s.date = Sql::toDate(q.value(4));
        const QString department = q.value(5).toString();
        s.text = department.isEmpty()
            ? tr("The follow-up of initiative “%1”, which does not fit the policy framework, was due on %2.")
                  .arg(q.value(1).toString(), formatDate(s.date))
            : tr("The follow-up by %3 of initiative “%1”, which does not fit the policy framework, was due on %2.")
                  .arg(q.value(1).toString(), formatDate(s.date), department);
        list << s;
    }
    return list;
}

QList<Signal> SignalService::gaps(const SignalQuery& query) const
{
    WhereClause where;
    where.add(NeedRepository::gapCondition());
    if (query.wardId) {
        where.add(u"n.ward_id = ?"_s, {*query.wardId});
    }
    QSqlQuery q
        = Sql::exec(m_db.connection(),
                    u"SELECT n.id, n.description, n.ward_id, w.name, t.name, n.severity, n.signalled_on FROM needs n "
                    "JOIN wards w ON w.id = n.ward_id JOIN themes t ON t.id = n.theme_id"_s
                        + where.sql(),
                    where.values());
    QList<Signal> list;
    while (q.next()) {
        Signal s;
        s.kind = SignalKind::SupportGap;
        s.severity = Enums::fromKey<Severity>(q.value(5).toString()).value_or(Severity::Medium);
        s.entity = SignalEntity::Need;
        s.entityId = q.value(0).toLongLong();
        s.wardId = q.value(2).toLongLong();
        s.wards = q.value(3).toString();
        s.date = Sql::toDate(q.value(6));
        s.text = tr("No active offer meets the need “%1” (%2) in %3.")
                     .arg(q.value(1).toString(), q.value(4).toString(), s.wards);
        list << s;
    }
    return list;
}

QList<Signal> SignalService::kpis(const SignalQuery& query) const
{
    ProgressQuery progressQuery;
    progressQuery.referenceDate = query.today();
    progressQuery.wardId = query.wardId;
    QList<Signal> list;
    const QList<ProgressRow> rows = KpiRepository(m_db).progress(progressQuery);
    for (const ProgressRow& row : rows) {
        if (row.progress.status != ProgressStatus::OffTrack) {
            continue;
        }
        Signal s;
        s.kind = SignalKind::KpiOffTrack;
        s.severity = Severity::Medium;
        s.entity = SignalEntity::Kpi;
        s.entityId = row.id;
        s.agreementId = row.ownerId;
        s.wardId = row.wardId;
        s.wards = row.wards;
        s.date = row.progress.latest ? row.progress.latest->date : QDate();
        s.text = row.progress.expected
            ? tr("KPI “%1” of agreement “%2” is off track: %3% of the way to its target where %4% was expected.")
                  .arg(row.name, row.ownerTitle, percent(*row.progress.value), percent(*row.progress.expected))
            : tr("KPI “%1” of agreement “%2” is moving away from its target.").arg(row.name, row.ownerTitle);
        list << s;
    }
    return list;
}
