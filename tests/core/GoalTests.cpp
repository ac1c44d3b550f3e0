// Ward goals: saved and read back with their measurements and progress.
#include "core/Error.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/GoalRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

TEST_CASE("goals_saveThenLoad_roundTrip_withProgress", "[goals]")
{
    TempDatabase t;
    const qint64 wardId = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    PolicyFramework framework;
    framework.title = u"Wijkvisie 2022"_s;
    framework.reviewBy = QDate(2025, 1, 1);
    GoalRepository goals(*t.db);
    WardGoal g;
    g.wardId = wardId;
    g.frameworkId = FrameworkRepository(*t.db).insert(framework);
    g.indicator = u"Bewoners die zich veilig voelen"_s;
    g.unit = u"%"_s;
    g.baseline = 60;
    g.target = 80;
    g.startDate = QDate(2025, 1, 1);
    g.targetDate = QDate(2026, 12, 31);
    g.measurements = {measurement(QDate(2025, 12, 31), 70)};
    g.id = goals.insert(g);
    g.measurements[0].id = goals.find(g.id)->measurements.at(0).id;
    CHECK(goals.find(g.id) == g);

    g.measurements << measurement(QDate(2026, 6, 30), 62);
    goals.update(g);
    CHECK(goals.find(g.id)->measurements.size() == 2);

    ListQuery query;
    query.referenceDate = QDate(2026, 7, 1);
    const auto rows = goals.list(query, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).frameworkOutdated);
    CHECK(*rows.at(0).progress.value == Approx(0.1));
    CHECK(rows.at(0).progress.status == ProgressStatus::OffTrack);
    ProgressQuery progressQuery;
    progressQuery.referenceDate = QDate(2026, 1, 1);
    const auto progress = goals.progress(progressQuery);
    REQUIRE(progress.size() == 1);
    CHECK(progress.at(0).subject == ProgressSubject::Goal);
    CHECK(*progress.at(0).progress.value == Approx(0.5));
    CHECK(progress.at(0).progress.status == ProgressStatus::OnTrack);

    WardGoal bad = g;
    bad.direction = Direction::Lower;
    bad.targetDate = QDate(2024, 1, 1);
    CHECK(hasError(goals.validate(bad), u"target"_s));
    CHECK(hasError(goals.validate(bad), u"target_date"_s));

    goals.remove(g.id);
    CHECK_FALSE(goals.find(g.id));
    CHECK(goals.insert(g) == g.id); // undo keeps the id
}
