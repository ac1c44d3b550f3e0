// The support map: an offer has exactly one provider, and gaps follow the active offers.
#include "core/Error.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/ThemeRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

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
    gaps.needState = u"gap"_s;
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
