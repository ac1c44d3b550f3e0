#include "core/signals/SignalService.h"
#include "core/storage/AgreementRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/GoalRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/ThemeRepository.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 5, 1);

/// A database with two wards and a partner, and the signals at Today.
struct Fixture
{
    Fixture()
    {
        Ward w;
        w.code = u"WK036301"_s;
        w.name = u"Oosterpark"_s;
        ward = WardRepository(*t.db).insert(w);
        w.code = u"WK036302"_s;
        w.name = u"Dapperbuurt"_s;
        otherWard = WardRepository(*t.db).insert(w);
        Partner p;
        p.name = u"Woonstede"_s;
        p.type = PartnerType::Housing;
        partner = PartnerRepository(*t.db).insert(p);
    }

    /// An active agreement with M&E and nothing due within the signal windows.
    Agreement quietAgreement() const
    {
        Agreement a;
        a.partnerId = partner;
        a.wardIds = {ward};
        a.title = u"Schone portieken"_s;
        a.startDate = Today.addYears(-1);
        a.endDate = Today.addYears(1);
        a.monitoringAgreed = true;
        a.nextEvaluation = Today.addDays(100);
        a.status = AgreementStatus::Active;
        return a;
    }

    QList<Signal> signalsOf(SignalKind kind, std::optional<qint64> wardId = {}) const
    {
        SignalQuery query;
        query.referenceDate = Today;
        query.wardId = wardId;
        return SignalService(*t.db).ofKind(kind, query);
    }

    TempDatabase t;
    qint64 ward = 0;
    qint64 otherWard = 0;
    qint64 partner = 0;
};

} // namespace

TEST_CASE("signals_aQuietAgreementGivesNoSignal", "[signals]")
{
    Fixture f;
    AgreementRepository(*f.t.db).insert(f.quietAgreement());
    SignalQuery query;
    query.referenceDate = Today;
    CHECK(SignalService(*f.t.db).collect(query).isEmpty());
}

TEST_CASE("signals_evaluationOverdue_appearsAndDisappears", "[signals]")
{
    Fixture f;
    AgreementRepository agreements(*f.t.db);
    Agreement a = f.quietAgreement();
    a.nextEvaluation = Today.addDays(-1);
    a.id = agreements.insert(a);
    auto signalList = f.signalsOf(SignalKind::EvaluationOverdue);
    REQUIRE(signalList.size() == 1);
    CHECK(signalList.at(0).entity == SignalEntity::Agreement);
    CHECK(signalList.at(0).entityId == a.id);
    CHECK(signalList.at(0).severity == Severity::High);
    CHECK(signalList.at(0).wardId == f.ward);
    CHECK(signalList.at(0).text.contains(u"Schone portieken"_s));
    CHECK(f.signalsOf(SignalKind::EvaluationOverdue, f.otherWard).isEmpty());

    a.nextEvaluation = Today.addDays(90); // planned again after the evaluation
    agreements.update(a);
    CHECK(f.signalsOf(SignalKind::EvaluationOverdue).isEmpty());
}

TEST_CASE("signals_evaluationDueWithin30Days_appearsAndDisappears", "[signals]")
{
    Fixture f;
    AgreementRepository agreements(*f.t.db);
    Agreement a = f.quietAgreement();
    a.nextEvaluation = Today.addDays(30);
    a.id = agreements.insert(a);
    REQUIRE(f.signalsOf(SignalKind::EvaluationDue).size() == 1);
    CHECK(f.signalsOf(SignalKind::EvaluationOverdue).isEmpty());

    a.nextEvaluation = Today.addDays(31);
    agreements.update(a);
    CHECK(f.signalsOf(SignalKind::EvaluationDue).isEmpty());
    a.nextEvaluation = Today;
    a.status = AgreementStatus::Ended;
    agreements.update(a);
    CHECK(f.signalsOf(SignalKind::EvaluationDue).isEmpty());
}

TEST_CASE("signals_agreementEndingWithin90Days_appearsAndDisappears", "[signals]")
{
    Fixture f;
    AgreementRepository agreements(*f.t.db);
    Agreement a = f.quietAgreement();
    a.endDate = Today.addDays(90);
    a.id = agreements.insert(a);
    auto signalList = f.signalsOf(SignalKind::AgreementEnding);
    REQUIRE(signalList.size() == 1);
    CHECK(signalList.at(0).severity == Severity::Medium);
    CHECK(signalList.at(0).date == Today.addDays(90));

    a.endDate = Today.addDays(-5); // ended, but nobody changed its status
    agreements.update(a);
    signalList = f.signalsOf(SignalKind::AgreementEnding);
    REQUIRE(signalList.size() == 1);
    CHECK(signalList.at(0).severity == Severity::High);

    a.endDate = Today.addDays(91);
    agreements.update(a);
    CHECK(f.signalsOf(SignalKind::AgreementEnding).isEmpty());
}

TEST_CASE("signals_activeAgreementWithoutMe_appearsAndDisappears", "[signals]")
{
    Fixture f;
    AgreementRepository agreements(*f.t.db);
    Agreement a = f.quietAgreement();
    a.monitoringAgreed = false;
    a.wardIds = {f.ward, f.otherWard};
    a.id = agreements.insert(a);
    REQUIRE(f.signalsOf(SignalKind::AgreementWithoutMe).size() == 1);
    CHECK(f.signalsOf(SignalKind::AgreementWithoutMe).at(0).wards == u"Dapperbuurt, Oosterpark"_s);
    CHECK(f.signalsOf(SignalKind::AgreementWithoutMe, f.otherWard).size() == 1);

    a.monitoringAgreed = true;
    agreements.update(a);
    CHECK(f.signalsOf(SignalKind::AgreementWithoutMe).isEmpty());
    a.monitoringAgreed = false;
    a.status = AgreementStatus::Draft; // a draft is not yet expected to have M&E
    agreements.update(a);
    CHECK(f.signalsOf(SignalKind::AgreementWithoutMe).isEmpty());
}

TEST_CASE("signals_outdatedFramework_appearsAndDisappears", "[signals]")
{
    Fixture f;
    FrameworkRepository frameworks(*f.t.db);
    PolicyFramework framework;
    framework.title = u"Wijkvisie 2020"_s;
    framework.adoptedOn = QDate(2020, 1, 1);
    framework.reviewBy = Today.addDays(-1);
    framework.id = frameworks.insert(framework);
    auto signalList = f.signalsOf(SignalKind::FrameworkOutdated);
    REQUIRE(signalList.size() == 1);
    CHECK(signalList.at(0).entity == SignalEntity::Framework);
    CHECK(signalList.at(0).entityId == framework.id);

    // With a ward filter only when the ward's goals refer to it.
    CHECK(f.signalsOf(SignalKind::FrameworkOutdated, f.ward).isEmpty());
    WardGoal goal;
    goal.wardId = f.ward;
    goal.frameworkId = framework.id;
    goal.indicator = u"Tevredenheid over de buurt"_s;
    goal.target = 7.5;
    GoalRepository(*f.t.db).insert(goal);
    CHECK(f.signalsOf(SignalKind::FrameworkOutdated, f.ward).size() == 1);

    framework.reviewBy = Today; // reviewed: due again today, not yet past
    frameworks.update(framework);
    CHECK(f.signalsOf(SignalKind::FrameworkOutdated).isEmpty());
}

TEST_CASE("signals_overdueFollowUp_appearsAndDisappears", "[signals]")
{
    Fixture f;
    InitiativeRepository initiatives(*f.t.db);
    Initiative i;
    i.wardId = f.ward;
    i.title = u"Moestuin op het dak"_s;
    i.status = InitiativeStatus::Running;
    i.fitsFramework = FitsFramework::No;
    i.followUp.department = u"Ruimtelijke ordening"_s;
    i.followUp.owner = u"M. Jansen"_s;
    i.followUp.deadline = Today.addDays(-3);
    i.followUp.status = FollowUpStatus::InProgress;
    i.id = initiatives.insert(i);
    auto signalList = f.signalsOf(SignalKind::FollowUpOverdue);
    REQUIRE(signalList.size() == 1);
    CHECK(signalList.at(0).entity == SignalEntity::Initiative);
    CHECK(signalList.at(0).entityId == i.id);
    CHECK(signalList.at(0).text.contains(u"Ruimtelijke ordening"_s));
    CHECK(f.signalsOf(SignalKind::FollowUpOverdue, f.otherWard).isEmpty());

    i.followUp.status = FollowUpStatus::Done;
    initiatives.update(i);
    CHECK(f.signalsOf(SignalKind::FollowUpOverdue).isEmpty());
    i.followUp.status = FollowUpStatus::Open;
    i.fitsFramework = FitsFramework::Yes;
    initiatives.update(i);
    CHECK(f.signalsOf(SignalKind::FollowUpOverdue).isEmpty());
}

TEST_CASE("signals_supportGap_appearsAndDisappears", "[signals]")
{
    Fixture f;
    const auto themes = ThemeRepository(*f.t.db).all();
    NeedRepository needRepo(*f.t.db);
    OfferRepository offerRepo(*f.t.db);
    Need need;
    need.wardId = f.ward;
    need.themeId = themes.at(0).id;
    need.description = u"Eenzaamheid onder ouderen in de flats"_s;
    need.severity = Severity::High;
    need.id = needRepo.insert(need);
    auto signalList = f.signalsOf(SignalKind::SupportGap);
    REQUIRE(signalList.size() == 1);
    CHECK(signalList.at(0).entity == SignalEntity::Need);
    CHECK(signalList.at(0).severity == Severity::High);

    Offer offer;
    offer.wardId = f.ward;
    offer.themeId = themes.at(1).id; // another theme: still a gap
    offer.description = u"Koffieochtend"_s;
    offer.partnerId = f.partner;
    offer.id = offerRepo.insert(offer);
    CHECK(f.signalsOf(SignalKind::SupportGap).size() == 1);
    offer.themeId = need.themeId;
    offerRepo.update(offer);
    CHECK(f.signalsOf(SignalKind::SupportGap).isEmpty());
    offer.active = false;
    offerRepo.update(offer);
    CHECK(f.signalsOf(SignalKind::SupportGap).size() == 1);
    need.open = false;
    needRepo.update(need);
    CHECK(f.signalsOf(SignalKind::SupportGap).isEmpty());
}

TEST_CASE("signals_kpiOffTrack_appearsAndDisappears", "[signals]")
{
    Fixture f;
    Agreement a = f.quietAgreement();
    a.startDate = Today.addYears(-1);
    a.endDate = Today.addYears(1);
    a.id = AgreementRepository(*f.t.db).insert(a);
    KpiRepository kpis(*f.t.db);
    Kpi kpi;
    kpi.agreementId = a.id;
    kpi.name = u"Meldingen overlast"_s;
    kpi.baseline = 100;
    kpi.target = 50;
    kpi.direction = Direction::Lower;
    kpi.measurements = {{0, Today.addDays(-1), 95.0, {}}}; // 10% where about 50% was expected
    kpi.id = kpis.insert(kpi);
    auto signalList = f.signalsOf(SignalKind::KpiOffTrack);
    REQUIRE(signalList.size() == 1);
    CHECK(signalList.at(0).entity == SignalEntity::Kpi);
    CHECK(signalList.at(0).entityId == kpi.id);
    CHECK(signalList.at(0).agreementId == a.id);
    CHECK(signalList.at(0).text.contains(u"10%"_s));

    kpi.measurements = kpis.find(kpi.id)->measurements;
    kpi.measurements.append({0, Today, 72.0, {}}); // 56%: on track
    kpis.update(kpi);
    CHECK(f.signalsOf(SignalKind::KpiOffTrack).isEmpty());
}

TEST_CASE("signals_collect_ordersBySeverityThenDate", "[signals]")
{
    Fixture f;
    AgreementRepository agreements(*f.t.db);
    Agreement withoutMe = f.quietAgreement();
    withoutMe.monitoringAgreed = false;
    agreements.insert(withoutMe);
    Agreement overdue = f.quietAgreement();
    overdue.nextEvaluation = Today.addDays(-10);
    agreements.insert(overdue);
    SignalQuery query;
    query.referenceDate = Today;
    const auto all = SignalService(*f.t.db).collect(query);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).kind == SignalKind::EvaluationOverdue);
    CHECK(all.at(1).kind == SignalKind::AgreementWithoutMe);
}
