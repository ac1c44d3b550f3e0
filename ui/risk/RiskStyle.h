#pragma once

#include "core/risk/RiskTypes.h"

#include <QColor>
#include <QIcon>
#include <QString>

/// Colours and labels of the continuity risk, the same in every list and chart. The colours are from the
/// Okabe-Ito palette, which stays distinguishable for colour-blind readers; a band is never shown by colour alone.
namespace RiskStyle {

/// Blue for low, orange for medium, vermillion for high.
QColor bandColor(RiskBand band);
/// A small square in the band's colour, for lists.
QIcon bandIcon(RiskBand band);
/// "low", "medium", "high" (translated: laag, midden, hoog).
QString bandLabel(RiskBand band);
/// One distinct Okabe-Ito colour per indicator.
QColor indicatorColor(RiskIndicator indicator);
QString indicatorLabel(RiskIndicator indicator);

} // namespace RiskStyle
