#include "TempDatabase.h"

#include "demo/DemoGenerator.h"
#include "storage/FrameworkRepository.h"
#include "storage/InitiativeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Sql.h"
#include "storage/WardRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate Reference(2025, 3, 14);

DemoOptions smallDemo(quint32 seed = 1)
{
    DemoOptions options;
    options.seed = seed;
    options.referenceDate = Reference;
    return options;
}

QString errorsText(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& e : errors) {
        lines << e.field + u": "_s + e.message;
    }
    return lines.join(u"; "_s);
}

} // namespace

TEST_CASE("demo_small_everyRecordPassesTheRepositoriesValidation", "[demo]")
{
    TempDatabase t;
    generateDemo(*t.db, smallDemo());
    WardRepository wards(*t.db);
    InitiativeRepository initiatives(*t.db);
    PersonRepository persons(*t.db);
    FrameworkRepository frameworks(*t.db);
    REQUIRE(wards.count({}) == 8);
    REQUIRE(initiatives.count({}) == 60);
    REQUIRE(persons.count({}) == 600);
    for (qint64 id = 1; id <= 8; ++id) {
        const auto w = wards.find(id);
        REQUIRE(w);
        INFO(w->code.toStdString() + " " + errorsText(wards.validate(*w)).toStdString());
        CHECK(wards.validate(*w).isEmpty());
        CHECK(!w->themeIds.isEmpty());
    }
    for (qint64 id = 1; id <= 60; ++id) {
        const auto i = initiatives.find(id);
        REQUIRE(i);
        INFO(i->title.toStdString() + " " + errorsText(initiatives.validate(*i)).toStdString());
        CHECK(initiatives.validate(*i).isEmpty());
    }
    for (qint64 id = 1; id <= 600; id += 7) {
        const auto p = persons.find(id);
        REQUIRE(p);
        INFO(p->fullName().toStdString() + " " + errorsText(persons.validate(*p)).toStdString());
        CHECK(persons.validate(*p).isEmpty());
    }
    int outdated = 0;
    for (qint64 id = 1; id <= 3; ++id) {
        const auto f = frameworks.find(id);
        REQUIRE(f);
        outdated += f->isOutdated(Reference) ? 1 : 0;
    }
    CHECK(outdated == 1);
    CHECK(t.db->municipality() == u"Gemeente Lindeveen"_s);
    CHECK(t.db->check().ok);
}

TEST_CASE("demo_sameSeedAndDay_sameRecords", "[demo]")
{
    TempDatabase a;
    TempDatabase b;
    generateDemo(*a.db, smallDemo(5));
    generateDemo(*b.db, smallDemo(5));
    InitiativeRepository ia(*a.db);
    InitiativeRepository ib(*b.db);
    PersonRepository pa(*a.db);
    PersonRepository pb(*b.db);
    for (qint64 id = 1; id <= 60; ++id) {
        CHECK(ia.find(id) == ib.find(id));
    }
    for (qint64 id = 1; id <= 600; ++id) {
        CHECK(pa.find(id) == pb.find(id));
    }
    TempDatabase c;
    generateDemo(*c.db, smallDemo(6));
    CHECK(PersonRepository(*c.db).find(1) != pa.find(1));
}

TEST_CASE("demo_cancelled_leavesTheDatabaseAsItWas", "[demo]")
{
    TempDatabase t;
    int calls = 0;
    REQUIRE_THROWS_AS(generateDemo(*t.db, smallDemo(), [&calls](int percent) {
        ++calls;
        return percent < 50;
    }),
        DemoCancelled);
    CHECK(calls > 1);
    CHECK(WardRepository(*t.db).count({}) == 0);
    CHECK(PersonRepository(*t.db).count({}) == 0);
    CHECK(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM audit_log"_s).toInt() == 0);
    // and the database is usable afterwards
    generateDemo(*t.db, smallDemo());
    CHECK(WardRepository(*t.db).count({}) == 8);
}

TEST_CASE("demo_progress_runsFromZeroToHundred", "[demo]")
{
    TempDatabase t;
    QList<int> seen;
    generateDemo(*t.db, smallDemo(), [&seen](int percent) {
        seen << percent;
        return true;
    });
    REQUIRE(!seen.isEmpty());
    CHECK(seen.first() == 0);
    CHECK(seen.last() == 100);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
}

TEST_CASE("demo_intoANonEmptyDatabase_isRefused", "[demo]")
{
    TempDatabase t;
    generateDemo(*t.db, smallDemo());
    REQUIRE_THROWS_AS(generateDemo(*t.db, smallDemo(2)), Error);
    CHECK(PersonRepository(*t.db).count({}) == 600);
}

TEST_CASE("demo_large_hasUniqueWardCodesAndTheAdvertisedSize", "[demo][large]")
{
    TempDatabase t;
    DemoOptions options = smallDemo();
    options.size = DemoOptions::Size::Large;
    generateDemo(*t.db, options);
    CHECK(WardRepository(*t.db).count({}) == 110);
    CHECK(InitiativeRepository(*t.db).count({}) == 3000);
    CHECK(PersonRepository(*t.db).count({}) == 30000);
    for (const Ward& w : WardRepository(*t.db).all()) {
        CHECK(WardRepository::isValidCode(w.code));
    }
    CHECK(t.db->check().ok);
}
