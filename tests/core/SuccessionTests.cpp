#include "core/Error.h"
#include "core/storage/ActivityRepository.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/WardRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// A ward with two initiatives and three persons, all involved in the first from 2025 on.
struct Fixture
{
    TempDatabase t;
    qint64 ward = 0;
    qint64 garden = 0;
    qint64 cafe = 0;
    qint64 anna = 0;
    qint64 bram = 0;
    qint64 cem = 0;

    Fixture()
    {
        ward = Build::addWard(*t.db, u"WK099901"_s, u"Kersenbuurt"_s);
        Initiative i;
        i.wardId = ward;
        i.status = InitiativeStatus::Running;
        i.title = u"Buurtmoestuin"_s;
        garden = InitiativeRepository(*t.db).insert(i);
        i.title = u"Repair Café"_s;
        cafe = InitiativeRepository(*t.db).insert(i);
        anna = person(u"Anna"_s, u"Bakker"_s);
        bram = person(u"Bram"_s, u"de Vries"_s);
        cem = person(u"Cem"_s, u"Yıldız"_s);
        for (qint64 p : {anna, bram, cem}) {
            involve(p, garden, InvolvementRole::Core, QDate(2025, 1, 1));
        }
    }
    qint64 person(const QString& first, const QString& last)
    {
        Person p;
        p.firstName = first;
        p.lastName = last;
        return PersonRepository(*t.db).insert(p);
    }
    qint64 involve(qint64 p, qint64 initiative, InvolvementRole role, const QDate& from, const QDate& until = {})
    {
        return Build::addInvolvement(*t.db, p, initiative, role, from, until);
    }
    Activity hours(qint64 p, const QDate& date, double h, qint64 initiative = 0)
    {
        return Activity {p, initiative ? initiative : garden, date, static_cast<int>(h * 4), {}};
    }
};

int activityCount(Database& db)
{
    return Sql::scalar(db.connection(), u"SELECT count(*) FROM activities"_s).toInt();
}

} // namespace

TEST_CASE("involvements_shownFromBothSidesWithHours", "[involvement]")
{
    Fixture f;
    f.involve(f.anna, f.cafe, InvolvementRole::Lead, QDate(2026, 1, 1));
    ActivityRepository(*f.t.db).setHours(f.garden,
                                         {f.hours(f.anna, QDate(2026, 3, 2), 2.5),
                                          f.hours(f.anna, QDate(2026, 4, 6), 1.25),
                                          f.hours(f.anna, QDate(2025, 2, 1), 3)});
    InvolvementRepository repo(*f.t.db);
    const auto people = repo.forInitiative(f.garden, QDate(2026, 11, 28));
    REQUIRE(people.size() == 3);
    const auto anna
        = std::find_if(people.begin(), people.end(), [&](const auto& r) { return r.involvement.personId == f.anna; });
    CHECK(anna->hoursLast12Months == Approx(3.75)); // the 2025 hours are older than 12 months
    CHECK(anna->lastActive == QDate(2026, 4, 6));
    CHECK(anna->personName == u"Anna Bakker"_s);
    const auto annasInitiatives = repo.forPerson(f.anna, QDate(2026, 11, 28));
    REQUIRE(annasInitiatives.size() == 2);
    CHECK(annasInitiatives.first().initiativeTitle == u"Repair Café"_s); // leads come first
}

TEST_CASE("involvements_validation", "[involvement]")
{
    Fixture f;
    InvolvementRepository repo(*f.t.db);
    SECTION("an end before the start")
    {
        const auto errors
            = repo.validate({0, f.anna, f.cafe, InvolvementRole::Core, QDate(2026, 5, 1), QDate(2026, 1, 1)});
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().field == u"until"_s);
    }
    SECTION("an overlapping second involvement")
    {
        CHECK_THROWS_AS(repo.insert({0, f.anna, f.garden, InvolvementRole::Lead, QDate(2026, 1, 1), {}}),
                        ValidationError);
        // A period that ends before the first one starts is fine.
        const qint64 earlier
            = repo.insert({0, f.anna, f.garden, InvolvementRole::AdHoc, QDate(2024, 1, 1), QDate(2024, 12, 31)});
        CHECK(earlier > 0);
    }
    SECTION("shortening the period past registered hours")
    {
        ActivityRepository(*f.t.db).setHours(f.garden, {f.hours(f.bram, QDate(2026, 6, 1), 2)});
        auto inv = repo.forInitiative(f.garden, QDate(2026, 11, 28));
        auto bram
            = std::find_if(inv.begin(), inv.end(), [&](const auto& r) { return r.involvement.personId == f.bram; });
        Involvement changed = bram->involvement;
        changed.until = QDate(2026, 5, 1);
        CHECK_THROWS_AS(repo.update(changed), ValidationError);
        CHECK_THROWS_AS(repo.remove(changed.id), Error);
        CHECK(repo.find(changed.id)->until == QDate());
    }
}

TEST_CASE("hours_rulesForNegativeTooManyAndOutsideTheInvolvement", "[activity]")
{
    Fixture f;
    ActivityRepository repo(*f.t.db);
    f.involve(f.anna, f.cafe, InvolvementRole::Core, QDate(2025, 1, 1));

    SECTION("negative hours")
    {
        const auto errors = repo.validate(f.garden, {Activity {f.anna, f.garden, QDate(2026, 3, 2), -4, {}}});
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().message.contains(u"negative"_s));
        CHECK(errors.first().field == u"hours:%1:2026-03-02"_s.arg(f.anna));
    }
    SECTION("more than 24 hours on one day, counting another initiative")
    {
        repo.setHours(f.cafe, {f.hours(f.anna, QDate(2026, 3, 2), 20, f.cafe)});
        const auto errors = repo.validate(f.garden, {f.hours(f.anna, QDate(2026, 3, 2), 5)});
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().message.contains(u"Anna Bakker"_s));
        CHECK(errors.first().message.contains(u"24"_s));
        CHECK(repo.validate(f.garden, {f.hours(f.anna, QDate(2026, 3, 2), 4)}).isEmpty());
    }
    SECTION("a date before the involvement")
    {
        const auto errors = repo.validate(f.garden, {f.hours(f.bram, QDate(2024, 12, 31), 2)});
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().message.contains(u"outside"_s));
    }
    SECTION("a person not involved at all")
    {
        const auto errors = repo.validate(f.cafe, {f.hours(f.cem, QDate(2026, 3, 2), 2, f.cafe)});
        CHECK(errors.size() == 1);
    }
    SECTION("one bad cell refuses the whole batch and writes nothing")
    {
        CHECK_THROWS_AS(
            repo.setHours(f.garden, {f.hours(f.anna, QDate(2026, 3, 2), 2), f.hours(f.bram, QDate(2026, 3, 2), 25)}),
            ValidationError);
        CHECK(activityCount(*f.t.db) == 0);
    }
}

TEST_CASE("hours_setOverwriteAndClearCells", "[activity]")
{
    Fixture f;
    ActivityRepository repo(*f.t.db);
    repo.setHours(f.garden, {f.hours(f.anna, QDate(2026, 3, 2), 2), f.hours(f.bram, QDate(2026, 3, 2), 1.5)});
    repo.setHours(f.garden, {f.hours(f.anna, QDate(2026, 3, 2), 3)});
    auto cells = repo.forInitiative(f.garden, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(cells.size() == 2);
    CHECK(cells.at(0).quarters == 12);
    repo.setHours(f.garden, {f.hours(f.anna, QDate(2026, 3, 2), 0)});
    cells = repo.forInitiative(f.garden, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(cells.size() == 1);
    CHECK(cells.first().personId == f.bram);
    CHECK(cells.first().quarters == 6);

    const auto history = repo.personHistory(f.bram);
    REQUIRE(history.size() == 1);
    CHECK(history.first().month == QDate(2026, 3, 1));
    CHECK(history.first().quarters == 6);
}

TEST_CASE("events_anonymousParticipantsOnly", "[activity]")
{
    Fixture f;
    EventRepository events(*f.t.db);
    const qint64 id = events.insert({0, f.garden, QDate(2026, 5, 9), 42, u"Oogstfeest"_s});
    CHECK(events.forInitiative(f.garden).size() == 1);
    CHECK(events.find(id)->participants == 42);
    CHECK_THROWS_AS(events.insert({0, f.garden, QDate(2026, 5, 9), 0, {}}), ValidationError);
    events.remove(id);
    CHECK(events.forInitiative(f.garden).isEmpty());
}

TEST_CASE("criticalRoles_backupMustDifferAndDuplicatesAreRefused", "[succession]")
{
    Fixture f;
    CriticalRoleRepository repo(*f.t.db);
    const qint64 id = repo.insert({0, f.garden, u"treasurer"_s, f.anna, std::nullopt});
    CHECK(repo.find(id)->role == u"treasurer"_s);
    CHECK(repo.insert({0, f.garden, u"Sleutelbeheer"_s, f.bram, f.cem}) > 0);

    const auto sameBackup = repo.validate({0, f.garden, u"lead"_s, f.anna, f.anna});
    REQUIRE(sameBackup.size() == 1);
    CHECK(sameBackup.first().field == u"backup"_s);
    CHECK_FALSE(repo.validate({0, f.garden, u"treasurer"_s, f.bram, {}}).isEmpty());
    CHECK(CriticalRole::keyFor(u"key management"_s) == u"keys"_s);

    const auto rows = repo.forInitiative(f.garden);
    REQUIRE(rows.size() == 2);
    const auto unbacked = std::count_if(rows.begin(), rows.end(), [](const auto& r) { return !r.role.hasBackup(); });
    CHECK(unbacked == 1);
    CHECK(repo.forPerson(f.cem).size() == 1);
}

TEST_CASE("persons_removeRefusedWhileHoldingACriticalRole_rolesNamed", "[succession]")
{
    Fixture f;
    const qint64 dora = f.person(u"Dora"_s, u"Smit"_s);
    CriticalRoleRepository(*f.t.db).insert({0, f.garden, u"treasurer"_s, dora, f.anna});
    CriticalRoleRepository(*f.t.db).insert({0, f.cafe, u"keys"_s, f.bram, dora});
    PersonRepository persons(*f.t.db);
    try {
        persons.remove(dora);
        FAIL("removed a role holder");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"holder of the role treasurer in Buurtmoestuin"_s));
        CHECK(e.message().contains(u"backup for the role key management in Repair Café"_s));
    }
    CHECK(persons.find(dora).has_value());
}

TEST_CASE("initiatives_removeRefusedWithInvolvedPersons", "[involvement]")
{
    Fixture f;
    try {
        InitiativeRepository(*f.t.db).remove(f.garden);
        FAIL("removed");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"3 involved person"_s));
    }
}

TEST_CASE("persons_lastActiveHoursAndInactiveFilter", "[persons][activity]")
{
    Fixture f;
    ActivityRepository(*f.t.db).setHours(
        f.garden, {f.hours(f.anna, QDate(2026, 10, 1), 2), f.hours(f.bram, QDate(2026, 3, 1), 1)});
    PersonRepository persons(*f.t.db);
    ListQuery q;
    q.referenceDate = QDate(2026, 11, 28);
    q.sortColumn = PersonRepository::SortHoursLast12Months;
    q.order = Qt::DescendingOrder;
    const auto rows = persons.list(q, 0, 10);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).id == f.anna);
    CHECK(rows.at(0).hoursLast12Months == Approx(2.0));
    CHECK(rows.at(0).lastActive == QDate(2026, 10, 1));
    CHECK_FALSE(rows.at(0).inactive);
    q.inactiveOnly = true;
    CHECK(persons.count(q) == 2); // Bram (March) and Cem (never)
}
