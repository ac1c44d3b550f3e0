#include "DemoPolicyNames.h"

using namespace Qt::StringLiterals;

namespace DemoPolicyNames {

const QList<PartnerName>& smallPartners()
{
    static const QList<PartnerName> partners {
        {"police", u"Politie basisteam Lindeveen"},
        {"youth_work", u"Jongerenwerk De Sprong"},
        {"housing", u"Woningcorporatie Lindewonen"},
        {"housing", u"Woonstichting Thuisvast"},
        {"entrepreneurs", u"Ondernemersvereniging Centrum Lindeveen"},
        {"entrepreneurs", u"Winkeliersvereniging Waterrijk"},
        {"care", u"Zorgcoöperatie Esdonk"},
        {"care", u"Thuiszorg Samen Thuis"},
        {"welfare", u"Welzijnsorganisatie Samen Verder"},
        {"welfare", u"Buurtwerk Lindeveen"},
        {"education", u"Basisschool De Regenboog"},
        {"education", u"ROC Lindeveen"},
        {"sport", u"Sportservice Lindeveen"},
        {"sport", u"Voetbalvereniging LVV '28"},
        {"religious", u"Stichting Kerk in de Buurt"},
        {"religious", u"Moskeevereniging Ensar"},
        {"other", u"Bibliotheek Lindeveen"},
        {"other", u"Stichting Buurtkracht"},
    };
    return partners;
}

const QStringList& partnerTypes()
{
    static const QStringList types {u"police"_s,  u"youth_work"_s, u"housing"_s, u"entrepreneurs"_s, u"care"_s,
                                    u"welfare"_s, u"education"_s,  u"sport"_s,   u"religious"_s,     u"other"_s};
    return types;
}

QString partnerPattern(const QString& type)
{
    if (type == u"police")
        return u"Politie wijkteam %1"_s;
    if (type == u"youth_work")
        return u"Jongerenwerk %1"_s;
    if (type == u"housing")
        return u"Woningcorporatie %1 Wonen"_s;
    if (type == u"entrepreneurs")
        return u"Ondernemerskring %1"_s;
    if (type == u"care")
        return u"Zorgteam %1"_s;
    if (type == u"welfare")
        return u"Welzijn %1"_s;
    if (type == u"education")
        return u"Brede School %1"_s;
    if (type == u"sport")
        return u"Sportvereniging %1"_s;
    if (type == u"religious")
        return u"Stichting Kerk en Buurt %1"_s;
    return u"Buurtbibliotheek %1"_s;
}

QStringList agreementTitles(const QString& type)
{
    if (type == u"police")
        return {u"Veilige buurt %1: woninginbraak en overlast"_s, u"Buurtpreventie en wijkagent %1"_s};
    if (type == u"youth_work")
        return {u"Jongerenwerk op straat in %1"_s, u"Tienerwerk en talentontwikkeling %1"_s};
    if (type == u"housing")
        return {u"Prestatieafspraken leefbaarheid %1"_s, u"Schoon portiek en achterpad %1"_s,
                u"Vroegsignalering huurachterstand %1"_s};
    if (type == u"entrepreneurs")
        return {u"Levendig winkelgebied %1"_s, u"Ondernemersfonds en schoon straatbeeld %1"_s};
    if (type == u"care")
        return {u"Ouderen langer thuis in %1"_s, u"Mantelzorgondersteuning %1"_s};
    if (type == u"welfare")
        return {u"Ontmoeting en buurtkamers %1"_s, u"Vrijwilligerssteunpunt %1"_s, u"Eenzaamheid aanpakken %1"_s};
    if (type == u"education")
        return {u"Brede school en naschoolse activiteiten %1"_s, u"Taal en ouders %1"_s};
    if (type == u"sport")
        return {u"Buurtsportcoach %1"_s, u"Iedereen doet mee: sport in %1"_s};
    if (type == u"religious")
        return {u"Voedselhulp en maaltijden %1"_s, u"Open huis %1"_s};
    return {u"Leesbevordering en digitale hulp %1"_s, u"Buurtfonds %1"_s};
}

QList<Indicator> kpis(const QString& type)
{
    if (type == u"police")
        return {{u"Woninginbraken", u"per jaar", 42, 28, true, 0},
                {u"Overlastmeldingen", u"per kwartaal", 120, 80, true, 0},
                {u"Actieve buurtpreventisten", u"personen", 12, 25, false, 0}};
    if (type == u"youth_work")
        return {{u"Jongeren bereikt", u"per maand", 60, 110, false, 0},
                {u"Meldingen jeugdoverlast", u"per kwartaal", 35, 20, true, 0}};
    if (type == u"housing")
        return {{u"Huishoudens met huurachterstand", u"%", 6.5, 4.0, true, 1},
                {u"Tevredenheid over de woonomgeving", u"cijfer", 6.2, 7.0, false, 1},
                {u"Portieken schoon bij schouw", u"%", 55, 85, false, 0}};
    if (type == u"entrepreneurs")
        return {{u"Leegstaande winkelpanden", u"panden", 14, 6, true, 0},
                {u"Bezoekers op marktdagen", u"per dag", 900, 1400, false, 0}};
    if (type == u"care")
        return {{u"Ouderen met een vast aanspreekpunt", u"%", 48, 75, false, 0},
                {u"Mantelzorgers ondersteund", u"personen", 40, 90, false, 0}};
    if (type == u"welfare")
        return {{u"Deelnemers aan ontmoetingsactiviteiten", u"per maand", 150, 260, false, 0},
                {u"Bewoners dat zich eenzaam voelt", u"%", 14, 10, true, 1},
                {u"Actieve vrijwilligers", u"personen", 80, 120, false, 0}};
    if (type == u"education")
        return {{u"Kinderen in naschoolse activiteiten", u"%", 30, 50, false, 0},
                {u"Ouders bij taalcursus", u"personen", 18, 40, false, 0}};
    if (type == u"sport")
        return {{u"Kinderen lid van een sportclub", u"%", 52, 65, false, 0},
                {u"Deelnemers beweegaanbod 65+", u"personen", 35, 70, false, 0}};
    if (type == u"religious")
        return {{u"Maaltijden uitgedeeld", u"per maand", 300, 450, false, 0},
                {u"Gezinnen doorverwezen naar schuldhulp", u"per kwartaal", 8, 20, false, 0}};
    return {{u"Bezoekers digitaal spreekuur", u"per maand", 40, 90, false, 0},
            {u"Leden van de bibliotheek", u"personen", 1200, 1500, false, 0}};
}

const QList<Indicator>& goalIndicators()
{
    static const QList<Indicator> goals {
        {u"Bewoners dat zich veilig voelt", u"%", 68, 78, false, 0},
        {u"Meldingen zwerfafval", u"per jaar", 320, 200, true, 0},
        {u"Bewoners actief als vrijwilliger", u"%", 18, 25, false, 0},
        {u"Ouderen dat zich eenzaam voelt", u"%", 16, 11, true, 1},
        {u"Jongeren zonder startkwalificatie", u"%", 9.5, 7.0, true, 1},
        {u"Rapportcijfer leefbaarheid", u"cijfer", 6.4, 7.2, false, 1},
        {u"Huishoudens met betalingsachterstanden", u"%", 8.0, 5.5, true, 1},
        {u"Bomen per 100 inwoners", u"bomen", 11, 16, false, 0},
        {u"Bezoekers buurthuis", u"per week", 180, 300, false, 0},
    };
    return goals;
}

QStringList evaluationOutcomes(const QString& decision)
{
    if (decision == u"stop")
        return {u"Doelen niet gehaald; bereik te laag voor de kosten. Afspraak niet verlengd."_s,
                u"Partner kan de inzet niet meer leveren; taken overgedragen aan het wijkteam."_s};
    if (decision == u"adjust")
        return {u"Bereik goed, maar de KPI's meten niet wat we willen weten; indicatoren herzien."_s,
                u"Achter op schema door personeelstekort; doelen voor dit jaar bijgesteld."_s,
                u"Meer inzet in de avonduren afgesproken; rapportage per kwartaal in plaats van per jaar."_s};
    return {u"Op koers; bewoners en partner tevreden. Afspraak voortzetten."_s,
            u"Doelen grotendeels gehaald; kleine verbeterpunten in de communicatie."_s,
            u"Goede samenwerking met bewonersinitiatieven; voortzetten met hetzelfde budget."_s};
}

QStringList needs(const QString& themeKey)
{
    if (themeKey == u"public_space")
        return {u"Donkere fietsroute langs het spoor; bewoners voelen zich 's avonds onveilig."_s,
                u"Zwerfafval rond de winkels en de ondergrondse containers."_s,
                u"Te hard rijden in de woonstraten rond de school."_s};
    if (themeKey == u"social_cohesion")
        return {u"Nieuwe en oude bewoners kennen elkaar nauwelijks."_s,
                u"Spanningen tussen buren in de galerijflats."_s};
    if (themeKey == u"meeting")
        return {u"Geen betaalbare ontmoetingsplek meer sinds het buurthuis sloot."_s,
                u"Behoefte aan een inloop op zaterdag."_s};
    if (themeKey == u"youth")
        return {u"Tieners hangen rond bij het winkelcentrum; niets te doen na schooltijd."_s,
                u"Kinderen uit krappe gezinnen sporten niet."_s, u"Huiswerkbegeleiding voor groep 7 en 8."_s};
    if (themeKey == u"elderly")
        return {u"Ouderen raken geïsoleerd sinds de bushalte verdween."_s,
                u"Hulp bij digitale zaken (DigiD, bankieren)."_s, u"Vervoer naar de huisarts en het ziekenhuis."_s};
    if (themeKey == u"green")
        return {u"Versteende binnenterreinen; wateroverlast bij hoosbuien."_s,
                u"Bewoners willen helpen met het onderhoud van het wijkpark."_s};
    if (themeKey == u"participation")
        return {u"Gezinnen met geldzorgen weten de regelingen niet te vinden."_s,
                u"Nieuwkomers willen Nederlands oefenen buiten de les."_s, u"Laaggeletterdheid bij ouders."_s};
    return {u"Bewoners willen meer invloed op de plannen voor hun straat."_s};
}

QStringList offers(const QString& themeKey)
{
    if (themeKey == u"public_space")
        return {u"Avondrondes en schouw met bewoners"_s, u"Opruimacties met materiaal van de gemeente"_s};
    if (themeKey == u"social_cohesion")
        return {u"Burenhulp en straatcontactpersonen"_s, u"Buurtbemiddeling"_s};
    if (themeKey == u"meeting")
        return {u"Inloop met koffie in de buurtkamer"_s, u"Ruimte in de school na 17 uur"_s};
    if (themeKey == u"youth")
        return {u"Sport- en spelinstuif op het plein"_s, u"Huiswerkklas met studenten"_s};
    if (themeKey == u"elderly")
        return {u"Vrijwillige chauffeurs voor ritjes"_s, u"Digicafé in de bibliotheek"_s};
    if (themeKey == u"green")
        return {u"Groenadoptie en geveltuinen"_s, u"Tegelwipdag met de gemeente"_s};
    if (themeKey == u"participation")
        return {u"Spreekuur geldzaken en formulieren"_s, u"Taalmaatjes en taalcafé"_s};
    return {u"Meedenkavond over de straatplannen"_s};
}

const QStringList& signalledBy()
{
    static const QStringList sources {u"bewonersavond"_s,  u"wijkagent"_s,        u"huisarts"_s,
                                      u"jongerenwerker"_s, u"woningcorporatie"_s, u"school"_s,
                                      u"buurtapp"_s,       u"wijkschouw"_s,       u"sociaal wijkteam"_s};
    return sources;
}

const QStringList& capacities()
{
    static const QStringList capacities {u"2 dagdelen per week"_s, u"10 plaatsen"_s,     u"op afroep"_s,
                                         u"1 keer per maand"_s,    u"4 vrijwilligers"_s, u"elke woensdagmiddag"_s};
    return capacities;
}

const QStringList& participationNotes()
{
    static const QStringList notes {QString(),
                                    QString(),
                                    u"Opkomst hoger dan verwacht."_s,
                                    u"Vooral ouderen aanwezig; jongeren nauwelijks bereikt."_s,
                                    u"Met tolk Arabisch en Turks."_s,
                                    u"Resultaten gedeeld in de wijkkrant."_s,
                                    u"Weinig reacties; herhalen via de buurtapp."_s};
    return notes;
}

} // namespace DemoPolicyNames
