#include "SignalService.h"

#include "core/domain/CriticalRole.h"
#include "core/risk/RiskCalculator.h"
#include "core/risk/RiskEngine.h"
#include "core/risk/SuccessionAdvisor.h"
#include "core/storage/ContinuitySql.h"
#include "core/storage/Database.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/RetentionRepository.h"
#include "core/storage/SignalQueries.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString percent(double share)
{
    return QString::number(std::lround(share * 100.0));
}

Signal agreementSignal(const SignalQueries::AgreementRow& row, SignalKind kind, Severity severity)
{
    Signal s;
    s.kind = kind;
    s.severity = severity;
    s.entity = SignalEntity::Agreement;
    s.entityId = row.id;
    s.wardId = row.wardId;
    s.wards = row.wards;
    s.date = row.date;
    return s;
}

bool moreUrgent(const Signal& a, const Signal& b)
{
    if (a.isContinuity() != b.isContinuity()) {
        return a.isContinuity();
    }
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
    QList<Signal> all = continuity(query);
    all << evaluations(query) << ending(query) << withoutMe(query) << frameworks(query) << followUps(query)
        << gaps(query) << kpis(query) << privacy(query);
    std::sort(all.begin(), all.end(), moreUrgent);
    return all;
}

QList<Signal> SignalService::ofKind(SignalKind kind, const SignalQuery& query) const
{
    QList<Signal> list;
    switch (kind) {
    case SignalKind::MovedToHigh:
        list = movedToHigh(query);
        break;
    case SignalKind::KeyPerson:
        list = keyPersons(query);
        break;
    case SignalKind::RoleWithoutBackup:
        list = rolesWithoutBackup(query);
        break;
    case SignalKind::FundingEnding:
        list = fundingEnding(query);
        break;
    case SignalKind::LeadInactive:
        list = inactiveLeads(query);
        break;
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
    case SignalKind::ConsentEnded:
        list = privacy(query);
        break;
    }
    list.removeIf([kind](const Signal& s) { return s.kind != kind; });
    std::sort(list.begin(), list.end(), moreUrgent);
    return list;
}

QList<Signal> SignalService::continuity(const SignalQuery& query) const
{
    QList<Signal> all;
    all << movedToHigh(query) << keyPersons(query) << rolesWithoutBackup(query) << fundingEnding(query)
        << inactiveLeads(query);
    std::sort(all.begin(), all.end(), moreUrgent);
    return all;
}

QList<Signal> SignalService::movedToHigh(const SignalQuery& query) const
{
    const QDate today = query.today();
    const QDate previous = RiskEngine::monthEnds(today.addDays(-1), 1).constFirst();
    const RiskEngine engine(m_db);
    QHash<qint64, RiskScore> before;
    for (const RiskScore& s : engine.scoreAll({previous, query.wardId, {}, {}})) {
        before.insert(s.initiativeId, s);
    }
    QList<Signal> list;
    for (const RiskScore& now : engine.scoreAll({today, query.wardId, {}, {}})) {
        if (now.band != RiskBand::High) {
            continue;
        }
        const auto was = before.constFind(now.initiativeId);
        const bool isNew = now.startDate.isValid() && now.startDate > previous;
        if (!isNew && was != before.constEnd() && was->band == RiskBand::High) {
            continue;
        }
        // The reason: the override's, else the indicator whose part of the score grew most (for a new initiative:
        // the largest part).
        QString reason = RiskCalculator::overrideReason(now);
        if (reason.isEmpty()) {
            int best = 0;
            double bestGrowth = -1;
            for (int i = 0; i < Risk::IndicatorCount; ++i) {
                const double growth = now.contributions[size_t(i)]
                    - (isNew || was == before.constEnd() ? 0.0 : was->contributions[size_t(i)]);
                if (growth > bestGrowth) {
                    bestGrowth = growth;
                    best = i;
                }
            }
            reason = tr("Main reason: %1.").arg(now.explanation(RiskIndicator(best)));
        }
        Signal s;
        s.kind = SignalKind::MovedToHigh;
        s.severity = Severity::High;
        s.entity = SignalEntity::Initiative;
        s.entityId = now.initiativeId;
        s.initiativeId = now.initiativeId;
        s.wardId = now.wardId;
        s.date = today;
        if (isNew || was == before.constEnd()) {
            s.text = tr("New initiative “%1” is at high risk (score %2). %3").arg(now.title).arg(now.score).arg(reason);
        } else {
            s.text = tr("Initiative “%1” moved to high risk since %2 (score %3, was %4). %5")
                         .arg(now.title, formatDate(previous))
                         .arg(now.score)
                         .arg(was->score)
                         .arg(reason);
        }
        list << s;
    }
    fillWardNames(list);
    return list;
}

QList<Signal> SignalService::keyPersons(const SignalQuery& query) const
{
    QList<Signal> list;
    for (const KeyPerson& kp : RiskEngine(m_db).keyPersons(query.wardId, query.today())) {
        if (kp.changes.isEmpty()) {
            continue;
        }
        const RiskChange& first = kp.changes.constFirst();
        Signal s;
        s.kind = SignalKind::KeyPerson;
        s.severity = Severity::High;
        s.entity = SignalEntity::Person;
        s.entityId = kp.personId;
        s.initiativeId = first.initiativeId;
        s.wardId = first.after.wardId;
        s.date = query.today();
        s.text = kp.changes.size() == 1
            ? tr("%1 is a key person: if they stop, “%2” moves to high risk.").arg(kp.name, first.title)
            //: Only for two or more initiatives (one has a sentence of its own), so every form reads as a plural
            //: "among them"; a language whose singular form also serves 21, 31, ... needs it that way.
            : tr("%1 is a key person: if they stop, %n initiative(s) move to high risk, among them “%2”.", nullptr,
                 int(kp.changes.size()))
                  .arg(kp.name, first.title);
        list << s;
    }
    fillWardNames(list);
    return list;
}

QList<Signal> SignalService::rolesWithoutBackup(const SignalQuery& query) const
{
    const QList<ContinuitySql::RoleGap> gaps = ContinuitySql::rolesWithoutBackup(m_db.connection(), query.wardId);
    QList<qint64> ids;
    for (const ContinuitySql::RoleGap& g : gaps) {
        ids << g.roleId;
    }
    const QHash<qint64, QList<SuccessorSuggestion>> suggestions = SuccessionAdvisor(m_db).suggest(ids, query.today());
    QList<Signal> list;
    for (const ContinuitySql::RoleGap& g : gaps) {
        Signal s;
        s.kind = SignalKind::RoleWithoutBackup;
        s.severity = Severity::Medium;
        s.entity = SignalEntity::Initiative;
        s.entityId = g.initiativeId;
        s.initiativeId = g.initiativeId;
        s.criticalRoleId = g.roleId;
        s.wardId = g.wardId;
        s.wards = g.wardName;
        s.suggestions = suggestions.value(g.roleId);
        s.text = tr("The critical role “%1” of “%2” has no backup (held by %3).")
                     .arg(CriticalRole::label(g.role), g.initiativeTitle, g.holderName);
        if (!s.suggestions.isEmpty()) {
            s.text += u' ' + tr("Suggested: %1.").arg(s.suggestions.constFirst().name);
        }
        list << s;
    }
    return list;
}

QList<Signal> SignalService::fundingEnding(const SignalQuery& query) const
{
    const QDate today = query.today();
    QList<Signal> list;
    for (const ContinuitySql::FundingEnd& f :
         ContinuitySql::fundingEnding(m_db.connection(), today, today.addMonths(FundingEndingMonths), query.wardId)) {
        Signal s;
        s.kind = SignalKind::FundingEnding;
        s.severity = f.fundingEnd <= today.addMonths(3) ? Severity::High : Severity::Medium;
        s.entity = SignalEntity::Initiative;
        s.entityId = f.initiativeId;
        s.initiativeId = f.initiativeId;
        s.wardId = f.wardId;
        s.wards = f.wardName;
        s.date = f.fundingEnd;
        s.text = tr("The funding of “%1” ends on %2 and no follow-up funding is registered.")
                     .arg(f.title, formatDate(f.fundingEnd));
        list << s;
    }
    return list;
}

QList<Signal> SignalService::inactiveLeads(const SignalQuery& query) const
{
    const QDate today = query.today();
    const QDate since = today.addMonths(-LeadInactiveMonths);
    QList<Signal> list;
    for (const ContinuitySql::InactiveLead& l :
         ContinuitySql::inactiveLeads(m_db.connection(), today, since, query.wardId)) {
        Signal s;
        s.kind = SignalKind::LeadInactive;
        s.severity = Severity::Medium;
        s.entity = SignalEntity::Person;
        s.entityId = l.personId;
        s.initiativeId = l.initiativeId;
        s.wardId = l.wardId;
        s.wards = l.wardName;
        s.date = l.lastActive;
        s.text = l.lastActive.isValid()
            ? tr("%1, lead of “%2”, has registered no hours in it since %3.")
                  .arg(l.name, l.title, formatDate(l.lastActive))
            : tr("%1, lead of “%2”, has never registered hours in it.").arg(l.name, l.title);
        list << s;
    }
    return list;
}

void SignalService::fillWardNames(QList<Signal>& list) const
{
    const QHash<qint64, QString> names = ContinuitySql::wardNames(m_db.connection());
    for (Signal& s : list) {
        if (s.wardId) {
            s.wards = names.value(*s.wardId);
        }
    }
}

QList<Signal> SignalService::evaluations(const SignalQuery& query) const
{
    const QDate today = query.today();
    QList<Signal> list;
    for (const SignalQueries::AgreementRow& row :
         SignalQueries::evaluationsDue(m_db.connection(), today.addDays(EvaluationDueDays), query.wardId)) {
        const bool overdue = row.date < today;
        Signal s = agreementSignal(row, overdue ? SignalKind::EvaluationOverdue : SignalKind::EvaluationDue,
                                   overdue ? Severity::High : Severity::Medium);
        s.text = (overdue ? tr("The evaluation of agreement “%1” with %2 was due on %3.")
                          : tr("The evaluation of agreement “%1” with %2 is due on %3."))
                     .arg(row.title, row.partner, formatDate(row.date));
        list << s;
    }
    return list;
}

QList<Signal> SignalService::ending(const SignalQuery& query) const
{
    const QDate today = query.today();
    QList<Signal> list;
    for (const SignalQueries::AgreementRow& row :
         SignalQueries::agreementsEnding(m_db.connection(), today.addDays(AgreementEndingDays), query.wardId)) {
        const bool ended = row.date < today;
        Signal s = agreementSignal(row, SignalKind::AgreementEnding, ended ? Severity::High : Severity::Medium);
        s.text = (ended ? tr("Agreement “%1” with %2 ended on %3 but is still marked active.")
                        : tr("Agreement “%1” with %2 ends on %3."))
                     .arg(row.title, row.partner, formatDate(row.date));
        list << s;
    }
    return list;
}

QList<Signal> SignalService::withoutMe(const SignalQuery& query) const
{
    QList<Signal> list;
    for (const SignalQueries::AgreementRow& row : SignalQueries::agreementsWithoutMe(m_db.connection(), query.wardId)) {
        Signal s = agreementSignal(row, SignalKind::AgreementWithoutMe, Severity::Medium);
        s.text = tr("Agreement “%1” with %2 has no agreed monitoring and evaluation.").arg(row.title, row.partner);
        list << s;
    }
    return list;
}

QList<Signal> SignalService::frameworks(const SignalQuery& query) const
{
    QList<Signal> list;
    for (const SignalQueries::FrameworkRow& row :
         SignalQueries::outdatedFrameworks(m_db.connection(), query.today(), query.wardId)) {
        Signal s;
        s.kind = SignalKind::FrameworkOutdated;
        s.severity = Severity::Medium;
        s.entity = SignalEntity::Framework;
        s.entityId = row.id;
        s.date = row.reviewBy;
        s.text
            = tr("Policy framework “%1” is outdated: it was due for review on %2.").arg(row.title, formatDate(s.date));
        list << s;
    }
    return list;
}

QList<Signal> SignalService::followUps(const SignalQuery& query) const
{
    QList<Signal> list;
    for (const SignalQueries::FollowUpRow& row :
         SignalQueries::overdueFollowUps(m_db.connection(), query.today(), query.wardId)) {
        Signal s;
        s.kind = SignalKind::FollowUpOverdue;
        s.severity = Severity::High;
        s.entity = SignalEntity::Initiative;
        s.entityId = row.initiativeId;
        s.wardId = row.wardId;
        s.wards = row.wardName;
        s.date = row.deadline;
        s.text = row.department.isEmpty()
            ? tr("The follow-up of initiative “%1”, which does not fit the policy framework, was due on %2.")
                  .arg(row.title, formatDate(s.date))
            : tr("The follow-up by %3 of initiative “%1”, which does not fit the policy framework, was due on %2.")
                  .arg(row.title, formatDate(s.date), row.department);
        list << s;
    }
    return list;
}

QList<Signal> SignalService::gaps(const SignalQuery& query) const
{
    QList<Signal> list;
    for (const SignalQueries::GapRow& row : SignalQueries::gaps(m_db.connection(), query.wardId)) {
        Signal s;
        s.kind = SignalKind::SupportGap;
        s.severity = Enums::fromKey<Severity>(row.severity).value_or(Severity::Medium);
        s.entity = SignalEntity::Need;
        s.entityId = row.needId;
        s.wardId = row.wardId;
        s.wards = row.wardName;
        s.date = row.signalledOn;
        s.text = tr("No active offer meets the need “%1” (%2) in %3.").arg(row.description, row.theme, s.wards);
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

QList<Signal> SignalService::privacy(const SignalQuery& query) const
{
    const RetentionRepository retention(m_db);
    const int months = retention.months();
    QList<Signal> list;
    for (const RetentionCandidate& c : retention.candidates(query.today())) {
        if (c.reason == RetentionCandidate::Reason::Inactive || (query.wardId && c.wardId != query.wardId)) {
            continue;
        }
        Signal s;
        s.kind = SignalKind::ConsentEnded;
        s.severity = Severity::Medium;
        s.entity = SignalEntity::Person;
        s.entityId = c.personId;
        s.wardId = c.wardId;
        s.date = c.reason == RetentionCandidate::Reason::ConsentWithdrawn ? c.consentWithdrawn : c.consentExpires;
        s.text = tr("Anonymise %1 (wijkregie retention): %2.").arg(c.name, c.reasonText(months));
        list << s;
    }
    fillWardNames(list);
    return list;
}
