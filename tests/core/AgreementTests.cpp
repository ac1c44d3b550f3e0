// Agreements with partners: saved and read back with their wards and initiatives, validated, restored whole by
// undo, counted per month, and their KPIs' progress.
#include "core/Error.h"
#include "core/storage/AgreementRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/Sql.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

TEST_CASE("agreements_saveThenLoad_roundTrip_withWardsAndInitiatives", "[agreements]")
{
    TempDatabase t;
    const qint64 ward1 = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    const qint64 ward2 = addWard(*t.db, u"WK036302"_s, u"Dapperbuurt"_s);
    const qint64 initiativeId = InitiativeRepository(*t.db).insert(initiative(ward1, u"Buurtpreventie"_s));
    AgreementRepository agreements(*t.db);
    Agreement a = agreement(addPartner(*t.db, u"Politie"_s), {ward2, ward1});
    a.initiativeIds = {initiativeId};
    a.id = agreements.insert(a);
    a.wardIds = {ward1, ward2};
    CHECK(agreements.find(a.id) == a);

    a.wardIds = {ward2};
    a.monitoringAgreed = false;
    agreements.update(a);
    CHECK(agreements.find(a.id) == a);

    ListQuery byWard;
    byWard.wardId = ward1;
    CHECK(agreements.count(byWard) == 0);
    byWard.wardId = ward2;
    CHECK(agreements.count(byWard) == 1);
    const AgreementRow row = agreements.list(byWard, 0, 10).at(0);
    CHECK(row.partnerName == u"Politie"_s);
    CHECK(row.wards == u"Dapperbuurt"_s);
    AgreementFilter withoutMe;
    withoutMe.withoutMonitoringOnly = true;
    CHECK(agreements.count(ListQuery {}, withoutMe) == 1);
    AgreementFilter linked;
    linked.initiativeId = initiativeId;
    CHECK(agreements.count(ListQuery {}, linked) == 1);
}

TEST_CASE("agreements_validation", "[agreements]")
{
    TempDatabase t;
    AgreementRepository agreements(*t.db);
    Agreement a = agreement(999, {});
    a.title = u" "_s;
    a.endDate = QDate(2024, 1, 1);
    a.budgetCents = -1;
    const auto errors = agreements.validate(a);
    checkErrors(errors, {u"title"_s, u"partner"_s, u"wards"_s, u"end_date"_s, u"budget"_s});
    REQUIRE_THROWS_AS(agreements.insert(a), ValidationError);
    CHECK(agreements.count(ListQuery {}) == 0);
}

TEST_CASE("agreements_removeThenInsertRecord_restoresEverythingWithTheSameIds", "[agreements]")
{
    TempDatabase t;
    const qint64 wardId = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    AgreementRepository agreements(*t.db);
    const qint64 id = agreements.insert(agreement(addPartner(*t.db, u"Politie"_s), {wardId}));
    Kpi kpi;
    kpi.agreementId = id;
    kpi.name = u"Woninginbraken"_s;
    kpi.unit = u"per jaar"_s;
    kpi.baseline = 40;
    kpi.target = 20;
    kpi.direction = Direction::Lower;
    kpi.measurements = {measurement(QDate(2025, 6, 30), 35), measurement(QDate(2025, 12, 31), 28)};
    KpiRepository(*t.db).insert(kpi);
    Evaluation evaluation;
    evaluation.agreementId = id;
    evaluation.date = QDate(2025, 9, 1);
    evaluation.outcome = u"Minder inbraken"_s;
    evaluation.decision = EvaluationDecision::Adjust;
    EvaluationRepository(*t.db).insert(evaluation);

    const auto record = agreements.loadRecord(id);
    REQUIRE(record);
    CHECK(record->kpis.size() == 1);
    CHECK(record->kpis.at(0).measurements.size() == 2);
    CHECK(record->evaluations.size() == 1);
    CHECK(agreements.contents(id).size() == 2);

    agreements.remove(id);
    CHECK_FALSE(agreements.find(id));
    CHECK(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM kpi_measurements"_s).toInt() == 0);
    CHECK(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM evaluations"_s).toInt() == 0);

    CHECK(agreements.insertRecord(*record) == id);
    CHECK(agreements.loadRecord(id) == record);
}

TEST_CASE("agreements_monthlyDue_countsEndingAndEvaluationsPerMonth", "[agreements]")
{
    TempDatabase t;
    const qint64 wardId = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    const qint64 partnerId = addPartner(*t.db, u"Politie"_s);
    AgreementRepository agreements(*t.db);
    Agreement a = agreement(partnerId, {wardId}, u"A"_s);
    a.endDate = QDate(2026, 3, 15);
    a.nextEvaluation = QDate(2026, 1, 10);
    agreements.insert(a);
    Agreement b = agreement(partnerId, {wardId}, u"B"_s);
    b.endDate = QDate(2026, 3, 31);
    b.nextEvaluation = QDate(2025, 11, 1); // overdue: before the chart's first month
    agreements.insert(b);
    Agreement draft = agreement(partnerId, {wardId}, u"C"_s);
    draft.status = AgreementStatus::Draft;
    draft.endDate = QDate(2026, 3, 1);
    agreements.insert(draft);

    const auto months = agreements.monthlyDue(QDate(2026, 1, 20));
    REQUIRE(months.size() == 12);
    CHECK(months.at(0).month == QDate(2026, 1, 1));
    CHECK(months.at(0).evaluationsDue == 1);
    CHECK(months.at(2).agreementsEnding == 2);
    CHECK(months.at(1).agreementsEnding == 0);
    CHECK(agreements.monthlyDue(QDate(2026, 1, 1), 12, wardId + 1).at(2).agreementsEnding == 0);
}

TEST_CASE("kpis_progressThroughTheRepository_ignoresLaterMeasurements", "[agreements]")
{
    TempDatabase t;
    const qint64 wardId = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    const qint64 agreementId = AgreementRepository(*t.db).insert(agreement(addPartner(*t.db, u"Politie"_s), {wardId}));
    KpiRepository kpis(*t.db);
    Kpi kpi;
    kpi.agreementId = agreementId;
    kpi.name = u"Woninginbraken"_s;
    kpi.baseline = 40;
    kpi.target = 20;
    kpi.direction = Direction::Lower;
    CHECK(
        hasError(kpis.validate(Kpi {kpi.id, agreementId, u"x"_s, {}, 40.0, 50.0, Direction::Lower, {}}), u"target"_s));
    kpi.measurements = {measurement(QDate(2025, 6, 1), 30), measurement(QDate(2026, 6, 1), 10)};
    kpi.id = kpis.insert(kpi);
    CHECK(kpis.find(kpi.id)->measurements.size() == 2);

    ProgressQuery query;
    query.referenceDate = QDate(2025, 12, 1);
    auto rows = kpis.progress(query);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).wards == u"Oosterpark"_s);
    CHECK(rows.at(0).wardId == wardId);
    CHECK(*rows.at(0).progress.value == Approx(0.5));
    query.referenceDate = QDate(2026, 7, 1);
    CHECK(*kpis.progress(query).at(0).progress.value == Approx(1.5));
    query.wardId = wardId + 1;
    CHECK(kpis.progress(query).isEmpty());
}
