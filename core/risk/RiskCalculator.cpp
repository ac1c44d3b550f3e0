#include "RiskCalculator.h"

#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace RiskCalculator {

namespace {

// Inside namespace RiskCalculator, so that lupdate extracts these texts under the context translate() uses.
const Translations::Context tr {"RiskCalculator"};

int percent(double share)
{
    return static_cast<int>(std::lround(share * 100));
}

QString concentrationText(const RiskFacts& f)
{
    if (f.totalQuarters == 0) {
        return tr("No hours registered in the last 12 months");
    }
    if (f.k == 1) {
        return tr("One resident provides %1% of the hours")
            .arg(percent(static_cast<double>(f.topQuarters) / static_cast<double>(f.totalQuarters)));
    }
    return tr("%n residents provide %1% of the hours", nullptr, f.k)
        .arg(percent(static_cast<double>(f.kQuarters) / static_cast<double>(f.totalQuarters)));
}

QString successionText(const RiskFacts& f)
{
    const int uncovered = f.unfilledRoles + f.rolesWithoutBackup;
    if (f.roles == 0) {
        return tr("No critical roles are registered");
    }
    if (uncovered == 0) {
        return tr("Every critical role has a holder and a backup");
    }
    if (f.unfilledRoles == 0) {
        return uncovered == f.roles ? tr("No critical role has a backup")
                                    : tr("%1 of %n critical role(s) have no backup", nullptr, f.roles).arg(uncovered);
    }
    return tr("%1 of %n critical role(s) have no holder or no backup", nullptr, f.roles).arg(uncovered);
}

QString momentumText(const RiskFacts& f)
{
    const qint64 h2 = f.recentQuarters;
    const qint64 h1 = f.totalQuarters - f.recentQuarters;
    if (h1 == 0) {
        return h2 > 0 ? tr("Hours started in the last 6 months") : tr("No hours in the last 12 months");
    }
    const int change = percent(static_cast<double>(h2 - h1) / static_cast<double>(h1));
    if (change < 0) {
        return tr("Hours fell %1% in the last 6 months").arg(-change);
    }
    if (change > 0) {
        return tr("Hours rose %1% in the last 6 months").arg(change);
    }
    return tr("Hours held steady in the last 6 months");
}

QString fundingText(const RiskFacts& f, const QDate& reference)
{
    if (f.followUpFunding) {
        return tr("Follow-up funding is registered");
    }
    if (!f.fundingEnd.isValid()) {
        return tr("No funding end date is registered");
    }
    if (f.fundingEnd < reference) {
        return tr("Funding ended on %1 without follow-up funding")
            .arg(QLocale().toString(f.fundingEnd, QLocale::ShortFormat));
    }
    if (f.fundingEnd == reference) {
        return tr("Funding ends today without follow-up funding");
    }
    return tr("Funding ends in %n month(s) without follow-up funding", nullptr,
              RiskCalculator::monthsUntil(reference, f.fundingEnd));
}

QString embeddingText(const RiskFacts& f)
{
    // Every part that applies, so that the sentence is true whatever the combination; the framework is named as it
    // is registered (yes, no or unknown).
    QStringList parts;
    if (f.fitsFramework == FitsFramework::No) {
        parts << (f.followUpOwnerEmpty ? tr("outside the policy framework and no follow-up owner")
                                       : tr("outside the policy framework, with a follow-up owner"));
    } else if (f.fitsFramework == FitsFramework::Unknown) {
        parts << tr("fit with the policy framework unknown");
    } else {
        parts << tr("fits the policy framework");
    }
    if (f.agreementEnding == 2) {
        parts << tr("a linked agreement ends within 6 months without a planned evaluation");
    } else if (f.agreementEnding == 1) {
        parts << tr("a linked agreement ends within 6 months; an evaluation is planned");
    } else {
        parts << tr("no linked agreement ends within 6 months");
    }
    if (f.leadType == LeadType::Municipality) {
        parts << tr("the municipality leads the initiative");
    }
    QString sentence = parts.join(u"; "_s);
    sentence[0] = sentence[0].toUpper();
    return sentence;
}

QString keyPersonText(const RiskFacts& f)
{
    if (!f.topPersonId) {
        return tr("Nobody registered hours in the last 12 months");
    }
    if (f.otherInitiativesOfTop == 0) {
        return tr("The top contributor carries no other initiative");
    }
    return tr("The top contributor also carries %n other initiative(s)", nullptr, f.otherInitiativesOfTop);
}

} // namespace

double concentration(const RiskFacts& f)
{
    if (f.totalQuarters == 0) {
        return 1;
    }
    switch (f.k) {
    case 1:
        return 1;
    case 2:
        return 0.6;
    case 3:
        return 0.3;
    default:
        return 0;
    }
}

double succession(const RiskFacts& f)
{
    if (f.roles == 0) {
        return 1;
    }
    return static_cast<double>(f.unfilledRoles + f.rolesWithoutBackup) / f.roles;
}

double thinCore(const RiskFacts& f)
{
    return 1 - std::min(1.0, f.regulars / 3.0);
}

double momentum(const RiskFacts& f)
{
    const double h2 = static_cast<double>(f.recentQuarters);
    const double h1 = static_cast<double>(f.totalQuarters - f.recentQuarters);
    if (h1 == 0) {
        return h2 > 0 ? 0 : 1;
    }
    return std::clamp(-(h2 - h1) / h1 / 0.5, 0.0, 1.0);
}

int monthsUntil(const QDate& reference, const QDate& end)
{
    int m = 0;
    while (end > reference.addMonths(m)) {
        ++m;
    }
    return m;
}

double funding(const RiskFacts& f, const QDate& reference)
{
    if (f.followUpFunding || !f.fundingEnd.isValid()) {
        return 0;
    }
    if (f.fundingEnd < reference) {
        return 1;
    }
    if (f.fundingEnd > reference.addMonths(12)) {
        return 0;
    }
    const int m = monthsUntil(reference, f.fundingEnd);
    return m <= 3 ? 1 : m <= 6 ? 0.7 : 0.4;
}

double embedding(const RiskFacts& f)
{
    double v = 0;
    if (f.fitsFramework == FitsFramework::No && f.followUpOwnerEmpty) {
        v = 1;
    }
    if (f.agreementEnding == 2) {
        v = std::max(v, 1.0);
    } else if (f.agreementEnding == 1) {
        v = std::max(v, 0.5);
    }
    if (f.leadType == LeadType::Municipality) {
        v = std::max(v, 0.5);
    }
    return v;
}

double keyPersonLoad(const RiskFacts& f)
{
    switch (f.otherInitiativesOfTop) {
    case 0:
        return 0;
    case 1:
        return 0.3;
    case 2:
        return 0.6;
    default:
        return 1;
    }
}

int roundScore(double raw)
{
    return static_cast<int>(std::lround(std::round(raw * 1e6) / 1e6));
}

RiskScore score(const RiskFacts& f, const QDate& reference, const RiskWeights& weights)
{
    RiskScore s;
    s.initiativeId = f.initiativeId;
    s.title = f.title;
    s.wardId = f.wardId;
    s.wardCode = f.wardCode;
    s.values = {concentration(f),      succession(f), thinCore(f),     momentum(f),
                funding(f, reference), embedding(f),  keyPersonLoad(f)};
    s.explanations = {concentrationText(f),
                      successionText(f),
                      tr("%n regular(s) (active in at least 6 months)", nullptr, f.regulars),
                      momentumText(f),
                      fundingText(f, reference),
                      embeddingText(f),
                      keyPersonText(f)};
    const double total = weights.sum();
    double raw = 0;
    for (size_t i = 0; i < s.values.size(); ++i) {
        s.contributions[i] = total > 0 ? 100.0 * weights.values[i] / total * s.values[i] : 0;
        raw += s.contributions[i];
    }
    s.score = roundScore(raw);
    s.overridden = s.value(RiskIndicator::Concentration) == 1 && s.value(RiskIndicator::Succession) == 1;
    s.band = s.overridden ? RiskBand::High : Risk::bandForScore(s.score);
    s.topContributorId = f.topPersonId;
    s.topShare = f.totalQuarters > 0 ? static_cast<double>(f.topQuarters) / static_cast<double>(f.totalQuarters) : 0;
    s.concentrationK = f.k;
    s.topOtherInitiatives = f.otherInitiativesOfTop;
    s.roles = f.roles;
    s.unfilledRoles = f.unfilledRoles;
    s.startDate = f.startDate;
    return s;
}

QString overrideReason(const RiskScore& s)
{
    if (!s.overridden) {
        return {};
    }
    const QString carried = s.concentrationK == 0 ? tr("nobody registered hours in the last 12 months")
                                                  : tr("one person provides at least half of the hours");
    const QString uncovered = s.roles == 0 ? tr("no critical role is registered")
        : s.unfilledRoles == 0             ? tr("no critical role has a backup")
                                           : tr("no critical role has both a holder and a backup");
    return tr("High by the override rule (concentration and succession both at their maximum): %1 and %2.")
        .arg(carried, uncovered);
}

QString overrideLabel(const RiskScore& s)
{
    if (!s.overridden) {
        return {};
    }
    if (s.concentrationK == 0) {
        return s.roles == 0 ? tr("override: no hours, no critical role") : tr("override: no hours, no backup");
    }
    return s.roles == 0 ? tr("override: one person, no critical role") : tr("override: one person, no backup");
}

QString namedExplanation(const RiskScore& s, RiskIndicator indicator, const QString& topName)
{
    if (topName.isEmpty() || !s.topContributorId) {
        return s.explanation(indicator);
    }
    if (indicator == RiskIndicator::Concentration && s.concentrationK == 1) {
        return tr("%1 provides %2% of the hours").arg(topName).arg(percent(s.topShare));
    }
    if (indicator == RiskIndicator::KeyPersonLoad) {
        return s.topOtherInitiatives == 0
            ? tr("%1, the top contributor, carries no other initiative").arg(topName)
            : tr("%1, the top contributor, also carries %n other initiative(s)", nullptr, s.topOtherInitiatives)
                  .arg(topName);
    }
    return s.explanation(indicator);
}

} // namespace RiskCalculator
