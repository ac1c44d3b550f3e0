#include "RiskEngine.h"

#include "core/risk/RiskCalculator.h"
#include "core/storage/ContinuitySql.h"
#include "core/storage/Database.h"
#include "core/storage/RiskQuery.h"
#include "core/storage/RiskWeightsRepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QDate orToday(const QDate& d)
{
    return d.isValid() ? d : QDate::currentDate();
}

QList<RiskScore> toScores(const QList<RiskFacts>& facts, const QDate& reference, const RiskWeights& weights)
{
    QList<RiskScore> scores;
    scores.reserve(facts.size());
    for (const RiskFacts& f : facts) {
        scores << RiskCalculator::score(f, reference, weights);
    }
    return scores;
}

} // namespace

RiskEngine::RiskEngine(Database& db)
    : RiskEngine(db, RiskWeightsRepository(db).load())
{
}

RiskEngine::RiskEngine(Database& db, const RiskWeights& weights)
    : m_db(db)
    , m_weights(weights)
{
}

QList<RiskScore> RiskEngine::scoreAll(const RiskOptions& options) const
{
    const QDate t = orToday(options.referenceDate);
    const RiskQuery query(m_db, t, options.excludedPersonIds);
    return toScores(query.activeInitiatives(options.wardId, options.initiativeId), t, m_weights);
}

std::optional<RiskScore> RiskEngine::score(qint64 initiativeId, const QDate& reference) const
{
    RiskOptions options;
    options.referenceDate = reference;
    options.initiativeId = initiativeId;
    const QList<RiskScore> scores = scoreAll(options);
    if (scores.isEmpty()) {
        return std::nullopt;
    }
    return scores.first();
}

QList<QDate> RiskEngine::monthEnds(const QDate& reference, int months)
{
    const QDate t = orToday(reference);
    QDate last(t.year(), t.month(), t.daysInMonth());
    if (last > t) {
        const QDate previous = t.addMonths(-1);
        last = QDate(previous.year(), previous.month(), previous.daysInMonth());
    }
    QList<QDate> ends;
    for (int i = months - 1; i >= 0; --i) {
        const QDate m = last.addMonths(-i);
        ends << QDate(m.year(), m.month(), m.daysInMonth());
    }
    return ends;
}

QList<QList<RiskScore>> RiskEngine::scoresAtMonthEnds(std::optional<qint64> wardId, const QList<QDate>& ends) const
{
    QList<QList<RiskScore>> result;
    if (ends.isEmpty()) {
        return result;
    }
    const int n = static_cast<int>(ends.size());
    const auto monthOf = [](const QDate& d) {
        return d.year() * 12 + d.month() - 1;
    };
    ContinuitySql::TrendInput in
        = ContinuitySql::trendInput(m_db.connection(), Risk::monthsBefore(ends.first(), 12), ends.last(), wardId);
    std::sort(in.hours.begin(), in.hours.end(), [](const auto& a, const auto& b) {
        return std::tie(a.initiativeId, a.personId, a.month) < std::tie(b.initiativeId, b.personId, b.month);
    });

    // Static facts per initiative.
    QHash<qint64, int> indexOf;
    for (int i = 0; i < in.initiatives.size(); ++i) {
        indexOf.insert(in.initiatives.at(i).id, i);
    }
    const int count = static_cast<int>(in.initiatives.size());
    std::vector<int> roles(static_cast<size_t>(count), 0);
    std::vector<int> unfilled(static_cast<size_t>(count), 0);
    std::vector<int> noBackup(static_cast<size_t>(count), 0);
    QHash<qint64, QSet<qint64>> holds; // holder -> active initiatives whose critical role they hold
    for (const ContinuitySql::TrendRole& r : std::as_const(in.roles)) {
        if (r.holderId) {
            holds[*r.holderId].insert(r.initiativeId);
        }
        const auto it = indexOf.constFind(r.initiativeId);
        if (it == indexOf.constEnd()) {
            continue;
        }
        ++roles[size_t(*it)];
        if (!r.holderId) {
            ++unfilled[size_t(*it)];
        } else if (!r.backupId) {
            ++noBackup[size_t(*it)];
        }
    }

    struct PersonHours
    {
        qint64 pid;
        qint64 q;
        int months;
        qint64 q2;
    };
    struct Top
    {
        std::optional<qint64> pid;
        RiskFacts facts;
    };
    for (int e = 0; e < n; ++e) {
        const QDate end = ends.at(e);
        const int last = monthOf(end);
        const int first = last - 11; // W: the 12 whole months up to the month end (Risk::monthsBefore)
        const int half = last - 5;
        std::vector<Top> tops(static_cast<size_t>(count));
        QHash<qint64, QSet<qint64>> topOf; // person -> initiatives they are top contributor of
        std::vector<PersonHours> persons;
        size_t h = 0;
        while (h < in.hours.size()) {
            const qint64 iid = in.hours[h].initiativeId;
            persons.clear();
            while (h < in.hours.size() && in.hours[h].initiativeId == iid) {
                const qint64 pid = in.hours[h].personId;
                PersonHours p {pid, 0, 0, 0};
                for (; h < in.hours.size() && in.hours[h].initiativeId == iid && in.hours[h].personId == pid; ++h) {
                    const ContinuitySql::MonthHours& m = in.hours[h];
                    if (m.month < first || m.month > last || m.quarters <= 0) {
                        continue;
                    }
                    p.q += m.quarters;
                    ++p.months;
                    if (m.month >= half) {
                        p.q2 += m.quarters;
                    }
                }
                if (p.q > 0) {
                    persons.push_back(p);
                }
            }
            const auto it = indexOf.constFind(iid);
            if (it == indexOf.constEnd() || persons.empty()) {
                continue;
            }
            std::sort(persons.begin(), persons.end(), [](const PersonHours& a, const PersonHours& b) {
                return a.q != b.q ? a.q > b.q : a.pid < b.pid;
            });
            RiskFacts& f = tops[size_t(*it)].facts;
            for (const PersonHours& p : persons) {
                f.totalQuarters += p.q;
                f.recentQuarters += p.q2;
                f.regulars += p.months >= 6 ? 1 : 0;
            }
            qint64 run = 0;
            for (size_t r = 0; r < persons.size(); ++r) {
                run += persons[r].q;
                if (2 * run >= f.totalQuarters) {
                    f.k = int(r) + 1;
                    f.kQuarters = run;
                    break;
                }
            }
            f.topPersonId = persons.front().pid;
            f.topQuarters = persons.front().q;
            tops[size_t(*it)].pid = persons.front().pid;
            topOf[persons.front().pid].insert(iid);
        }
        const QDate ending = end.addMonths(6);
        QHash<qint64, int> agreementEnding;
        for (const ContinuitySql::TrendAgreement& a : std::as_const(in.agreements)) {
            if (a.end <= ending) {
                const int v = a.nextEvaluation.isValid() && a.nextEvaluation >= end ? 1 : 2;
                agreementEnding[a.initiativeId] = std::max(agreementEnding.value(a.initiativeId), v);
            }
        }
        QList<RiskScore> scores;
        for (int i = 0; i < count; ++i) {
            const ContinuitySql::TrendInitiative& info = in.initiatives.at(i);
            if (wardId && info.wardId != *wardId) {
                continue;
            }
            RiskFacts f = tops[size_t(i)].facts;
            f.initiativeId = info.id;
            f.title = info.title;
            f.wardId = info.wardId;
            f.wardCode = info.wardCode;
            if (f.topPersonId) {
                QSet<qint64> carried = topOf.value(*f.topPersonId) + holds.value(*f.topPersonId);
                carried.remove(info.id);
                f.otherInitiativesOfTop = int(carried.size());
            }
            f.roles = roles[size_t(i)];
            f.unfilledRoles = unfilled[size_t(i)];
            f.rolesWithoutBackup = noBackup[size_t(i)];
            f.fundingEnd = info.fundingEnd;
            f.followUpFunding = info.followUpFunding;
            f.leadType = Enums::fromKey<LeadType>(info.leadType).value_or(LeadType::Resident);
            f.fitsFramework = Enums::fromKey<FitsFramework>(info.fitsFramework).value_or(FitsFramework::Unknown);
            f.followUpOwnerEmpty = info.followUpOwnerEmpty;
            f.agreementEnding = agreementEnding.value(info.id);
            f.startDate = info.startDate;
            scores << RiskCalculator::score(f, end, m_weights);
        }
        result << scores;
    }
    return result;
}

QList<TrendPoint> RiskEngine::trend(std::optional<qint64> wardId, int months, const QDate& reference) const
{
    const QList<QDate> ends = monthEnds(reference, months);
    const QList<QList<RiskScore>> all = scoresAtMonthEnds(wardId, ends);
    QList<TrendPoint> points;
    for (int e = 0; e < ends.size(); ++e) {
        TrendPoint p;
        p.date = ends.at(e);
        double sum = 0;
        for (const RiskScore& s : all.at(e)) {
            ++p.initiatives;
            sum += s.score;
            switch (s.band) {
            case RiskBand::Low:
                ++p.low;
                break;
            case RiskBand::Medium:
                ++p.medium;
                break;
            case RiskBand::High:
                ++p.high;
                break;
            }
        }
        p.averageScore = p.initiatives > 0 ? sum / p.initiatives : 0;
        points << p;
    }
    return points;
}

WhatIf RiskEngine::whatIfPersonStops(qint64 personId, const QDate& reference) const
{
    WhatIf result;
    result.personId = personId;
    result.referenceDate = orToday(reference);
    const RiskQuery query(m_db, result.referenceDate);
    QList<RiskQuery::ScopeRow> rows;
    for (const qint64 id : RiskQuery::initiativesOfPerson(m_db, personId, result.referenceDate)) {
        rows << RiskQuery::ScopeRow {0, id, 0} << RiskQuery::ScopeRow {1, id, personId};
    }
    QHash<qint64, RiskScore> before;
    QList<RiskScore> after;
    for (const RiskFacts& f : query.scopes(rows)) {
        RiskScore s = RiskCalculator::score(f, result.referenceDate, m_weights);
        if (f.scenario == 0) {
            before.insert(s.initiativeId, s);
        } else {
            after << s;
        }
    }
    for (const RiskScore& s : after) {
        result.changes << RiskChange {s.initiativeId, s.title, before.value(s.initiativeId), s};
    }
    return result;
}

QList<KeyPerson> RiskEngine::keyPersons(std::optional<qint64> wardId, const QDate& reference) const
{
    const QDate t = orToday(reference);
    // The ward's (or every) active initiative in one statement, as scoreAll() finds them.
    return keyPersonsOf(RiskQuery(m_db, t).activeInitiatives(wardId, std::nullopt), t);
}

std::pair<QList<RiskScore>, QList<KeyPerson>> RiskEngine::scoresAndKeyPersons(const QDate& reference) const
{
    const QDate t = orToday(reference);
    const QList<RiskFacts> active = RiskQuery(m_db, t).activeInitiatives(std::nullopt, std::nullopt);
    return {toScores(active, t, m_weights), keyPersonsOf(active, t)};
}

QList<KeyPerson> RiskEngine::keyPersonsOf(const QList<RiskFacts>& active, const QDate& t) const
{
    const RiskQuery query(m_db, t);
    const QList<RiskQuery::PersonHours> hours = query.personHours(); // by initiative, hours desc, person
    const QList<RiskQuery::RoleCover> roles = query.activeRoles();
    // Candidates: everyone with hours in W or a critical role (holder or backup) in one of the active initiatives in
    // scope, the pairs RiskQuery::keyPersonCandidates() finds, here from the hours and roles read anyway.
    QSet<qint64> inScope;
    for (const RiskFacts& f : active) {
        inScope.insert(f.initiativeId);
    }
    QList<QPair<qint64, qint64>> pairs;
    for (const RiskQuery::PersonHours& h : hours) {
        if (inScope.contains(h.initiativeId)) {
            pairs.append({h.personId, h.initiativeId});
        }
    }
    for (const RiskQuery::RoleCover& r : roles) {
        if (!inScope.contains(r.initiativeId)) {
            continue;
        }
        for (const std::optional<qint64>& person : {r.holderId, r.backupId}) {
            if (person) {
                pairs.append({*person, r.initiativeId});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    if (pairs.isEmpty()) {
        return {};
    }
    // Scenario 0: the ward as it is. Only initiatives a candidate plays a part in can change.
    QList<qint64> initiativeIds;
    for (const auto& pair : pairs) {
        initiativeIds << pair.second;
    }
    std::sort(initiativeIds.begin(), initiativeIds.end());
    initiativeIds.erase(std::unique(initiativeIds.begin(), initiativeIds.end()), initiativeIds.end());
    QHash<qint64, RiskFacts> baseFacts;
    QHash<qint64, RiskScore> before;
    for (const RiskFacts& f : active) {
        if (!std::binary_search(initiativeIds.cbegin(), initiativeIds.cend(), f.initiativeId)) {
            continue;
        }
        baseFacts.insert(f.initiativeId, f);
        before.insert(f.initiativeId, RiskCalculator::score(f, t, m_weights));
    }

    // "Without person p" follows from everyone's hours as they are: leaving p out of an initiative's ranking, and
    // out of the other initiatives' rankings for the new top contributor's load. The same facts as one RiskQuery
    // scope per (person, initiative) pair, from one pass over the activity log instead of one per pair.
    QHash<qint64, QPair<qsizetype, qsizetype>> rangeOf; // initiative -> [begin, end) in hours
    QHash<qint64, QSet<qint64>> topOf; // person -> active initiatives whose top contributor they are
    QHash<qint64, qint64> secondOf; // initiative -> the contributor after the top one
    for (qsizetype h = 0; h < hours.size();) {
        const qint64 iid = hours.at(h).initiativeId;
        qsizetype e = h;
        while (e < hours.size() && hours.at(e).initiativeId == iid) {
            ++e;
        }
        rangeOf.insert(iid, {h, e});
        topOf[hours.at(h).personId].insert(iid);
        if (e - h > 1) {
            secondOf.insert(iid, hours.at(h + 1).personId);
        }
        h = e;
    }
    QHash<qint64, QList<RiskQuery::RoleCover>> rolesOf;
    QHash<qint64, QSet<qint64>> holds; // holder -> active initiatives whose critical role they hold
    for (const RiskQuery::RoleCover& r : roles) {
        rolesOf[r.initiativeId] << r;
        if (r.holderId) {
            holds[*r.holderId].insert(r.initiativeId);
        }
    }

    QHash<qint64, QList<RiskChange>> moves; // person -> initiatives moving to high
    for (const auto& [pid, iid] : pairs) {
        const auto base = baseFacts.constFind(iid);
        if (base == baseFacts.constEnd()) {
            continue;
        }
        RiskFacts f = *base;
        f.scenario = 1;
        f.totalQuarters = f.kQuarters = f.topQuarters = f.recentQuarters = 0;
        f.k = f.regulars = f.otherInitiativesOfTop = 0;
        f.topPersonId.reset();
        const auto range = rangeOf.value(iid, {0, 0});
        for (qsizetype h = range.first; h < range.second; ++h) {
            const RiskQuery::PersonHours& p = hours.at(h);
            if (p.personId == pid) {
                continue;
            }
            if (!f.topPersonId) {
                f.topPersonId = p.personId;
                f.topQuarters = p.quarters;
            }
            f.totalQuarters += p.quarters;
            f.recentQuarters += p.recentQuarters;
            f.regulars += p.months >= 6 ? 1 : 0;
        }
        qint64 run = 0;
        int rank = 0;
        for (qsizetype h = range.first; h < range.second && f.k == 0; ++h) {
            if (hours.at(h).personId == pid) {
                continue;
            }
            run += hours.at(h).quarters;
            ++rank;
            if (2 * run >= f.totalQuarters) {
                f.k = rank;
                f.kQuarters = run;
            }
        }
        if (f.topPersonId) {
            // The new top contributor's other initiatives: where they are top already, where p was top and they
            // come second, and the critical roles they hold.
            const qint64 top = *f.topPersonId;
            QSet<qint64> carried = topOf.value(top) + holds.value(top);
            for (const qint64 j : topOf.value(pid)) {
                if (secondOf.value(j) == top) {
                    carried.insert(j);
                }
            }
            carried.remove(iid);
            f.otherInitiativesOfTop = int(carried.size());
        }
        f.roles = f.unfilledRoles = f.rolesWithoutBackup = 0;
        for (const RiskQuery::RoleCover& r : rolesOf.value(iid)) {
            ++f.roles;
            if (!r.holderId || *r.holderId == pid) {
                ++f.unfilledRoles;
            } else if (!r.backupId || *r.backupId == pid) {
                ++f.rolesWithoutBackup;
            }
        }
        const RiskScore s = RiskCalculator::score(f, t, m_weights);
        RiskChange change {s.initiativeId, s.title, before.value(s.initiativeId), s};
        if (change.movesToHigh()) {
            moves[pid] << change;
        }
    }
    const QHash<qint64, QString> names = RiskQuery::personNames(m_db, moves.keys());
    QList<KeyPerson> result;
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        KeyPerson kp;
        kp.personId = it.key();
        kp.changes = it.value();
        std::sort(kp.changes.begin(), kp.changes.end(), [](const RiskChange& a, const RiskChange& b) {
            return std::tie(a.after.wardCode, a.after.title, a.after.initiativeId)
                < std::tie(b.after.wardCode, b.after.title, b.after.initiativeId);
        });
        kp.name = names.value(kp.personId);
        result << kp;
    }
    std::sort(result.begin(), result.end(), [](const KeyPerson& a, const KeyPerson& b) {
        if (a.changes.size() != b.changes.size()) {
            return a.changes.size() > b.changes.size();
        }
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.personId < b.personId;
    });
    return result;
}
