#pragma once

#include "core/risk/RiskTypes.h"
#include "core/storage/RiskQuery.h"

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

/// Why the override rule (DESIGN.md: concentration = 1 and succession = 1 is high whatever the score) applies, in
/// one translated sentence true of the data: no hours at all is not "one person", no registered role is not "no
/// backup". Empty when the override does not apply.
QString overrideReason(const RiskScore& s);
/// The same in a few words for a label beside the score ("override: one person, no backup"); empty without it.
QString overrideLabel(const RiskScore& s);
/// The indicator's sentence naming the top contributor where it speaks of them (concentration with k = 1,
/// key_person_load). For the register only: reports keep the unnamed sentence. Without a name: explanation().
QString namedExplanation(const RiskScore& s, RiskIndicator indicator, const QString& topName);

} // namespace RiskCalculator
