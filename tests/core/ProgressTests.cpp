// Progress of a KPI or ward goal from its baseline, target and measurements (DESIGN.md, Agreements and KPIs).
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

namespace {

ProgressInput input(std::optional<double> baseline, double target, Direction direction, QList<Measurement> ms)
{
    return Progress::inputFrom(baseline, target, direction, ms, QDate(2025, 1, 1), QDate(2025, 12, 31));
}

} // namespace

TEST_CASE("progress_higherIsBetter", "[agreements]")
{
    // Baseline 10, target 20: 15 is half-way.
    auto p = Progress::compute(input(10.0, 20.0, Direction::Higher, {measurement(QDate(2025, 7, 2), 15)}));
    REQUIRE(p.value);
    CHECK(*p.value == Approx(0.5));
    CHECK(*p.expected == Approx(0.5).margin(0.01));
    CHECK(p.status == ProgressStatus::OnTrack);
    // Overshoot is kept unclamped; going backwards too.
    p = Progress::compute(input(10.0, 20.0, Direction::Higher, {measurement(QDate(2025, 7, 2), 25)}));
    CHECK(*p.value == Approx(1.5));
    CHECK(*p.clamped() == Approx(1.0));
    CHECK(p.status == ProgressStatus::Achieved);
    p = Progress::compute(input(10.0, 20.0, Direction::Higher, {measurement(QDate(2025, 3, 1), 8)}));
    CHECK(*p.value == Approx(-0.2));
    CHECK(*p.clamped() == Approx(0.0));
    CHECK(p.status == ProgressStatus::OffTrack);
    // The latest measurement counts, not the last in the list.
    p = Progress::compute(input(10.0, 20.0, Direction::Higher,
                                {measurement(QDate(2025, 10, 1), 12), measurement(QDate(2025, 4, 1), 19)}));
    CHECK(*p.value == Approx(0.2));
    CHECK(p.status == ProgressStatus::OffTrack); // 20% where about 75% was expected
}

TEST_CASE("progress_lowerIsBetter", "[agreements]")
{
    // Baseline 40 burglaries, target 20: 30 is half-way, 45 is going backwards.
    auto p = Progress::compute(input(40.0, 20.0, Direction::Lower, {measurement(QDate(2025, 7, 2), 30)}));
    CHECK(*p.value == Approx(0.5));
    CHECK(p.status == ProgressStatus::OnTrack);
    p = Progress::compute(input(40.0, 20.0, Direction::Lower, {measurement(QDate(2025, 7, 2), 45)}));
    CHECK(*p.value == Approx(-0.25));
    CHECK(p.status == ProgressStatus::OffTrack);
    p = Progress::compute(input(40.0, 20.0, Direction::Lower, {measurement(QDate(2025, 7, 2), 15)}));
    CHECK(*p.value == Approx(1.25));
    CHECK(p.status == ProgressStatus::Achieved);
    // Early in the period a small step is still on track.
    p = Progress::compute(input(40.0, 20.0, Direction::Lower, {measurement(QDate(2025, 2, 1), 39)}));
    CHECK(p.status == ProgressStatus::OnTrack);
}

TEST_CASE("progress_missingBaseline_usesTheFirstMeasurement", "[agreements]")
{
    auto p = Progress::compute(input(std::nullopt, 20.0, Direction::Higher, {}));
    CHECK_FALSE(p.isKnown());
    CHECK(p.status == ProgressStatus::Unknown);
    p = Progress::compute(input(std::nullopt, 20.0, Direction::Higher, {measurement(QDate(2025, 2, 1), 12)}));
    CHECK_FALSE(p.isKnown());
    p = Progress::compute(input(std::nullopt, 20.0, Direction::Higher,
                                {measurement(QDate(2025, 2, 1), 12), measurement(QDate(2025, 7, 1), 16)}));
    REQUIRE(p.isKnown());
    CHECK(p.baselineFromFirstMeasurement);
    CHECK(*p.baselineUsed == Approx(12));
    CHECK(*p.value == Approx(0.5));
    p = Progress::compute(input(std::nullopt, 5.0, Direction::Lower,
                                {measurement(QDate(2025, 2, 1), 10), measurement(QDate(2025, 7, 1), 9)}));
    CHECK(*p.value == Approx(0.2));
    // No measurement at all, with a baseline: unknown as well.
    p = Progress::compute(input(10.0, 20.0, Direction::Higher, {}));
    CHECK(p.status == ProgressStatus::Unknown);
}
