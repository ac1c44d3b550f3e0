#include "Palette.h"

#include <QtMath>

using namespace Qt::StringLiterals;

namespace Palette {

QColor text(Text role)
{
    switch (role) {
    case Text::Body:
        return QColor(0x21, 0x21, 0x21);
    case Text::Muted:
        return QColor(0x55, 0x55, 0x55);
    case Text::Error:
        return QColor(0xb0, 0x00, 0x20);
    case Text::Warning:
        return QColor(0x8a, 0x4b, 0x00);
    case Text::Positive:
        return QColor(0x1b, 0x5e, 0x20);
    case Text::Heading:
        return QColor(0x1f, 0x3a, 0x5f);
    case Text::BandLow:
        return QColor(0x00, 0x5a, 0x8c);
    case Text::BandMedium:
        return QColor(0x7a, 0x50, 0x00);
    case Text::BandHigh:
        return QColor(0xb2, 0x22, 0x00);
    }
    return Qt::black;
}

QColor background(Background role)
{
    switch (role) {
    case Background::Window:
        return Qt::white;
    case Background::Alternate:
        return QColor(0xf5, 0xf5, 0xf5);
    case Background::Notice:
        return QColor(0xff, 0xf4, 0xce);
    case Background::Attention:
        return QColor(0xff, 0xf1, 0xd6);
    case Background::ErrorPanel:
        return QColor(0xfd, 0xec, 0xee);
    case Background::Weekend:
        return QColor(0xee, 0xf1, 0xf6);
    case Background::Outside:
        return QColor(0xd9, 0xd9, 0xd9);
    case Background::Totals:
        return QColor(0xf6, 0xf1, 0xe1);
    case Background::TableHeader:
        return QColor(0xe4, 0xe9, 0xef);
    case Background::TableStripe:
        return QColor(0xf6, 0xf8, 0xfa);
    case Background::ProgressTrack:
        return QColor(0xe0, 0xe0, 0xe0);
    }
    return Qt::white;
}

QColor mark(Mark role)
{
    switch (role) {
    case Mark::BandLow:
    case Mark::Hours:
    case Mark::IndicatorFunding:
        return QColor(0x00, 0x72, 0xb2); // blue
    case Mark::BandMedium:
    case Mark::IndicatorSuccession:
        return QColor(0xc6, 0x7c, 0x00); // ochre
    case Mark::BandHigh:
        return QColor(0xb2, 0x22, 0x00); // dark vermillion
    case Mark::IndicatorConcentration:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case Mark::Structural:
    case Mark::IndicatorEmbedding:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case Mark::AdHoc:
    case Mark::IndicatorMomentum:
        return QColor(0x2b, 0x8c, 0xc4); // sky blue, darkened
    case Mark::EngagementUnknown:
        return QColor(0x80, 0x80, 0x80);
    case Mark::AgreementsEnding:
        return QColor(0xef, 0x6c, 0x00);
    case Mark::EvaluationsDue:
    case Mark::StatusAchieved:
    case Mark::ChannelB:
        return QColor(0x15, 0x65, 0xc0);
    case Mark::StatusOffTrack:
    case Mark::Gaps:
        return QColor(0xc6, 0x28, 0x28);
    case Mark::StatusOnTrack:
    case Mark::ChannelA:
        return QColor(0x2e, 0x7d, 0x32);
    case Mark::StatusUnknown:
        return QColor(0x76, 0x76, 0x76);
    case Mark::Target:
        return QColor(0x21, 0x21, 0x21);
    case Mark::ChannelC:
        return QColor(0x8e, 0x24, 0xaa);
    case Mark::OpenNeeds:
        return QColor(0x6f, 0x8f, 0x9e);
    case Mark::IndicatorThinCore:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case Mark::IndicatorKeyPersonLoad:
        return QColor(0x8e, 0x7a, 0x00); // olive (yellow is too light on white)
    case Mark::Axis:
        return QColor(0x55, 0x55, 0x55);
    }
    return Qt::black;
}

QString textStyle(Text role)
{
    return u"color: %1;"_s.arg(text(role).name());
}

double luminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor labelOn(const QColor& fill)
{
    return contrast(fill, Qt::black) >= contrast(fill, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor bandMark(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return mark(Mark::BandLow);
    case RiskBand::Medium:
        return mark(Mark::BandMedium);
    case RiskBand::High:
        return mark(Mark::BandHigh);
    }
    return {};
}

QColor bandText(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return text(Text::BandLow);
    case RiskBand::Medium:
        return text(Text::BandMedium);
    case RiskBand::High:
        return text(Text::BandHigh);
    }
    return {};
}

QColor indicatorMark(RiskIndicator indicator)
{
    switch (indicator) {
    case RiskIndicator::Concentration:
        return mark(Mark::IndicatorConcentration);
    case RiskIndicator::Succession:
        return mark(Mark::IndicatorSuccession);
    case RiskIndicator::ThinCore:
        return mark(Mark::IndicatorThinCore);
    case RiskIndicator::Momentum:
        return mark(Mark::IndicatorMomentum);
    case RiskIndicator::Funding:
        return mark(Mark::IndicatorFunding);
    case RiskIndicator::Embedding:
        return mark(Mark::IndicatorEmbedding);
    case RiskIndicator::KeyPersonLoad:
        return mark(Mark::IndicatorKeyPersonLoad);
    }
    return {};
}

QColor statusMark(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::OnTrack:
        return mark(Mark::StatusOnTrack);
    case ProgressStatus::OffTrack:
        return mark(Mark::StatusOffTrack);
    case ProgressStatus::Achieved:
        return mark(Mark::StatusAchieved);
    case ProgressStatus::Unknown:
        break;
    }
    return mark(Mark::StatusUnknown);
}

QColor statusText(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::OnTrack:
        return text(Text::Positive);
    case ProgressStatus::OffTrack:
        return text(Text::Error);
    case ProgressStatus::Achieved:
        return text(Text::BandLow);
    case ProgressStatus::Unknown:
        break;
    }
    return text(Text::Muted);
}

QList<Text> allTexts()
{
    return {Text::Body,    Text::Muted,   Text::Error,      Text::Warning, Text::Positive,
            Text::Heading, Text::BandLow, Text::BandMedium, Text::BandHigh};
}

QList<Background> allBackgrounds()
{
    QList<Background> all;
    for (int b = int(Background::Window); b <= int(Background::ProgressTrack); ++b) {
        all << Background(b);
    }
    return all;
}

QList<Mark> allMarks()
{
    QList<Mark> all;
    for (int m = int(Mark::BandLow); m <= int(Mark::Axis); ++m) {
        all << Mark(m);
    }
    return all;
}

} // namespace Palette
