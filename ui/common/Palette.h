#pragma once

#include "core/domain/Enums.h"
#include "core/risk/RiskTypes.h"

#include <QColor>
#include <QList>
#include <QString>

/// Every colour the application uses for text and for chart marks, in one place. Text colours reach a contrast of
/// 4.5:1 on white and on every background listed here, marks 3:1 on white (WCAG 2.1 success criteria 1.4.3 and
/// 1.4.11; EN 301 549 9.1.4.3 and 9.1.4.11); tests/ui/PaletteTests.cpp computes the ratios. Colour never carries
/// meaning alone: every use also shows it in text, an icon, a line style or a legend and table.
namespace Palette {

enum class Text {
    Body,
    Muted, ///< secondary text: captions, status lines, values outside a range
    Error, ///< validation messages, overdue, refused input
    Warning, ///< inactive or attention, short of an error
    Positive, ///< on track
    Heading, ///< report headings
    BandLow, ///< a risk band named in text
    BandMedium,
    BandHigh,
};

enum class Background {
    Window, ///< white
    Alternate, ///< alternating table rows
    Notice, ///< the main window's message bar
    Attention, ///< a row that needs attention (succession, support gaps)
    ErrorPanel, ///< behind an error message
    Weekend, ///< weekend days in the hours grid
    Outside, ///< days outside the involvement in the hours grid
    Totals, ///< totals row and column of the hours grid
    TableHeader, ///< report table headers
    TableStripe, ///< report table stripes
    ProgressTrack, ///< the empty part of a progress bar in a table cell
};

enum class Mark {
    BandLow,
    BandMedium,
    BandHigh,
    Structural,
    AdHoc,
    EngagementUnknown,
    Hours,
    AgreementsEnding,
    EvaluationsDue,
    StatusOffTrack,
    StatusOnTrack,
    StatusAchieved,
    StatusUnknown,
    Target,
    ChannelA,
    ChannelB,
    ChannelC,
    OpenNeeds,
    Gaps,
    IndicatorConcentration,
    IndicatorSuccession,
    IndicatorThinCore,
    IndicatorMomentum,
    IndicatorFunding,
    IndicatorEmbedding,
    IndicatorKeyPersonLoad,
    Axis, ///< axes, outlines and icon borders
};

QColor text(Text role);
QColor background(Background role);
QColor mark(Mark role);
/// A style sheet fragment "color: #rrggbb;" for a label.
QString textStyle(Text role);
/// Black or white, whichever reads best on `fill` (at least 4.58:1 for any fill).
QColor labelOn(const QColor& fill);

QColor bandMark(RiskBand band);
QColor bandText(RiskBand band);
QColor indicatorMark(RiskIndicator indicator);
/// A progress status as a mark (bars) and as text (table cells).
QColor statusMark(ProgressStatus status);
QColor statusText(ProgressStatus status);

/// WCAG 2.1 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double luminance(const QColor& color);
double contrast(const QColor& a, const QColor& b);

QList<Text> allTexts();
QList<Background> allBackgrounds();
QList<Mark> allMarks();

} // namespace Palette
