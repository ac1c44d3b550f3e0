#include "core/csv/CsvExporter.h"
#include "core/demo/DemoGenerator.h"
#include "core/report/ReportBuilder.h"
#include "core/risk/RiskCalculator.h"
#include "core/risk/RiskEngine.h"
#include "core/risk/SuccessionAdvisor.h"
#include "core/signals/Calendar.h"
#include "core/signals/SignalService.h"
#include "core/storage/ActivityRepository.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/WardRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QDate T(2026, 6, 15);

/// Hand-built wards, initiatives, persons, involvements, roles and hours through the real repositories.
struct Fixture
{
    TempDatabase t;
    qint64 ward = 0;
    qint64 otherWard = 0;
    int personCount = 0;

    Fixture()
    {
        ward = Build::addWard(*t.db, u"WK099901"_s, u"Lindeveen"_s);
        otherWard = Build::addWard(*t.db, u"WK099902"_s, u"Oosterhout"_s);
    }
    qint64 initiative(const QString& title, const std::function<void(Initiative&)>& edit = {})
    {
        Initiative i;
        i.wardId = ward;
        i.title = title;
        i.status = InitiativeStatus::Running;
        i.startDate = QDate(2024, 1, 1);
        if (edit) {
            edit(i);
        }
        return InitiativeRepository(*t.db).insert(i);
    }
    qint64 person(const QString& first = u"Bewoner"_s, const std::function<void(Person&)>& edit = {})
    {
        Person p;
        p.firstName = first;
        p.lastName = QString::number(++personCount);
        p.wardId = ward;
        if (edit) {
            edit(p);
        }
        return PersonRepository(*t.db).insert(p);
    }
    qint64 involve(qint64 personId, qint64 initiativeId, InvolvementRole role, const QDate& from = {2024, 1, 1},
                   const QDate& until = {}, std::optional<LeavingReason> reason = {})
    {
        return Build::addInvolvement(*t.db, personId, initiativeId, role, from, until, reason);
    }
    void hours(qint64 initiativeId, qint64 personId, const QDate& date, double h)
    {
        ActivityRepository(*t.db).setHours(initiativeId,
                                           {Activity {personId, initiativeId, date, static_cast<int>(h * 4), {}}});
    }
    /// `h` hours on the first day of `months` months from `first` on.
    void monthly(qint64 initiativeId, qint64 personId, double h, int months, const QDate& first)
    {
        Build::addMonthlyHours(*t.db, initiativeId, personId, h, months, first);
    }
    /// A new person involved in the initiative in `role` from `from` on, with `h` hours on the first day of `months`
    /// months from `first` on.
    qint64 carrier(qint64 initiativeId, const QString& first, InvolvementRole role, double h, int months,
                   const QDate& firstMonth, const QDate& from = {2024, 1, 1})
    {
        const qint64 id = person(first);
        involve(id, initiativeId, role, from);
        monthly(initiativeId, id, h, months, firstMonth);
        return id;
    }
    /// The one signal of a kind at T; the test stops when there is not exactly one.
    Signal onlySignal(SignalKind kind) const
    {
        const QList<Signal> list = signalsOf(kind);
        REQUIRE(list.size() == 1);
        return list.first();
    }
    qint64 role(qint64 initiativeId, const QString& name, std::optional<qint64> holder,
                std::optional<qint64> backup = {})
    {
        return Build::addRole(*t.db, initiativeId, name, holder, backup);
    }
    QList<Signal> signalsOf(SignalKind kind, const QDate& date = T) const
    {
        SignalQuery query;
        query.referenceDate = date;
        return SignalService(*t.db).ofKind(kind, query);
    }
};

QStringList texts(const QList<Signal>& list)
{
    QStringList result;
    for (const Signal& s : list) {
        result << s.text;
    }
    return result;
}

} // namespace

TEST_CASE("continuity_movedToHigh_appearsWithItsReasonAndDisappears", "[continuity][signals]")
{
    Fixture f;
    const QList<qint64> p {f.person(), f.person(), f.person()};
    // Three equal carriers with a backed-up role all year: low. In June two of them stop: at 31 May it was low.
    const qint64 x = f.initiative(u"Buurttuin"_s);
    for (qint64 id : p) {
        f.involve(id, x, InvolvementRole::Core);
    }
    f.role(x, u"lead"_s, p[0], p[1]);
    f.monthly(x, p[0], 4, 12, QDate(2025, 6, 1));
    f.monthly(x, p[1], 4, 12, QDate(2025, 6, 1));
    f.monthly(x, p[2], 4, 12, QDate(2025, 6, 1));
    CHECK(f.signalsOf(SignalKind::MovedToHigh).isEmpty());

    // Halfway through: P0 alone carries on, the backup P1 leaves the role and the hours fall away.
    Sql::exec(f.t.db->connection(), u"DELETE FROM activities WHERE person_id <> ? AND date >= '2025-12-01'"_s, {p[0]});
    CriticalRole r = CriticalRoleRepository(*f.t.db).forInitiative(x).constFirst().role;
    r.backupId.reset();
    CriticalRoleRepository(*f.t.db).update(r);
    const RiskScore now = *RiskEngine(*f.t.db).score(x, T);
    REQUIRE(now.band == RiskBand::High);
    const RiskScore before = *RiskEngine(*f.t.db).score(x, QDate(2026, 5, 31));
    if (before.band != RiskBand::High) {
        const Signal moved = f.onlySignal(SignalKind::MovedToHigh);
        CHECK(moved.entity == SignalEntity::Initiative);
        CHECK(moved.entityId == x);
        CHECK(moved.severity == Severity::High);
        CHECK(moved.text.contains(u"moved to high risk"_s));
        CHECK(moved.text.contains(u"Buurttuin"_s));
    }
    // The month after, it was already high at the previous month end: the signal is gone.
    CHECK(f.signalsOf(SignalKind::MovedToHigh, QDate(2026, 7, 15)).isEmpty());
}

TEST_CASE("continuity_movedToHigh_aNewInitiativeAtHighRiskIsSignalled", "[continuity][signals]")
{
    Fixture f;
    const qint64 fresh = f.initiative(u"Nieuw plan"_s, [](Initiative& i) { i.startDate = QDate(2026, 6, 2); });
    const Signal moved = f.onlySignal(SignalKind::MovedToHigh);
    CHECK(moved.entityId == fresh);
    // No people and no roles: the override's reason says so, and never "one person".
    CHECK(moved.text
          == u"New initiative “Nieuw plan” is at high risk (score 65). High by the override rule (concentration and "
             "succession both at their maximum): nobody registered hours in the last 12 months and no critical role "
             "is registered."_s);
    CHECK_FALSE(moved.text.contains(u"one person"_s));
    // Stopped: not active, no signal.
    Initiative i = *InitiativeRepository(*f.t.db).find(fresh);
    i.status = InitiativeStatus::Stopped;
    InitiativeRepository(*f.t.db).update(i);
    CHECK(f.signalsOf(SignalKind::MovedToHigh).isEmpty());
}

TEST_CASE("continuity_keyPerson_appearsAndDisappears", "[continuity][signals]")
{
    Fixture f;
    const qint64 x = f.initiative(u"Repaircafé"_s);
    const qint64 anna = f.carrier(x, u"Anna"_s, InvolvementRole::Lead, 4, 12, QDate(2025, 7, 1));
    const qint64 bas = f.carrier(x, u"Bas"_s, InvolvementRole::Core, 4, 12, QDate(2025, 7, 1));
    const qint64 role = f.role(x, u"lead"_s, anna, bas);
    // Without Bas, Anna carries it alone and the role has no backup: high. Without Anna likewise.
    QList<Signal> list = f.signalsOf(SignalKind::KeyPerson);
    REQUIRE(list.size() == 2);
    for (const Signal& s : list) {
        CHECK(s.entity == SignalEntity::Person);
        CHECK(s.initiativeId == x);
        CHECK(s.wards == u"Lindeveen"_s);
    }
    CHECK(texts(list).contains(u"Anna 1 is a key person: if they stop, “Repaircafé” moves to high risk."_s));
    // Two more regular carriers: whoever stops, three remain (k = 2) and the score stays below high.
    for (const QString& name : {u"Cor"_s, u"Dirk"_s}) {
        f.carrier(x, name, InvolvementRole::Core, 4, 12, QDate(2025, 7, 1));
    }
    Q_UNUSED(role);
    CHECK(f.signalsOf(SignalKind::KeyPerson).isEmpty());
}

TEST_CASE("continuity_roleWithoutBackup_appearsWithSuggestionsAndDisappears", "[continuity][signals][succession]")
{
    Fixture f;
    const qint64 x = f.initiative(u"Speeltuin"_s);
    const qint64 holder = f.carrier(x, u"Henk"_s, InvolvementRole::Lead, 3, 12, QDate(2025, 7, 1));
    const qint64 helper = f.carrier(x, u"Ilse"_s, InvolvementRole::AdHoc, 1, 4, QDate(2026, 3, 1));
    const qint64 role = f.role(x, u"treasurer"_s, holder);
    const Signal signal = f.onlySignal(SignalKind::RoleWithoutBackup);
    CHECK(signal.criticalRoleId == role);
    CHECK(signal.entity == SignalEntity::Initiative);
    CHECK(signal.entityId == x);
    CHECK(signal.text
          == u"The critical role “treasurer” of “Speeltuin” has no backup (held by Henk 1). Suggested: Ilse 2."_s);
    REQUIRE(signal.suggestions.size() == 1);
    CHECK(signal.suggestions.first().personId == helper);
    // The backup set: gone.
    CriticalRole r = *CriticalRoleRepository(*f.t.db).find(role);
    r.backupId = helper;
    CriticalRoleRepository(*f.t.db).update(r);
    CHECK(f.signalsOf(SignalKind::RoleWithoutBackup).isEmpty());
}

TEST_CASE("continuity_fundingEnding_appearsWithinSixMonthsWithoutFollowUp", "[continuity][signals]")
{
    Fixture f;
    const qint64 x = f.initiative(u"Wijkkrant"_s, [](Initiative& i) { i.fundingEnd = QDate(2026, 8, 1); });
    f.initiative(u"Later"_s, [](Initiative& i) { i.fundingEnd = QDate(2027, 1, 1); });
    f.initiative(u"Voorbij"_s, [](Initiative& i) { i.fundingEnd = QDate(2026, 6, 14); });
    const Signal ending = f.onlySignal(SignalKind::FundingEnding);
    CHECK(ending.entityId == x);
    CHECK(ending.severity == Severity::High); // within 3 months
    CHECK(ending.date == QDate(2026, 8, 1));
    // Within 6 months but beyond 3: medium.
    for (const Signal& s : f.signalsOf(SignalKind::FundingEnding, QDate(2026, 4, 15))) {
        CHECK(s.severity == (s.entityId == x ? Severity::Medium : Severity::High));
    }
    Initiative i = *InitiativeRepository(*f.t.db).find(x);
    i.followUpFunding = true;
    InitiativeRepository(*f.t.db).update(i);
    CHECK(f.signalsOf(SignalKind::FundingEnding).isEmpty());
}

TEST_CASE("continuity_leadInactive_appearsAfterThreeMonthsWithoutHours", "[continuity][signals]")
{
    Fixture f;
    const qint64 x = f.initiative(u"Moestuin"_s);
    // Last hours on 1 February 2026.
    const qint64 lead = f.carrier(x, u"Loes"_s, InvolvementRole::Lead, 3, 6, QDate(2025, 9, 1), QDate(2025, 1, 1));
    const Signal signal = f.onlySignal(SignalKind::LeadInactive);
    CHECK(signal.entity == SignalEntity::Person);
    CHECK(signal.entityId == lead);
    CHECK(signal.initiativeId == x);
    CHECK(signal.date == QDate(2026, 2, 1));
    CHECK(signal.text.contains(u"Loes 1, lead of “Moestuin”"_s));
    // Hours within the last 3 months: gone.
    f.hours(x, lead, QDate(2026, 4, 1), 2);
    CHECK(f.signalsOf(SignalKind::LeadInactive).isEmpty());
    // A lead who started only last month is not inactive for 3 months yet.
    const qint64 newLead = f.person(u"Nina"_s);
    const qint64 y = f.initiative(u"Koor"_s);
    f.involve(newLead, y, InvolvementRole::Lead, QDate(2026, 6, 1));
    CHECK(f.signalsOf(SignalKind::LeadInactive).isEmpty());
}

TEST_CASE("continuity_signalsLeadTheHomeScreen", "[continuity][signals]")
{
    Fixture f;
    f.initiative(u"Wijkkrant"_s, [](Initiative& i) { i.fundingEnd = QDate(2026, 12, 1); });
    Sql::exec(f.t.db->connection(), u"INSERT INTO frameworks(title, review_by) VALUES('Oud kader', '2020-01-01')"_s);
    SignalQuery query;
    query.referenceDate = T;
    const QList<Signal> all = SignalService(*f.t.db).collect(query);
    REQUIRE(all.size() >= 2);
    CHECK(all.first().isContinuity());
    CHECK_FALSE(all.last().isContinuity());
}

TEST_CASE("succession_rankingPinnedOnHandBuiltData", "[continuity][succession]")
{
    Fixture f;
    const qint64 x = f.initiative(u"Buurthuis"_s);
    const qint64 holder = f.carrier(x, u"Houder"_s, InvolvementRole::Lead, 4, 12, QDate(2025, 7, 1));
    const qint64 role = f.role(x, u"treasurer"_s, holder);
    const qint64 other = f.initiative(u"Elders"_s);
    // A: involved, 10 months. B: lives in the ward, 10 months, skill penningmeester. C: involved, 10 months, skill,
    // already holds a role elsewhere. D: involved, 12 months. E: inactive for 7 months. F: other ward, not involved.
    const qint64 a = f.person(u"Aad"_s);
    const qint64 b = f.person(u"Bea"_s, [](Person& p) { p.skills = {u"koken"_s, u"Penningmeester"_s}; });
    const qint64 c = f.person(u"Cas"_s, [](Person& p) { p.skills = {u"penningmeester"_s}; });
    const qint64 d = f.person(u"Dirk"_s);
    const qint64 e = f.person(u"Els"_s);
    const qint64 g = f.person(u"Fien"_s, [&](Person& p) { p.wardId = f.otherWard; });
    for (qint64 id : {a, c, d, e}) {
        f.involve(id, x, InvolvementRole::Core);
    }
    f.involve(b, other, InvolvementRole::Core);
    f.involve(g, other, InvolvementRole::Core);
    f.monthly(x, a, 1, 10, QDate(2025, 9, 1));
    f.monthly(other, b, 1, 10, QDate(2025, 9, 1));
    f.monthly(x, c, 1, 10, QDate(2025, 9, 1));
    f.monthly(x, d, 1, 12, QDate(2025, 7, 1));
    f.monthly(x, e, 1, 5, QDate(2025, 7, 1)); // last hours 1 November 2025
    f.monthly(other, g, 1, 12, QDate(2025, 7, 1));
    f.role(other, u"keys"_s, c);

    const QList<SuccessorSuggestion> list = SuccessionAdvisor(*f.t.db).suggestFor(role, T);
    REQUIRE(list.size() == 3);
    // Months first (D), then the skill (B, C), then fewer roles (B before C); A falls off the top three.
    CHECK(list.at(0).personId == d);
    CHECK(list.at(1).personId == b);
    CHECK(list.at(2).personId == c);
    CHECK(list.at(0).rank == 1);
    CHECK(list.at(0).reason
          == u"Involved in the initiative, active in 12 of the last 12 months, holds no critical role yet."_s);
    CHECK(list.at(1).reason
          == u"Lives in the ward, active in 10 of the last 12 months, has the skill “Penningmeester”, holds no "
             "critical role yet."_s);
    CHECK(list.at(2).reason
          == u"Involved in the initiative, active in 10 of the last 12 months, has the skill “penningmeester”, "
             "already holds or backs up 1 critical role(s)."_s);
    CHECK(SuccessionAdvisor::fittingSkill(u"keys"_s, u"koken, Sleutelbeheer"_s) == u"Sleutelbeheer"_s);
    CHECK(SuccessionAdvisor::fittingSkill(u"EHBO-post"_s, u"EHBO"_s).isEmpty());
    CHECK(SuccessionAdvisor::fittingSkill(u"EHBO"_s, u"ehbo"_s) == u"ehbo"_s);
    // The holder is never suggested; a role with a backup gets no suggestions.
    CriticalRole r = *CriticalRoleRepository(*f.t.db).find(role);
    r.backupId = d;
    CriticalRoleRepository(*f.t.db).update(r);
    CHECK(SuccessionAdvisor(*f.t.db).suggestFor(role, T).isEmpty());
}

TEST_CASE("explanations_trueForTheEdgeCases", "[continuity][risk]")
{
    Fixture f;
    // No people at all and no roles: high by the override, but not "one person, no backup".
    const qint64 empty = f.initiative(u"Leeg"_s);
    RiskScore s = *RiskEngine(*f.t.db).score(empty, T);
    CHECK(s.overridden);
    CHECK(RiskCalculator::overrideLabel(s) == u"override: no hours, no critical role"_s);
    CHECK(RiskCalculator::overrideReason(s)
          == u"High by the override rule (concentration and succession both at their maximum): nobody registered "
             "hours in the last 12 months and no critical role is registered."_s);
    // fits_framework unknown: the sentence says unknown, not "fits".
    CHECK(s.explanation(RiskIndicator::Embedding)
          == u"Fit with the policy framework unknown; no linked agreement ends within 6 months"_s);
    // Outside the framework with an owner: not "embedded".
    const qint64 outside = f.initiative(u"Buiten"_s, [](Initiative& i) {
        i.fitsFramework = FitsFramework::No;
        i.followUp.owner = u"J. Jansen"_s;
        i.leadType = LeadType::Municipality;
    });
    s = *RiskEngine(*f.t.db).score(outside, T);
    CHECK(s.explanation(RiskIndicator::Embedding)
          == u"Outside the policy framework, with a follow-up owner; no linked agreement ends within 6 months; the "
             "municipality leads the initiative"_s);
    const qint64 fits = f.initiative(u"Past"_s, [](Initiative& i) {
        i.fitsFramework = FitsFramework::Yes;
        i.fundingEnd = T;
    });
    s = *RiskEngine(*f.t.db).score(fits, T);
    CHECK(s.explanation(RiskIndicator::Embedding)
          == u"Fits the policy framework; no linked agreement ends within 6 months"_s);
    CHECK(s.explanation(RiskIndicator::Funding) == u"Funding ends today without follow-up funding"_s);
    // One person with a role without backup: that is what the override says.
    const qint64 solo = f.initiative(u"Solo"_s);
    const qint64 p = f.carrier(solo, u"Sam"_s, InvolvementRole::Lead, 2, 12, QDate(2025, 7, 1));
    f.role(solo, u"lead"_s, p);
    s = *RiskEngine(*f.t.db).score(solo, T);
    CHECK(s.overridden);
    CHECK(RiskCalculator::overrideLabel(s) == u"override: one person, no backup"_s);
    CHECK(RiskCalculator::overrideReason(s).endsWith(
        u"one person provides at least half of the hours and no critical role has a backup."_s));
    // The register names the top contributor; the plain sentence (reports) does not.
    CHECK(RiskCalculator::namedExplanation(s, RiskIndicator::Concentration, u"Sam 1"_s)
          == u"Sam 1 provides 100% of the hours"_s);
    CHECK(s.explanation(RiskIndicator::Concentration) == u"One resident provides 100% of the hours"_s);
    CHECK(RiskCalculator::namedExplanation(s, RiskIndicator::KeyPersonLoad, u"Sam 1"_s)
          == u"Sam 1, the top contributor, carries no other initiative"_s);
    // A backup for the role: not overridden, no reason, no label.
    const qint64 q = f.carrier(solo, u"Quinten"_s, InvolvementRole::Core, 1, 12, QDate(2025, 7, 1));
    CriticalRole r = CriticalRoleRepository(*f.t.db).forInitiative(solo).constFirst().role;
    r.backupId = q;
    CriticalRoleRepository(*f.t.db).update(r);
    s = *RiskEngine(*f.t.db).score(solo, T);
    CHECK_FALSE(s.overridden);
    CHECK(RiskCalculator::overrideReason(s).isEmpty());
    CHECK(RiskCalculator::overrideLabel(s).isEmpty());
}

TEST_CASE("trend_onePassEqualsScoreAllAtEveryMonthEnd", "[continuity][risk]")
{
    TempDatabase t;
    DemoOptions options;
    options.size = DemoOptions::Size::Small;
    options.referenceDate = QDate(2026, 9, 10);
    generateDemo(*t.db, options);
    const RiskEngine engine(*t.db);
    const QList<QDate> ends = RiskEngine::monthEnds(options.referenceDate, 12);
    CHECK(ends.first() == QDate(2025, 9, 30));
    const QList<QList<RiskScore>> all = engine.scoresAtMonthEnds(std::nullopt, ends);
    REQUIRE(all.size() == 12);
    const qint64 ward = all.last().first().wardId;
    const QList<QList<RiskScore>> ofWard = engine.scoresAtMonthEnds(ward, ends);
    for (int e = 0; e < ends.size(); ++e) {
        const QList<RiskScore> direct = engine.scoreAll({ends.at(e), {}, {}, {}});
        REQUIRE(all.at(e).size() == direct.size());
        for (int i = 0; i < direct.size(); ++i) {
            INFO(ends.at(e).toString(Qt::ISODate).toStdString() << " " << direct.at(i).title.toStdString());
            CHECK(all.at(e).at(i).initiativeId == direct.at(i).initiativeId);
            CHECK(all.at(e).at(i).values == direct.at(i).values);
            CHECK(all.at(e).at(i).score == direct.at(i).score);
            CHECK(all.at(e).at(i).explanations == direct.at(i).explanations);
        }
        const QList<RiskScore> directWard = engine.scoreAll({ends.at(e), ward, {}, {}});
        REQUIRE(ofWard.at(e).size() == directWard.size());
        for (int i = 0; i < directWard.size(); ++i) {
            CHECK(ofWard.at(e).at(i).values == directWard.at(i).values);
        }
    }
    // The window before a month end is whole months: after 31 March for 30 September.
    CHECK(Risk::monthsBefore(QDate(2026, 9, 30), 6) == QDate(2026, 3, 31));
    CHECK(Risk::monthsBefore(QDate(2026, 2, 28), 6) == QDate(2025, 8, 31));
    CHECK(Risk::monthsBefore(QDate(2026, 6, 15), 12) == QDate(2025, 6, 15));
}

TEST_CASE("pipeline_movesNewcomersAndLeaversWithReasons", "[continuity][succession]")
{
    Fixture f;
    const qint64 x = f.initiative(u"Buurtpreventie"_s);
    const qint64 up1 = f.person(u"Ad"_s);
    f.involve(up1, x, InvolvementRole::AdHoc, QDate(2024, 3, 1), QDate(2025, 9, 30));
    f.involve(up1, x, InvolvementRole::Core, QDate(2025, 10, 1));
    const qint64 up2 = f.person(u"Ko"_s);
    f.involve(up2, x, InvolvementRole::Core, QDate(2024, 3, 1), QDate(2026, 1, 31));
    f.involve(up2, x, InvolvementRole::Lead, QDate(2026, 2, 1));
    const qint64 fresh = f.person(u"Nieuw"_s);
    f.involve(fresh, x, InvolvementRole::AdHoc, QDate(2026, 1, 1));
    const qint64 gone = f.person(u"Weg"_s);
    f.involve(gone, x, InvolvementRole::Core, QDate(2024, 1, 1), QDate(2026, 3, 1), LeavingReason::Moved);
    const qint64 gone2 = f.person(u"Ook weg"_s);
    f.involve(gone2, x, InvolvementRole::AdHoc, QDate(2024, 1, 1), QDate(2026, 4, 1));
    const qint64 longAgo = f.person(u"Lang geleden"_s);
    f.involve(longAgo, x, InvolvementRole::AdHoc, QDate(2023, 1, 1), QDate(2024, 4, 1), LeavingReason::Health);
    const QList<ContinuitySql::Pipeline> list = SuccessionAdvisor(*f.t.db).pipeline(f.ward, T);
    REQUIRE(list.size() == 1);
    const ContinuitySql::Pipeline& p = list.first();
    CHECK(p.adHocToCore == 1);
    CHECK(p.coreToLead == 1);
    CHECK(p.newcomers == 1);
    CHECK(p.leavers == 2);
    CHECK(p.reasons[size_t(LeavingReason::Moved)] == 1);
    CHECK(p.reasons[size_t(LeavingReason::Unknown)] == 1);
    CHECK(p.reasons[size_t(LeavingReason::Health)] == 0);
    // The reason needs an end date; it is stored and read back.
    CHECK_FALSE(InvolvementRepository(*f.t.db)
                    .validate({0, fresh, x, InvolvementRole::Core, QDate(2026, 1, 1), {}, LeavingReason::Time})
                    .isEmpty());
    bool found = false;
    for (const InvolvementRow& row : InvolvementRepository(*f.t.db).forPerson(gone, T)) {
        found = found || row.involvement.leavingReason == LeavingReason::Moved;
    }
    CHECK(found);
}

namespace {

QJsonArray parseIcs(const QString& path)
{
    QProcess python;
    const QString script = QStringLiteral(ICS_PARSE_CHECK);
    // Debian's python3-icalendar is installed for the system Python.
    python.start(QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s, {script, path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

TEST_CASE("calendar_rfc5545ParsedByIcalendarAndUidsStable", "[continuity][calendar]")
{
    Fixture f;
    f.t.db->setMunicipality(u"Gemeente Oudé-Haven"_s);
    f.initiative(u"Wijkkrant; nieuws, en meer \\ een heel lange titel die de regel van 75 octetten ruim overschrijdt: "
                 "ëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëë"_s,
                 [](Initiative& i) { i.fundingEnd = QDate(2026, 9, 1); });
    f.initiative(u"Gestopt"_s, [](Initiative& i) {
        i.fundingEnd = QDate(2026, 9, 1);
        i.status = InitiativeStatus::Stopped;
    });
    f.initiative(u"Buiten kader"_s, [](Initiative& i) {
        i.fitsFramework = FitsFramework::No;
        i.followUp.deadline = QDate(2026, 7, 1);
        i.followUp.department = u"Openbare ruimte"_s;
    });
    const QSqlDatabase c = f.t.db->connection();
    Sql::exec(c, u"INSERT INTO partners(id, name) VALUES(1, 'Welzijn Lindeveen')"_s);
    Sql::exec(c,
              u"INSERT INTO agreements(partner_id, title, end_date, next_evaluation, status) "
              "VALUES(1, 'Schone portieken', '2026-12-31', '2026-10-01', 'active')"_s);
    REQUIRE(Calendar::eventCount(*f.t.db) == 4);

    const QString path = f.t.path(u"a.ics"_s);
    const auto write = [&](const QDateTime& stamp) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(Calendar::ics(*f.t.db, stamp));
    };
    write(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC));
    const QJsonArray first = parseIcs(path);
    REQUIRE(first.size() == 4);
    QStringList uids;
    bool sawLongTitle = false;
    for (const QJsonValue& v : first) {
        const QJsonObject e = v.toObject();
        uids << e[u"uid"_s].toString();
        if (e[u"summary"_s].toString().startsWith(u"Funding ends: Wijkkrant; nieuws, en meer \\ een"_s)) {
            sawLongTitle = true;
            CHECK(e[u"start"_s].toString() == u"2026-09-01"_s);
            CHECK(e[u"end"_s].toString() == u"2026-09-02"_s);
            CHECK(e[u"summary"_s].toString().endsWith(u"ëëë (Lindeveen)"_s));
        }
    }
    CHECK(sawLongTitle);
    CHECK(uids.contains(u"evaluation-1.gemeente-oude-haven@wijkregie"_s));
    CHECK(uids.contains(u"agreement-end-1.gemeente-oude-haven@wijkregie"_s));

    // A changed date and a later export: the same UIDs, so that a calendar updates the events.
    Sql::exec(c, u"UPDATE agreements SET next_evaluation = '2026-11-01'"_s);
    write(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
    QStringList again;
    for (const QJsonValue& v : parseIcs(path)) {
        again << v.toObject()[u"uid"_s].toString();
        if (v.toObject()[u"uid"_s].toString().startsWith(u"evaluation-"_s)) {
            CHECK(v.toObject()[u"start"_s].toString() == u"2026-11-01"_s);
        }
    }
    CHECK(again == uids);

    CHECK(Calendar::escapeText(u"a;b,c\\d\ne\r\nf"_s) == u"a\\;b\\,c\\\\d\\ne\\nf"_s);
    const QByteArray folded = Calendar::foldLine(QString(80, u'é'));
    for (const QByteArray& line : folded.split('\n')) {
        CHECK(line.size() <= 76); // 75 octets and the CR
    }
    CHECK(folded.endsWith("\r\n"));
}

TEST_CASE("involvements_csvCarriesTheLeavingReason", "[continuity][csv]")
{
    Fixture f;
    const qint64 x = f.initiative(u"Buurtpreventie"_s);
    const qint64 p = f.person();
    f.involve(p, x, InvolvementRole::Core, QDate(2024, 1, 1), QDate(2026, 3, 1), LeavingReason::Conflict);
    CHECK(Sql::scalar(f.t.db->connection(), u"SELECT leaving_reason FROM involvements"_s).toString() == u"conflict"_s);
    CHECK(f.t.db->schemaVersion() == Database::LatestSchemaVersion);
}

TEST_CASE("report_successionAndPipelinePseudonymised", "[continuity][report]")
{
    Fixture f;
    const qint64 x = f.initiative(u"Speeltuin"_s);
    const qint64 holder = f.carrier(x, u"Henk"_s, InvolvementRole::Lead, 3, 12, QDate(2025, 7, 1));
    f.carrier(x, u"Ilse"_s, InvolvementRole::AdHoc, 1, 4, QDate(2026, 3, 1), QDate(2026, 2, 1));
    f.role(x, u"treasurer"_s, holder);
    const qint64 gone = f.person(u"Gijs"_s);
    f.involve(gone, x, InvolvementRole::Core, QDate(2024, 1, 1), QDate(2026, 3, 1), LeavingReason::Health);
    ReportRequest r;
    r.wardIds = {f.ward};
    r.from = QDate(2026, 1, 1);
    r.to = T;
    r.today = T;
    const Report::Document anonymous = ReportBuilder(*f.t.db).build(r);
    REQUIRE(anonymous.wards.size() == 1);
    const Report::WardSection& w = anonymous.wards.first();
    REQUIRE(w.succession.size() == 1);
    CHECK(w.succession.first().initiative == u"Speeltuin"_s);
    CHECK(w.succession.first().role == u"treasurer"_s);
    CHECK(w.succession.first().holder.startsWith(u"Resident "_s));
    REQUIRE(w.succession.first().candidates.size() == 1);
    CHECK(w.succession.first().candidates.first().startsWith(u"Resident "_s));
    CHECK_FALSE(w.succession.first().candidates.first().contains(u"Ilse"_s));
    CHECK(w.pipeline.newcomers == 1);
    CHECK(w.pipeline.leavers == 1);
    REQUIRE(w.pipeline.reasons.size() == 1);
    CHECK(w.pipeline.reasons.first().label == u"health"_s);
    r.withNames = true;
    const Report::Document named = ReportBuilder(*f.t.db).build(r);
    CHECK(named.wards.first().succession.first().candidates.first().startsWith(u"Ilse 2: "_s));
}
