#include "core/demo/DemoGenerator.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TempDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
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

/// Every row of every table the demo fills, as text, in row order.
QString dump(Database& db)
{
    QString text;
    const QStringList tables {u"wards"_s,
                              u"ward_themes"_s,
                              u"frameworks"_s,
                              u"initiatives"_s,
                              u"initiative_themes"_s,
                              u"persons"_s,
                              u"involvements"_s,
                              u"activities"_s,
                              u"critical_roles"_s,
                              u"partners"_s,
                              u"agreements"_s,
                              u"agreement_wards"_s,
                              u"agreement_initiatives"_s,
                              u"kpis"_s,
                              u"kpi_measurements"_s,
                              u"evaluations"_s,
                              u"goals"_s,
                              u"goal_measurements"_s,
                              u"participation"_s,
                              u"needs"_s,
                              u"offers"_s,
                              u"meta"_s};
    for (const QString& table : tables) {
        QSqlQuery q = Sql::exec(db.connection(), u"SELECT * FROM "_s + table + u" ORDER BY rowid"_s);
        while (q.next()) {
            text += table;
            for (int c = 0; c < q.record().count(); ++c) {
                text += u'|' + q.value(c).toString();
            }
            text += u'\n';
        }
    }
    return text;
}

qint64 count(Database& db, const QString& sql)
{
    return Sql::scalar(db.connection(), sql).toLongLong();
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

TEST_CASE("demo_sameSeedAndReferenceDate_identicalDataInEveryTable", "[demo]")
{
    TempDatabase a;
    TempDatabase b;
    TempDatabase c;
    generateDemo(*a.db, smallDemo(9));
    generateDemo(*b.db, smallDemo(9));
    DemoOptions otherDay = smallDemo(9);
    otherDay.referenceDate = Reference.addDays(1);
    generateDemo(*c.db, otherDay);
    const QString dumpA = dump(*a.db);
    CHECK(dumpA.count(u"\nactivities|"_s) > 15000);
    CHECK(dumpA == dump(*b.db));
    CHECK(dumpA != dump(*c.db));
}

TEST_CASE("demo_small_hasEveryKindOfRecordAndPassesTheCheck", "[demo]")
{
    TempDatabase t;
    generateDemo(*t.db, smallDemo());
    Database& db = *t.db;
    for (const QString& table :
         {u"involvements"_s, u"critical_roles"_s, u"partners"_s, u"agreements"_s, u"agreement_wards"_s,
          u"agreement_initiatives"_s, u"kpis"_s, u"kpi_measurements"_s, u"evaluations"_s, u"goals"_s,
          u"goal_measurements"_s, u"participation"_s, u"needs"_s, u"offers"_s}) {
        INFO(table.toStdString());
        CHECK(count(db, u"SELECT count(*) FROM "_s + table) > 0);
    }
    const auto check = [&db](const char* what, const QString& sql) {
        INFO(what);
        CHECK(count(db, sql) > 0);
    };
    // Initiatives: funding ending within 3, 6 and 12 months without follow-up; municipality-led; outside the
    // framework without a follow-up owner.
    for (const auto& [from, to] : {std::pair(-120, 3), std::pair(3, 6), std::pair(6, 12)}) {
        check("funding ending",
              u"SELECT count(*) FROM initiatives WHERE status IN ('running', 'paused') "
              "AND follow_up_funding = 0 AND funding_end > date('2025-03-14', '%1 months') "
              "AND funding_end <= date('2025-03-14', '+%2 months')"_s.arg(from)
                  .arg(to));
    }
    check("municipality-led",
          u"SELECT count(*) FROM initiatives WHERE status = 'running' AND lead_type = 'municipality'"_s);
    check("no follow-up owner",
          u"SELECT count(*) FROM initiatives WHERE fits_framework = 'no' AND followup_owner = ''"_s);
    // Partners of every type, with a contact person.
    CHECK(count(db, u"SELECT count(DISTINCT partner_type) FROM partners"_s) == 10);
    CHECK(count(db, u"SELECT count(*) FROM partners WHERE contact_person = ''"_s) == 0);
    // Agreements: several wards, with and without M&E, evaluations overdue and due within 30 days, ending within
    // 90 days, every status.
    check("several wards",
          u"SELECT count(*) FROM (SELECT agreement_id FROM agreement_wards GROUP BY agreement_id "
          "HAVING count(*) > 1)"_s);
    check("with M&E", u"SELECT count(*) FROM agreements WHERE status = 'active' AND me_agreed = 1"_s);
    check("without M&E", u"SELECT count(*) FROM agreements WHERE status = 'active' AND me_agreed = 0"_s);
    check("evaluation overdue",
          u"SELECT count(*) FROM agreements WHERE status = 'active' "
          "AND next_evaluation < '2025-03-14'"_s);
    check("evaluation due",
          u"SELECT count(*) FROM agreements WHERE status = 'active' "
          "AND next_evaluation BETWEEN '2025-03-14' AND date('2025-03-14', '+30 days')"_s);
    check("ending",
          u"SELECT count(*) FROM agreements WHERE status = 'active' "
          "AND end_date BETWEEN '2025-03-14' AND date('2025-03-14', '+90 days')"_s);
    CHECK(count(db, u"SELECT count(DISTINCT status) FROM agreements"_s) == 4);
    CHECK(count(db, u"SELECT count(DISTINCT decision) FROM evaluations"_s) == 3);
    // KPIs in both directions, one without a baseline; ward goals under frameworks, the outdated one too.
    CHECK(count(db, u"SELECT count(DISTINCT direction) FROM kpis"_s) == 2);
    check("no baseline", u"SELECT count(*) FROM kpis WHERE baseline IS NULL"_s);
    CHECK(count(db, u"SELECT count(DISTINCT direction) FROM goals"_s) == 2);
    check("goal framework", u"SELECT count(*) FROM goals WHERE framework_id IS NOT NULL"_s);
    // Participation: a ward mostly digital and a ward mostly physical.
    const QString share = u"SELECT count(*) FROM (SELECT ward_id, avg(channel = '%1') AS s FROM participation "
                          "GROUP BY ward_id) WHERE s > 0.6"_s;
    check("mostly digital", share.arg(u"digital"_s));
    check("mostly physical", share.arg(u"physical"_s));
    // Support map: open needs with an active offer in their ward and theme, and gaps without.
    const QString covered = u"SELECT count(*) FROM needs n WHERE n.open = 1 AND %1 EXISTS (SELECT 1 FROM offers o "
                            "WHERE o.ward_id = n.ward_id AND o.theme_id = n.theme_id AND o.active = 1)"_s;
    check("covered need", covered.arg(QString()));
    check("gap", covered.arg(u"NOT"_s));
    check("inactive offer", u"SELECT count(*) FROM offers WHERE active = 0"_s);
    const CheckResult result = db.check();
    INFO(result.problems.join(u"; "_s).toStdString());
    CHECK(result.ok);
}

TEST_CASE("demo_cancelled_leavesTheDatabaseAsItWas", "[demo]")
{
    TempDatabase t;
    int calls = 0;
    REQUIRE_THROWS_AS(generateDemo(*t.db, smallDemo(),
                                   [&calls](int percent) {
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
    const qint64 activities = count(*t.db, u"SELECT count(*) FROM activities WHERE person_id IS NOT NULL"_s);
    CHECK(activities > 1300000);
    CHECK(activities < 1700000);
    for (const Ward& w : WardRepository(*t.db).all()) {
        CHECK(WardRepository::isValidCode(w.code));
    }
    CHECK(t.db->check().ok);
}
