#pragma once

#include "RiskQuery.h"
#include "RiskTypes.h"

/// Turns the facts of one initiative into DESIGN.md's indicator values, the score, the band and one sentence per
/// indicator. Pure: no database.
namespace RiskCalculator {

double concentration(const RiskFacts& f);
/// Share of the registered critical roles that nobody can carry on: unfilled roles (also a role whose holder is
/// excluded) and filled roles without a backup. 1 when no critical role is registered.
double succession(const RiskFacts& f);
double thinCore(const RiskFacts& f);
double momentum(const RiskFacts& f);
/// Whole months m until the funding end: the smallest m with fundingEnd <= T + m months.
int monthsUntil(const QDate& reference, const QDate& end);
double funding(const RiskFacts& f, const QDate& reference);
double embedding(const RiskFacts& f);
double keyPersonLoad(const RiskFacts& f);

/// 100 × Σ weight × value / Σ weight, rounded half away from zero (std::lround) after snapping to 6 decimals,
/// so that 34.5 computed as 34.4999999 still rounds to 35.
int roundScore(double raw);

/// The complete score of one initiative.
RiskScore score(const RiskFacts& f, const QDate& reference, const RiskWeights& weights);

} // namespace RiskCalculator
