// The demo's history (involvements, activities, events, succession register) and the risk it produces.
#include "core/demo/DemoGenerator.h"
#include "core/risk/RiskEngine.h"
#include "core/storage/Sql.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate Reference(2025, 3, 14);

/// The small demo at the reference date, generated afresh for each test (it takes a fraction of a second).
struct SmallDemo
{
    SmallDemo()
    {
        DemoOptions options;
        options.referenceDate = Reference;
        generateDemo(*t.db, options);
    }
    Database& db() const { return *t.db; }
    qint64 count(const QString& sql) const { return Sql::scalar(t.db->connection(), sql).toLongLong(); }
    QString text(const QString& sql) const { return Sql::scalar(t.db->connection(), sql).toString(); }

    TempDatabase t;
};

} // namespace

TEST_CASE("demo_small_everyActivityLiesWithinAnInvolvementOfThatPersonInThatInitiative", "[demo]")
{
    const SmallDemo demo;
    REQUIRE(demo.count(u"SELECT count(*) FROM activities WHERE person_id IS NOT NULL"_s) > 15000);
    CHECK(
        demo.count(
            u"SELECT count(*) FROM activities a WHERE a.person_id IS NOT NULL AND NOT EXISTS ("
            "SELECT 1 FROM involvements v WHERE v.person_id = a.person_id AND v.initiative_id = a.initiative_id "
            "AND (v.from_date IS NULL OR v.from_date <= a.date) AND (v.until_date IS NULL OR a.date <= v.until_date))"_s)
        == 0);
}

TEST_CASE("demo_small_noPersonWorksOver24HoursOnADay", "[demo]")
{
    const SmallDemo demo;
    CHECK(demo.count(u"SELECT coalesce(max(q), 0) FROM (SELECT sum(quarters) AS q FROM activities "
                     "WHERE person_id IS NOT NULL GROUP BY person_id, date)"_s)
          <= 24 * 4);
    CHECK(demo.count(u"SELECT count(*) FROM activities WHERE person_id IS NOT NULL AND quarters NOT BETWEEN 1 AND 16"_s)
          == 0);
}

TEST_CASE("demo_small_historyCoversTwoYearsOfStartedInitiativesOnly", "[demo]")
{
    const SmallDemo demo;
    CHECK(demo.count(u"SELECT count(*) FROM involvements v JOIN initiatives i ON i.id = v.initiative_id "
                     "WHERE i.status NOT IN ('running', 'paused', 'completed', 'stopped')"_s)
          == 0);
    CHECK(demo.count(u"SELECT count(*) FROM activities a JOIN initiatives i ON i.id = a.initiative_id "
                     "WHERE i.status NOT IN ('running', 'paused', 'completed', 'stopped') OR a.date < i.start_date"_s)
          == 0);
    CHECK(demo.text(u"SELECT max(date) FROM activities"_s) <= u"2025-03-14"_s);
    CHECK(demo.text(u"SELECT min(date) FROM activities"_s) > u"2023-03-14"_s);
    CHECK(demo.text(u"SELECT min(date) FROM activities"_s) < u"2023-04-14"_s);
    // Events with anonymous participants, and every role of involvement.
    CHECK(demo.count(u"SELECT count(*) FROM activities WHERE person_id IS NULL AND participants > 0"_s) > 50);
    CHECK(demo.count(u"SELECT count(DISTINCT role) FROM involvements"_s) == 3);
    CHECK(demo.count(u"SELECT count(*) FROM involvements WHERE until_date IS NOT NULL"_s) > 0);
}

TEST_CASE("demo_small_engagementPreferenceFollowsWhatPersonsDo", "[demo]")
{
    const SmallDemo demo;
    CHECK(demo.count(u"SELECT count(*) FROM persons p WHERE p.engagement <> 'structural' AND EXISTS ("
                     "SELECT 1 FROM involvements v WHERE v.person_id = p.id AND v.role IN ('lead', 'core'))"_s)
          == 0);
    CHECK(demo.count(u"SELECT count(*) FROM persons p WHERE p.engagement <> 'ad_hoc' AND EXISTS ("
                     "SELECT 1 FROM involvements v WHERE v.person_id = p.id) AND NOT EXISTS ("
                     "SELECT 1 FROM involvements v WHERE v.person_id = p.id AND v.role IN ('lead', 'core'))"_s)
          == 0);
    CHECK(demo.count(u"SELECT count(DISTINCT engagement) FROM persons"_s) == 3);
}

TEST_CASE("demo_small_successionRegisterHasRolesWithAndWithoutBackups", "[demo]")
{
    const SmallDemo demo;
    CHECK(demo.count(u"SELECT count(*) FROM critical_roles WHERE backup_person_id IS NOT NULL"_s) > 10);
    CHECK(demo.count(u"SELECT count(*) FROM critical_roles WHERE backup_person_id IS NULL"_s) > 10);
    CHECK(demo.count(u"SELECT count(DISTINCT role) FROM critical_roles "
                     "WHERE role IN ('lead', 'treasurer', 'municipality_contact', 'keys')"_s)
          == 4);
    CHECK(demo.count(u"SELECT count(*) FROM critical_roles "
                     "WHERE role NOT IN ('lead', 'treasurer', 'municipality_contact', 'keys')"_s)
          > 0);
    // Holders and backups take part in the initiative; only running and paused initiatives have roles.
    CHECK(demo.count(u"SELECT count(*) FROM critical_roles r WHERE NOT EXISTS (SELECT 1 FROM involvements v "
                     "WHERE v.initiative_id = r.initiative_id AND v.person_id = r.holder_person_id)"_s)
          == 0);
    CHECK(demo.count(u"SELECT count(*) FROM critical_roles r WHERE r.backup_person_id IS NOT NULL AND NOT EXISTS ("
                     "SELECT 1 FROM involvements v WHERE v.initiative_id = r.initiative_id "
                     "AND v.person_id = r.backup_person_id)"_s)
          == 0);
    CHECK(demo.count(u"SELECT count(*) FROM critical_roles r JOIN initiatives i ON i.id = r.initiative_id "
                     "WHERE i.status NOT IN ('running', 'paused')"_s)
          == 0);
}

TEST_CASE("demo_small_showsTheRealisticPatterns", "[demo]")
{
    const SmallDemo demo;
    // Carried by one resident: one person gives at least 70% of the hours.
    CHECK(demo.count(u"SELECT count(*) FROM (SELECT initiative_id, max(q) * 1.0 / sum(q) AS share FROM ("
                     "SELECT initiative_id, person_id, sum(quarters) AS q FROM activities WHERE person_id IS NOT NULL "
                     "GROUP BY initiative_id, person_id) GROUP BY initiative_id) WHERE share >= 0.7"_s)
          > 0);
    // A broad core: five or more leads and core members at once.
    CHECK(demo.count(u"SELECT count(*) FROM (SELECT initiative_id FROM involvements WHERE role IN ('lead', 'core') "
                     "AND until_date IS NULL GROUP BY initiative_id HAVING count(*) >= 5)"_s)
          > 0);
    // Mostly ad hoc: ten or more ad-hoc helpers.
    CHECK(demo.count(u"SELECT count(*) FROM (SELECT initiative_id FROM involvements WHERE role = 'ad_hoc' "
                     "GROUP BY initiative_id HAVING count(*) >= 10)"_s)
          > 0);
    // A resident who leads several initiatives.
    CHECK(demo.count(u"SELECT count(*) FROM (SELECT person_id FROM involvements WHERE role = 'lead' "
                     "GROUP BY person_id HAVING count(*) >= 3)"_s)
          > 0);
    // Declining and growing running initiatives: the last six months against the six before.
    const QString halves = u"SELECT a.initiative_id, sum(CASE WHEN a.date > '2024-09-14' THEN quarters END) AS h2, "
                           "sum(CASE WHEN a.date <= '2024-09-14' THEN quarters END) AS h1 FROM activities a "
                           "JOIN initiatives i ON i.id = a.initiative_id WHERE i.status = 'running' "
                           "AND a.date > '2024-03-14' AND a.person_id IS NOT NULL GROUP BY a.initiative_id"_s;
    CHECK(demo.count(u"SELECT count(*) FROM ("_s + halves + u") WHERE h2 < 0.6 * h1"_s) > 0);
    CHECK(demo.count(u"SELECT count(*) FROM ("_s + halves + u") WHERE h2 > 1.4 * h1"_s) > 0);
}

TEST_CASE("demo_small_riskShowsAllBandsAndAKeyPersonMovingTwoInitiativesToHigh", "[demo][risk]")
{
    const SmallDemo demo;
    Database& db = demo.db();
    RiskEngine engine(db);
    RiskOptions options;
    options.referenceDate = Reference;
    const QList<RiskScore> scores = engine.scoreAll(options);
    REQUIRE(scores.size() > 20);
    int bands[3] = {0, 0, 0};
    for (const RiskScore& s : scores) {
        ++bands[static_cast<int>(s.band)];
    }
    INFO("low " << bands[0] << ", medium " << bands[1] << ", high " << bands[2]);
    CHECK(bands[static_cast<int>(RiskBand::Low)] > 0);
    CHECK(bands[static_cast<int>(RiskBand::Medium)] > 0);
    CHECK(bands[static_cast<int>(RiskBand::High)] > 0);

    qint64 bestWard = 0;
    KeyPerson best;
    for (qint64 ward = 1; ward <= 8; ++ward) {
        for (const KeyPerson& k : engine.keyPersons(ward, Reference)) {
            if (k.changes.size() > best.changes.size()) {
                best = k;
                bestWard = ward;
            }
        }
    }
    INFO("key person " << best.personId << " in ward " << bestWard);
    CHECK(best.changes.size() >= 2);
    const WhatIf whatIf = engine.whatIfPersonStops(best.personId, Reference);
    CHECK(whatIf.movingToHigh().size() >= 2);
    for (const RiskChange& change : whatIf.changes) {
        if (change.movesToHigh()) {
            CHECK(change.before.band != RiskBand::High);
        }
    }
}
