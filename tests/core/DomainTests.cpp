#include "core/domain/Enums.h"
#include "core/domain/Money.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("money_formatsAndParsesDutchNotation", "[money]")
{
    const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
    CHECK(Money::format(123450, nl) == u"€ 1.234,50"_s);
    CHECK(Money::format(0, nl) == u"€ 0,00"_s);
    CHECK(Money::parse(u"1.234,50"_s, nl) == 123450);
    CHECK(Money::parse(u"€ 12"_s, nl) == 1200);
    CHECK(Money::parse(u"1234.5"_s, nl) == 123450);
    CHECK(Money::parse(u""_s, nl) == 0);
    CHECK_FALSE(Money::parse(u"12,3,4"_s, nl).has_value());
    CHECK_FALSE(Money::parse(u"-5"_s, nl).has_value());
    CHECK_FALSE(Money::parse(u"veel"_s, nl).has_value());
    CHECK_FALSE(Money::parse(u"1,234"_s, nl).has_value()); // tenths of cents
}

TEST_CASE("enums_keysAndLabelsRoundTrip", "[enums]")
{
    for (InitiativeStatus s : Enums::all<InitiativeStatus>()) {
        CHECK(Enums::fromKey<InitiativeStatus>(Enums::key(s)) == s);
        CHECK(Enums::fromText<InitiativeStatus>(Enums::label(s)) == s);
    }
    CHECK(Enums::key(WardType::OldWorkingClass) == u"old_working_class"_s);
    CHECK(Enums::fromText<Engagement>(u"Ad hoc"_s) == Engagement::AdHoc);
    CHECK_FALSE(Enums::fromKey<Track>(u"Residents"_s).has_value());
    CHECK(Enums::keyList<FitsFramework>() == u"yes, no, unknown"_s);
}
