#include "RiskTypes.h"

const std::array<EnumEntry<RiskBand>, 3> EnumTable<RiskBand>::entries {{
    {RiskBand::Low, "low", QT_TRANSLATE_NOOP("Enums", "low")},
    {RiskBand::Medium, "medium", QT_TRANSLATE_NOOP("Enums", "medium")},
    {RiskBand::High, "high", QT_TRANSLATE_NOOP("Enums", "high")},
}};

const std::array<EnumEntry<RiskIndicator>, 7> EnumTable<RiskIndicator>::entries {{
    {RiskIndicator::Concentration, "concentration", QT_TRANSLATE_NOOP("Enums", "concentration")},
    {RiskIndicator::Succession, "succession", QT_TRANSLATE_NOOP("Enums", "succession")},
    {RiskIndicator::ThinCore, "thin_core", QT_TRANSLATE_NOOP("Enums", "thin core")},
    {RiskIndicator::Momentum, "momentum", QT_TRANSLATE_NOOP("Enums", "momentum")},
    {RiskIndicator::Funding, "funding", QT_TRANSLATE_NOOP("Enums", "funding")},
    {RiskIndicator::Embedding, "embedding", QT_TRANSLATE_NOOP("Enums", "embedding")},
    {RiskIndicator::KeyPersonLoad, "key_person_load", QT_TRANSLATE_NOOP("Enums", "key-person load")},
}};

namespace Risk {

RiskBand bandForScore(int score)
{
    if (score >= HighFrom) {
        return RiskBand::High;
    }
    return score >= MediumFrom ? RiskBand::Medium : RiskBand::Low;
}

QDate monthsBefore(const QDate& reference, int months)
{
    if (reference.day() == reference.daysInMonth()) {
        const QDate m = reference.addMonths(-months);
        return QDate(m.year(), m.month(), m.daysInMonth());
    }
    return reference.addMonths(-months);
}

} // namespace Risk

double RiskWeights::sum() const
{
    double s = 0;
    for (double w : values) {
        s += w;
    }
    return s;
}

QList<qint64> WhatIf::movingToHigh() const
{
    QList<qint64> ids;
    for (const RiskChange& c : changes) {
        if (c.movesToHigh()) {
            ids << c.initiativeId;
        }
    }
    return ids;
}
