// The colours of text and chart marks reach the WCAG 2.1 contrast ratios: text 4.5:1 on white and on every
// background (1.4.3), marks 3:1 on white (1.4.11), the label on a bar 4.5:1 on its bar.
#include "ui/common/Palette.h"

#include <QApplication>
#include <QPalette>
#include <catch2/catch.hpp>
#include <cmath>

using namespace Qt::StringLiterals;

TEST_CASE("palette_contrastFormulaMatchesWcagReferenceValues", "[ui][palette]")
{
    CHECK(Palette::contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(Palette::contrast(Qt::white, Qt::white) == Approx(1.0));
    // The failures the accessibility audit measured, with the colours used before.
    CHECK(Palette::contrast(QColor(0xE6, 0x9F, 0x00), Qt::white) == Approx(2.25).epsilon(0.01));
    CHECK(Palette::contrast(QColor(0xD5, 0x5E, 0x00), Qt::white) == Approx(3.87).epsilon(0.01));
    CHECK(Palette::contrast(QColor(0x00, 0x9E, 0x73), Qt::white) == Approx(3.42).epsilon(0.01));
    CHECK(Palette::contrast(QColor(0x9E, 0x9E, 0x9E), Qt::white) == Approx(2.68).epsilon(0.01));
}

TEST_CASE("palette_everyTextColourReadsOnEveryBackground", "[ui][palette]")
{
    QList<QColor> backgrounds;
    for (Palette::Background b : Palette::allBackgrounds()) {
        backgrounds << Palette::background(b);
    }
    // The table rows of the running style alternate with this colour.
    backgrounds << QApplication::palette().color(QPalette::AlternateBase)
                << QApplication::palette().color(QPalette::Base);
    for (Palette::Text t : Palette::allTexts()) {
        for (const QColor& background : std::as_const(backgrounds)) {
            const double ratio = Palette::contrast(Palette::text(t), background);
            INFO("text " << Palette::text(t).name().toStdString() << " on " << background.name().toStdString() << ": "
                         << ratio);
            CHECK(ratio >= 4.5);
        }
    }
    for (ProgressStatus s : Enums::all<ProgressStatus>()) {
        for (RiskBand band : {RiskBand::Low, RiskBand::Medium, RiskBand::High}) {
            CHECK(Palette::contrast(Palette::bandText(band), Qt::white) >= 4.5);
        }
        CHECK(Palette::contrast(Palette::statusText(s), Qt::white) >= 4.5);
        CHECK(Palette::contrast(Palette::statusText(s), QApplication::palette().color(QPalette::AlternateBase)) >= 4.5);
    }
}

TEST_CASE("palette_everyMarkStandsOutOnWhiteAndCarriesAReadableLabel", "[ui][palette]")
{
    for (Palette::Mark m : Palette::allMarks()) {
        const QColor mark = Palette::mark(m);
        INFO("mark " << int(m) << " " << mark.name().toStdString());
        CHECK(Palette::contrast(mark, Qt::white) >= 3.0);
        // Values printed on a bar.
        CHECK(Palette::contrast(Palette::labelOn(mark), mark) >= 4.5);
    }
    // A status bar on the empty track of a progress cell.
    for (ProgressStatus s : Enums::all<ProgressStatus>()) {
        CHECK(Palette::contrast(Palette::statusMark(s), Palette::background(Palette::Background::ProgressTrack))
              >= 3.0);
    }
    // The report's bands on its table stripes too (the band chart sits on white, its table on stripes).
    for (RiskBand band : {RiskBand::Low, RiskBand::Medium, RiskBand::High}) {
        CHECK(Palette::contrast(Palette::bandMark(band), Palette::background(Palette::Background::TableStripe)) >= 3.0);
        CHECK(Palette::contrast(Palette::bandText(band), Palette::background(Palette::Background::TableStripe)) >= 4.5);
    }
}

TEST_CASE("palette_bandsDifferInLightnessNotOnlyInHue", "[ui][palette]")
{
    // Told apart also without colour vision: the three bands are not three equally light hues.
    const double low = Palette::luminance(Palette::bandMark(RiskBand::Low));
    const double medium = Palette::luminance(Palette::bandMark(RiskBand::Medium));
    const double high = Palette::luminance(Palette::bandMark(RiskBand::High));
    CHECK(std::abs(medium - high) > 0.1);
    CHECK(std::abs(medium - low) > 0.1);
}
