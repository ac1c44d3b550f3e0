// Partners: saved and read back whole, unique by name and e-mail, and not removed while an agreement refers to them.
#include "core/Error.h"
#include "core/storage/AgreementRepository.h"
#include "core/storage/PartnerRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

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
