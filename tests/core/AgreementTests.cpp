#include "core/Error.h"
#include "core/storage/AgreementRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/GoalRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/ThemeRepository.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

qint64 addWard(Database& db, const QString& code, const QString& name)
{
    Ward w;
    w.code = code;
    w.name = name;
    return WardRepository(db).insert(w);
}

qint64 addPartner(Database& db, const QString& name, PartnerType type = PartnerType::Police)
{
    Partner p;
    p.name = name;
    p.type = type;
    p.contactPerson = u"J. de Vries"_s;
    return PartnerRepository(db).insert(p);
}

Agreement agreement(qint64 partnerId, QList<qint64> wardIds, const QString& title = u"Veilige buurt"_s)
{
    Agreement a;
    a.partnerId = partnerId;
    a.wardIds = std::move(wardIds);
    a.title = title;
    a.startDate = QDate(2025, 1, 1);
    a.endDate = QDate(2026, 12, 31);
    a.budgetCents = 2500000;
    a.monitoring = MonitoringFrequency::Quarterly;
    a.meAgreed = true;
    a.nextEvaluation = QDate(2026, 3, 1);
    a.status = AgreementStatus::Active;
    return a;
}

bool hasError(const QList<FieldError>& errors, const QString& field)
{
    return std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == field; });
}

Measurement measurement(const QDate& date, double value)
{
    Measurement m;
    m.date = date;
    m.value = value;
    return m;
}

ProgressInput input(std::optional<double> baseline, double target, Direction direction, QList<Measurement> ms)
{
    return Progress::inputFrom(baseline, target, direction, ms, QDate(2025, 1, 1), QDate(2025, 12, 31));
}

} // namespace

TEST_CASE("partners_saveThenLoad_roundTrip_andRemovalNamesAgreements", "[agreements]")
{
    TempDatabase t;
    PartnerRepository partners(*t.db);
    Partner p;
    p.name = u"Politie Midden"_s;
    p.type = PartnerType::Police;
    p.email = u"wijkagent@politie.example"_s;
    p.id = partners.insert(p);
    CHECK(partners.find(p.id) == p);
    CHECK(Enums::key(PartnerType::Police) == u"police"_s);

    Partner duplicate;
    duplicate.name = u"politie midden"_s;
    CHECK(hasError(partners.validate(duplicate), u"name"_s));
    duplicate.name = u"Woonstede"_s;
    duplicate.email = u"geen adres"_s;
    CHECK(hasError(partners.validate(duplicate), u"email"_s));

    const qint64 wardId = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    AgreementRepository(*t.db).insert(agreement(p.id, {wardId}));
    CHECK(partners.list(ListQuery {}, 0, 10).at(0).activeAgreementCount == 1);
    REQUIRE_THROWS_AS(partners.remove(p.id), Error);
    try {
        partners.remove(p.id);
    } catch (const Error& e) {
        CHECK(e.message().contains(u"1 agreement"_s));
    }
    CHECK(partners.find(p.id));
}

TEST_CASE("agreements_saveThenLoad_roundTrip_withWardsAndInitiatives", "[agreements]")
{
    TempDatabase t;
    const qint64 ward1 = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    const qint64 ward2 = addWard(*t.db, u"WK036302"_s, u"Dapperbuurt"_s);
    Initiative i;
    i.wardId = ward1;
    i.title = u"Buurtpreventie"_s;
    const qint64 initiativeId = InitiativeRepository(*t.db).insert(i);
    AgreementRepository agreements(*t.db);
    Agreement a = agreement(addPartner(*t.db, u"Politie"_s), {ward2, ward1});
    a.initiativeIds = {initiativeId};
    a.id = agreements.insert(a);
    a.wardIds = {ward1, ward2};
    CHECK(agreements.find(a.id) == a);

    a.wardIds = {ward2};
    a.meAgreed = false;
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
    withoutMe.withoutMeOnly = true;
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
    CHECK(hasError(errors, u"title"_s));
    CHECK(hasError(errors, u"partner"_s));
    CHECK(hasError(errors, u"wards"_s));
    CHECK(hasError(errors, u"end_date"_s));
    CHECK(hasError(errors, u"budget"_s));
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

TEST_CASE("participation_byChannel_countsMomentsAndParticipantsInAPeriod", "[goals]")
{
    TempDatabase t;
    const qint64 ward1 = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    const qint64 ward2 = addWard(*t.db, u"WK036302"_s, u"Dapperbuurt"_s);
    ParticipationRepository participation(*t.db);
    const auto add = [&](qint64 wardId, const QDate& date, Channel channel, int participants) {
        ParticipationMoment m;
        m.wardId = wardId;
        m.date = date;
        m.channel = channel;
        m.kind = channel == Channel::Digital ? ParticipationKind::OnlinePoll : ParticipationKind::ResidentsEvening;
        m.participants = participants;
        return participation.insert(m);
    };
    add(ward1, QDate(2025, 3, 1), Channel::Physical, 40);
    add(ward1, QDate(2025, 4, 1), Channel::Physical, 25);
    add(ward1, QDate(2025, 5, 1), Channel::Digital, 300);
    add(ward2, QDate(2025, 5, 1), Channel::Digital, 120);
    const qint64 outside = add(ward2, QDate(2024, 5, 1), Channel::Physical, 10);
    CHECK(participation.find(outside)->participants == 10);
    CHECK(hasError(participation.validate(ParticipationMoment {}), u"ward"_s));
    CHECK(hasError(participation.validate(ParticipationMoment {}), u"date"_s));

    const auto rows = participation.byChannel(QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).wardId == ward1);
    CHECK(rows.at(0).channel == Channel::Physical);
    CHECK(rows.at(0).moments == 2);
    CHECK(rows.at(0).participants == 65);
    CHECK(rows.at(1).channel == Channel::Digital);
    CHECK(rows.at(2).wardId == ward2);
    CHECK(participation.byChannel({}, {}, ward2).size() == 2);
    ListQuery digital;
    digital.status = u"digital"_s;
    CHECK(participation.count(digital) == 2);
}

TEST_CASE("supportMap_offerNeedsExactlyOneProvider_andGapsFollowActiveOffers", "[supportmap]")
{
    TempDatabase t;
    const qint64 wardId = addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
    const auto themes = ThemeRepository(*t.db).all();
    const qint64 youth = themes.at(0).id;
    const qint64 elderly = themes.at(1).id;
    const qint64 partnerId = addPartner(*t.db, u"Jongerenwerk Oost"_s, PartnerType::YouthWork);
    NeedRepository needRepo(*t.db);
    OfferRepository offerRepo(*t.db);
    Need need;
    need.wardId = wardId;
    need.themeId = youth;
    need.description = u"Plek voor jongeren om 's avonds samen te komen"_s;
    need.severity = Severity::High;
    need.id = needRepo.insert(need);
    CHECK(needRepo.find(need.id) == need);

    Offer offer;
    offer.wardId = wardId;
    offer.themeId = youth;
    offer.description = u"Inloopavond in het buurthuis"_s;
    CHECK(hasError(offerRepo.validate(offer), u"provider"_s));
    offer.partnerId = partnerId;
    offer.personId = 1;
    CHECK(hasError(offerRepo.validate(offer), u"provider"_s));
    offer.personId.reset();
    REQUIRE(offerRepo.validate(offer).isEmpty());

    ListQuery gaps;
    gaps.status = u"gap"_s;
    CHECK(needRepo.count(gaps) == 1);
    offer.id = offerRepo.insert(offer);
    CHECK(needRepo.count(gaps) == 0);
    CHECK(offerRepo.list(ListQuery {}, 0, 10).at(0).providerName == u"Jongerenwerk Oost"_s);
    offer.active = false;
    offerRepo.update(offer);
    CHECK(needRepo.count(gaps) == 1);
    CHECK(needRepo.list(ListQuery {}, 0, 10).at(0).isGap);

    Need other = need;
    other.id = 0;
    other.themeId = elderly;
    needRepo.insert(other);
    const auto perTheme = needRepo.gapsPerTheme();
    REQUIRE(perTheme.size() == 2);
    CHECK(perTheme.at(0).gaps + perTheme.at(1).gaps == 2);

    REQUIRE_THROWS_AS(PartnerRepository(*t.db).remove(partnerId), Error);
    offerRepo.remove(offer.id);
    PartnerRepository(*t.db).remove(partnerId);
    CHECK_FALSE(PartnerRepository(*t.db).find(partnerId));
}
