#pragma once

#include "core/risk/RiskTypes.h"

#include <QList>
#include <optional>
#include <utility>

class Database;
struct RiskFacts;

/// The continuity risk of DESIGN.md: seven indicators per active initiative (status running or paused) at a
/// reference date T over the window W = (T - 12 months, T], weighted into a score 0..100 with three bands and the
/// override (concentration = 1 and succession = 1 is high whatever the score).
///
/// Every computation is set-based: one SQL statement covers all initiatives in scope (RiskQuery), never a query
/// per initiative. Decisions beyond DESIGN.md:
/// - Only person hours count; anonymous events (no person) never count as anyone's hours.
/// - Ties in hours are broken by the lower person id, for k and for the top contributor.
/// - succession counts unfilled roles as uncovered, like filled roles without a backup.
/// - An excluded person ("what if this person stops?") loses their hours everywhere; a role they hold counts as
///   unfilled (even when a backup exists: the backup would take over and leave the role without a backup, which
///   scores the same), a role they back up has no backup. A backup is never promoted to holder for key_person_load.
/// - funding: m is the smallest number of whole months with funding end <= T + m months; a funding end before T
///   without follow-up funding scores 1.
/// - embedding: an agreement "ends within 6 months" when it is active and its end date is at most T + 6 months
///   (an active agreement whose end date has passed counts too); an evaluation is "planned" when next_evaluation
///   is set and not before T.
/// - Rounding: std::lround (half away from zero) of the raw score snapped to 6 decimals. The weights are
///   relative (divided by their sum, 1 for the defaults).
/// - Current statuses are used for past reference dates (there is no status history).
class RiskEngine final
{
public:
    /// Uses the weights stored in the database.
    explicit RiskEngine(Database& db);
    RiskEngine(Database& db, const RiskWeights& weights);

    const RiskWeights& weights() const { return m_weights; }

    /// The scores of every active initiative matching the options, ordered by ward code, title and id.
    QList<RiskScore> scoreAll(const RiskOptions& options = {}) const;
    /// The score of one initiative; nullopt when it is not active.
    std::optional<RiskScore> score(qint64 initiativeId, const QDate& reference = {}) const;

    /// The month ends of a trend: the `months` most recent last days of a month on or before T, oldest first.
    static QList<QDate> monthEnds(const QDate& reference, int months);
    /// The scores of a ward (or all wards) at each of the last `months` month ends (monthEnds()), oldest first.
    /// One pass over the activity log for all month ends together (hours per initiative, person and month), the
    /// indicators then follow per month end in memory; equal to scoreAll() at each month end.
    QList<TrendPoint> trend(std::optional<qint64> wardId, int months = 12, const QDate& reference = {}) const;

    /// The scores of the active initiatives of a ward (or all) at each of the given month ends (ascending, each
    /// the last day of its month), in the order of scoreAll(), in one pass over the activity log.
    QList<QList<RiskScore>> scoresAtMonthEnds(std::optional<qint64> wardId, const QList<QDate>& ends) const;

    /// Scores of the person's active initiatives (hours in W, an involvement or a critical role) before and
    /// after the person stops. Initiatives in which the person plays no part keep their score.
    WhatIf whatIfPersonStops(qint64 personId, const QDate& reference = {}) const;
    /// The persons whose leaving moves at least one active initiative of the ward to high: every person with
    /// hours in W or a critical role (holder or backup) in one of them is tried, in one set-based query.
    /// Ordered by the number of initiatives moving to high (most first), then by name.
    /// Without a ward: the key persons of every ward in one pass (each KeyPerson's changes may then lie in several
    /// wards; RiskChange::after.wardId tells which).
    QList<KeyPerson> keyPersons(std::optional<qint64> wardId, const QDate& reference = {}) const;
    /// scoreAll() of every active initiative and keyPersons() of every ward at the same reference date, equal to
    /// calling both, from one statement for the initiatives' facts instead of one for each (the municipality
    /// overview needs both).
    std::pair<QList<RiskScore>, QList<KeyPerson>> scoresAndKeyPersons(const QDate& reference = {}) const;

private:
    /// keyPersons() among the active initiatives in scope, from their facts (scenario 0, as RiskQuery finds them).
    QList<KeyPerson> keyPersonsOf(const QList<RiskFacts>& active, const QDate& reference) const;

    Database& m_db;
    RiskWeights m_weights;
};
