#include "core/Error.h"
#include "core/storage/AuditLog.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/ThemeRepository.h"
#include "core/storage/WardRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

TEST_CASE("wards_saveThenLoad_roundTrip", "[wards]")
{
    TempDatabase t;
    WardRepository wards(*t.db);
    ThemeRepository themes(*t.db);
    Ward w = ward(u"WK036301"_s, u"Oosterpark"_s);
    w.notes = u"Oude volkswijk met veel jonge gezinnen"_s;
    w.themeIds = {themes.all().at(1).id, themes.all().at(3).id};
    w.id = wards.insert(w);
    CHECK(w.id > 0);
    CHECK(wards.find(w.id) == w);
    w.name = u"Oosterpark-Zuid"_s;
    w.themeIds = {themes.all().at(0).id};
    wards.update(w);
    CHECK(wards.find(w.id) == w);
    CHECK(wards.findByCode(u"WK036301"_s)->name == u"Oosterpark-Zuid"_s);
}

TEST_CASE("wards_validation", "[wards]")
{
    TempDatabase t;
    WardRepository wards(*t.db);
    wards.insert(ward(u"WK036301"_s, u"Oosterpark"_s));

    CHECK(hasError(wards.validate(ward(u""_s, u"X"_s)), u"code"_s));
    CHECK(hasError(wards.validate(ward(u"36301"_s, u"X"_s)), u"code"_s));
    CHECK(hasError(wards.validate(ward(u"WK0363A"_s, u"X"_s)), u"code"_s));
    CHECK_FALSE(hasError(wards.validate(ward(u"WK0363AA"_s, u"X"_s)), u"code"_s));
    CHECK(hasError(wards.validate(ward(u"WK099901"_s, u" "_s)), u"name"_s));
    Ward tooManyHouseholds = ward(u"WK099901"_s, u"X"_s);
    tooManyHouseholds.households = 20000;
    CHECK(hasError(wards.validate(tooManyHouseholds), u"households"_s));

    SECTION("a duplicate code is refused and nothing is written")
    {
        try {
            wards.insert(ward(u"WK036301"_s, u"Dubbel"_s));
            FAIL("inserted a duplicate");
        } catch (const ValidationError& e) {
            REQUIRE(e.fieldErrors().size() == 1);
            CHECK(e.fieldErrors().first().field == u"code"_s);
            CHECK(e.message().contains(u"Oosterpark"_s));
        }
        CHECK(wards.all().size() == 1);
    }
}

TEST_CASE("wards_deleteRefusedWhileInitiativesOrResidentsReferToIt", "[wards]")
{
    TempDatabase t;
    WardRepository wards(*t.db);
    InitiativeRepository initiatives(*t.db);
    const qint64 id = wards.insert(ward(u"WK036301"_s, u"Oosterpark"_s));
    const qint64 initiativeId = initiatives.insert(initiative(id, u"Buurtmoestuin"_s));
    try {
        wards.remove(id);
        FAIL("deleted a ward with an initiative");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"1 initiative"_s));
    }
    CHECK(wards.find(id).has_value());
    initiatives.remove(initiativeId);
    wards.remove(id);
    CHECK_FALSE(wards.find(id).has_value());
}

TEST_CASE("wards_listSearchFilterSortAndPage", "[wards][list]")
{
    TempDatabase t;
    WardRepository wards(*t.db);
    for (int i = 0; i < 30; ++i) {
        wards.insert(ward(u"WK%1"_s.arg(100100 + i), i % 2 ? u"Noord %1"_s.arg(i) : u"Zuid %1"_s.arg(i)));
    }
    ListQuery q;
    CHECK(wards.count(q) == 30);
    CHECK(wards.list(q, 0, 10).size() == 10);
    CHECK(wards.list(q, 25, 10).size() == 5);
    q.search = u"noord"_s;
    CHECK(wards.count(q) == 15);
    q.search = u"100%"_s; // LIKE wildcards are taken literally
    CHECK(wards.count(q) == 0);
    q.search.clear();
    q.sortColumn = WardRepository::Code;
    q.order = Qt::DescendingOrder;
    CHECK(wards.list(q, 0, 1).first().code == u"WK100129"_s);
}

TEST_CASE("initiatives_saveThenLoad_roundTrip", "[initiatives]")
{
    TempDatabase t;
    const qint64 wardId = WardRepository(*t.db).insert(ward(u"WK036301"_s, u"Oosterpark"_s));
    const qint64 frameworkId = FrameworkRepository(*t.db).insert({0, u"Wijkvisie 2030"_s, {}, {}, {}});
    InitiativeRepository initiatives(*t.db);
    Initiative i = initiative(wardId, u"Repair Café"_s);
    i.description = u"Elke tweede zaterdag"_s;
    i.themeIds = {ThemeRepository(*t.db).all().first().id};
    i.track = Track::Partners;
    i.plannedEnd = QDate(2027, 3, 1);
    i.budgetRequestedCents = 250000;
    i.budgetGrantedCents = 123450;
    i.fundingSource = u"Wijkbudget"_s;
    i.fundingEnd = QDate(2026, 12, 31);
    i.followUpFunding = true;
    i.leadType = LeadType::Partner;
    i.fitsFramework = FitsFramework::No;
    i.frameworkId = frameworkId;
    i.followUp = {u"Sociaal Domein"_s, u"J. de Vries"_s, QDate(2026, 6, 1), u"Maatwerk"_s, FollowUpStatus::InProgress};
    i.id = initiatives.insert(i);
    CHECK(initiatives.find(i.id) == i);

    ListQuery q;
    q.initiativeStatus = u"running"_s;
    const auto rows = initiatives.list(q, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().wardCode == u"WK036301"_s);
    CHECK(rows.first().themes == u"Schoon, heel en veilig"_s);
    q.initiativeStatus = u"idea"_s;
    CHECK(initiatives.count(q) == 0);
}

TEST_CASE("initiatives_validation", "[initiatives]")
{
    TempDatabase t;
    const qint64 wardId = WardRepository(*t.db).insert(ward(u"WK036301"_s, u"Oosterpark"_s));
    InitiativeRepository initiatives(*t.db);
    Initiative i = initiative(wardId, u""_s);
    i.plannedEnd = QDate(2020, 1, 1);
    i.budgetGrantedCents = -5;
    const auto errors = initiatives.validate(i);
    checkErrors(errors, {u"title"_s, u"planned_end"_s, u"budget_granted"_s});
    CHECK(hasError(initiatives.validate(initiative(999, u"X"_s)), u"ward"_s));
    CHECK_THROWS_AS(initiatives.insert(i), ValidationError);
    CHECK(initiatives.count({}) == 0);
}

TEST_CASE("persons_saveThenLoad_andValidation", "[persons]")
{
    TempDatabase t;
    PersonRepository persons(*t.db);
    Person p = Build::person(u"Fatma"_s, u"Yılmaz"_s);
    p.email = u"fatma@example.nl"_s;
    p.phone = u"06-12345678"_s;
    p.engagement = Engagement::Structural;
    p.skills = {u"penningmeester"_s, u"koken"_s};
    p.consentDate = QDate(2025, 5, 1);
    p.consentScope = u"contact over initiatieven"_s;
    p.id = persons.insert(p);
    CHECK(persons.find(p.id) == p);

    Person bad;
    bad.email = u"geen-adres"_s;
    bad.phone = u"bel me"_s;
    bad.consentDate = QDate::currentDate().addDays(3);
    const auto errors = persons.validate(bad);
    checkErrors(errors, {u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s, u"consent_date"_s});

    ListQuery q;
    q.search = u"fatma y"_s;
    CHECK(persons.count(q) == 1);
    q.search = u"koken"_s;
    CHECK(persons.count(q) == 1);
}

TEST_CASE("audit_recordsFieldNamesNeverValues", "[audit]")
{
    TempDatabase t;
    PersonRepository persons(*t.db);
    Person p = Build::person(u"Geheime"_s, u"Naam"_s);
    p.id = persons.insert(p);
    p.email = u"geheim@example.nl"_s;
    persons.update(p);
    persons.remove(p.id);

    const auto entries = AuditLog(*t.db).forRecord(u"person"_s, p.id);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).action == u"insert"_s);
    CHECK(entries.at(0).fields.contains(u"first_name"_s));
    CHECK(entries.at(1).action == u"update"_s);
    CHECK(entries.at(1).fields == QStringList {u"email"_s});
    CHECK(entries.at(2).action == u"delete"_s);
    // The account that made the change: the OS account for a file, the database user on a server (Team database).
    CHECK(entries.at(0).osUser
          == (t.db->isServer() ? Sql::scalar(t.db->connection(), u"SELECT session_user"_s).toString()
                               : AuditLog::osUser()));
    CHECK(entries.at(0).at.isValid());
    const QString everything
        = Sql::scalar(t.db->connection(),
                      u"SELECT group_concat(os_user || entity || action || fields, '|') FROM audit_log"_s)
              .toString();
    CHECK_FALSE(everything.contains(u"Geheime"_s));
    CHECK_FALSE(everything.contains(u"geheim@"_s));
}

TEST_CASE("themes_defaultsAddAndRemoveRefusedWhileInUse", "[themes]")
{
    TempDatabase t;
    ThemeRepository themes(*t.db);
    REQUIRE(themes.all().size() == 8);
    CHECK(themes.findByName(u"sociale cohesie"_s).has_value());
    CHECK(themes.findByName(u"youth"_s)->name == u"Jeugd"_s);
    const qint64 id = themes.insert({0, {}, u"Digitale inclusie"_s});
    CHECK_THROWS_AS(themes.insert({0, {}, u"digitale inclusie"_s}), ValidationError);
    Ward w = ward(u"WK036301"_s, u"Oosterpark"_s);
    w.themeIds = {id};
    const qint64 wardId = WardRepository(*t.db).insert(w);
    CHECK_THROWS_AS(themes.remove(id), Error);
    w.id = wardId;
    w.themeIds.clear();
    WardRepository(*t.db).update(w);
    themes.remove(id);
    CHECK(themes.all().size() == 8);
}

TEST_CASE("frameworks_outdatedAfterReviewDate", "[frameworks]")
{
    TempDatabase t;
    FrameworkRepository frameworks(*t.db);
    frameworks.insert({0, u"Wijkvisie 2020"_s, QDate(2020, 1, 1), QDate(2024, 1, 1), {}});
    frameworks.insert({0, u"Wijkvisie 2030"_s, QDate(2025, 1, 1), QDate(2030, 1, 1), {}});
    const auto outdated = frameworks.outdated(QDate(2026, 11, 28));
    REQUIRE(outdated.size() == 1);
    CHECK(outdated.first().title == u"Wijkvisie 2020"_s);
    CHECK(outdated.first().isOutdated(QDate(2026, 11, 28)));
    CHECK_THROWS_AS(frameworks.insert({0, u"Omgekeerd"_s, QDate(2025, 1, 1), QDate(2024, 1, 1), {}}), ValidationError);
}

TEST_CASE("insert_keepsAGivenFreeId_forUndo", "[undo]")
{
    TempDatabase t;
    WardRepository wards(*t.db);
    Ward w = ward(u"WK036301"_s, u"Oosterpark"_s);
    w.id = 77;
    CHECK(wards.insert(w) == 77);
    CHECK(wards.find(77)->code == u"WK036301"_s);
}
