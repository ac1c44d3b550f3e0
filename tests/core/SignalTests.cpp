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
#include "tests/support/Builders.h"
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
        ward = Build::addWard(*t.db, u"WK036301"_s, u"Oosterpark"_s);
        otherWard = Build::addWard(*t.db, u"WK036302"_s, u"Dapperbuurt"_s);
        partner = Build::addPartner(*t.db, u"Woonstede"_s, PartnerType::Housing);
    }

    /// An active agreement with M&E and nothing due within the signal windows.
    Agreement quietAgreement() const
    {
        Agreement a = Build::agreement(partner, {ward}, u"Schone portieken"_s);
        a.startDate = Today.addYears(-1);
        a.endDate = Today.addYears(1);
        a.nextEvaluation = Today.addDays(100);
        return a;
    }

    /// Inserts the agreement when it has no id yet, else updates it.
    void save(Agreement& a) const
    {
        AgreementRepository agreements(*t.db);
        if (a.id == 0) {
            a.id = agreements.insert(a);
        } else {
            agreements.update(a);
        }
    }

    QList<Signal> signalsOf(SignalKind kind, std::optional<qint64> wardId = {}) const
    {
        SignalQuery query;
        query.referenceDate = Today;
        query.wardId = wardId;
        return SignalService(*t.db).ofKind(kind, query);
    }

    /// The one signal of a kind; the test stops when there is not exactly one.
    Signal onlySignal(SignalKind kind) const
    {
        const QList<Signal> found = signalsOf(kind);
        REQUIRE(found.size() == 1);
        return found.at(0);
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
    Agreement a = f.quietAgreement();
    f.save(a);
    SignalQuery query;
    query.referenceDate = Today;
    CHECK(SignalService(*f.t.db).collect(query).isEmpty());
}

TEST_CASE("signals_evaluationOverdue_appearsAndDisappears", "[signals]")
{
    Fixture f;
    Agreement a = f.quietAgreement();
    a.nextEvaluation = Today.addDays(-1);
    f.save(a);
    const Signal overdue = f.onlySignal(SignalKind::EvaluationOverdue);
    CHECK(overdue.entity == SignalEntity::Agreement);
    CHECK(overdue.entityId == a.id);
    CHECK(overdue.severity == Severity::High);
    CHECK(overdue.wardId == f.ward);
    CHECK(overdue.text.contains(u"Schone portieken"_s));
    CHECK(f.signalsOf(SignalKind::EvaluationOverdue, f.otherWard).isEmpty());

    a.nextEvaluation = Today.addDays(90); // planned again after the evaluation
    f.save(a);
    CHECK(f.signalsOf(SignalKind::EvaluationOverdue).isEmpty());
}

TEST_CASE("signals_evaluationDueWithin30Days_appearsAndDisappears", "[signals]")
{
    Fixture f;
    Agreement a = f.quietAgreement();
    a.nextEvaluation = Today.addDays(30);
    f.save(a);
    f.onlySignal(SignalKind::EvaluationDue);
    CHECK(f.signalsOf(SignalKind::EvaluationOverdue).isEmpty());

    a.nextEvaluation = Today.addDays(31);
    f.save(a);
    CHECK(f.signalsOf(SignalKind::EvaluationDue).isEmpty());
    a.nextEvaluation = Today;
    a.status = AgreementStatus::Ended;
    f.save(a);
    CHECK(f.signalsOf(SignalKind::EvaluationDue).isEmpty());
}

TEST_CASE("signals_agreementEndingWithin90Days_appearsAndDisappears", "[signals]")
{
    Fixture f;
    Agreement a = f.quietAgreement();
    a.endDate = Today.addDays(90);
    f.save(a);
    const Signal ending = f.onlySignal(SignalKind::AgreementEnding);
    CHECK(ending.severity == Severity::Medium);
    CHECK(ending.date == Today.addDays(90));

    a.endDate = Today.addDays(-5); // ended, but nobody changed its status
    f.save(a);
    CHECK(f.onlySignal(SignalKind::AgreementEnding).severity == Severity::High);

    a.endDate = Today.addDays(91);
    f.save(a);
    CHECK(f.signalsOf(SignalKind::AgreementEnding).isEmpty());
}

TEST_CASE("signals_activeAgreementWithoutMe_appearsAndDisappears", "[signals]")
{
    Fixture f;
    Agreement a = f.quietAgreement();
    a.monitoringAgreed = false;
    a.wardIds = {f.ward, f.otherWard};
    f.save(a);
    CHECK(f.onlySignal(SignalKind::AgreementWithoutMe).wards == u"Dapperbuurt, Oosterpark"_s);
    CHECK(f.signalsOf(SignalKind::AgreementWithoutMe, f.otherWard).size() == 1);

    a.monitoringAgreed = true;
    f.save(a);
    CHECK(f.signalsOf(SignalKind::AgreementWithoutMe).isEmpty());
    a.monitoringAgreed = false;
    a.status = AgreementStatus::Draft; // a draft is not yet expected to have M&E
    f.save(a);
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
    const Signal outdated = f.onlySignal(SignalKind::FrameworkOutdated);
    CHECK(outdated.entity == SignalEntity::Framework);
    CHECK(outdated.entityId == framework.id);

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
    Initiative i = Build::initiative(f.ward, u"Moestuin op het dak"_s);
    i.fitsFramework = FitsFramework::No;
    i.followUp.department = u"Ruimtelijke ordening"_s;
    i.followUp.owner = u"M. Jansen"_s;
    i.followUp.deadline = Today.addDays(-3);
    i.followUp.status = FollowUpStatus::InProgress;
    i.id = initiatives.insert(i);
    const Signal overdue = f.onlySignal(SignalKind::FollowUpOverdue);
    CHECK(overdue.entity == SignalEntity::Initiative);
    CHECK(overdue.entityId == i.id);
    CHECK(overdue.text.contains(u"Ruimtelijke ordening"_s));
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
    const Signal gap = f.onlySignal(SignalKind::SupportGap);
    CHECK(gap.entity == SignalEntity::Need);
    CHECK(gap.severity == Severity::High);

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
    f.save(a);
    KpiRepository kpis(*f.t.db);
    Kpi kpi;
    kpi.agreementId = a.id;
    kpi.name = u"Meldingen overlast"_s;
    kpi.baseline = 100;
    kpi.target = 50;
    kpi.direction = Direction::Lower;
    kpi.measurements = {{0, Today.addDays(-1), 95.0, {}}}; // 10% where about 50% was expected
    kpi.id = kpis.insert(kpi);
    const Signal offTrack = f.onlySignal(SignalKind::KpiOffTrack);
    CHECK(offTrack.entity == SignalEntity::Kpi);
    CHECK(offTrack.entityId == kpi.id);
    CHECK(offTrack.agreementId == a.id);
    CHECK(offTrack.text.contains(u"10%"_s));

    kpi.measurements = kpis.find(kpi.id)->measurements;
    kpi.measurements.append({0, Today, 72.0, {}}); // 56%: on track
    kpis.update(kpi);
    CHECK(f.signalsOf(SignalKind::KpiOffTrack).isEmpty());
}

TEST_CASE("signals_collect_ordersBySeverityThenDate", "[signals]")
{
    Fixture f;
    Agreement withoutMe = f.quietAgreement();
    withoutMe.monitoringAgreed = false;
    f.save(withoutMe);
    Agreement overdue = f.quietAgreement();
    overdue.nextEvaluation = Today.addDays(-10);
    f.save(overdue);
    SignalQuery query;
    query.referenceDate = Today;
    const auto all = SignalService(*f.t.db).collect(query);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).kind == SignalKind::EvaluationOverdue);
    CHECK(all.at(1).kind == SignalKind::AgreementWithoutMe);
}
