#include "DemoNames.h"

using namespace Qt::StringLiterals;

namespace DemoNames {

const QList<WardTemplate>& smallWards()
{
    static const QList<WardTemplate> wards {
        {u"Centrum",
         WardType::Centre,
         6200,
         u"Historische binnenstad met winkels, horeca en veel eenpersoonshuishoudens. Overlast in het weekend; "
         "weinig groen. Ondernemers zijn goed georganiseerd, bewoners minder.",
         {"public_space", "meeting"}},
        {u"De Kersenhof",
         WardType::OldWorkingClass,
         8400,
         u"Oude volkswijk rond de voormalige steenfabriek. Veel sociale huur, hechte straten maar ook eenzaamheid "
         "en armoede. Bewoners regelen veel zelf; een paar vaste trekkers dragen de meeste initiatieven.",
         {"participation", "social_cohesion", "youth"}},
        {u"Oud-Zuid",
         WardType::Prewar,
         7100,
         u"Vooroorlogse wijk met herenhuizen en portiekflats. Gemengde bevolking; actieve buurtvereniging. "
         "Parkeerdruk en verduurzaming van oude woningen zijn terugkerende onderwerpen.",
         {"green", "meeting"}},
        {u"Molenkamp",
         WardType::Postwar,
         9800,
         u"Naoorlogse wijk met galerijflats die de woningcorporatie renoveert. Veel ouderen en nieuwkomers; "
         "taal is vaak een drempel om mee te doen.",
         {"elderly", "participation", "social_cohesion"}},
        {u"Waterrijk",
         WardType::Vinex,
         11300,
         u"Vinex-wijk uit 2005 met jonge gezinnen en koopwoningen. Weinig voorzieningen voor tieners; bewoners "
         "hebben weinig tijd maar zijn digitaal goed bereikbaar.",
         {"youth", "meeting"}},
        {u"Esdonk",
         WardType::Village,
         2900,
         u"Dorpskern met een eigen dorpsraad en sterke verenigingen. De laatste supermarkt sloot; vervoer voor "
         "ouderen is een zorg.",
         {"elderly", "social_cohesion"}},
        {u"Rozendaal",
         WardType::Postwar,
         7600,
         u"Eengezinswoningen uit de jaren zestig rond een wijkpark. Vergrijzing; het buurthuis draait op "
         "vrijwilligers die zelf ouder worden.",
         {"elderly", "green"}},
        {u"Havenkwartier",
         WardType::Other,
         1800,
         u"Voormalig bedrijventerrein in transformatie naar wonen en werken. Nieuwe bewoners kennen elkaar nog "
         "nauwelijks; tijdelijke initiatieven in leegstaande loodsen.",
         {"meeting", "public_space"}},
    };
    return wards;
}

const QStringList& wardNameStarts()
{
    static const QStringList starts {
        u"Bloemen"_s, u"Vogel"_s,     u"Molen"_s,     u"Linden"_s,      u"Eiken"_s,    u"Beuken"_s,  u"Water"_s,
        u"Zonne"_s,   u"Kastanje"_s,  u"Hooge"_s,     u"Lage"_s,        u"Oost"_s,     u"West"_s,    u"Noorder"_s,
        u"Zuider"_s,  u"Kerk"_s,      u"Haven"_s,     u"Spoor"_s,       u"Dijk"_s,     u"Polder"_s,  u"Heide"_s,
        u"Esch"_s,    u"Brink"_s,     u"Schilders"_s, u"Componisten"_s, u"Rivieren"_s, u"Sterren"_s, u"Boomgaard"_s,
        u"Vlinder"_s, u"Kanaal"_s,    u"Veen"_s,      u"Zand"_s,        u"Wilgen"_s,   u"Klaver"_s,  u"Akker"_s,
        u"Beek"_s,    u"Parkzicht"_s, u"Rozen"_s};
    return starts;
}

const QStringList& wardNameEnds()
{
    static const QStringList ends {u"buurt"_s, u"wijk"_s, u"kwartier"_s, u"park"_s, u"dorp"_s, u"hof"_s,
                                   u"kamp"_s,  u"veld"_s, u"rijk"_s,     u"laan"_s, u"hoek"_s, u"weide"_s};
    return ends;
}

QStringList wardNotes(WardType type)
{
    switch (type) {
    case WardType::OldWorkingClass:
        return {u"Oude volkswijk met veel sociale huur en een sterke onderlinge band."_s,
                u"Armoede en schulden spelen achter de voordeur; vertrouwen in de gemeente is laag."_s,
                u"Een paar vaste trekkers dragen veel initiatieven."_s};
    case WardType::Prewar:
        return {u"Vooroorlogse bebouwing, gemengde bevolking."_s,
                u"Verduurzaming van oude woningen en parkeerdruk zijn terugkerende thema's."_s};
    case WardType::Postwar:
        return {u"Naoorlogse wijk in renovatie."_s, u"Vergrijzing en nieuwkomers; taal is een drempel."_s,
                u"Het buurthuis draait op vrijwilligers."_s};
    case WardType::Vinex:
        return {u"Vinex-wijk met jonge gezinnen."_s, u"Weinig voorzieningen voor tieners."_s,
                u"Bewoners zijn digitaal goed bereikbaar maar hebben weinig tijd."_s};
    case WardType::Centre:
        return {u"Centrumgebied met winkels en horeca."_s, u"Overlast in het weekend; weinig groen."_s};
    case WardType::Village:
        return {u"Dorpskern met een eigen dorpsraad."_s, u"Voorzieningen staan onder druk; vervoer voor ouderen."_s};
    case WardType::Other:
        break;
    }
    return {u"Gebied in transformatie; nieuwe bewoners kennen elkaar nog nauwelijks."_s};
}

const QList<InitiativeKind>& initiativeKinds()
{
    static const QList<InitiativeKind> kinds {
        {u"Buurtmoestuin %1",
         u"Bewoners kweken samen groente op een braakliggend stuk grond en delen de oogst.",
         {"green", "social_cohesion"},
         Track::Residents,
         LeadType::Resident},
        {u"Repair Café %1",
         u"Maandelijks repareren vrijwilligers samen met bewoners kapotte spullen.",
         {"green", "meeting"},
         Track::Residents,
         LeadType::Resident},
        {u"Taalcafé %1",
         u"Wekelijkse ontmoeting waar nieuwkomers Nederlands oefenen met buurtbewoners.",
         {"participation", "meeting"},
         Track::Partners,
         LeadType::Partner},
        {u"Jongerenpodium %1",
         u"Jongeren organiseren optredens en leren techniek en programmering.",
         {"youth"},
         Track::Partners,
         LeadType::Partner},
        {u"Buurtkamer %1",
         u"Een huiskamer in de wijk: koffie, krant en een luisterend oor, vijf dagen per week.",
         {"meeting", "elderly"},
         Track::Residents,
         LeadType::Resident},
        {u"Burenhulp %1",
         u"Buren helpen elkaar met boodschappen, vervoer en kleine klussen.",
         {"social_cohesion", "elderly"},
         Track::Residents,
         LeadType::Resident},
        {u"Kookclub %1",
         u"Samen koken en eten voor een klein bedrag; iedereen schuift aan.",
         {"meeting", "participation"},
         Track::Residents,
         LeadType::Resident},
        {u"Buurtpreventie %1",
         u"Bewoners lopen avondrondes en melden onveilige plekken aan gemeente en politie.",
         {"public_space"},
         Track::Partners,
         LeadType::Resident},
        {u"Zwerfafvalbrigade %1",
         u"Maandelijkse opruimactie met grijpers en vuilniszakken van de gemeente.",
         {"public_space", "green"},
         Track::Residents,
         LeadType::Resident},
        {u"Geveltuinen %1",
         u"Bewoners wippen tegels en planten geveltuinen voor een groenere straat.",
         {"green"},
         Track::Residents,
         LeadType::Resident},
        {u"Huiswerkklas %1",
         u"Vrijwilligers en studenten begeleiden kinderen bij hun huiswerk.",
         {"youth", "participation"},
         Track::Partners,
         LeadType::Partner},
        {u"Seniorensoos %1",
         u"Wekelijkse middag met spel, beweging en voorlichting voor ouderen.",
         {"elderly", "meeting"},
         Track::Partners,
         LeadType::Partner},
        {u"Wandelgroep %1",
         u"Samen wandelen door de wijk, in een tempo dat iedereen kan volgen.",
         {"elderly", "social_cohesion"},
         Track::Residents,
         LeadType::Resident},
        {u"Speeltuinvereniging %1",
         u"Bewoners beheren de speeltuin en organiseren activiteiten voor kinderen.",
         {"youth", "public_space"},
         Track::Residents,
         LeadType::Resident},
        {u"Energiecoaches %1",
         u"Getrainde bewoners geven buren advies over energie besparen.",
         {"green", "participation"},
         Track::Municipality,
         LeadType::Municipality},
        {u"Wijkkrant %1",
         u"Vier keer per jaar een krant door en voor bewoners, huis aan huis bezorgd.",
         {"social_cohesion"},
         Track::Residents,
         LeadType::Resident},
        {u"Buurtfeest %1",
         u"Jaarlijks straatfeest met muziek, eten en een rommelmarkt.",
         {"social_cohesion", "meeting"},
         Track::Residents,
         LeadType::Resident},
        {u"Schuldhulpmaatjes %1",
         u"Getrainde vrijwilligers helpen bewoners hun administratie op orde te krijgen.",
         {"participation"},
         Track::Partners,
         LeadType::Partner},
        {u"Moedercafé %1",
         u"Moeders uit de wijk ontmoeten elkaar en delen ervaringen over opvoeden.",
         {"meeting", "youth"},
         Track::Partners,
         LeadType::Partner},
        {u"Straatvoetbal %1",
         u"Wekelijks voetbal op het pleintje met een vaste begeleider.",
         {"youth", "public_space"},
         Track::Partners,
         LeadType::Partner},
        {u"Buurtbibliotheek %1",
         u"Minibiebs in de straat en een voorleesuurtje in het buurthuis.",
         {"meeting", "youth"},
         Track::Residents,
         LeadType::Resident},
        {u"Wijkschouw %1",
         u"Bewoners, gemeente en corporatie lopen samen door de wijk en maken afspraken.",
         {"public_space"},
         Track::Municipality,
         LeadType::Municipality},
        {u"Klussendienst %1",
         u"Handige bewoners doen kleine klussen bij ouderen en mensen met een krappe beurs.",
         {"elderly", "participation"},
         Track::Residents,
         LeadType::Resident},
        {u"Natuurspeeltuin %1",
         u"Bewoners ontwerpen en bouwen een natuurlijke speelplek met de gemeente.",
         {"youth", "green"},
         Track::Municipality,
         LeadType::Municipality},
    };
    return kinds;
}

const QStringList& placeNames()
{
    static const QStringList names {u"De Kersenhof"_s,  u"De Boomgaard"_s,  u"Het Zonnehof"_s, u"De Linde"_s,
                                    u"Het Gildehuis"_s, u"De Wilgenhoek"_s, u"Het Pleintje"_s, u"De Molen"_s,
                                    u"Het Wijkpark"_s,  u"De Schakel"_s,    u"Het Trefpunt"_s, u"De Brug"_s,
                                    u"Het Anker"_s,     u"De Kastanje"_s,   u"Het Veldje"_s,   u"De Oude Smidse"_s,
                                    u"De Regenboog"_s,  u"Het Buurthuis"_s};
    return names;
}

const QStringList& fundingSources()
{
    static const QStringList sources {u"Wijkbudget"_s,
                                      u"Bewonersbudget"_s,
                                      u"Fonds Leefbaarheid"_s,
                                      u"Woningcorporatie Lindewonen"_s,
                                      u"Stichting Buurtkracht"_s,
                                      u"Provinciaal Ontmoetingsfonds"_s,
                                      u"Welzijnsorganisatie Samen Verder"_s,
                                      u"Gemeente: sociaal domein"_s,
                                      u"Eigen bijdragen"_s};
    return sources;
}

const QStringList& departments()
{
    static const QStringList departments {u"Openbare Ruimte"_s,  u"Sociaal Domein"_s, u"Veiligheid"_s,
                                          u"Sport en Cultuur"_s, u"Vastgoed"_s,       u"Economische Zaken"_s,
                                          u"Duurzaamheid"_s};
    return departments;
}

const QStringList& followUpSolutions()
{
    static const QStringList solutions {u"Overbruggingssubsidie voor een jaar uit het wijkbudget."_s,
                                        u"Onderbrengen bij het nieuwe beleidskader; vakafdeling stelt voorstel op."_s,
                                        u"Gebruik van het gemeentelijk pand tegen gereduceerd tarief."_s,
                                        u"Nog geen oplossing; bespreken in het wijkoverleg."_s,
                                        u"Samenwerking met de welzijnsorganisatie verkennen."_s};
    return solutions;
}

const QStringList& firstNames()
{
    static const QStringList names {
        u"Anouk"_s,   u"Bram"_s,   u"Carla"_s,   u"Daan"_s,   u"Els"_s,     u"Fatima"_s,  u"Gerrit"_s,    u"Hanneke"_s,
        u"Ibrahim"_s, u"Jannie"_s, u"Kees"_s,    u"Lotte"_s,  u"Mohamed"_s, u"Nienke"_s,  u"Otto"_s,      u"Priya"_s,
        u"Quinten"_s, u"Riet"_s,   u"Sanne"_s,   u"Tom"_s,    u"Ursula"_s,  u"Vincent"_s, u"Wilma"_s,     u"Yusuf"_s,
        u"Zeynep"_s,  u"Ahmet"_s,  u"Bep"_s,     u"Cor"_s,    u"Dewi"_s,    u"Emre"_s,    u"Femke"_s,     u"Gijs"_s,
        u"Hatice"_s,  u"Ingrid"_s, u"Joost"_s,   u"Karin"_s,  u"Lars"_s,    u"Marieke"_s, u"Noah"_s,      u"Olga"_s,
        u"Pieter"_s,  u"Roos"_s,   u"Stijn"_s,   u"Tineke"_s, u"Wouter"_s,  u"Yasmina"_s, u"Agnieszka"_s, u"Bas"_s,
        u"Chantal"_s, u"Dirk"_s,   u"Esra"_s,    u"Frank"_s,  u"Greetje"_s, u"Henk"_s,    u"Iris"_s,      u"Jeroen"_s,
        u"Khadija"_s, u"Lieke"_s,  u"Martijn"_s, u"Naima"_s,  u"Patrick"_s, u"Rachid"_s,  u"Sophie"_s,    u"Thijs"_s,
        u"Vera"_s,    u"Willem"_s, u"Aaliyah"_s, u"Ruud"_s,   u"Mirjam"_s,  u"Ton"_s,     u"Saskia"_s,    u"Jan"_s,
        u"Fenna"_s,   u"Luuk"_s,   u"Emma"_s,    u"Sem"_s,    u"Julia"_s,   u"Tamara"_s,  u"Kwame"_s,     u"Marek"_s};
    return names;
}

const QStringList& lastNames()
{
    static const QStringList names {
        u"Jansen"_s,   u"Bakker"_s,    u"Visser"_s,   u"Smit"_s,      u"Meijer"_s,     u"Mulder"_s,    u"Bos"_s,
        u"Vos"_s,      u"Peters"_s,    u"Hendriks"_s, u"Dekker"_s,    u"Brouwer"_s,    u"Dijkstra"_s,  u"Kok"_s,
        u"Jacobs"_s,   u"Vermeulen"_s, u"Schouten"_s, u"Willems"_s,   u"Hoekstra"_s,   u"Koster"_s,    u"Prins"_s,
        u"Huisman"_s,  u"Kuipers"_s,   u"Post"_s,     u"Kramer"_s,    u"Timmermans"_s, u"Wolters"_s,   u"Groen"_s,
        u"Veenstra"_s, u"Verhoeven"_s, u"Blom"_s,     u"Hermans"_s,   u"Koning"_s,     u"Scholten"_s,  u"Maas"_s,
        u"Evers"_s,    u"Lammers"_s,   u"Verbeek"_s,  u"Wijnands"_s,  u"Haverkamp"_s,  u"Bosman"_s,    u"Kuiper"_s,
        u"Martens"_s,  u"Aydin"_s,     u"Yilmaz"_s,   u"El Amrani"_s, u"Bouzid"_s,     u"Kowalski"_s,  u"Nowak"_s,
        u"Ramdin"_s,   u"Sitaldin"_s,  u"Tromp"_s,    u"Zwart"_s,     u"Ouwehand"_s,   u"Lindeboom"_s, u"Kerkhof"_s,
        u"Molenaar"_s};
    return names;
}

const QStringList& prefixedLastNames()
{
    static const QStringList names {u"de Vries"_s,   u"de Jong"_s,        u"van den Berg"_s,   u"van Dijk"_s,
                                    u"de Boer"_s,    u"van der Meer"_s,   u"de Groot"_s,       u"van Leeuwen"_s,
                                    u"de Graaf"_s,   u"van der Linden"_s, u"van den Heuvel"_s, u"van der Veen"_s,
                                    u"de Wit"_s,     u"van Vliet"_s,      u"ter Horst"_s,      u"van 't Hof"_s,
                                    u"in 't Veld"_s, u"op de Beek"_s,     u"van de Laar"_s,    u"de Haan"_s,
                                    u"de Bruin"_s,   u"van der Wal"_s,    u"van den Broek"_s,  u"van Beek"_s,
                                    u"ten Brink"_s,  u"van Wijk"_s,       u"van Dam"_s,        u"van Rijn"_s};
    return names;
}

const QStringList& skills()
{
    static const QStringList skills {u"koken"_s,
                                     u"techniek"_s,
                                     u"administratie"_s,
                                     u"penningmeester"_s,
                                     u"tuinieren"_s,
                                     u"social media"_s,
                                     u"fotografie"_s,
                                     u"taalles"_s,
                                     u"fietsen repareren"_s,
                                     u"EHBO"_s,
                                     u"muziek"_s,
                                     u"organiseren"_s,
                                     u"subsidies aanvragen"_s,
                                     u"computerhulp"_s,
                                     u"vertalen (Arabisch)"_s,
                                     u"vertalen (Turks)"_s,
                                     u"vertalen (Pools)"_s,
                                     u"kinderactiviteiten"_s,
                                     u"timmeren"_s,
                                     u"schrijven"_s,
                                     u"rijbewijs"_s,
                                     u"sleutelbeheer"_s};
    return skills;
}

const QStringList& consentScopes()
{
    static const QStringList scopes {u"Contactgegevens en inzet voor bewonersinitiatieven"_s,
                                     u"Alleen contact over het eigen initiatief"_s,
                                     u"Contact en vermelding in de wijkkrant"_s};
    return scopes;
}

const QStringList& personNotes()
{
    static const QStringList notes {u"Wil graag meer doen, vooral overdag."_s, u"Alleen beschikbaar in het weekend."_s,
                                    u"Kent veel mensen in de straat."_s, u"Wil stoppen als trekker; zoekt opvolging."_s,
                                    u"Nieuw in de wijk."_s};
    return notes;
}

} // namespace DemoNames
