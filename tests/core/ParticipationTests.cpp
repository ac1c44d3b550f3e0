// Participation moments: counted per channel, with their participants, in a period.
#include "core/Error.h"
#include "core/storage/ParticipationRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

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
    digital.channel = u"digital"_s;
    CHECK(participation.count(digital) == 2);
}
