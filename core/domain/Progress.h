#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

/// One measurement of a KPI or a ward-goal indicator.
struct Measurement
{
    qint64 id = 0;
    QDate date;
    double value = 0.0;
    QString note;

    bool operator==(const Measurement&) const = default;
};

/// What progress is computed from. Repositories fill it set-based from SQL; Kpi and WardGoal fill it from their
/// measurements.
struct ProgressInput
{
    std::optional<double> baseline;
    double target = 0.0;
    Direction direction = Direction::Higher;
    std::optional<Measurement> first; ///< the earliest measurement on or before the reference date
    std::optional<Measurement> latest; ///< the latest measurement on or before the reference date
    int measurementCount = 0; ///< measurements on or before the reference date
    QDate periodStart; ///< agreement start (KPI) or goal start date; may be invalid
    QDate periodEnd; ///< agreement end (KPI) or goal target date; may be invalid
};

/// What a progress list asks for: KPIs (of active agreements unless allAgreements) or ward goals.
struct ProgressQuery
{
    QDate referenceDate; ///< measurements after it are ignored; invalid = today
    std::optional<qint64> wardId;
    std::optional<qint64> agreementId; ///< KPIs only
    bool allAgreements = false; ///< KPIs of agreements in any status, not only active ones

    QDate today() const { return referenceDate.isValid() ? referenceDate : QDate::currentDate(); }
};

/// Where a KPI or a ward goal stands.
///
/// The rules, in one place:
/// - **Baseline.** The stored baseline; when it is missing, the *first measurement* is the baseline
///   (baselineFromFirstMeasurement is then true). With no baseline and fewer than two measurements, or with no
///   measurement at all, progress is unknown.
/// - **Progress** = (latest − baseline) / (target − baseline), the latest measurement being the newest one on or
///   before the reference date. The sign of (target − baseline) carries the direction, so the formula is the same
///   for "higher is better" and "lower is better". `value` is unclamped: above 1 is overshoot, below 0 is going
///   backwards; `clamped` lies in [0, 1] for bars. When the baseline already meets the target in the good direction
///   (target − baseline is zero or points the wrong way), progress is 1 when the latest value meets the target,
///   else 0.
/// - **Expected progress** = the share of the period (start → end) elapsed *at the date of the latest measurement*,
///   in [0, 1]. The period start falls back to the first measurement's date when none is stored. Without a
///   period end (or with end ≤ start) there is no expected progress.
/// - **Status.** Unknown without progress; Achieved when progress ≥ 1; OffTrack when progress < expected − 0.10
///   (ProgressMargin), or, without an expected progress, when progress < 0 (going backwards); else OnTrack.
struct Progress
{
    static constexpr double ProgressMargin = 0.10;

    std::optional<double> value; ///< unclamped; nullopt when unknown
    std::optional<double> expected; ///< share of the period elapsed at the latest measurement
    std::optional<double> baselineUsed;
    std::optional<Measurement> latest;
    bool baselineFromFirstMeasurement = false;
    ProgressStatus status = ProgressStatus::Unknown;

    /// The progress in [0, 1], or nullopt when unknown.
    std::optional<double> clamped() const;
    bool isKnown() const { return value.has_value(); }

    /// Computes the progress by the rules above.
    static Progress compute(const ProgressInput& input);
    /// The input from a list of measurements (any order); measurements after `referenceDate` are ignored when it is
    /// valid.
    static ProgressInput inputFrom(std::optional<double> baseline, double target, Direction direction,
                                   const QList<Measurement>& measurements, const QDate& periodStart,
                                   const QDate& periodEnd, const QDate& referenceDate = {});
};
