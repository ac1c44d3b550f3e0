#include "core/Error.h"
#include "core/demo/DemoGenerator.h"
#include "core/risk/RiskCalculator.h"
#include "core/risk/RiskEngine.h"
#include "core/storage/ActivityRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/RiskQuery.h"
#include "core/storage/RiskWeightsRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/WardRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <QSet>
#include <catch2/catch.hpp>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using Catch::Detail::Approx;

namespace {

/// The reference date of every test: W = (2025-06-15, 2026-06-15], H2 = (2025-12-15, 2026-06-15].
const QDate T(2026, 6, 15);

/// Hand-built wards, initiatives, persons and hours, written through the real repositories.
struct RiskFixture
{
    TempDatabase t;
    qint64 ward = 0;
    qint64 otherWard = 0;
    QSet<QPair<qint64, qint64>> involved;
    int personCount = 0;

    RiskFixture()
    {
        ward = Build::addWard(*t.db, u"WK099901"_s);
        otherWard = Build::addWard(*t.db, u"WK099902"_s);
    }
    qint64 initiative(const QString& title, const std::function<void(Initiative&)>& edit = {})
    {
        Initiative i;
        i.wardId = ward;
        i.title = title;
        i.status = InitiativeStatus::Running;
        if (edit) {
            edit(i);
        }
        return InitiativeRepository(*t.db).insert(i);
    }
    qint64 person()
    {
        Person p;
        p.firstName = u"Bewoner"_s;
        p.lastName = QString::number(++personCount);
        return PersonRepository(*t.db).insert(p);
    }
    QList<qint64> persons(int n)
    {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i) {
            ids << person();
        }
        return ids;
    }
    void hours(qint64 initiativeId, qint64 personId, const QDate& date, double h)
    {
        if (!involved.contains({personId, initiativeId})) {
            Build::addInvolvement(*t.db, personId, initiativeId, InvolvementRole::Core);
            involved.insert({personId, initiativeId});
        }
        ActivityRepository(*t.db).setHours(initiativeId,
                                           {Activity {personId, initiativeId, date, static_cast<int>(h * 4), {}}});
    }
    /// `h` hours on the first day of `months` months from July 2025 on.
    void monthly(qint64 initiativeId, qint64 personId, double h, int months = 12, const QDate& first = {2025, 7, 1})
    {
        for (int m = 0; m < months; ++m) {
            hours(initiativeId, personId, first.addMonths(m), h);
        }
    }
    qint64 role(qint64 initiativeId, const QString& name, std::optional<qint64> holder,
                std::optional<qint64> backup = {})
    {
        return Build::addRole(*t.db, initiativeId, name, holder, backup);
    }
    RiskScore score(qint64 initiativeId, const QDate& reference = T) const
    {
        const auto s = RiskEngine(*t.db).score(initiativeId, reference);
        REQUIRE(s.has_value());
        return *s;
    }
    double value(qint64 initiativeId, RiskIndicator indicator) const { return score(initiativeId).value(indicator); }
    void agreement(qint64 initiativeId, const QString& status, const QDate& end, const QDate& nextEvaluation = {})
    {
        const QSqlDatabase db = t.db->connection();
        Sql::exec(db, u"INSERT INTO partners(id, name) VALUES(1, 'Welzijn Lindeveen') ON CONFLICT DO NOTHING"_s);
        const qint64 id = Sql::scalar(db,
                                      u"INSERT INTO agreements(partner_id, title, end_date, next_evaluation, status) "
                                      "VALUES(1, 'Afspraak', ?, ?, ?) RETURNING id"_s,
                                      {Sql::date(end), Sql::date(nextEvaluation), status})
                              .toLongLong();
        Sql::exec(db, u"INSERT INTO agreement_initiatives(agreement_id, initiative_id) VALUES(?, ?)"_s,
                  {id, initiativeId});
    }
};

} // namespace

TEST_CASE("concentration_kThresholdsAndTies", "[risk]")
{
    RiskFixture f;
    const QList<qint64> p = f.persons(7);
    const QDate day(2026, 3, 1);
    const qint64 k1 = f.initiative(u"k1"_s);
    f.hours(k1, p[0], day, 6), f.hours(k1, p[1], day, 2), f.hours(k1, p[2], day, 2);
    const qint64 half = f.initiative(u"exactly half"_s);
    f.hours(half, p[1], day, 5), f.hours(half, p[0], day, 5);
    const qint64 k2 = f.initiative(u"k2"_s);
    f.hours(k2, p[0], day, 3), f.hours(k2, p[1], day, 3), f.hours(k2, p[2], day, 4);
    const qint64 k3 = f.initiative(u"k3"_s);
    for (int i = 0; i < 5; ++i) {
        f.hours(k3, p[i], day, 2);
    }
    const qint64 k4 = f.initiative(u"k4"_s);
    for (int i = 0; i < 7; ++i) {
        f.hours(k4, p[i], day, 1);
    }

    const RiskScore s1 = f.score(k1);
    CHECK(s1.concentrationK == 1);
    CHECK(s1.value(RiskIndicator::Concentration) == 1);
    CHECK(s1.topContributorId == p[0]);
    CHECK(s1.topShare == Approx(0.6));
    CHECK(s1.explanation(RiskIndicator::Concentration) == u"One resident provides 60% of the hours"_s);

    // 50% is enough; a tie in hours goes to the lower person id.
    const RiskScore sHalf = f.score(half);
    CHECK(sHalf.concentrationK == 1);
    CHECK(sHalf.topContributorId == p[0]);
    CHECK(sHalf.topShare == Approx(0.5));

    const RiskScore s2 = f.score(k2);
    CHECK(s2.concentrationK == 2);
    CHECK(s2.value(RiskIndicator::Concentration) == Approx(0.6));
    CHECK(s2.topContributorId == p[2]);
    CHECK(s2.explanation(RiskIndicator::Concentration) == u"2 residents provide 70% of the hours"_s);
    CHECK(f.score(k3).concentrationK == 3);
    CHECK(f.value(k3, RiskIndicator::Concentration) == Approx(0.3));
    CHECK(f.score(k4).concentrationK == 4);
    CHECK(f.value(k4, RiskIndicator::Concentration) == 0);
}

TEST_CASE("noHoursAtAll_concentrationAndMomentumAreOne", "[risk]")
{
    RiskFixture f;
    const qint64 empty = f.initiative(u"Nog niets"_s);
    // Hours outside W and anonymous events count for nothing.
    const qint64 p = f.person();
    f.hours(empty, p, QDate(2025, 6, 15), 3); // T - 12 months: outside W
    f.hours(empty, p, QDate(2026, 6, 16), 3); // after T
    Sql::exec(
        f.t.db->connection(),
        u"INSERT INTO activities(initiative_id, person_id, date, quarters, participants) VALUES(?, NULL, '2026-03-01', 40, 25)"_s,
        {empty});
    const RiskScore s = f.score(empty);
    CHECK(s.value(RiskIndicator::Concentration) == 1);
    CHECK(s.value(RiskIndicator::Momentum) == 1);
    CHECK(s.value(RiskIndicator::ThinCore) == 1);
    CHECK(s.value(RiskIndicator::KeyPersonLoad) == 0);
    CHECK(s.concentrationK == 0);
    CHECK_FALSE(s.topContributorId.has_value());
    CHECK(s.explanation(RiskIndicator::Concentration) == u"No hours registered in the last 12 months"_s);
    // 25 + 15 (no roles) + 15 + 10 = 65, and the override makes it high.
    CHECK(s.score == 65);
    CHECK(s.band == RiskBand::High);
    CHECK(s.overridden);
    // The last day of W counts.
    f.hours(empty, p, T, 2);
    CHECK(f.score(empty).topContributorId == p);
}

TEST_CASE("succession_shareOfRolesWithoutBackup", "[risk]")
{
    RiskFixture f;
    const QList<qint64> p = f.persons(3);
    const qint64 none = f.initiative(u"none"_s);
    const qint64 half = f.initiative(u"half"_s);
    f.role(half, u"lead"_s, p[0], p[1]);
    f.role(half, u"treasurer"_s, p[1]);
    const qint64 all = f.initiative(u"all"_s);
    f.role(all, u"lead"_s, p[0], p[1]);
    const qint64 nobackup = f.initiative(u"nobackup"_s);
    f.role(nobackup, u"lead"_s, p[0]);
    f.role(nobackup, u"keys"_s, p[2]);
    const qint64 unfilled = f.initiative(u"unfilled"_s);
    f.role(unfilled, u"lead"_s, p[0], p[1]);
    f.role(unfilled, u"keys"_s, std::nullopt);
    f.role(unfilled, u"treasurer"_s, p[2], p[1]);
    f.role(unfilled, u"municipality_contact"_s, p[2], p[0]);

    CHECK(f.value(none, RiskIndicator::Succession) == 1);
    CHECK(f.score(none).explanation(RiskIndicator::Succession) == u"No critical roles are registered"_s);
    CHECK(f.value(half, RiskIndicator::Succession) == Approx(0.5));
    CHECK(f.score(half).explanation(RiskIndicator::Succession) == u"1 of 2 critical role(s) have no backup"_s);
    CHECK(f.value(all, RiskIndicator::Succession) == 0);
    CHECK(f.value(nobackup, RiskIndicator::Succession) == 1);
    CHECK(f.score(nobackup).explanation(RiskIndicator::Succession) == u"No critical role has a backup"_s);
    CHECK(f.value(unfilled, RiskIndicator::Succession) == Approx(0.25));
}

TEST_CASE("thinCore_regularsActiveInSixMonths", "[risk]")
{
    RiskFixture f;
    const QList<qint64> p = f.persons(4);
    const qint64 i = f.initiative(u"Buurtmoestuin"_s);
    f.monthly(i, p[3], 1, 5); // five months: not a regular
    CHECK(f.value(i, RiskIndicator::ThinCore) == 1);
    f.monthly(i, p[0], 1, 6);
    CHECK(f.value(i, RiskIndicator::ThinCore) == Approx(2.0 / 3));
    f.monthly(i, p[1], 1, 6);
    CHECK(f.value(i, RiskIndicator::ThinCore) == Approx(1.0 / 3));
    CHECK(f.score(i).explanation(RiskIndicator::ThinCore) == u"2 regular(s) (active in at least 6 months)"_s);
    // Two days in one month are one month.
    f.monthly(i, p[2], 1, 5);
    f.hours(i, p[2], QDate(2025, 7, 20), 1);
    CHECK(f.value(i, RiskIndicator::ThinCore) == Approx(1.0 / 3));
    f.hours(i, p[2], QDate(2026, 6, 1), 1);
    CHECK(f.value(i, RiskIndicator::ThinCore) == 0);
}

TEST_CASE("momentum_recentHalfAgainstTheHalfBefore", "[risk]")
{
    RiskFixture f;
    const auto make = [&](const QString& title, double h1, double h2) {
        const qint64 p = f.person();
        const qint64 i = f.initiative(title);
        if (h1 > 0) {
            f.hours(i, p, QDate(2025, 12, 15), h1); // T - 6 months belongs to H1
        }
        if (h2 > 0) {
            f.hours(i, p, QDate(2025, 12, 16), h2);
        }
        return i;
    };
    const qint64 fell40 = make(u"fell 40"_s, 10, 6);
    const qint64 fell60 = make(u"fell 60"_s, 10, 4);
    const qint64 started = make(u"started"_s, 0, 3);
    const qint64 rose = make(u"rose"_s, 4, 8);
    const qint64 stopped = make(u"stopped"_s, 4, 0);
    CHECK(f.value(fell40, RiskIndicator::Momentum) == Approx(0.8));
    CHECK(f.score(fell40).explanation(RiskIndicator::Momentum) == u"Hours fell 40% in the last 6 months"_s);
    CHECK(f.value(fell60, RiskIndicator::Momentum) == 1);
    CHECK(f.value(started, RiskIndicator::Momentum) == 0);
    CHECK(f.value(rose, RiskIndicator::Momentum) == 0);
    CHECK(f.score(rose).explanation(RiskIndicator::Momentum) == u"Hours rose 100% in the last 6 months"_s);
    CHECK(f.value(stopped, RiskIndicator::Momentum) == 1);
}

TEST_CASE("funding_monthsUntilTheEndWithoutFollowUp", "[risk]")
{
    RiskFixture f;
    const auto make = [&](const QDate& end, bool followUp = false) {
        return f.initiative(end.isValid() ? end.toString(Qt::ISODate) : u"none"_s, [&](Initiative& i) {
            i.fundingEnd = end;
            i.followUpFunding = followUp;
        });
    };
    const qint64 in2 = make(QDate(2026, 8, 15));
    const qint64 in3 = make(QDate(2026, 9, 15));
    const qint64 justOver3 = make(QDate(2026, 9, 16));
    const qint64 in6 = make(QDate(2026, 12, 15));
    const qint64 justOver6 = make(QDate(2026, 12, 16));
    const qint64 in12 = make(QDate(2027, 6, 15));
    const qint64 justOver12 = make(QDate(2027, 6, 16));
    const qint64 past = make(QDate(2026, 6, 1));
    const qint64 none = make(QDate());
    const qint64 followUp = make(QDate(2026, 7, 1), true);

    CHECK(f.value(in2, RiskIndicator::Funding) == 1);
    CHECK(f.score(in2).explanation(RiskIndicator::Funding)
          == u"Funding ends in 2 month(s) without follow-up funding"_s);
    CHECK(f.value(in3, RiskIndicator::Funding) == 1);
    CHECK(f.value(justOver3, RiskIndicator::Funding) == Approx(0.7));
    CHECK(f.value(in6, RiskIndicator::Funding) == Approx(0.7));
    CHECK(f.value(justOver6, RiskIndicator::Funding) == Approx(0.4));
    CHECK(f.value(in12, RiskIndicator::Funding) == Approx(0.4));
    CHECK(f.value(justOver12, RiskIndicator::Funding) == 0);
    CHECK(f.value(past, RiskIndicator::Funding) == 1);
    CHECK(f.value(none, RiskIndicator::Funding) == 0);
    CHECK(f.value(followUp, RiskIndicator::Funding) == 0);
    CHECK(RiskCalculator::monthsUntil(T, QDate(2026, 9, 16)) == 4);
}

TEST_CASE("embedding_theMaximumThatApplies", "[risk]")
{
    RiskFixture f;
    const qint64 outside = f.initiative(u"outside"_s, [](Initiative& i) { i.fitsFramework = FitsFramework::No; });
    const qint64 owned = f.initiative(u"owned"_s, [](Initiative& i) {
        i.fitsFramework = FitsFramework::No;
        i.followUp.owner = u"Vakafdeling Groen"_s;
    });
    const qint64 municipal = f.initiative(u"municipal"_s, [](Initiative& i) { i.leadType = LeadType::Municipality; });
    const qint64 ending = f.initiative(u"ending"_s);
    f.agreement(ending, u"active"_s, QDate(2026, 11, 30));
    const qint64 evaluated = f.initiative(u"evaluated"_s, [](Initiative& i) { i.leadType = LeadType::Municipality; });
    f.agreement(evaluated, u"active"_s, QDate(2026, 12, 15), QDate(2026, 9, 1));
    const qint64 evaluationPast = f.initiative(u"evaluation past"_s);
    f.agreement(evaluationPast, u"active"_s, QDate(2026, 11, 30), QDate(2026, 1, 1));
    const qint64 later = f.initiative(u"later"_s);
    f.agreement(later, u"active"_s, QDate(2026, 12, 16));
    f.agreement(later, u"draft"_s, QDate(2026, 7, 1));

    CHECK(f.value(outside, RiskIndicator::Embedding) == 1);
    CHECK(f.score(outside).explanation(RiskIndicator::Embedding)
          == u"Outside the policy framework and no follow-up owner; no linked agreement ends within 6 months"_s);
    // Every part that applies is named.
    CHECK(f.score(evaluated).explanation(RiskIndicator::Embedding)
          == u"Fit with the policy framework unknown; a linked agreement ends within 6 months; an evaluation is "
             "planned; the municipality leads the initiative"_s);
    CHECK(f.value(owned, RiskIndicator::Embedding) == 0);
    CHECK(f.value(municipal, RiskIndicator::Embedding) == Approx(0.5));
    CHECK(f.value(ending, RiskIndicator::Embedding) == 1);
    CHECK(f.value(evaluated, RiskIndicator::Embedding) == Approx(0.5));
    CHECK(f.value(evaluationPast, RiskIndicator::Embedding) == 1);
    CHECK(f.value(later, RiskIndicator::Embedding) == 0);
}

TEST_CASE("keyPersonLoad_otherInitiativesOfTheTopContributor", "[risk]")
{
    RiskFixture f;
    const qint64 p = f.person();
    const qint64 q = f.person();
    const QDate day(2026, 2, 1);
    const qint64 a = f.initiative(u"A"_s);
    f.hours(a, p, day, 3);
    CHECK(f.value(a, RiskIndicator::KeyPersonLoad) == 0);
    CHECK(f.score(a).explanation(RiskIndicator::KeyPersonLoad) == u"The top contributor carries no other initiative"_s);
    // Not the top contributor elsewhere: does not count.
    const qint64 notTop = f.initiative(u"not top"_s);
    f.hours(notTop, p, day, 1), f.hours(notTop, q, day, 2);
    // Top contributor of an initiative in another ward: counts.
    const qint64 b = f.initiative(u"B"_s, [&](Initiative& i) { i.wardId = f.otherWard; });
    f.hours(b, p, day, 2);
    CHECK(f.value(a, RiskIndicator::KeyPersonLoad) == Approx(0.3));
    // Holder of a critical role without hours there: counts. A backup does not.
    const qint64 c = f.initiative(u"C"_s);
    f.role(c, u"treasurer"_s, p);
    const qint64 backupOnly = f.initiative(u"backup only"_s);
    f.role(backupOnly, u"treasurer"_s, q, p);
    CHECK(f.value(a, RiskIndicator::KeyPersonLoad) == Approx(0.6));
    // An inactive initiative does not count; a paused one does.
    const qint64 stopped = f.initiative(u"stopped"_s, [](Initiative& i) { i.status = InitiativeStatus::Stopped; });
    f.role(stopped, u"lead"_s, p);
    const qint64 d = f.initiative(u"D"_s, [](Initiative& i) { i.status = InitiativeStatus::Paused; });
    f.hours(d, p, day, 1);
    f.role(d, u"lead"_s, p); // top and holder: one initiative
    CHECK(f.value(a, RiskIndicator::KeyPersonLoad) == 1);
    CHECK(f.score(a).explanation(RiskIndicator::KeyPersonLoad)
          == u"The top contributor also carries 3 other initiative(s)"_s);
    // The same through a ward filter: other wards still count.
    RiskOptions options;
    options.referenceDate = T;
    options.wardId = f.ward;
    for (const RiskScore& s : RiskEngine(*f.t.db).scoreAll(options)) {
        CHECK(s.wardId == f.ward);
        if (s.initiativeId == a) {
            CHECK(s.value(RiskIndicator::KeyPersonLoad) == 1);
        }
    }
}

TEST_CASE("override_onePersonNoBackupIsHighWhateverTheScore", "[risk]")
{
    RiskFixture f;
    const qint64 p = f.person();
    const qint64 q = f.person();
    const qint64 i = f.initiative(u"Eenmansactie"_s);
    f.monthly(i, p, 2);
    // 25 (k = 1) + 15 (no roles) + 10 (one regular) = 50: medium by score, high by the override.
    RiskScore s = f.score(i);
    CHECK(s.score == 50);
    CHECK(s.band == RiskBand::High);
    CHECK(s.overridden);
    CHECK(s.contribution(RiskIndicator::Concentration) == Approx(25));
    CHECK(s.contribution(RiskIndicator::ThinCore) == Approx(10));
    CHECK(s.explanations.size() == Risk::IndicatorCount);
    // A backup for the one critical role lifts the override.
    f.role(i, u"lead"_s, p, q);
    s = f.score(i);
    CHECK(s.score == 35);
    CHECK(s.band == RiskBand::Medium);
    CHECK_FALSE(s.overridden);
}

namespace {
/// k = 2 (15), funding ending in 5 months (10.5), municipal lead (5), top contributor carrying one other
/// initiative (3): 33.5 with the default weights.
qint64 makeThirtyThreeAndAHalf(RiskFixture& f)
{
    const QList<qint64> p = f.persons(3);
    const qint64 i = f.initiative(u"Halverwege"_s, [](Initiative& x) {
        x.fundingEnd = QDate(2026, 11, 15);
        x.leadType = LeadType::Municipality;
    });
    f.monthly(i, p[0], 4), f.monthly(i, p[1], 3), f.monthly(i, p[2], 3);
    f.role(i, u"lead"_s, p[0], p[1]);
    const qint64 other = f.initiative(u"Elders"_s, [](Initiative& x) { x.followUpFunding = true; });
    f.hours(other, p[0], QDate(2026, 1, 10), 1);
    return i;
}
} // namespace

TEST_CASE("rounding_halfAwayFromZeroAndBands", "[risk]")
{
    RiskFixture f;
    const qint64 i = makeThirtyThreeAndAHalf(f);
    const RiskScore s = f.score(i);
    CHECK(s.value(RiskIndicator::Concentration) == Approx(0.6));
    CHECK(s.value(RiskIndicator::Funding) == Approx(0.7));
    CHECK(s.value(RiskIndicator::KeyPersonLoad) == Approx(0.3));
    CHECK(s.value(RiskIndicator::Succession) == 0);
    CHECK(s.value(RiskIndicator::ThinCore) == 0);
    CHECK(s.value(RiskIndicator::Momentum) == 0);
    CHECK(s.score == 34); // 33.5 rounds up, into the medium band
    CHECK(s.band == RiskBand::Medium);

    CHECK(RiskCalculator::roundScore(33.4999999999) == 34);
    CHECK(RiskCalculator::roundScore(33.49) == 33);
    CHECK(RiskCalculator::roundScore(66.5) == 67);
    CHECK(Risk::bandForScore(33) == RiskBand::Low);
    CHECK(Risk::bandForScore(34) == RiskBand::Medium);
    CHECK(Risk::bandForScore(66) == RiskBand::Medium);
    CHECK(Risk::bandForScore(67) == RiskBand::High);
    CHECK(Enums::key(RiskBand::Medium) == u"medium"_s);
    CHECK(Enums::fromKey<RiskBand>(u"high") == RiskBand::High);
}

TEST_CASE("weights_changedWeightIsStoredAuditedAndUsed", "[risk]")
{
    RiskFixture f;
    const qint64 i = makeThirtyThreeAndAHalf(f);
    RiskWeightsRepository repo(*f.t.db);
    CHECK(repo.load() == RiskWeights {});
    RiskWeights w;
    w[RiskIndicator::Funding] = 0;
    repo.save(w);
    CHECK(repo.load() == w);
    CHECK(
        Sql::scalar(f.t.db->connection(), u"SELECT value FROM settings WHERE key = 'risk.weight.funding'"_s).toString()
        == u"0"_s);
    const auto audit = AuditLog(*f.t.db).forRecord(u"settings"_s, 0);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().fields == QStringList {u"risk.weight.funding"_s});
    // Relative weights: (0.25 × 0.6 + 0.1 × 0.5 + 0.1 × 0.3) / 0.85 = 27.06 %.
    const RiskScore s = f.score(i);
    CHECK(s.score == 27);
    CHECK(s.contribution(RiskIndicator::Funding) == 0);
    CHECK(s.contribution(RiskIndicator::Concentration) == Approx(100 * 0.25 / 0.85 * 0.6));

    RiskWeights bad;
    bad[RiskIndicator::Momentum] = 1.5;
    CHECK(RiskWeightsRepository::validate(bad).first().field == u"momentum"_s);
    CHECK_THROWS_AS(repo.save(bad), ValidationError);
    RiskWeights zero;
    zero.values.fill(0);
    CHECK(RiskWeightsRepository::validate(zero).first().field == u"weights"_s);
    CHECK(repo.load() == w);
}

TEST_CASE("scoreAll_onlyRunningAndPausedInitiatives", "[risk]")
{
    RiskFixture f;
    QList<qint64> active;
    for (InitiativeStatus status : Enums::all<InitiativeStatus>()) {
        const qint64 id = f.initiative(Enums::key(status), [&](Initiative& i) { i.status = status; });
        if (status == InitiativeStatus::Running || status == InitiativeStatus::Paused) {
            active << id;
        }
    }
    QList<qint64> scored;
    for (const RiskScore& s : RiskEngine(*f.t.db).scoreAll({T, {}, {}, {}})) {
        scored << s.initiativeId;
        CHECK(s.wardCode == u"WK099901"_s);
    }
    std::sort(scored.begin(), scored.end());
    CHECK(scored == active);
}

namespace {
/// An initiative carried by three equal regulars; P holds the lead role with Q as backup. Scores 15 (k = 2).
struct ThreeCarriers
{
    qint64 p = 0, q = 0, r = 0, s = 0, bystander = 0, x = 0, y = 0;
    explicit ThreeCarriers(RiskFixture& f)
    {
        p = f.person(), q = f.person(), r = f.person(), s = f.person(), bystander = f.person();
        x = f.initiative(u"Drie dragers"_s);
        f.monthly(x, p, 4), f.monthly(x, q, 4), f.monthly(x, r, 4);
        f.role(x, u"lead"_s, p, q);
        // P only backs up a role in Y, which has enough people and stays below high.
        y = f.initiative(u"Breed gedragen"_s);
        f.monthly(y, bystander, 2), f.monthly(y, q, 2), f.monthly(y, r, 2), f.monthly(y, s, 2);
        f.role(y, u"keys"_s, bystander, p);
    }
};
} // namespace

TEST_CASE("whatIf_personStopsMovesInitiativeToHigh", "[risk]")
{
    RiskFixture f;
    const ThreeCarriers c(f);
    CHECK(f.score(c.x).score == 15);
    const WhatIf w = RiskEngine(*f.t.db).whatIfPersonStops(c.p, T);
    REQUIRE(w.changes.size() == 2);
    CHECK(w.movingToHigh() == QList<qint64> {c.x});
    for (const RiskChange& change : w.changes) {
        if (change.initiativeId == c.x) {
            CHECK(change.before.band == RiskBand::Low);
            // Q and R tie at 50%: k = 1; the lead role lost its holder: succession 1. The override applies.
            CHECK(change.after.value(RiskIndicator::Concentration) == 1);
            CHECK(change.after.value(RiskIndicator::Succession) == 1);
            CHECK(change.after.overridden);
            CHECK(change.after.topContributorId == c.q);
        } else {
            CHECK(change.initiativeId == c.y);
            CHECK(change.before.value(RiskIndicator::Succession) == 0);
            CHECK(change.after.value(RiskIndicator::Succession) == 1); // the backup is gone
            CHECK(change.after.band != RiskBand::High);
        }
    }
    // The same exclusion through scoreAll's options.
    RiskOptions options;
    options.referenceDate = T;
    options.initiativeId = c.x;
    options.excludedPersonIds = {c.p};
    const QList<RiskScore> excluded = RiskEngine(*f.t.db).scoreAll(options);
    REQUIRE(excluded.size() == 1);
    for (const RiskChange& change : w.changes) {
        if (change.initiativeId == c.x) {
            CHECK(excluded.first().score == change.after.score);
        }
    }
    CHECK(RiskEngine(*f.t.db).whatIfPersonStops(c.bystander, T).movingToHigh().isEmpty());
}

TEST_CASE("keyPersons_thoseWhoseLeavingMovesAnInitiativeToHigh", "[risk]")
{
    RiskFixture f;
    const ThreeCarriers c(f);
    const QList<KeyPerson> keys = RiskEngine(*f.t.db).keyPersons(f.ward, T);
    QList<qint64> ids;
    for (const KeyPerson& k : keys) {
        ids << k.personId;
        REQUIRE(k.changes.size() == 1);
        CHECK(k.changes.first().initiativeId == c.x);
    }
    std::sort(ids.begin(), ids.end());
    // R leaving leaves P and Q at 50% each (k = 1), but the lead role keeps its backup: not high.
    CHECK(ids == QList<qint64> {c.p, c.q});
    CHECK(keys.first().name.startsWith(u"Bewoner"_s));
    CHECK(RiskEngine(*f.t.db).keyPersons(f.otherWard, T).isEmpty());
}

TEST_CASE("trend_twelveMonthEndsFromTheActivityLog", "[risk]")
{
    RiskFixture f;
    const ThreeCarriers c(f);
    RiskEngine engine(*f.t.db);
    const QList<TrendPoint> points = engine.trend(f.ward, 12, T);
    REQUIRE(points.size() == 12);
    CHECK(points.first().date == QDate(2025, 6, 30));
    CHECK(points.last().date == QDate(2026, 5, 31));
    CHECK(RiskEngine::monthEnds(QDate(2026, 5, 31), 2) == QList<QDate> {QDate(2026, 4, 30), QDate(2026, 5, 31)});
    // Before any hours: both initiatives score 25 + 15 + 10 = 50 (succession 0: their roles have backups).
    CHECK(points.first().initiatives == 2);
    CHECK(points.first().averageScore == Approx(50));
    CHECK(points.first().medium == 2);
    // At the last month end everything equals a plain scoreAll at that date.
    double sum = 0;
    const QList<RiskScore> last = engine.scoreAll({QDate(2026, 5, 31), f.ward, {}, {}});
    for (const RiskScore& s : last) {
        sum += s.score;
    }
    CHECK(points.last().averageScore == Approx(sum / last.size()));
    CHECK(points.last().low == 2);
    CHECK(engine.trend(std::nullopt, 12, T).size() == 12);
}

TEST_CASE("scoreAll_agreesWithOneInitiativeAtATime", "[risk]")
{
    // scoreAll takes the other initiatives' top contributors from its own pass; a filtered call finds them with a
    // second, narrower pass. Both must give the same scores.
    RiskFixture f;
    const ThreeCarriers c(f);
    const qint64 z = f.initiative(u"Elders"_s, [&](Initiative& i) { i.wardId = f.otherWard; });
    f.monthly(z, c.q, 5, 3);
    f.role(z, u"lead"_s, c.p);
    RiskEngine engine(*f.t.db);
    const QList<RiskScore> all = engine.scoreAll({T, {}, {}, {}});
    REQUIRE(all.size() == 3);
    for (const RiskScore& s : all) {
        const RiskScore one = f.score(s.initiativeId);
        CHECK(one.values == s.values);
        CHECK(one.score == s.score);
        CHECK(one.explanations == s.explanations);
    }
}

TEST_CASE("keyPersons_equalToOneScopePerPersonAndInitiative", "[risk]")
{
    // keyPersons derives "without p" from everyone's hours in one pass; the reference is RiskQuery's scope per
    // (person, initiative) pair. They must agree on the small demo, for the municipality and for one ward, at dates
    // with different windows.
    TempDatabase t;
    DemoOptions options;
    options.referenceDate = QDate(2026, 6, 30);
    generateDemo(*t.db, options);
    RiskEngine engine(*t.db);
    const qint64 ward = Sql::scalar(t.db->connection(), u"SELECT min(id) FROM wards"_s).toLongLong();
    int found = 0;
    for (const QDate& date : {QDate(2026, 6, 30), QDate(2026, 2, 14), QDate(2025, 9, 1)}) {
        for (const std::optional<qint64> scope : {std::optional<qint64>(), std::optional<qint64>(ward)}) {
            INFO(date.toString(Qt::ISODate).toStdString() << (scope ? " one ward" : " all wards"));
            const RiskQuery query(*t.db, date);
            QList<RiskQuery::ScopeRow> rows;
            QList<qint64> candidates;
            QSet<qint64> initiatives;
            for (const auto& [pid, iid] : RiskQuery::keyPersonCandidates(*t.db, scope, date)) {
                if (candidates.isEmpty() || candidates.last() != pid) {
                    candidates << pid;
                }
                rows << RiskQuery::ScopeRow {int(candidates.size()), iid, pid};
                initiatives.insert(iid);
            }
            for (const qint64 iid : std::as_const(initiatives)) {
                rows << RiskQuery::ScopeRow {0, iid, 0};
            }
            QHash<qint64, RiskScore> before;
            std::map<qint64, QList<RiskScore>> expected;
            const QList<RiskFacts> facts = query.scopes(rows);
            for (const RiskFacts& fact : facts) {
                if (fact.scenario == 0) {
                    before.insert(fact.initiativeId, RiskCalculator::score(fact, date, engine.weights()));
                }
            }
            for (const RiskFacts& fact : facts) {
                const RiskScore s = RiskCalculator::score(fact, date, engine.weights());
                if (fact.scenario != 0 && s.band == RiskBand::High
                    && before.value(fact.initiativeId).band != RiskBand::High) {
                    expected[candidates.at(fact.scenario - 1)] << s;
                }
            }
            const QList<KeyPerson> keys = engine.keyPersons(scope, date);
            REQUIRE(size_t(keys.size()) == expected.size());
            found += int(keys.size());
            for (const KeyPerson& key : keys) {
                const QList<RiskScore> want = expected[key.personId];
                REQUIRE(key.changes.size() == want.size());
                for (qsizetype i = 0; i < want.size(); ++i) {
                    CHECK(key.changes.at(i).after.initiativeId == want.at(i).initiativeId);
                    CHECK(key.changes.at(i).after.values == want.at(i).values);
                    CHECK(key.changes.at(i).after.score == want.at(i).score);
                    CHECK(key.changes.at(i).after.explanations == want.at(i).explanations);
                }
            }
        }
    }
    CHECK(found > 10);
}
