#include "RiskEngine.h"

#include "RiskCalculator.h"
#include "RiskQuery.h"
#include "storage/Database.h"
#include "storage/RiskWeightsRepository.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

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

QList<TrendPoint> RiskEngine::trend(std::optional<qint64> wardId, int months, const QDate& reference) const
{
    QList<TrendPoint> points;
    for (const QDate& end : monthEnds(reference, months)) {
        const RiskQuery query(m_db, end);
        TrendPoint p;
        p.date = end;
        double sum = 0;
        for (const RiskScore& s : toScores(query.activeInitiatives(wardId, std::nullopt), end, m_weights)) {
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
    const QString t = result.referenceDate.toString(Qt::ISODate);
    const QString t12 = query.windowStart().toString(Qt::ISODate);
    QSqlQuery q
        = Sql::exec(m_db.connection(), uR"(SELECT id FROM initiatives WHERE status IN ('running', 'paused') AND id IN (
              SELECT initiative_id FROM activities
               WHERE person_id = ? AND quarters > 0 AND date > ? AND date <= ?
              UNION SELECT initiative_id FROM involvements
               WHERE person_id = ? AND (until_date IS NULL OR until_date > ?) AND (from_date IS NULL OR from_date <= ?)
              UNION SELECT initiative_id FROM critical_roles WHERE holder_person_id = ? OR backup_person_id = ?)
            ORDER BY id)"_s,
                    {personId, t12, t, personId, t12, t, personId, personId});
    QList<RiskQuery::ScopeRow> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
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
    const RiskQuery query(m_db, t);
    // Candidates: everyone with hours in W or a critical role in one of the ward's active initiatives.
    QSqlQuery q = Sql::exec(m_db.connection(), uR"(WITH ward_initiatives AS (
              SELECT id FROM initiatives WHERE (? IS NULL OR ward_id = ?) AND status IN ('running', 'paused'))
            SELECT DISTINCT pid, iid FROM (
              SELECT a.person_id AS pid, a.initiative_id AS iid FROM activities a
               JOIN ward_initiatives wi ON wi.id = a.initiative_id
               WHERE a.person_id IS NOT NULL AND a.quarters > 0 AND a.date > ? AND a.date <= ?
              UNION SELECT holder_person_id, initiative_id FROM critical_roles
               WHERE initiative_id IN (SELECT id FROM ward_initiatives) AND holder_person_id IS NOT NULL
              UNION SELECT backup_person_id, initiative_id FROM critical_roles
               WHERE initiative_id IN (SELECT id FROM ward_initiatives) AND backup_person_id IS NOT NULL)
            ORDER BY pid, iid)"_s,
                            {Sql::optionalId(wardId), Sql::optionalId(wardId),
                             query.windowStart().toString(Qt::ISODate), t.toString(Qt::ISODate)});
    QList<RiskQuery::ScopeRow> rows;
    QList<qint64> candidates; // scenario n + 1 is candidates[n]
    while (q.next()) {
        const qint64 pid = q.value(0).toLongLong();
        if (candidates.isEmpty() || candidates.last() != pid) {
            candidates << pid;
        }
        rows << RiskQuery::ScopeRow {static_cast<int>(candidates.size()), q.value(1).toLongLong(), pid};
    }
    q.finish();
    if (rows.isEmpty()) {
        return {};
    }
    // Scenario 0: the ward as it is. Only initiatives a candidate plays a part in can change.
    QList<qint64> initiativeIds;
    for (const RiskQuery::ScopeRow& r : rows) {
        initiativeIds << r.initiativeId;
    }
    std::sort(initiativeIds.begin(), initiativeIds.end());
    initiativeIds.erase(std::unique(initiativeIds.begin(), initiativeIds.end()), initiativeIds.end());
    for (qint64 id : initiativeIds) {
        rows.prepend(RiskQuery::ScopeRow {0, id, 0});
    }
    QHash<qint64, RiskScore> before;
    QHash<int, QList<RiskChange>> moves;
    for (const RiskFacts& f : query.scopes(rows)) {
        RiskScore s = RiskCalculator::score(f, t, m_weights);
        if (f.scenario == 0) {
            before.insert(s.initiativeId, s);
            continue;
        }
        RiskChange change {s.initiativeId, s.title, before.value(s.initiativeId), s};
        if (change.movesToHigh()) {
            moves[f.scenario] << change;
        }
    }
    QList<KeyPerson> result;
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        KeyPerson kp;
        kp.personId = candidates.at(it.key() - 1);
        kp.changes = it.value();
        kp.name = Sql::scalar(m_db.connection(),
                              u"SELECT trim(first_name || ' ' || last_name) FROM persons WHERE id = ?"_s, {kp.personId})
                      .toString();
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
