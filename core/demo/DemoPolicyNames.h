#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// The word lists for the demo's partners, agreements, ward goals, participation and support map (schema 3).
/// Every organisation and person is made up; resemblance to real ones is by chance.
namespace DemoPolicyNames {

/// A partner of the small demo: type key (partners.partner_type) and name.
struct PartnerName
{
    const char* type;
    const char16_t* name;
};

/// A measurable indicator: of a KPI or a ward goal. `baseline` and `target` are typical values the generator
/// varies; `lowerIsBetter` gives the direction.
struct Indicator
{
    const char16_t* name;
    const char16_t* unit;
    double baseline;
    double target;
    bool lowerIsBetter;
    int decimals;
};

const QList<PartnerName>& smallPartners();
/// A pattern per partner type for generated partners (%1: a ward name).
QString partnerPattern(const QString& type);
/// The partner types, in the schema's order.
const QStringList& partnerTypes();
/// Agreement titles per partner type (%1: a ward name).
QStringList agreementTitles(const QString& type);
/// KPIs that suit a partner type.
QList<Indicator> kpis(const QString& type);
const QList<Indicator>& goalIndicators();
/// An evaluation's outcome for a decision key (continue, adjust, stop).
QStringList evaluationOutcomes(const QString& decision);
/// Collective needs and offers per theme key.
QStringList needs(const QString& themeKey);
QStringList offers(const QString& themeKey);
const QStringList& signalledBy();
const QStringList& capacities();
const QStringList& participationNotes();

} // namespace DemoPolicyNames
