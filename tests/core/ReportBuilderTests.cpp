#include "core/Error.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/ActivityRepository.h"
#include "core/storage/AgreementRepository.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/GoalRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ThemeRepository.h"
#include "core/storage/WardRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 11, 28);

/// One hand-built ward: a garden that hangs on Anna (high risk, Anna a key person), a broad café (low risk), an
/// idea, an agreement without M&E whose evaluation is overdue with a KPI, a goal, participation in two channels,
/// a need without an offer, an outdated framework and an overdue follow-up.
struct Ward1
{
    TempDatabase t;
    qint64 ward = 0;
    qint64 garden = 0;
    qint64 cafe = 0;
    qint64 anna = 0;
    qint64 newsletter = 0;
    qint64 bram = 0;

    Ward1()
    {
        Database& db = *t.db;
        Ward w = Build::ward(u"WK099901"_s, u"Kersenbuurt"_s);
        w.type = WardType::OldWorkingClass;
        w.inhabitants = 5400;
        w.households = 2500;
        ward = WardRepository(db).insert(w);
        const qint64 oldFramework
            = FrameworkRepository(db).insert({0, u"Nota 2017"_s, QDate(2017, 1, 1), QDate(2024, 9, 1), {}});

        Initiative i;
        i.wardId = ward;
        i.status = InitiativeStatus::Running;
        i.startDate = QDate(2024, 1, 1);
        i.title = u"Buurtmoestuin"_s;
        i.fitsFramework = FitsFramework::No;
        i.frameworkId = oldFramework;
        i.followUp = {u"Groen"_s, u"P. Jansen"_s, QDate(2026, 10, 1), {}, FollowUpStatus::Open};
        i.budgetGrantedCents = 150000;
        garden = InitiativeRepository(db).insert(i);
        i.title = u"Repair Café"_s;
        i.fitsFramework = FitsFramework::Yes;
        i.followUp = {};
        i.budgetGrantedCents = 50;
        cafe = InitiativeRepository(db).insert(i);
        i.title = u"Taalcafé"_s;
        i.status = InitiativeStatus::Idea;
        i.budgetGrantedCents = 0;
        InitiativeRepository(db).insert(i);

        PersonRepository persons(db);
        auto person = [&](const QString& first, const QString& last) {
            Person p;
            p.firstName = first;
            p.lastName = last;
            p.wardId = ward;
            return persons.insert(p);
        };
        anna = person(u"Anna"_s, u"Bakker"_s);
        QList<qint64> cafePeople;
        for (int n = 0; n < 5; ++n) {
            cafePeople << person(u"Helper"_s, u"Nummer %1"_s.arg(n));
        }
        // Twelve months of hours up to November 2026.
        Build::addInvolvement(db, anna, garden, InvolvementRole::Lead);
        Build::addMonthlyHours(db, garden, anna, 4, 12, QDate(2025, 12, 10));
        Build::addRole(db, garden, u"lead"_s, anna);
        for (qint64 p : cafePeople) {
            Build::addInvolvement(db, p, cafe, InvolvementRole::Core);
            Build::addMonthlyHours(db, cafe, p, 2, 12, QDate(2025, 12, 12));
        }
        Build::addRole(db, cafe, u"treasurer"_s, cafePeople.at(0), cafePeople.at(1));

        // The newsletter: Bram gives 60 % and holds the lead role with Cem as backup. Low risk now; without Bram
        // the role is unfilled and one person is left: high. Bram is the ward's key person.
        Initiative paper;
        paper.wardId = ward;
        paper.status = InitiativeStatus::Running;
        paper.title = u"Wijkkrant"_s;
        newsletter = InitiativeRepository(db).insert(paper);
        bram = person(u"Bram"_s, u"Smit"_s);
        const qint64 cem = person(u"Cem"_s, u"Yıldız"_s);
        Build::addInvolvement(db, bram, newsletter, InvolvementRole::Lead);
        Build::addInvolvement(db, cem, newsletter, InvolvementRole::Core);
        Build::addMonthlyHours(db, newsletter, bram, 3, 12, QDate(2025, 12, 14));
        Build::addMonthlyHours(db, newsletter, cem, 2, 12, QDate(2025, 12, 15));
        Build::addRole(db, newsletter, u"lead"_s, bram, cem);

        Partner youthWork;
        youthWork.name = u"Stichting Jong"_s;
        youthWork.type = PartnerType::YouthWork;
        const qint64 partner = PartnerRepository(db).insert(youthWork);
        Agreement a;
        a.partnerId = partner;
        a.title = u"Jongerenwerk in de avond"_s;
        a.startDate = QDate(2025, 1, 1);
        a.endDate = QDate(2027, 12, 31);
        a.status = AgreementStatus::Active;
        a.monitoringAgreed = false;
        a.nextEvaluation = QDate(2026, 10, 1);
        a.wardIds = {ward};
        const qint64 agreement = AgreementRepository(db).insert(a);
        Kpi k;
        k.agreementId = agreement;
        k.name = u"Bereikte jongeren"_s;
        k.baseline = 40;
        k.target = 120;
        k.measurements = {{0, QDate(2026, 6, 1), 80, {}}};
        KpiRepository(db).insert(k);

        WardGoal g;
        g.wardId = ward;
        g.indicator = u"Ervaren eenzaamheid"_s;
        g.unit = u"%"_s;
        g.baseline = 30;
        g.target = 20;
        g.direction = Direction::Lower;
        g.startDate = QDate(2025, 1, 1);
        g.targetDate = QDate(2027, 12, 31);
        g.measurements = {{0, QDate(2026, 9, 1), 25, {}}};
        GoalRepository(db).insert(g);

        ParticipationRepository participation(db);
        participation.insert(
            {0, ward, QDate(2026, 3, 1), ParticipationKind::ResidentsEvening, Channel::Physical, 40, {}});
        participation.insert({0, ward, QDate(2026, 4, 1), ParticipationKind::OnlinePoll, Channel::Digital, 200, {}});
        participation.insert({0, ward, QDate(2025, 4, 1), ParticipationKind::OnlinePoll, Channel::Digital, 999, {}});

        Need need;
        need.wardId = ward;
        need.themeId = ThemeRepository(db).all().at(1).id;
        need.description = u"Een plek om elkaar te ontmoeten"_s;
        need.signalledOn = QDate(2026, 5, 1);
        NeedRepository(db).insert(need);
    }

    Report::Document build(bool withNames = false)
    {
        ReportRequest r;
        r.wardIds = {ward};
        r.from = QDate(2026, 1, 1);
        r.to = Today;
        r.today = Today;
        r.withNames = withNames;
        r.author = u"J. de Wit"_s;
        return ReportBuilder(*t.db).build(r);
    }
};

const Report::KeyFigure* figure(const Report::WardSection& s, const QString& label)
{
    for (const auto& f : s.keyFigures) {
        if (f.label.startsWith(label)) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("report_handBuiltWard_everySectionHoldsTheRightData", "[report]")
{
    Ward1 w;
    const Report::Document doc = w.build();
    CHECK(doc.title.contains(u"Kersenbuurt"_s));
    CHECK(doc.municipality == u"Testgemeente"_s);
    CHECK(doc.author == u"J. de Wit"_s);
    CHECK(doc.printedOn == Today);
    REQUIRE(doc.wards.size() == 1);
    const Report::WardSection& s = doc.wards.first();
    CHECK(s.code == u"WK099901"_s);

    // Key figures: counted from the database.
    REQUIRE(figure(s, u"Inhabitants"_s));
    CHECK(figure(s, u"Inhabitants"_s)->value == QLocale().toString(5400));
    CHECK(figure(s, u"Active initiatives"_s)->value == u"3"_s);
    CHECK(figure(s, u"Residents who gave hours"_s)->value == u"8"_s);
    // Anna 11 × 4 h in the period, five helpers 11 × 2 h, Bram 11 × 3 h and Cem 11 × 2 h (the first month lies
    // in 2025).
    CHECK(figure(s, u"Hours given"_s)->value == QLocale().toString(11 * 4 + 5 * 11 * 2 + 11 * 3 + 11 * 2));

    // Initiatives with their risk band and reasons; the idea has none.
    REQUIRE(s.initiatives.size() == 4);
    const auto garden = std::find_if(s.initiatives.begin(), s.initiatives.end(),
                                     [](const auto& i) { return i.title == u"Buurtmoestuin"_s; });
    REQUIRE(garden != s.initiatives.end());
    REQUIRE(garden->score.has_value());
    CHECK(garden->bandIndex == 2);
    CHECK_FALSE(garden->reasons.isEmpty());
    const auto cafe = std::find_if(s.initiatives.begin(), s.initiatives.end(),
                                   [](const auto& i) { return i.title == u"Repair Café"_s; });
    CHECK(cafe->bandIndex == 0);
    const auto idea = std::find_if(s.initiatives.begin(), s.initiatives.end(),
                                   [](const auto& i) { return i.title == u"Taalcafé"_s; });
    CHECK_FALSE(idea->score.has_value());
    CHECK(s.bands.high == 1);
    CHECK(s.bands.low == 2);

    // Goals and agreements with progress; the overdue evaluation and missing M&E are flagged.
    REQUIRE(s.goals.size() == 1);
    CHECK(s.goals.first().progress == Approx(0.5));
    REQUIRE(s.agreements.size() == 1);
    CHECK_FALSE(s.agreements.first().monitoringAgreed);
    CHECK(s.agreements.first().evaluationOverdue);
    REQUIRE(s.agreements.first().kpis.size() == 1);
    CHECK(s.agreements.first().kpis.first().progress == Approx(0.5));

    REQUIRE(s.outdatedFrameworks.size() == 1);
    CHECK(s.outdatedFrameworks.first().title == u"Nota 2017"_s);
    REQUIRE(s.gaps.size() == 1);
    CHECK(s.gaps.first().need == u"Een plek om elkaar te ontmoeten"_s);
    // Participation in the period only, by channel.
    REQUIRE(s.participation.size() == 2);
    CHECK(s.participation.at(0).participants + s.participation.at(1).participants == 240);
    REQUIRE(s.followUps.size() == 1);
    CHECK(s.followUps.first().overdue);
    CHECK(s.followUps.first().department == u"Groen"_s);
}

TEST_CASE("report_residentsArePseudonymsUnlessNamesAreChosen", "[report][privacy]")
{
    Ward1 w;
    const Report::Document anonymous = w.build(false);
    // Bram and Cem are the key persons: without either, one person is left in the newsletter with no backup for
    // the lead role, which is high. The garden is high already, so Anna is not "moving" anything.
    const auto& keys = anonymous.wards.first().keyPersons;
    REQUIRE(keys.size() == 2);
    CHECK(keys.at(0).name == u"Resident A"_s);
    CHECK(keys.at(1).name == u"Resident B"_s);
    CHECK(keys.at(0).initiatives == QStringList {u"Wijkkrant"_s});
    const Report::Document named = w.build(true);
    CHECK(named.withNames);
    REQUIRE(named.wards.first().keyPersons.size() == 2);
    QStringList names {named.wards.first().keyPersons.at(0).name, named.wards.first().keyPersons.at(1).name};
    names.sort();
    CHECK(names == QStringList {u"Bram Smit"_s, u"Cem Yıldız"_s});
}

TEST_CASE("report_refusesABadRequest", "[report]")
{
    Ward1 w;
    ReportRequest r;
    r.from = QDate(2026, 5, 1);
    r.to = QDate(2026, 4, 1);
    r.wardIds = {w.ward};
    CHECK_THROWS_AS(ReportBuilder(*w.t.db).build(r), Error);
    r.to = QDate(2026, 6, 1);
    r.wardIds = {};
    CHECK_THROWS_AS(ReportBuilder(*w.t.db).build(r), Error);
    r.wardIds = {4242};
    CHECK_THROWS_AS(ReportBuilder(*w.t.db).build(r), Error);
}

TEST_CASE("report_overviewComparesAllWards", "[report]")
{
    Ward1 w;
    Ward second;
    second.code = u"WK099902"_s;
    second.name = u"Havenkwartier"_s;
    WardRepository(*w.t.db).insert(second);
    ReportRequest r;
    r.overview = true;
    r.from = QDate(2026, 1, 1);
    r.to = Today;
    r.today = Today;
    const auto doc = ReportBuilder(*w.t.db).build(r);
    CHECK(doc.isOverview);
    REQUIRE(doc.overview.size() == 2);
    CHECK(doc.overview.at(0).code == u"WK099901"_s);
    CHECK(doc.overview.at(0).bands.high == 1);
    CHECK(doc.overview.at(0).agreementsWithoutMe == 1);
    CHECK(doc.overview.at(1).activeInitiatives == 0);
    CHECK(doc.wards.size() == 2);
}
