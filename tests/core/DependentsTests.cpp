// A ward, an initiative or a person that the issue-5 tables refer to cannot be deleted, and the refusal names what
// refers to it.
#include "core/Error.h"
#include "core/storage/AgreementRepository.h"
#include "core/storage/GoalRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ThemeRepository.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Register
{
    explicit Register(Database& db)
    {
        Ward w;
        w.code = u"WK036301"_s;
        w.name = u"Oosterpark"_s;
        wardId = WardRepository(db).insert(w);
        themeId = ThemeRepository(db).all().first().id;
        Initiative i;
        i.wardId = wardId;
        i.title = u"Buurtpreventie"_s;
        initiativeId = InitiativeRepository(db).insert(i);
        Person p;
        p.firstName = u"Anne"_s;
        p.lastName = u"Jansen"_s;
        personId = PersonRepository(db).insert(p);
        Partner partner;
        partner.name = u"Politie"_s;
        partnerId = PartnerRepository(db).insert(partner);
    }
    qint64 wardId = 0;
    qint64 themeId = 0;
    qint64 initiativeId = 0;
    qint64 personId = 0;
    qint64 partnerId = 0;
};

QString refusal(const std::function<void()>& remove)
{
    try {
        remove();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

Offer offer(const Register& r)
{
    Offer o;
    o.wardId = r.wardId;
    o.themeId = r.themeId;
    o.description = u"Koffieochtend"_s;
    return o;
}

} // namespace

TEST_CASE("wards_deleteRefusedWhileAgreementsGoalsParticipationOrTheSupportMapReferToIt", "[dependents]")
{
    TempDatabase t;
    Register r(*t.db);
    InitiativeRepository(*t.db).remove(r.initiativeId);
    WardRepository wards(*t.db);
    CHECK(wards.dependents(r.wardId).isEmpty());

    Agreement a;
    a.partnerId = r.partnerId;
    a.title = u"Veilige buurt"_s;
    a.wardIds = {r.wardId};
    AgreementRepository(*t.db).insert(a);
    WardGoal g;
    g.wardId = r.wardId;
    g.indicator = u"Ervaren veiligheid"_s;
    g.target = 7.5;
    GoalRepository(*t.db).insert(g);
    ParticipationMoment m;
    m.wardId = r.wardId;
    m.date = QDate(2025, 3, 1);
    m.participants = 40;
    ParticipationRepository(*t.db).insert(m);
    NeedRepository needRepo(*t.db);
    OfferRepository offerRepo(*t.db);
    Need n;
    n.wardId = r.wardId;
    n.themeId = r.themeId;
    n.description = u"Ontmoetingsplek"_s;
    needRepo.insert(n);
    Offer o = offer(r);
    o.partnerId = r.partnerId;
    offerRepo.insert(o);

    const QString deps = wards.dependents(r.wardId).join(u"; "_s);
    CHECK(deps.contains(u"1 agreement"_s));
    CHECK(deps.contains(u"1 ward goal"_s));
    CHECK(deps.contains(u"1 participation moment"_s));
    CHECK(deps.contains(u"1 need"_s));
    CHECK(deps.contains(u"1 offer"_s));
    const QString message = refusal([&] { wards.remove(r.wardId); });
    CHECK(message.contains(u"agreement"_s));
    CHECK(message.contains(u"ward goal"_s));
    CHECK(wards.find(r.wardId));
}

TEST_CASE("initiatives_deleteRefusedWhileAgreementsOrOffersReferToIt", "[dependents]")
{
    TempDatabase t;
    Register r(*t.db);
    InitiativeRepository initiatives(*t.db);
    CHECK(initiatives.dependents(r.initiativeId).isEmpty());

    Agreement a;
    a.partnerId = r.partnerId;
    a.title = u"Veilige buurt"_s;
    a.wardIds = {r.wardId};
    a.initiativeIds = {r.initiativeId};
    const qint64 agreementId = AgreementRepository(*t.db).insert(a);
    Offer o = offer(r);
    o.initiativeId = r.initiativeId;
    OfferRepository(*t.db).insert(o);

    const QString deps = initiatives.dependents(r.initiativeId).join(u"; "_s);
    CHECK(deps.contains(u"1 agreement"_s));
    CHECK(deps.contains(u"1 offer"_s));
    CHECK(refusal([&] { initiatives.remove(r.initiativeId); }).contains(u"agreement"_s));
    CHECK(initiatives.find(r.initiativeId));

    // Once nothing refers to it any more, it goes.
    AgreementRepository(*t.db).remove(agreementId);
    const auto offers = OfferRepository(*t.db).list(ListQuery {}, 0, 10);
    OfferRepository(*t.db).remove(offers.first().id);
    CHECK(initiatives.dependents(r.initiativeId).isEmpty());
    initiatives.remove(r.initiativeId);
    CHECK_FALSE(initiatives.find(r.initiativeId));
}

TEST_CASE("persons_deleteRefusedWhileTheyMakeAnOffer", "[dependents]")
{
    TempDatabase t;
    Register r(*t.db);
    PersonRepository persons(*t.db);
    CHECK(persons.dependents(r.personId).isEmpty());
    Offer o = offer(r);
    o.personId = r.personId;
    OfferRepository(*t.db).insert(o);
    CHECK(persons.dependents(r.personId).join(u"; "_s).contains(u"1 offer"_s));
    CHECK(refusal([&] { persons.remove(r.personId); }).contains(u"offer"_s));
    CHECK(persons.find(r.personId));
}
