#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

/// The three risk bands of DESIGN.md: low below 34, medium 34 to 66, high 67 and above.
enum class RiskBand { Low, Medium, High };

/// The seven indicators of the continuity risk, in DESIGN.md's order. Their keys are the rfc4180 column keys.
enum class RiskIndicator { Concentration, Succession, ThinCore, Momentum, Funding, Embedding, KeyPersonLoad };

template<> struct EnumTable<RiskBand>
{
    static const std::array<EnumEntry<RiskBand>, 3> entries;
};

template<> struct EnumTable<RiskIndicator>
{
    static const std::array<EnumEntry<RiskIndicator>, 7> entries;
};

namespace Risk {

constexpr int IndicatorCount = 7;
/// Lowest score of the medium band and of the high band.
constexpr int MediumFrom = 34;
constexpr int HighFrom = 67;

/// The band of a rounded score (without the override).
RiskBand bandForScore(int score);

/// The day `months` months before `reference`: the last day of that month when `reference` is the last day of its
/// month (so that the window before a month end is made of whole calendar months: the 12 months before 30 September
/// start after 30 September, and the 6 before start after 31 March, not after 30 March), else
/// QDate::addMonths(-months).
QDate monthsBefore(const QDate& reference, int months);

} // namespace Risk

/// The weight of each indicator, indexed by RiskIndicator. Stored per database (RiskWeightsRepository).
/// The weights are relative: the score divides by their sum, which is 1 for the defaults, so a score stays
/// within 0..100 and the bands keep their meaning when the user changes a weight.
struct RiskWeights
{
    std::array<double, Risk::IndicatorCount> values {0.25, 0.15, 0.15, 0.10, 0.15, 0.10, 0.10};

    double& operator[](RiskIndicator i) { return values[static_cast<size_t>(i)]; }
    double operator[](RiskIndicator i) const { return values[static_cast<size_t>(i)]; }
    double sum() const;
    bool operator==(const RiskWeights&) const = default;
};

/// What to score.
struct RiskOptions
{
    /// Reference date T; invalid for today. The window W is (T - 12 months, T].
    QDate referenceDate;
    std::optional<qint64> wardId;
    std::optional<qint64> initiativeId;
    /// "What if these persons stop?": their activity is left out everywhere, a critical role they hold counts as
    /// unfilled and a role they back up has no backup.
    QSet<qint64> excludedPersonIds;
};

/// The continuity risk of one active initiative at a reference date, with everything needed to explain it.
struct RiskScore
{
    qint64 initiativeId = 0;
    QString title;
    qint64 wardId = 0;
    QString wardCode;
    /// Indicator values in [0, 1], indexed by RiskIndicator.
    std::array<double, Risk::IndicatorCount> values {};
    /// Each indicator's part of the score: 100 × (weight / sum of weights) × value.
    std::array<double, Risk::IndicatorCount> contributions {};
    /// One sentence per indicator (translated), indexed by RiskIndicator.
    QStringList explanations;
    int score = 0;
    RiskBand band = RiskBand::Low;
    /// True when concentration = 1 and succession = 1 put the initiative in the high band whatever its score.
    bool overridden = false;
    /// The person with the most hours in W (ties: the lowest id); nullopt without hours.
    std::optional<qint64> topContributorId;
    /// The top contributor's share of the hours in W, 0..1.
    double topShare = 0;
    /// k of the concentration indicator: the fewest persons with at least half of the hours (0 without hours).
    int concentrationK = 0;
    /// key_person_load's n: other active initiatives the top contributor carries.
    int topOtherInitiatives = 0;
    /// Registered critical roles, and those of them without a holder.
    int roles = 0;
    int unfilledRoles = 0;
    /// The initiative's start date (invalid when unknown).
    QDate startDate;

    double value(RiskIndicator i) const { return values[static_cast<size_t>(i)]; }
    double contribution(RiskIndicator i) const { return contributions[static_cast<size_t>(i)]; }
    QString explanation(RiskIndicator i) const { return explanations.value(static_cast<qsizetype>(i)); }
};

/// The risk of a ward (or of all wards) at one month end.
struct TrendPoint
{
    QDate date;
    int initiatives = 0; ///< active initiatives scored
    double averageScore = 0; ///< 0 when there are none
    int low = 0;
    int medium = 0;
    int high = 0;
};

/// One initiative's score before and after a person stops.
struct RiskChange
{
    qint64 initiativeId = 0;
    QString title;
    RiskScore before;
    RiskScore after;
    bool movesToHigh() const { return before.band != RiskBand::High && after.band == RiskBand::High; }
};

/// The result of "what if this person stops?".
struct WhatIf
{
    qint64 personId = 0;
    QDate referenceDate;
    /// Every active initiative of the person (hours in W, an involvement or a critical role), by initiative id.
    QList<RiskChange> changes;
    /// The ids of the initiatives that move to the high band.
    QList<qint64> movingToHigh() const;
};

/// A person whose leaving moves at least one initiative of a ward to the high band.
struct KeyPerson
{
    qint64 personId = 0;
    QString name; ///< personal data: pseudonymise outside the register
    /// The ward's initiatives that move to high when this person stops.
    QList<RiskChange> changes;
};
