<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Wijkregie</source>
        <translation>Over Wijkregie</translation>
    </message>
    <message>
        <source>The register of the ward director: wards, resident initiatives and the residents who carry them, and which initiatives are at risk of stopping.</source>
        <translation>Het register van de wijkregisseur: wijken, bewonersinitiatieven en de bewoners die ze dragen, en welke initiatieven dreigen te stoppen.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later. Wijkregie is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes without any warranty.</source>
        <translation>Licentie: GPL-3.0-or-later. Wijkregie is vrije software: u mag het verspreiden en wijzigen onder de voorwaarden van de GNU General Public License, versie 3 of (naar uw keuze) een latere versie. Het wordt geleverd zonder enige garantie.</translation>
    </message>
    <message>
        <source>Reports are set in DejaVu Sans, included in Wijkregie under the Bitstream Vera licence.</source>
        <translation>Rapportages worden gezet in DejaVu Sans, dat onder de Bitstream Vera-licentie met Wijkregie wordt meegeleverd.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Row for a person who no longer exists.</source>
        <translation>Rij voor een persoon die niet meer bestaat.</translation>
    </message>
    <message>
        <source>%1: the date is not valid.</source>
        <translation>%1: de datum is ongeldig.</translation>
    </message>
    <message>
        <source>%1, %2: hours cannot be negative.</source>
        <translation>%1, %2: het aantal uren kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1, %2: %3 hours in one day, counting other initiatives; a day has 24.</source>
        <translation>%1, %2: %3 uur op één dag, andere initiatieven meegeteld; een dag heeft er 24.</translation>
    </message>
    <message>
        <source>%1, %2: this date lies outside the person&apos;s involvement in the initiative.</source>
        <translation>%1, %2: deze datum valt buiten de periode waarin de persoon bij het initiatief betrokken is.</translation>
    </message>
</context>
<context>
    <name>AgreementCharts</name>
    <message>
        <source>Agreements ending and evaluations due</source>
        <translation>Aflopende afspraken en geplande evaluaties</translation>
    </message>
    <message>
        <source>KPI and ward-goal progress</source>
        <translation>Voortgang van KPI&apos;s en wijkdoelen</translation>
    </message>
    <message>
        <source>Participation by channel</source>
        <translation>Participatie per kanaal</translation>
    </message>
    <message>
        <source>Support gaps per theme</source>
        <translation>Knelpunten in vraag en aanbod per thema</translation>
    </message>
    <message>
        <source>Agreements ending</source>
        <translation>Aflopende afspraken</translation>
    </message>
    <message>
        <source>Evaluations due</source>
        <translation>Geplande evaluaties</translation>
    </message>
    <message>
        <source>number</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>KPI and ward-goal progress against target</source>
        <translation>Voortgang van KPI&apos;s en wijkdoelen ten opzichte van de streefwaarde</translation>
    </message>
    <message>
        <source>No KPI or goal has measurements yet.</source>
        <translation>Er zijn nog geen metingen voor KPI&apos;s of wijkdoelen.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Wijkdoel</translation>
    </message>
    <message>
        <source>% of the way from baseline to target</source>
        <translation>% van de weg van nulmeting naar streefwaarde</translation>
    </message>
    <message>
        <source>Participants by channel per ward, last 12 months</source>
        <translation>Deelnemers per kanaal per wijk, afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>No participation moments in this period.</source>
        <translation>Geen participatiemomenten in deze periode.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>Open needs and gaps per theme</source>
        <translation>Openstaande vragen en knelpunten per thema</translation>
    </message>
    <message>
        <source>No open needs in the support map.</source>
        <translation>Er staan geen vragen open in vraag en aanbod.</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Openstaande vragen</translation>
    </message>
    <message>
        <source>⚠ Gaps: no offer</source>
        <translation>⚠ Knelpunten: geen aanbod</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>vragen</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>Streefwaarde (100%)</translation>
    </message>
    <message>
        <source>For each of the next twelve months, the number of agreements that end and of evaluations that are due.</source>
        <translation>Voor elk van de komende twaalf maanden het aantal afspraken dat afloopt en het aantal evaluaties dat gepland staat.</translation>
    </message>
    <message>
        <source>How far each KPI and ward goal has come from its baseline towards its target, in per cent, the ones off track first.</source>
        <translation>Hoe ver elke KPI en elk wijkdoel van de nulmeting naar de streefwaarde is gekomen, in procenten, met wat achter op schema ligt bovenaan.</translation>
    </message>
    <message>
        <source>For each ward, the number of participants in the last twelve months by channel.</source>
        <translation>Per wijk het aantal deelnemers in de afgelopen twaalf maanden, per kanaal.</translation>
    </message>
    <message>
        <source>For each theme, the number of open needs and of gaps, which are needs that no offer meets.</source>
        <translation>Per thema het aantal openstaande vragen en knelpunten: vragen waarvoor geen aanbod is.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Monitoring and evaluation are laid down in the agreement</source>
        <translation>Monitoring en evaluatie zijn in de afspraak vastgelegd</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Samenwerkingsafspraak: %1</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe samenwerkingsafspraak</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Afspraak</translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI&apos;s</translation>
    </message>
    <message>
        <source>E&amp;valuations</source>
        <translation>E&amp;valuaties</translation>
    </message>
    <message>
        <source>Choose a partner...</source>
        <translation>Kies een partner...</translation>
    </message>
    <message>
        <source>What the partner and the municipality agreed</source>
        <translation>Wat de partner en de gemeente hebben afgesproken</translation>
    </message>
    <message>
        <source>euros, e.g. 12.500,00</source>
        <translation>euro, bijv. 12.500,00</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Wards:</source>
        <translation>&amp;Wijken:</translation>
    </message>
    <message>
        <source>&amp;Initiatives:</source>
        <translation>&amp;Initiatieven:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Bu&amp;dget:</translation>
    </message>
    <message>
        <source>&amp;Monitoring:</source>
        <translation>&amp;Monitoring:</translation>
    </message>
    <message>
        <source>M&amp;&amp;E:</source>
        <translation>M&amp;&amp;E:</translation>
    </message>
    <message>
        <source>&amp;Next evaluation:</source>
        <translation>Vol&amp;gende evaluatie:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Samenwerkingsafspraak bewerken</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Samenwerkingsafspraak toevoegen</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>✗ missing</source>
        <translation>✗ ontbreekt</translation>
    </message>
    <message>
        <source>✓ agreed</source>
        <translation>✓ afgesproken</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>No monitoring and evaluation laid down in this agreement</source>
        <translation>In deze afspraak is geen monitoring en evaluatie vastgelegd</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>M&amp;E</source>
        <translation>M&amp;E</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
</context>
<context>
    <name>AgreementPages</name>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Ward goals</source>
        <translation>Wijkdoelen</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>Support map</source>
        <translation>Vraag en aanbod</translation>
    </message>
    <message>
        <source>Signals (%1)</source>
        <translation>Signalen (%1)</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>Enter the agreement&apos;s title.</source>
        <translation>Vul de titel van de afspraak in.</translation>
    </message>
    <message>
        <source>Choose the partner the agreement is made with.</source>
        <translation>Kies de partner met wie de afspraak is gemaakt.</translation>
    </message>
    <message>
        <source>Choose at least one ward the agreement is for.</source>
        <translation>Kies minimaal één wijk waarvoor de afspraak geldt.</translation>
    </message>
    <message>
        <source>One of the chosen wards no longer exists.</source>
        <translation>Een van de gekozen wijken bestaat niet meer.</translation>
    </message>
    <message>
        <source>One of the linked initiatives no longer exists.</source>
        <translation>Een van de gekoppelde initiatieven bestaat niet meer.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Het budget kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>Deze afspraak bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPI&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluatie</numerusform>
            <numerusform>%n evaluaties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Show only agreements with this status</source>
        <translation>Alleen afspraken met deze status tonen</translation>
    </message>
    <message>
        <source>Show only agreements with this partner</source>
        <translation>Alleen afspraken met deze partner tonen</translation>
    </message>
    <message>
        <source>Without M&amp;&amp;E only</source>
        <translation>Alleen zonder M&amp;&amp;E</translation>
    </message>
    <message>
        <source>Search title, description or partner...</source>
        <translation>Zoeken in titel, omschrijving of partner...</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Show only agreements in which no monitoring and evaluation is laid down</source>
        <translation>Alleen afspraken tonen waarin geen monitoring en evaluatie is vastgelegd</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Agreements ending in %1</source>
        <translation>Afspraken die aflopen in %1</translation>
    </message>
    <message>
        <source>Evaluations due in %1</source>
        <translation>Evaluaties gepland in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <source>agreement “%1”</source>
        <translation>de afspraak “%1”</translation>
    </message>
    <message>
        <source>agreement “%1” with %2</source>
        <translation>de afspraak “%1” met %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle partners</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>erased (AVG art. 17)</source>
        <translation>gewist (AVG art. 17)</translation>
    </message>
    <message>
        <source>exported with personal data</source>
        <translation>geëxporteerd met persoonsgegevens</translation>
    </message>
    <message>
        <source>report with names</source>
        <translation>rapportage met namen</translation>
    </message>
    <message>
        <source>subject access (AVG art. 15)</source>
        <translation>inzageverzoek (AVG art. 15)</translation>
    </message>
    <message>
        <source>retention run</source>
        <translation>bewaartermijncontrole</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Soort record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aantal records</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle soorten records</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Soort record:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Handeling:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as CSV...</source>
        <translation>Exporteren als CSV...</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>De auditlog exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>erased (AVG art. 17)</source>
        <translation>gewist (AVG art. 17)</translation>
    </message>
    <message>
        <source>exported with personal data</source>
        <translation>geëxporteerd met persoonsgegevens</translation>
    </message>
    <message>
        <source>report with names</source>
        <translation>rapportage met namen</translation>
    </message>
    <message>
        <source>subject access (AVG art. 15)</source>
        <translation>inzageverzoek (AVG art. 15)</translation>
    </message>
    <message>
        <source>retention run</source>
        <translation>bewaartermijncontrole</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Soort record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aantal records</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Wijkregie: %1</source>
        <translation>Wijkregie: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Grafiek opslaan als PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Cannot save chart</source>
        <translation>Kan grafiek niet opslaan</translation>
    </message>
    <message>
        <source>Save as PNG...</source>
        <translation>Opslaan als PNG...</translation>
    </message>
    <message>
        <source>Enter shows this chart as a table, where Enter on a value opens the list behind it</source>
        <translation>Enter toont deze grafiek als tabel; Enter op een waarde opent de lijst erachter</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>De grafiek kon niet worden getekend.</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als tabel tonen</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>%1, as a table</source>
        <translation>%1, als tabel</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter...</source>
        <translation>Filteren...</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n gekozen</numerusform>
            <numerusform>%n gekozen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the list below</source>
        <translation>De lijst hieronder filteren</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No subcommand given.</source>
        <translation>Er is geen subcommando opgegeven.</translation>
    </message>
    <message>
        <source>The subcommand &quot;%1&quot; is not available in this version of Wijkregie.</source>
        <translation>Het subcommando &quot;%1&quot; is niet beschikbaar in deze versie van Wijkregie.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Onbekende optie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation>Onbekend subcommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>An argument is missing for the subcommand &quot;%1&quot;.</source>
        <translation>Er ontbreekt een argument bij het subcommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Too many arguments for the subcommand &quot;%1&quot;.</source>
        <translation>Te veel argumenten bij het subcommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage:
  wijkregie [FILE]                                  open the window (the start page when no FILE)
  wijkregie new OUT [--municipality NAME]           create an empty database
  wijkregie demo OUT [--size small|large|huge] [--seed N]
                                                    create a demo municipality
  wijkregie check FILE                              check integrity, references and schema version
  wijkregie backup FILE OUT                         write a checked copy of FILE to OUT
  wijkregie report FILE (--ward CODE | --all) --out OUT.pdf|OUT.odt
                 [--from DATE --to DATE] [--with-names]
                                                    print the council report as PDF/A, or as ODT
                                                    to edit in a word processor
  wijkregie export FILE --table NAME --out OUT.csv [--dialect excel-nl|rfc4180] [--with-personal-data]
                 [--format csv|xlsx]                export a table as CSV, or as an Excel workbook
                                                    (xlsx; also for OUT.xlsx); pseudonyms unless asked
  wijkregie import FILE --table NAME --in IN.csv [--dry-run]
                 [--date-order dmy|mdy] [--map &quot;Kolom=key,...&quot;]
                                                    import wards, persons, initiatives, involvements,
                                                    activities or critical_roles; all rows or none
  wijkregie risk FILE [--date YYYY-MM-DD] [--out OUT.csv|OUT.xlsx] [--dialect excel-nl|rfc4180]
                                                    write the continuity risk of every active
                                                    initiative as CSV (excel-nl unless told) or XLSX
  wijkregie signals FILE [--date YYYY-MM-DD] [--out OUT.csv|OUT.xlsx]
                                                    write the home screen&apos;s signals (continuity
                                                    first, with suggested backups) as CSV or XLSX
  wijkregie calendar FILE --out OUT.ics             write evaluations, agreement ends, follow-up
                                                    deadlines and funding ends as iCalendar
  wijkregie person export FILE --id N --out DIR   every record about a resident as CSV files
                                                    and a PDF in a new folder (AVG art. 15)
  wijkregie person erase FILE --id N [--purge-backups]
                                                    erase a resident (AVG art. 17): names, contact
                                                    and consent gone, hours and roles kept
  wijkregie retention FILE [--apply [--purge-backups]] [--months N]
                                                    list (and with --apply anonymise) residents whose
                                                    consent ended or who were inactive longer than
                                                    the retention period (24 months unless set)
  wijkregie audit FILE [--from DATE --to DATE] [--user U] [--entity E] [--action A] --out OUT.csv
                                                    write the audit log as CSV
  wijkregie publish FILE --to postgresql://SERVER/DATABASE
                                                    copy the file&apos;s data into a new, empty team
                                                    database (password in ~/.pgpass)
  wijkregie team init URL                           install the team roles (the database&apos;s owner)
  wijkregie team add-user URL --user NAME --role wijkregisseur|teamleider|beleidsmedewerker|beheerder
  wijkregie team assign-ward URL --user NAME --ward CODE [--remove]
  wijkregie team list URL                           the team&apos;s members, roles and wards (beheerder)
  wijkregie --help                                  show this text
  wijkregie --version                               show the version

FILE may also be a team database: postgresql://[user@]server[:port]/database.
Exit status: 0 success, 1 the command could not be carried out (nothing was changed), 2 usage error.</source>
        <translation>Gebruik:
  wijkregie [FILE]                                  het venster openen (de startpagina als FILE ontbreekt)
  wijkregie new OUT [--municipality NAME]           een lege database aanmaken
  wijkregie demo OUT [--size small|large|huge] [--seed N]
                                                    een demogemeente aanmaken
  wijkregie check FILE                              integriteit, verwijzingen en schemaversie controleren
  wijkregie backup FILE OUT                         een gecontroleerde kopie van FILE naar OUT schrijven
  wijkregie report FILE (--ward CODE | --all) --out OUT.pdf|OUT.odt
                 [--from DATE --to DATE] [--with-names]
                                                    de raadsrapportage als PDF/A afdrukken, of als ODT
                                                    om in een tekstverwerker te bewerken
  wijkregie export FILE --table NAME --out OUT.csv [--dialect excel-nl|rfc4180] [--with-personal-data]
                 [--format csv|xlsx]                een tabel als CSV exporteren, of als Excel-werkmap
                                                    (xlsx; ook bij OUT.xlsx); standaard met pseudoniemen
  wijkregie import FILE --table NAME --in IN.csv [--dry-run]
                 [--date-order dmy|mdy] [--map &quot;Kolom=key,...&quot;]
                                                    de tabel wards, persons, initiatives, involvements,
                                                    activities of critical_roles importeren; alles of niets
  wijkregie risk FILE [--date YYYY-MM-DD] [--out OUT.csv|OUT.xlsx] [--dialect excel-nl|rfc4180]
                                                    het continuïteitsrisico van elk actief initiatief
                                                    als CSV (standaard excel-nl) of XLSX schrijven
  wijkregie signals FILE [--date YYYY-MM-DD] [--out OUT.csv|OUT.xlsx]
                                                    de signalen van het startscherm (continuïteit
                                                    eerst, met voorgestelde reserves) als CSV of XLSX schrijven
  wijkregie calendar FILE --out OUT.ics             evaluaties, aflopende afspraken, deadlines van
                                                    vervolgacties en eindes van financiering als iCalendar schrijven
  wijkregie person export FILE --id N --out DIR   alle records over een bewoner als CSV-bestanden
                                                    en een PDF in een nieuwe map (AVG art. 15)
  wijkregie person erase FILE --id N [--purge-backups]
                                                    een bewoner wissen (AVG art. 17): namen, contact
                                                    en toestemming weg, uren en rollen bewaard
  wijkregie retention FILE [--apply [--purge-backups]] [--months N]
                                                    bewoners noemen (en met --apply anonimiseren) van wie
                                                    de toestemming eindigde of die langer inactief waren dan
                                                    de bewaartermijn (standaard 24 maanden)
  wijkregie audit FILE [--from DATE --to DATE] [--user U] [--entity E] [--action A] --out OUT.csv
                                                    de auditlog als CSV schrijven
  wijkregie publish FILE --to postgresql://SERVER/DATABASE
                                                    de gegevens van het bestand naar een nieuwe, lege
                                                    teamdatabase kopiëren (wachtwoord in ~/.pgpass)
  wijkregie team init URL                           de teamrollen installeren (de eigenaar van de database)
  wijkregie team add-user URL --user NAAM --role wijkregisseur|teamleider|beleidsmedewerker|beheerder
  wijkregie team assign-ward URL --user NAAM --ward CODE [--remove]
  wijkregie team list URL                           de leden van het team, hun rollen en wijken (beheerder)
  wijkregie --help                                  deze tekst tonen
  wijkregie --version                               het versienummer tonen

FILE mag ook een teamdatabase zijn: postgresql://[gebruiker@]server[:poort]/database.
Afsluitstatus: 0 gelukt, 1 de opdracht kon niet worden uitgevoerd (er is niets gewijzigd), 2 onjuist gebruik.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The new database file.</source>
        <translation>Het nieuwe databasebestand.</translation>
    </message>
    <message>
        <source>The municipality&apos;s name.</source>
        <translation>De naam van de gemeente.</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Lege database %1 aangemaakt.</translation>
    </message>
    <message>
        <source>small, large or huge.</source>
        <translation>small, large of huge.</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same municipality.</source>
        <translation>Het startgetal (seed): hetzelfde startgetal geeft dezelfde gemeente.</translation>
    </message>
    <message>
        <source>Unknown size &quot;%1&quot;; choose small, large or huge.</source>
        <translation>Onbekende omvang &quot;%1&quot;; kies small, large of huge.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>Het startgetal moet een geheel getal van 0 tot en met 4294967295 zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 already exists; Wijkregie does not overwrite it.</source>
        <translation>Het bestand %1 bestaat al; Wijkregie overschrijft het niet.</translation>
    </message>
    <message>
        <source>Generating the demo municipality: %1%</source>
        <translation>Demogemeente wordt aangemaakt: %1%</translation>
    </message>
    <message>
        <source>The file %1 could not be written; nothing was changed.</source>
        <translation>Het bestand %1 kon niet worden geschreven; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Wrote the %1 demo municipality to %2 in %3 s: %4 wards, %5 initiatives, %6 persons (seed %7).</source>
        <translation>Demogemeente (%1) geschreven naar %2 in %3 s: %4 wijken, %5 initiatieven, %6 personen (startgetal %7).</translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation>De database die gecontroleerd wordt.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Controle van %1</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Gemeente: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version reads up to %2)</source>
        <translation>Schemaversie: %1 (deze versie leest tot en met %2)</translation>
    </message>
    <message>
        <source>Integrity and references: %1</source>
        <translation>Integriteit en verwijzingen: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>PROBLEMEN GEVONDEN</translation>
    </message>
    <message>
        <source>Wards: %1</source>
        <translation>Wijken: %1</translation>
    </message>
    <message>
        <source>Initiatives: %1</source>
        <translation>Initiatieven: %1</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <source>The file %1 has problems; restore it from a backup.</source>
        <translation>Het bestand %1 bevat fouten; zet een back-up terug.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation>De database die gekopieerd wordt.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Het back-upbestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Wrote a checked backup of %1 to %2.</source>
        <translation>Gecontroleerde back-up van %1 geschreven naar %2.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>kolom %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rij %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>rij %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelezen rijen: %1</translation>
    </message>
    <message>
        <source>New rows: %1</source>
        <translation>Nieuwe rijen: %1</translation>
    </message>
    <message>
        <source>Rows already present (not added): %1</source>
        <translation>Rijen die al aanwezig waren (niet toegevoegd): %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... en nog %n probleem.</numerusform>
            <numerusform>... en nog %n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table to export.</source>
        <translation>De tabel die geëxporteerd wordt.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Het CSV-bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>excel-nl (the default) or rfc4180.</source>
        <translation>excel-nl (standaard) of rfc4180.</translation>
    </message>
    <message>
        <source>Names and contact details instead of pseudonyms.</source>
        <translation>Namen en contactgegevens in plaats van pseudoniemen.</translation>
    </message>
    <message>
        <source>Give the table to export with --table. Tables: %1.</source>
        <translation>Geef met --table de tabel op die u wilt exporteren. Tabellen: %1.</translation>
    </message>
    <message>
        <source>The risk scores are exported with &quot;wijkregie risk FILE --out OUT.csv&quot;.</source>
        <translation>De risicoscores exporteert u met &quot;wijkregie risk FILE --out OUT.csv&quot;.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; to export. Tables: %2.</source>
        <translation>Er is geen tabel &quot;%1&quot; om te exporteren. Tabellen: %2.</translation>
    </message>
    <message>
        <source>Unknown dialect &quot;%1&quot;. Use excel-nl or rfc4180.</source>
        <translation>Onbekend dialect &quot;%1&quot;. Gebruik excel-nl of rfc4180.</translation>
    </message>
    <message>
        <source>Give the CSV file to write with --out.</source>
        <translation>Geef met --out het CSV-bestand op dat geschreven moet worden.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Table %1 written to %2 (%3) in %4 s.</source>
        <translation>Tabel %1 geschreven naar %2 (%3) in %4 s.</translation>
    </message>
    <message>
        <source>The table to import into.</source>
        <translation>De tabel waarin geïmporteerd wordt.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Het CSV-bestand dat gelezen wordt.</translation>
    </message>
    <message>
        <source>Check and report only; write nothing.</source>
        <translation>Alleen controleren en rapporteren; niets wegschrijven.</translation>
    </message>
    <message>
        <source>Give the table to import into with --table.</source>
        <translation>Geef met --table de tabel op waarin u wilt importeren.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; cannot be imported.</source>
        <translation>De tabel &quot;%1&quot; kan niet worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Tables: %1.</source>
        <translation>Tabellen: %1.</translation>
    </message>
    <message>
        <source>Give the CSV file to read with --in.</source>
        <translation>Geef met --in het CSV-bestand op dat gelezen moet worden.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message numerus="yes">
        <source>The file was refused: %n problem(s). Nothing was written.</source>
        <translation>
            <numerusform>Het bestand is geweigerd: %n probleem. Er is niets weggeschreven.</numerusform>
            <numerusform>Het bestand is geweigerd: %n problemen. Er is niets weggeschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the file can be imported. Nothing was written.</source>
        <translation>Proefrun: het bestand kan worden geïmporteerd. Er is niets weggeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new row(s) into %1 in %2 s.</source>
        <translation>
            <numerusform>%n nieuwe rij geïmporteerd in %1 in %2 s.</numerusform>
            <numerusform>%n nieuwe rijen geïmporteerd in %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ward&apos;s CBS code (may be repeated).</source>
        <translation>De CBS-code van de wijk (mag meermaals worden opgegeven).</translation>
    </message>
    <message>
        <source>The municipality overview of all wards.</source>
        <translation>Het gemeenteoverzicht van alle wijken.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Eerste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Laatste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Show residents&apos; names instead of pseudonyms.</source>
        <translation>Namen van bewoners tonen in plaats van pseudoniemen.</translation>
    </message>
    <message>
        <source>Give either --ward CODE or --all.</source>
        <translation>Geef --ward CODE of --all op.</translation>
    </message>
    <message>
        <source>--to is not a date (YYYY-MM-DD): %1</source>
        <translation>--to is geen datum (JJJJ-MM-DD): %1</translation>
    </message>
    <message>
        <source>--from is not a date (YYYY-MM-DD): %1</source>
        <translation>--from is geen datum (JJJJ-MM-DD): %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat die begint.</translation>
    </message>
    <message>
        <source>There is no ward with code %1 in %2.</source>
        <translation>Er is geen wijk met code %1 in %2.</translation>
    </message>
    <message>
        <source>Report written to %1 in %2 s.</source>
        <translation>Rapportage geschreven naar %1 in %2 s.</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>Initiatiefnummer</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation>Wijkcode</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Risiconiveau</translation>
    </message>
    <message>
        <source>The reference date (YYYY-MM-DD); today when not given.</source>
        <translation>De peildatum (JJJJ-MM-DD); vandaag als die niet is opgegeven.</translation>
    </message>
    <message>
        <source>The CSV file to write; standard output when not given.</source>
        <translation>Het CSV-bestand dat geschreven wordt; de standaarduitvoer als dat niet is opgegeven.</translation>
    </message>
    <message>
        <source>--date is not a date (YYYY-MM-DD): %1</source>
        <translation>--date is geen datum (JJJJ-MM-DD): %1</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Er kan niet naar de standaarduitvoer worden geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Risk of %n initiative(s) at %1 written to %2.</source>
        <translation>
            <numerusform>Risico van %n initiatief op peildatum %1 geschreven naar %2.</numerusform>
            <numerusform>Risico van %n initiatieven op peildatum %1 geschreven naar %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF or ODT file to write.</source>
        <translation>Het PDF- of ODT-bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Give the PDF or ODT file to write with --out.</source>
        <translation>Geef met --out het PDF- of ODT-bestand op dat geschreven moet worden.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .odt.</source>
        <translation>Het uitvoerbestand moet eindigen op .pdf of .odt.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Itemnummer</translation>
    </message>
    <message>
        <source>Critical role id</source>
        <translation>Nummer kritieke rol</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Suggested backups</source>
        <translation>Voorgestelde reserves</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) at %1 written to %2.</source>
        <translation>
            <numerusform>%n signaal (peildatum %1) geschreven naar %2.</numerusform>
            <numerusform>%n signalen (peildatum %1) geschreven naar %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The iCalendar file (.ics) to write.</source>
        <translation>Het iCalendar-bestand (.ics) dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Give the iCalendar file to write with --out.</source>
        <translation>Geef met --out het iCalendar-bestand op dat u wilt schrijven.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Het bestand %1 kan niet worden geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written to %1.</source>
        <translation>
            <numerusform>%n herinnering geschreven naar %1.</numerusform>
            <numerusform>%n herinneringen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: table %2, dialect %3, encoding %4</source>
        <translation>%1: tabel %2, dialect %3, codering %4</translation>
    </message>
    <message>
        <source>Columns ignored as asked: %1</source>
        <translation>Kolommen genegeerd zoals gevraagd: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>The order of dates such as 03/04/2026 in the file: dmy (day first) or mdy (month first).</source>
        <translation>De volgorde van datums zoals 03/04/2026 in het bestand: dmy (dag eerst) of mdy (maand eerst).</translation>
    </message>
    <message>
        <source>Columns of the file as keys: &quot;Kolom=key,Andere kolom=-&quot; (- ignores the column).</source>
        <translation>Kolommen van het bestand als sleutels: &quot;Kolom=key,Andere kolom=-&quot; (- negeert de kolom).</translation>
    </message>
    <message>
        <source>Unknown date order &quot;%1&quot;. Use dmy (day first) or mdy (month first).</source>
        <translation>Onbekende datumvolgorde &quot;%1&quot;. Gebruik dmy (dag eerst) of mdy (maand eerst).</translation>
    </message>
    <message>
        <source>csv (the default) or xlsx (an Excel workbook; the default for OUT ending in .xlsx).</source>
        <translation>csv (standaard) of xlsx (een Excel-werkmap; standaard als OUT op .xlsx eindigt).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use csv or xlsx.</source>
        <translation>Onbekend formaat &quot;%1&quot;. Gebruik csv of xlsx.</translation>
    </message>
    <message>
        <source>--dialect is for CSV; an Excel workbook has typed cells and the column names of excel-nl.</source>
        <translation>--dialect is voor CSV; een Excel-werkmap heeft getypeerde cellen en de kolomnamen van excel-nl.</translation>
    </message>
    <message>
        <source>An Excel workbook is written to a file: give it with --out.</source>
        <translation>Een Excel-werkmap wordt naar een bestand geschreven: geef dat op met --out.</translation>
    </message>
    <message numerus="yes">
        <source>Already present, %n row(s): %1</source>
        <translation>
            <numerusform>Al aanwezig, %n rij: %1</numerusform>
            <numerusform>Al aanwezig, %n rijen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the day total of an earlier row, %n row(s): %1</source>
        <translation>
            <numerusform>Opgeteld bij het dagtotaal van een eerdere rij, %n rij: %1</numerusform>
            <numerusform>Opgeteld bij het dagtotaal van een eerdere rij, %n rijen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated within the file (stored once), %n row(s): %1</source>
        <translation>
            <numerusform>Herhaald in het bestand (één keer opgeslagen), %n rij: %1</numerusform>
            <numerusform>Herhaald in het bestand (één keer opgeslagen), %n rijen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--id is not a resident&apos;s number: %1</source>
        <translation>--id is geen nummer van een bewoner: %1</translation>
    </message>
    <message>
        <source>Give the resident&apos;s number with --id.</source>
        <translation>Geef het nummer van de bewoner op met --id.</translation>
    </message>
    <message>
        <source>The resident&apos;s number.</source>
        <translation>Het nummer van de bewoner.</translation>
    </message>
    <message>
        <source>Also delete the backups that still hold the resident&apos;s data.</source>
        <translation>Ook de back-ups verwijderen die de gegevens van de bewoner nog bevatten.</translation>
    </message>
    <message>
        <source>Resident %1 was erased and is now &quot;%2&quot;: %3 emptied.</source>
        <translation>Bewoner %1 is gewist en heet nu &quot;%2&quot;: %3 leeggemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Kept, without the person&apos;s data: %n involvement(s)</source>
        <translation>
            <numerusform>Bewaard, zonder de gegevens van de persoon: %n betrokkenheid</numerusform>
            <numerusform>Bewaard, zonder de gegevens van de persoon: %n betrokkenheden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with hours</source>
        <translation>
            <numerusform>%n dag met uren</numerusform>
            <numerusform>%n dagen met uren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical role(s)</source>
        <translation>
            <numerusform>%n kritieke rol</numerusform>
            <numerusform>%n kritieke rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n aanbod</numerusform>
            <numerusform>%n aanbiedingen</numerusform>
        </translation>
    </message>
    <message>
        <source>The file and its journal no longer hold the erased data.</source>
        <translation>Het bestand en zijn journaal bevatten de gewiste gegevens niet meer.</translation>
    </message>
    <message>
        <source>No backup in the backups folder holds the resident&apos;s data.</source>
        <translation>Geen back-up in de map backups bevat de gegevens van de bewoner.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that still held the resident&apos;s data:</source>
        <translation>
            <numerusform>%n back-up verwijderd die de gegevens van de bewoner nog bevatte:</numerusform>
            <numerusform>%n back-ups verwijderd die de gegevens van de bewoner nog bevatten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Made a new backup without them: %1</source>
        <translation>Een nieuwe back-up zonder die gegevens gemaakt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold the resident&apos;s data:</source>
        <translation>
            <numerusform>%n back-up bevat de gegevens van de bewoner nog:</numerusform>
            <numerusform>%n back-ups bevatten de gegevens van de bewoner nog:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them with: wijkregie person erase %1 --id %2 --purge-backups</source>
        <translation>Verwijder ze met: wijkregie person erase %1 --id %2 --purge-backups</translation>
    </message>
    <message>
        <source>The new (or empty) folder to write the files in.</source>
        <translation>De nieuwe (of lege) map om de bestanden in te schrijven.</translation>
    </message>
    <message>
        <source>Give the folder to write the files in with --out.</source>
        <translation>Geef de map om de bestanden in te schrijven op met --out.</translation>
    </message>
    <message>
        <source>There is no resident with number %1; nothing was written.</source>
        <translation>Er is geen bewoner met nummer %1; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Wrote every record about resident %1 to %2:</source>
        <translation>Alle records over bewoner %1 geschreven naar %2:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do with the resident: export or erase.</source>
        <translation>Zeg wat er met de bewoner moet gebeuren: export of erase.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for person; use export or erase.</source>
        <translation>Onbekende handeling &quot;%1&quot; voor person; gebruik export of erase.</translation>
    </message>
    <message>
        <source>Anonymise the residents listed (the same erasure as wijkregie person erase).</source>
        <translation>De genoemde bewoners anonimiseren (hetzelfde wissen als wijkregie person erase).</translation>
    </message>
    <message>
        <source>With --apply: also delete the backups that still hold their data.</source>
        <translation>Met --apply: ook de back-ups verwijderen die hun gegevens nog bevatten.</translation>
    </message>
    <message>
        <source>Store a new retention period in months first.</source>
        <translation>Eerst een nieuwe bewaartermijn in maanden opslaan.</translation>
    </message>
    <message>
        <source>--months must be a number of months from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--months moet een aantal maanden van %1 tot en met %2 zijn, niet &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--purge-backups goes with --apply.</source>
        <translation>--purge-backups hoort bij --apply.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period set to %n month(s).</source>
        <translation>
            <numerusform>Bewaartermijn ingesteld op %n maand.</numerusform>
            <numerusform>Bewaartermijn ingesteld op %n maanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: no resident&apos;s consent was withdrawn or has ended, and every resident has something recorded in the last %n month(s). Nothing was changed.</source>
        <translation>
            <numerusform>Niets te doen: van geen bewoner is de toestemming ingetrokken of verlopen, en van elke bewoner is in de laatste %n maand iets vastgelegd. Er is niets gewijzigd.</numerusform>
            <numerusform>Niets te doen: van geen bewoner is de toestemming ingetrokken of verlopen, en van elke bewoner is in de laatste %n maanden iets vastgelegd. Er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) to anonymise (retention period %1 months):</source>
        <translation>
            <numerusform>%n bewoner te anonimiseren (bewaartermijn %1 maanden):</numerusform>
            <numerusform>%n bewoners te anonimiseren (bewaartermijn %1 maanden):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Anonymise them with: wijkregie retention %1 --apply</source>
        <translation>Er is niets gewijzigd. Anonimiseer ze met: wijkregie retention %1 --apply</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n resident(s); their hours, involvements and roles were kept without their data.</source>
        <translation>
            <numerusform>%n bewoner geanonimiseerd; de uren, betrokkenheden en rollen zijn bewaard zonder de persoonsgegevens.</numerusform>
            <numerusform>%n bewoners geanonimiseerd; hun uren, betrokkenheden en rollen zijn bewaard zonder hun persoonsgegevens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that still held their data:</source>
        <translation>
            <numerusform>%n back-up verwijderd die hun gegevens nog bevatte:</numerusform>
            <numerusform>%n back-ups verwijderd die hun gegevens nog bevatten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold their data:</source>
        <translation>
            <numerusform>%n back-up bevat hun gegevens nog:</numerusform>
            <numerusform>%n back-ups bevatten hun gegevens nog:</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD, UTC).</source>
        <translation>De eerste dag (JJJJ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD, UTC).</source>
        <translation>De laatste dag (JJJJ-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Only the entries of this account.</source>
        <translation>Alleen de regels van dit account.</translation>
    </message>
    <message>
        <source>Only entries about this kind of record (person, ...).</source>
        <translation>Alleen regels over deze soort record (person, ...).</translation>
    </message>
    <message>
        <source>Only this action: %1.</source>
        <translation>Alleen deze handeling: %1.</translation>
    </message>
    <message>
        <source>--%1 is not a date (YYYY-MM-DD): %2</source>
        <translation>--%1 is geen datum (JJJJ-MM-DD): %2</translation>
    </message>
    <message>
        <source>--from lies after --to.</source>
        <translation>--from ligt na --to.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Actions: %2.</source>
        <translation>Onbekende handeling &quot;%1&quot;. Handelingen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(ies) written to %1.</source>
        <translation>
            <numerusform>%n regel van de auditlog geschreven naar %1.</numerusform>
            <numerusform>%n regels van de auditlog geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Wijkregie file to publish.</source>
        <translation>Het Wijkregie-bestand dat gepubliceerd wordt.</translation>
    </message>
    <message>
        <source>The new, empty server database: postgresql://[user@]server[:port]/database.</source>
        <translation>De nieuwe, lege serverdatabase: postgresql://[gebruiker@]server[:poort]/database.</translation>
    </message>
    <message>
        <source>Give the server database to publish to with --to postgresql://server/database.</source>
        <translation>Geef met --to postgresql://server/database de serverdatabase waarnaar gepubliceerd wordt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server database; write postgresql://server/database.</source>
        <translation>&quot;%1&quot; is geen serverdatabase; schrijf postgresql://server/database.</translation>
    </message>
    <message>
        <source>Publish copies a Wijkregie file to a server; give the file first.</source>
        <translation>Publiceren kopieert een Wijkregie-bestand naar een server; geef eerst het bestand.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n row(s) of %1 to %2 in %3 s.</source>
        <translation>
            <numerusform>%n rij van %1 gepubliceerd naar %2 in %3 s.</numerusform>
            <numerusform>%n rijen van %1 gepubliceerd naar %2 in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team roles exist on a team database only; give it as postgresql://server/database, not &quot;%1&quot;.</source>
        <translation>Teamrollen bestaan alleen in een teamdatabase; geef die als postgresql://server/database, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The team roles are installed: wijkregisseur, teamleider, beleidsmedewerker and beheerder. Add users with wijkregie team add-user.</source>
        <translation>De teamrollen zijn geïnstalleerd: wijkregisseur, teamleider, beleidsmedewerker en beheerder. Voeg gebruikers toe met wijkregie team add-user.</translation>
    </message>
    <message>
        <source>The user&apos;s name on the server (their login).</source>
        <translation>De naam van de gebruiker op de server (de inlognaam).</translation>
    </message>
    <message>
        <source>The team role: wijkregisseur, teamleider, beleidsmedewerker or beheerder.</source>
        <translation>De teamrol: wijkregisseur, teamleider, beleidsmedewerker of beheerder.</translation>
    </message>
    <message>
        <source>Give the user&apos;s name with --user.</source>
        <translation>Geef de naam van de gebruiker met --user.</translation>
    </message>
    <message>
        <source>Give the role with --role: wijkregisseur, teamleider, beleidsmedewerker or beheerder.</source>
        <translation>Geef de rol met --role: wijkregisseur, teamleider, beleidsmedewerker of beheerder.</translation>
    </message>
    <message>
        <source>%1 is %2 in this team database. Their password is set on the server (never on a command line); a wijkregisseur gets wards with wijkregie team assign-ward.</source>
        <translation>%1 is %2 in deze teamdatabase. Het wachtwoord wordt op de server ingesteld (nooit op een opdrachtregel); een wijkregisseur krijgt wijken met wijkregie team assign-ward.</translation>
    </message>
    <message>
        <source>The member&apos;s name on the server.</source>
        <translation>De naam van het teamlid op de server.</translation>
    </message>
    <message>
        <source>The ward&apos;s code.</source>
        <translation>De code van de wijk.</translation>
    </message>
    <message>
        <source>Take the ward away from the member instead.</source>
        <translation>Neem de wijk juist af van het teamlid.</translation>
    </message>
    <message>
        <source>Give the member with --user and the ward&apos;s code with --ward.</source>
        <translation>Geef het teamlid met --user en de code van de wijk met --ward.</translation>
    </message>
    <message>
        <source>%1 no longer edits ward %2.</source>
        <translation>%1 bewerkt wijk %2 niet meer.</translation>
    </message>
    <message>
        <source>%1 edits ward %2.</source>
        <translation>%1 bewerkt wijk %2.</translation>
    </message>
    <message>
        <source>The team has no members yet; add them with wijkregie team add-user.</source>
        <translation>Het team heeft nog geen leden; voeg ze toe met wijkregie team add-user.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, wards %3</source>
        <translation>%1: %2, wijken %3</translation>
    </message>
    <message>
        <source>Say what to do with the team: init, add-user, assign-ward or list.</source>
        <translation>Zeg wat er met het team moet gebeuren: init, add-user, assign-ward of list.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for team; use init, add-user, assign-ward or list.</source>
        <translation>Onbekende actie &quot;%1&quot; voor team; gebruik init, add-user, assign-ward of list.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Nothing was saved. Copy what you typed if you need it, close this window and open the record again to see the new version.</source>
        <translation>Er is niets opgeslagen. Kopieer wat u hebt getypt als u het nodig hebt, sluit dit venster en open het record opnieuw om de nieuwe versie te zien.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it.</source>
        <translation>Iemand anders heeft dit record verwijderd nadat u het opende.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>Iemand anders heeft dit record gewijzigd nadat u het opende.</translation>
    </message>
    <message>
        <source>%1 deleted this record on %2 at %3, after you opened it.</source>
        <translation>%1 heeft dit record op %2 om %3 verwijderd, nadat u het opende.</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 at %3, after you opened it.</source>
        <translation>%1 heeft dit record op %2 om %3 gewijzigd, nadat u het opende.</translation>
    </message>
</context>
<context>
    <name>CriticalRole</name>
    <message>
        <source>lead</source>
        <translation>trekker</translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation>penningmeester</translation>
    </message>
    <message>
        <source>contact with the municipality</source>
        <translation>contact met de gemeente</translation>
    </message>
    <message>
        <source>key management</source>
        <translation>sleutelbeheer</translation>
    </message>
</context>
<context>
    <name>CriticalRoleEditor</name>
    <message>
        <source>Edit critical role</source>
        <translation>Kritieke rol bewerken</translation>
    </message>
    <message>
        <source>New critical role</source>
        <translation>Nieuwe kritieke rol</translation>
    </message>
    <message>
        <source>a standard role, or type your own</source>
        <translation>een standaardrol, of typ een eigen rol</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(no backup)</source>
        <translation>(geen reserve)</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Initiatief:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>Rol&amp;houder:</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>Reser&amp;ve:</translation>
    </message>
    <message>
        <source>The holder and backup are chosen from the people involved in the initiative.</source>
        <translation>De rolhouder en de reserve kiest u uit de mensen die bij het initiatief betrokken zijn.</translation>
    </message>
    <message>
        <source>Add critical role</source>
        <translation>Kritieke rol toevoegen</translation>
    </message>
</context>
<context>
    <name>CriticalRoleModel</name>
    <message>
        <source>No holder</source>
        <translation>Geen rolhouder</translation>
    </message>
    <message>
        <source>Backup named</source>
        <translation>Reserve aangewezen</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Geen reserve</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(no backup)</source>
        <translation>(geen reserve)</translation>
    </message>
    <message>
        <source>Nobody holds this role: the initiative depends on finding someone.</source>
        <translation>Niemand vervult deze rol: het initiatief is ervan afhankelijk dat er iemand wordt gevonden.</translation>
    </message>
    <message>
        <source>Nobody can take over this role when %1 stops: name a backup.</source>
        <translation>Niemand kan deze rol overnemen als %1 stopt: wijs een reserve aan.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Rolhouder</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>CriticalRoleRepository</name>
    <message>
        <source>Choose an initiative.</source>
        <translation>Kies een initiatief.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Geef de rol een naam.</translation>
    </message>
    <message>
        <source>The initiative already has the role %1.</source>
        <translation>Het initiatief heeft de rol %1 al.</translation>
    </message>
    <message>
        <source>The holder no longer exists.</source>
        <translation>De rolhouder bestaat niet meer.</translation>
    </message>
    <message>
        <source>The backup no longer exists.</source>
        <translation>De reserve bestaat niet meer.</translation>
    </message>
    <message>
        <source>The backup must be someone other than the holder.</source>
        <translation>De reserve moet iemand anders zijn dan de rolhouder.</translation>
    </message>
    <message>
        <source>A role with a backup needs a holder.</source>
        <translation>Een rol met een reserve heeft ook een rolhouder nodig.</translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation>Deze rol bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporteren...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importeren...</translation>
    </message>
    <message>
        <source>Import wards, residents, initiatives or hours from a CSV file</source>
        <translation>Wijken, bewoners, initiatieven of uren importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open or create a database first, then import.</source>
        <translation>Open of maak eerst een database en importeer daarna.</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>Deze database is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Export a table as CSV or as an Excel workbook (XLSX), for a spreadsheet</source>
        <translation>Een tabel exporteren als CSV of als Excel-werkmap (XLSX), voor een spreadsheet</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Wards</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Involvements</source>
        <translation>Betrokkenheden</translation>
    </message>
    <message>
        <source>Activities (hours)</source>
        <translation>Activiteiten (uren)</translation>
    </message>
    <message>
        <source>Critical roles</source>
        <translation>Kritieke rollen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Samenwerkingsafspraken</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>KPI measurements</source>
        <translation>KPI-metingen</translation>
    </message>
    <message>
        <source>Ward goals</source>
        <translation>Wijkdoelen</translation>
    </message>
    <message>
        <source>Ward goal measurements</source>
        <translation>Metingen wijkdoelen</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>Needs (support map)</source>
        <translation>Vraag (vraag en aanbod)</translation>
    </message>
    <message>
        <source>Offers (support map)</source>
        <translation>Aanbod (vraag en aanbod)</translation>
    </message>
    <message>
        <source>With &amp;personal data (names and contact details)</source>
        <translation>Met &amp;persoonsgegevens (namen en contactgegevens)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Excel (Dutch): semicolons, decimal comma, dd-mm-yyyy</source>
        <translation>Excel (Nederlands): puntkomma&apos;s, decimale komma, dd-mm-jjjj</translation>
    </message>
    <message>
        <source>RFC 4180: commas, decimal point, ISO dates, stable keys</source>
        <translation>RFC 4180: komma&apos;s, decimale punt, ISO-datums, vaste sleutels</translation>
    </message>
    <message>
        <source>The file will contain residents&apos; names and contact details. Share it only with those who may see them, store it safely and delete it when it is no longer needed (AVG). Without this option, residents appear as a pseudonym (P-12).</source>
        <translation>Het bestand bevat dan namen en contactgegevens van bewoners. Deel het alleen met wie deze gegevens mag zien, bewaar het veilig en verwijder het zodra het niet meer nodig is (AVG). Zonder deze optie staan bewoners erin onder een pseudoniem (P-12).</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Bla&amp;deren...</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabel:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Kies het bestand dat geschreven moet worden.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>De map van %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1 exporteren...</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation>De lijst wordt geëxporteerd...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>The list “%1” as shown: its columns, search, filters and sort (%n row(s)).</source>
        <translation>
            <numerusform>De lijst “%1” zoals getoond: de kolommen, zoekterm, filters en sortering (%n rij).</numerusform>
            <numerusform>De lijst “%1” zoals getoond: de kolommen, zoekterm, filters en sortering (%n rijen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (XLSX): text stays text, dates and euros typed</source>
        <translation>Excel-werkmap (XLSX): tekst blijft tekst, datums en euro&apos;s getypeerd</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-werkmappen (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export for Excel</source>
        <translation>Exporteren voor Excel</translation>
    </message>
    <message>
        <source>Personal data can only be exported where the export is recorded in the audit log.</source>
        <translation>Persoonsgegevens kunnen alleen worden geëxporteerd waar de export in het auditlogboek wordt vastgelegd.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no table “%1” to export. Choose one of: %2.</source>
        <translation>Er is geen tabel “%1” om te exporteren. Kies uit: %2.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Make a &amp;backup copy of the database first</source>
        <translation>Eerst een &amp;back-up van de database maken</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>The import writes all rows in one go, or none when any row has a problem. It cannot be undone with Edit &gt; Undo: keep the backup copy if you may want to go back.</source>
        <translation>De import schrijft alle rijen in één keer weg, of geen enkele als een rij een probleem heeft. De import kan niet ongedaan worden gemaakt met Bewerken &gt; Ongedaan maken: bewaar de back-up als u misschien terug wilt.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabel:</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 controleren...</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 importeren...</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Controle geannuleerd.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Excel (Dutch)</source>
        <translation>Excel (Nederlands)</translation>
    </message>
    <message>
        <source>RFC 4180</source>
        <translation>RFC 4180</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n probleem: er wordt niets geïmporteerd totdat het bestand is verbeterd.</numerusform>
            <numerusform>%n problemen: er wordt niets geïmporteerd totdat het bestand is verbeterd.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Er is niets nieuws om te importeren.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation>Er kon geen back-up worden gemaakt, dus er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>The file was refused; nothing was written.</source>
        <translation>Het bestand is geweigerd; er is niets weggeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported into %1.</source>
        <translation>
            <numerusform>%n rij geïmporteerd in %1.</numerusform>
            <numerusform>%n rijen geïmporteerd in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <source>Notes to check</source>
        <translation>Te controleren opmerkingen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rijen van het bestand</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>Unknown: refuse dates that read two ways</source>
        <translation>Onbekend: datums die op twee manieren te lezen zijn weigeren</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Dag eerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Maand eerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026 read two ways. Say which order the file uses, or leave it unknown and such dates are refused per cell.</source>
        <translation>Datums zoals 03/04/2026 zijn op twee manieren te lezen. Geef aan welke volgorde het bestand gebruikt, of laat het op onbekend staan; zulke datums worden dan per cel geweigerd.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelezen als</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Datumvolgorde:</translation>
    </message>
    <message>
        <source>Format: %1, encoding %2 (detected). Rows read: %3. New: %4. Already present (not added again): %5.</source>
        <translation>Indeling: %1, codering %2 (herkend). Gelezen rijen: %3. Nieuw: %4. Al aanwezig (niet opnieuw toegevoegd): %5.</translation>
    </message>
    <message>
        <source>Added to the day total of an earlier row: %1.</source>
        <translation>Opgeteld bij het dagtotaal van een eerdere rij: %1.</translation>
    </message>
    <message>
        <source>Repeated within the file (stored once): %1.</source>
        <translation>Herhaald in het bestand (één keer opgeslagen): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to check.</source>
        <translation>
            <numerusform>%n opmerking om te controleren.</numerusform>
            <numerusform>%n opmerkingen om te controleren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Opmerkingen (%1)</translation>
    </message>
    <message>
        <source>Rows (%1)</source>
        <translation>Rijen (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>added to an earlier row&apos;s day</source>
        <translation>opgeteld bij de dag van een eerdere rij</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>al aanwezig</translation>
    </message>
    <message>
        <source>repeated in the file</source>
        <translation>herhaald in het bestand</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>probleem</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Read column %1 as</source>
        <translation>Kolom %1 lezen als</translation>
    </message>
    <message>
        <source>Unknown: choose a column or ignore it</source>
        <translation>Onbekend: kies een kolom of negeer deze kolom</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Deze kolom negeren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The team database&apos;s backups are made on the server by its administrator.</source>
        <translation>De reservekopieën van de teamdatabase maakt de beheerder op de server.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2. Check for a missing or extra separator (%3) or a cell with a line break that is not between quotes.</source>
        <translation>Deze rij heeft %1 cellen, terwijl de kopregel er %2 heeft. Controleer of er een scheidingsteken (%3) ontbreekt of te veel is, of dat een cel een regeleinde bevat dat niet tussen aanhalingstekens staat.</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>Deze cel mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Het bestand heeft een kopregel maar geen rijen.</translation>
    </message>
    <message>
        <source>There is no person with number %1.</source>
        <translation>Er is geen persoon met nummer %1.</translation>
    </message>
    <message>
        <source>There is no initiative with number %1.</source>
        <translation>Er is geen initiatief met nummer %1.</translation>
    </message>
    <message>
        <source>Enter the person, or for an event with anonymous participants the number of participants.</source>
        <translation>Vul de persoon in, of bij een bijeenkomst met anonieme deelnemers het aantal deelnemers.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Het aantal deelnemers kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Enter the hours.</source>
        <translation>Vul het aantal uren in.</translation>
    </message>
    <message>
        <source>The hours must lie between 0 and 24.</source>
        <translation>Het aantal uren moet tussen 0 en 24 liggen.</translation>
    </message>
    <message>
        <source>On this date the person is not involved in the initiative; import the involvements first.</source>
        <translation>Op deze datum is de persoon niet bij het initiatief betrokken; importeer eerst de betrokkenheden.</translation>
    </message>
    <message>
        <source>There is no ward with code %1; import the wards first.</source>
        <translation>Er is geen wijk met code %1; importeer eerst de wijken.</translation>
    </message>
    <message>
        <source>The table “%1” cannot be imported. Choose one of: %2.</source>
        <translation>De tabel “%1” kan niet worden geïmporteerd. Kies uit: %2.</translation>
    </message>
    <message>
        <source>There is no theme “%1”.</source>
        <translation>Er is geen thema “%1”.</translation>
    </message>
    <message>
        <source>With row %1 of this file this person has more than 24 hours on this day.</source>
        <translation>Met rij %1 van dit bestand heeft deze persoon op deze dag meer dan 24 uur.</translation>
    </message>
    <message>
        <source>Row %1 has this person on the same day too. The hours register keeps one total per person and day, so the rows are stored together: %2 h (%3).</source>
        <translation>Rij %1 bevat deze persoon ook op dezelfde dag. Het urenregister houdt één totaal per persoon per dag bij, dus de rijen worden samen opgeslagen: %2 uur (%3).</translation>
    </message>
    <message>
        <source>“%1” is not a mapping: write the column as the file names it, &apos;=&apos; and the key, for example &quot;Geboortedatum=-&quot; or &quot;Mobiel=phone&quot;.</source>
        <translation>“%1” is geen koppeling: schrijf de kolom zoals het bestand die noemt, &apos;=&apos; en de sleutel, bijvoorbeeld &quot;Geboortedatum=-&quot; of &quot;Mobiel=phone&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The column “%1” is mapped to “%2”, which is not a column of %3. The columns are: %4.</source>
        <translation>De kolom “%1” is gekoppeld aan “%2”, maar dat is geen kolom van %3. De kolommen zijn: %4.</translation>
    </message>
    <message>
        <source>Unknown column “%1”. Say which column it is, or ignore it: in the window under Columns, on the command line with --map &quot;%1=key&quot; (or --map &quot;%1=-&quot; to ignore it). The columns of %2 are: %3.</source>
        <translation>Onbekende kolom “%1”. Geef aan welke kolom het is, of negeer de kolom: in het venster onder Kolommen, op de opdrachtregel met --map &quot;%1=key&quot; (of --map &quot;%1=-&quot; om de kolom te negeren). De kolommen van %2 zijn: %3.</translation>
    </message>
    <message>
        <source>The column “%1” occurs twice (as “%2” and “%3”).</source>
        <translation>De kolom “%1” komt twee keer voor (als “%2” en als “%3”).</translation>
    </message>
    <message>
        <source>A column “%1” is mapped, but the file has no such column.</source>
        <translation>Er is een kolom “%1” gekoppeld, maar het bestand heeft zo&apos;n kolom niet.</translation>
    </message>
    <message>
        <source>The required column “%1” is missing (in the first row as “%1” or “%2”, or map a column to %2).</source>
        <translation>De verplichte kolom “%1” ontbreekt (in de eerste rij als “%1” of “%2”, of koppel een kolom aan %2).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>“%1” stands in a column without a name. Give the column a name in the first row (and map it if needed), or remove the value.</source>
        <translation>“%1” staat in een kolom zonder naam. Geef de kolom een naam in de eerste rij (en koppel hem zo nodig), of verwijder de waarde.</translation>
    </message>
    <message>
        <source>This row is the same record as row %1 of this file; it is stored once.</source>
        <translation>Deze rij is hetzelfde item als rij %1 van dit bestand; het wordt één keer opgeslagen.</translation>
    </message>
    <message>
        <source>Row %1 of this file has the same code %2 with the name “%3”.</source>
        <translation>Rij %1 van dit bestand heeft dezelfde code %2 met de naam “%3”.</translation>
    </message>
    <message>
        <source>Ward %1 already exists as “%2”. An import never changes an existing record, so this row was not imported; rename the ward in the window if it should be “%3”.</source>
        <translation>Wijk %1 bestaat al als “%2”. Een import wijzigt nooit een bestaand item, dus deze rij is niet geïmporteerd; wijzig de naam van de wijk in het venster als die “%3” moet zijn.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>wijk</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>Row %1 of this file has the same number %2 for %3.</source>
        <translation>Rij %1 van dit bestand heeft hetzelfde nummer %2 voor %3.</translation>
    </message>
    <message>
        <source>“%1” is taken as %2, written differently; not added again.</source>
        <translation>“%1” is opgevat als %2, anders geschreven; niet opnieuw toegevoegd.</translation>
    </message>
    <message>
        <source>“%1” looks like a phone number that lost its leading 0 in a spreadsheet (0%1?). It is imported as written: check it, and format the column as text in the spreadsheet next time.</source>
        <translation>“%1” lijkt een telefoonnummer dat in een spreadsheet de voorloopnul is kwijtgeraakt (0%1?). Het is geïmporteerd zoals het er staat: controleer het, en geef de kolom in de spreadsheet de volgende keer de opmaak Tekst.</translation>
    </message>
    <message>
        <source>Possibly the same person as %1 (same name, e-mail or phone). Added as a new person: check whether they are the same.</source>
        <translation>Mogelijk dezelfde persoon als %1 (zelfde naam, e-mail of telefoon). Toegevoegd als nieuwe persoon: controleer of het om dezelfde persoon gaat.</translation>
    </message>
    <message>
        <source>row %1 of this file, %2</source>
        <translation>rij %1 van dit bestand, %2</translation>
    </message>
    <message>
        <source>number %1, %2</source>
        <translation>nummer %1, %2</translation>
    </message>
    <message>
        <source>Row %1 of this file has the same number %2 for “%3”.</source>
        <translation>Rij %1 van dit bestand heeft hetzelfde nummer %2 voor “%3”.</translation>
    </message>
    <message>
        <source>Number %1 already exists as “%2”. An import never changes an existing record, so this row was not imported.</source>
        <translation>Nummer %1 bestaat al als “%2”. Een import wijzigt nooit een bestaand item, dus deze rij is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Row %1 of this file has this role for initiative %2 with another holder or backup.</source>
        <translation>Rij %1 van dit bestand heeft deze rol bij initiatief %2 met een andere rolhouder of reserve.</translation>
    </message>
    <message>
        <source>This role already exists for initiative %1 with another holder or backup. An import never changes an existing record, so this row was not imported; change the role in the succession register.</source>
        <translation>Deze rol bestaat al bij initiatief %1 met een andere rolhouder of reserve. Een import wijzigt nooit een bestaand item, dus deze rij is niet geïmporteerd; wijzig de rol in het opvolgingsregister.</translation>
    </message>
    <message>
        <source>%1 h is not on a quarter hour: hours are kept in quarter hours. Write %2 or %3 (or hours and minutes such as 1:30).</source>
        <translation>%1 u valt niet op een kwartier: uren worden in kwartieren bijgehouden. Schrijf %2 of %3 (of uren en minuten zoals 1:30).</translation>
    </message>
    <message>
        <source>Person %1 already has %2 h on this day in this initiative, where this file has %3 h. An import does not change registered hours: correct them in the hours grid, or leave the row out of the file.</source>
        <translation>Persoon %1 heeft op deze dag in dit initiatief al %2 u, waar dit bestand %3 u heeft. Een import wijzigt geregistreerde uren niet: corrigeer ze in het urenoverzicht, of laat de rij weg uit het bestand.</translation>
    </message>
    <message>
        <source>Person %1 already has %2 h (%3) on this day in this initiative, where this file has %4 h. An import does not change registered hours: correct them in the hours grid, or leave the row out of the file.</source>
        <translation>Persoon %1 heeft op deze dag in dit initiatief al %2 u (%3), waar dit bestand %4 u heeft. Een import wijzigt geregistreerde uren niet: corrigeer ze in het urenoverzicht, of laat de rij weg uit het bestand.</translation>
    </message>
    <message>
        <source>Number %1 already exists (%2), but this row differs in: %3. An import never changes an existing record, so this row was not imported; change the person in the window if needed.</source>
        <extracomment>%3 lists what differs: name, ward, e-mail, phone (each translated on its own).</extracomment>
        <translation>Nummer %1 bestaat al (%2), maar deze rij verschilt in: %3. Een import wijzigt nooit een bestaand record, dus deze rij is niet geïmporteerd; wijzig de persoon zo nodig in het venster.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); at most %2 MB can be imported at once. Split it into smaller files.</source>
        <translation>Het bestand is te groot (%1 MB); er kan maximaal %2 MB tegelijk worden geïmporteerd. Splits het op in kleinere bestanden.</translation>
    </message>
    <message>
        <source>The file is too large; at most %1 MB can be imported at once. Split it into smaller files.</source>
        <translation>Het bestand is te groot; er kan maximaal %1 MB tegelijk worden geïmporteerd. Splits het op in kleinere bestanden.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>A quote opened in this cell is never closed, so the rest of the file cannot be read. Check the quotes (&quot;) in this row.</source>
        <translation>Een aanhalingsteken dat in deze cel wordt geopend, wordt nergens gesloten, zodat de rest van het bestand niet kan worden gelezen. Controleer de aanhalingstekens (&quot;) in deze rij.</translation>
    </message>
    <message>
        <source>There is text after the closing quote of this cell. Put the whole cell between quotes and write a quote inside it as two quotes (&quot;&quot;).</source>
        <translation>Er staat tekst na het afsluitende aanhalingsteken van deze cel. Zet de hele cel tussen aanhalingstekens en schrijf een aanhalingsteken binnen de cel als twee aanhalingstekens (&quot;&quot;).</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 tekens)</translation>
    </message>
    <message>
        <source>This cell contains a hidden NUL character (a zero byte), which is not text. Remove it and import the file again.</source>
        <translation>Deze cel bevat een verborgen NUL-teken (een nulbyte), en dat is geen tekst. Verwijder het en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>The file mixes two encodings: most of it is UTF-8, but row %1 contains characters in another encoding (probably Windows-1252 from an older version of Excel). In Excel choose &quot;Save as&quot; &gt; &quot;CSV UTF-8 (comma delimited)&quot;, or save it as UTF-8 in another program, and import it again.</source>
        <translation>Het bestand mengt twee tekencoderingen: het grootste deel is UTF-8, maar rij %1 bevat tekens in een andere codering (waarschijnlijk Windows-1252 uit een oudere versie van Excel). Kies in Excel &quot;Opslaan als&quot; &gt; &quot;CSV UTF-8 (door komma&apos;s gescheiden)&quot;, of sla het bestand in een ander programma op als UTF-8, en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CsvTables</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Ward type</source>
        <translation>Wijktype</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum toestemming</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Toestemming voor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spoor</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Getrokken door</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Budget requested</source>
        <translation>Budget aangevraagd</translation>
    </message>
    <message>
        <source>Budget granted</source>
        <translation>Budget toegekend</translation>
    </message>
    <message>
        <source>Funding end</source>
        <translation>Einde financiering</translation>
    </message>
    <message>
        <source>Follow-up funding</source>
        <translation>Vervolgfinanciering</translation>
    </message>
    <message>
        <source>Fits policy framework</source>
        <translation>Past in beleidskader</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <source>Policy framework</source>
        <translation>Beleidskader</translation>
    </message>
    <message>
        <source>Follow-up department</source>
        <translation>Vakafdeling vervolgactie</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Eigenaar vervolgactie</translation>
    </message>
    <message>
        <source>Follow-up deadline</source>
        <translation>Deadline vervolgactie</translation>
    </message>
    <message>
        <source>Follow-up solution</source>
        <translation>Oplossing vervolgactie</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Status vervolgactie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Rolhouder</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Soort partner</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoringfrequentie</translation>
    </message>
    <message>
        <source>M&amp;E agreed</source>
        <translation>M&amp;E afgesproken</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Samenwerkingsafspraak</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Wijkdoel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Signalled by</source>
        <translation>Gesignaleerd door</translation>
    </message>
    <message>
        <source>Signalled on</source>
        <translation>Gesignaleerd op</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reden van vertrek</translation>
    </message>
    <message>
        <source>Surname prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation>Toestemming verloopt</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Gewist op</translation>
    </message>
</context>
<context>
    <name>CsvValues</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” is geen geheel getal.</translation>
    </message>
    <message>
        <source>“%1” is not a number (write for example 2,5).</source>
        <translation>“%1” is geen getal (schrijf bijvoorbeeld 2,5).</translation>
    </message>
    <message>
        <source>“%1” is not a number (write for example 2.5).</source>
        <translation>“%1” is geen getal (schrijf bijvoorbeeld 2.5).</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros (write for example 1250,50).</source>
        <translation>“%1” is geen bedrag in euro&apos;s (schrijf bijvoorbeeld 1250,50).</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros (write for example 1250.50).</source>
        <translation>“%1” is geen bedrag in euro&apos;s (schrijf bijvoorbeeld 1250.50).</translation>
    </message>
    <message>
        <source>“%1” is not a date (write for example 31-12-2024 or 2024-12-31).</source>
        <translation>“%1” is geen datum (schrijf bijvoorbeeld 31-12-2024 of 2024-12-31).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (write true or false, ja or nee).</source>
        <translation>“%1” is geen ja of nee (schrijf ja of nee, true of false).</translation>
    </message>
    <message>
        <source>“%1” is not one of the values of this column: %2.</source>
        <translation>“%1” is geen van de waarden van deze kolom: %2.</translation>
    </message>
    <message>
        <source>“%1” can be read as two dates (day first or month first). Write it as 31-12-2024 or 2024-12-31, or say the order of the whole file (in the window under Date order, on the command line with --date-order dmy or mdy).</source>
        <translation>“%1” is als twee datums te lezen (dag eerst of maand eerst). Schrijf het als 31-12-2024 of 2024-12-31, of geef de volgorde van het hele bestand op (in het venster onder Datumvolgorde, op de opdrachtregel met --date-order dmy of mdy).</translation>
    </message>
    <message>
        <source>“%1” is not a date month first (write for example 12/31/2024 or 2024-12-31).</source>
        <translation>“%1” is geen datum met de maand eerst (schrijf bijvoorbeeld 12/31/2024 of 2024-12-31).</translation>
    </message>
    <message>
        <source>“%1” is not a time of hours and minutes (write for example 1:30 for one and a half hours).</source>
        <translation>“%1” is geen tijd in uren en minuten (schrijf bijvoorbeeld 1:30 voor anderhalf uur).</translation>
    </message>
    <message>
        <source>“%1” is not on a quarter hour: hours are kept in quarter hours. Write %2 or %3.</source>
        <translation>“%1” valt niet op een kwartier: uren worden in kwartieren bijgehouden. Schrijf %2 of %3.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Het CSV-bestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>This export has %1 rows; Excel shows at most %2 rows under the header, so it would not show them all.</source>
        <translation>Deze export heeft %1 rijen; Excel toont onder de kopregel hoogstens %2 rijen, dus niet alle rijen zouden zichtbaar zijn.</translation>
    </message>
    <message>
        <source>This export has more than %1 rows; Excel shows at most %1 rows under the header, so it would not show them all.</source>
        <translation>Deze export heeft meer dan %1 rijen; Excel toont onder de kopregel hoogstens %1 rijen, dus niet alle rijen zouden zichtbaar zijn.</translation>
    </message>
    <message>
        <source>Nothing was written. Export with the rfc4180 dialect (for another program or a database), or export a filtered list from the window.</source>
        <translation>Er is niets geschreven. Exporteer met het dialect rfc4180 (voor een ander programma of een database), of exporteer een gefilterde lijst vanuit het venster.</translation>
    </message>
    <message>
        <source>row %1, column “%2” (%3 characters)</source>
        <translation>rij %1, kolom “%2” (%3 tekens)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold more text than Excel shows in one cell (%1 characters): %2.</source>
        <translation>
            <numerusform>%n cel bevat meer tekst dan Excel in één cel toont (%1 tekens): %2.</numerusform>
            <numerusform>%n cellen bevatten meer tekst dan Excel in één cel toont (%1 tekens): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>En nog %n.</numerusform>
            <numerusform>En nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the whole text, but Excel cuts it off, also when the file is saved again. Use the rfc4180 dialect for another program.</source>
        <translation>Het bestand bevat de hele tekst, maar Excel kapt die af, ook als het bestand opnieuw wordt opgeslagen. Gebruik het dialect rfc4180 voor een ander programma.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>The risk is computed over the twelve months before this date</source>
        <translation>Het risico wordt berekend over de twaalf maanden vóór deze datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Reference date:</source>
        <translation>Peildatum:</translation>
    </message>
    <message>
        <source>Save as PNG...</source>
        <translation>Opslaan als PNG...</translation>
    </message>
    <message>
        <source>%1 – all wards</source>
        <translation>%1 – alle wijken</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show the values of this chart as a table</source>
        <translation>De waarden van deze grafiek als tabel tonen</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als tabel tonen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 has an older schema and must be opened for writing once to be updated.</source>
        <translation>Het bestand %1 heeft een ouder schema en moet eenmaal met schrijfrechten worden geopend om te worden bijgewerkt.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integriteit: %1</translation>
    </message>
    <message>
        <source>Broken reference: row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Verbroken verwijzing: rij %1 van tabel %2 verwijst naar een ontbrekende rij van tabel %3.</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Schemaversie %1, verwacht: %2.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>De wijziging kon niet worden opgeslagen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the dry run.</source>
        <translation>Er kon geen tijdelijke map worden gemaakt voor de proefrun.</translation>
    </message>
    <message>
        <source>Dry run on a file with an older schema: checked against an updated copy; the file itself was not changed.</source>
        <translation>Proefrun op een bestand met een ouder schema: gecontroleerd op een bijgewerkte kopie; het bestand zelf is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The change could not be saved: the disk is full. Nothing was changed; make room and try again.</source>
        <translation>De wijziging kon niet worden opgeslagen: de schijf is vol. Er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file could not be cleaned after the erasure; run the erasure again when no other program has the file open.</source>
        <translation>Het bestand kon na het wissen niet worden opgeschoond; wis opnieuw wanneer geen ander programma het bestand open heeft.</translation>
    </message>
    <message>
        <source>The journal of the file could not be emptied because another program is reading the file. Close it and run the erasure again.</source>
        <translation>Het journaal van het bestand kon niet worden geleegd omdat een ander programma het bestand leest. Sluit dat en wis opnieuw.</translation>
    </message>
    <message>
        <source>%1 is not a database address; write postgresql://server/database or postgresql://user@server:port/database.</source>
        <translation>%1 is geen databaseadres; schrijf postgresql://server/database of postgresql://gebruiker@server:poort/database.</translation>
    </message>
    <message>
        <source>The address %1 holds a password. Put the password in ~/.pgpass (readable by you only), not in the address: a command line is visible to every user of the computer.</source>
        <translation>Het adres %1 bevat een wachtwoord. Zet het wachtwoord in ~/.pgpass (alleen voor u leesbaar), niet in het adres: een opdrachtregel is zichtbaar voor elke gebruiker van de computer.</translation>
    </message>
    <message>
        <source>The address %1 names no database; write postgresql://server/database.</source>
        <translation>Het adres %1 noemt geen database; schrijf postgresql://server/database.</translation>
    </message>
    <message>
        <source>Wijkregie cannot reach a PostgreSQL server on this computer: Qt&apos;s PostgreSQL driver (QPSQL, Debian: libqt6sql6-psql) is not installed.</source>
        <translation>Wijkregie kan op deze computer geen PostgreSQL-server bereiken: het PostgreSQL-stuurprogramma van Qt (QPSQL, Debian: libqt6sql6-psql) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: the server cannot be reached, or it refused the connection.</source>
        <translation>De database %1 kan niet worden geopend: de server is niet bereikbaar of weigerde de verbinding.</translation>
    </message>
    <message>
        <source>The database %1 holds no Wijkregie data. Publish a file to it first: wijkregie publish FILE --to %1</source>
        <translation>De database %1 bevat geen Wijkregie-gegevens. Publiceer er eerst een bestand naartoe: wijkregie publish BESTAND --to %1</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Wijkregie (schema %2; this version knows up to %3). Update Wijkregie to open it.</source>
        <translation>De database %1 is gemaakt door een nieuwere versie van Wijkregie (schema %2; deze versie kent tot en met %3). Werk Wijkregie bij om hem te openen.</translation>
    </message>
    <message>
        <source>The database %1 has an older schema and must be opened for writing once to be updated.</source>
        <translation>De database %1 heeft een ouder schema en moet één keer om te schrijven worden geopend om hem bij te werken.</translation>
    </message>
    <message>
        <source>A team database is backed up on its server (pg_dump), not by Wijkregie.</source>
        <translation>Van een teamdatabase maakt de server de reservekopieën (pg_dump), niet Wijkregie.</translation>
    </message>
    <message>
        <source>The server %1 refused the password.</source>
        <translation>De server %1 weigerde het wachtwoord.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password. Put it in ~/.pgpass (readable by you only) or open the database from the window, which asks for it.</source>
        <translation>De server %1 vraagt om een wachtwoord. Zet het in ~/.pgpass (alleen voor u leesbaar) of open de database vanuit het venster, dat erom vraagt.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo generation was cancelled; nothing was written.</source>
        <translation>Het aanmaken van de demo is geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>A demo municipality can only be generated into an empty database.</source>
        <translation>Een demogemeente kan alleen in een lege database worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>This kind of database (%1) is not supported.</source>
        <translation>Dit soort database (%1) wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The database connection could not be prepared.</source>
        <translation>De databaseverbinding kon niet worden voorbereid.</translation>
    </message>
    <message>
        <source>This is done with a Wijkregie file, not on a database server.</source>
        <translation>Dit kan met een Wijkregie-bestand, niet op een databaseserver.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>Wilt u uw wijzigingen opslaan?</translation>
    </message>
    <message>
        <source>If you do not save, what you changed in this window is lost.</source>
        <translation>Als u niet opslaat, gaat wat u in dit venster hebt gewijzigd verloren.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>police</source>
        <translation>politie</translation>
    </message>
    <message>
        <source>youth work</source>
        <translation>jongerenwerk</translation>
    </message>
    <message>
        <source>housing corporation</source>
        <translation>woningcorporatie</translation>
    </message>
    <message>
        <source>entrepreneurs</source>
        <translation>ondernemers</translation>
    </message>
    <message>
        <source>care</source>
        <translation>zorg</translation>
    </message>
    <message>
        <source>welfare</source>
        <translation>welzijn</translation>
    </message>
    <message>
        <source>education</source>
        <translation>onderwijs</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>sport</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>halfjaarlijks</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jaarlijks</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lager is beter</translation>
    </message>
    <message>
        <source>residents&apos; evening</source>
        <translation>bewonersavond</translation>
    </message>
    <message>
        <source>ward walk</source>
        <translation>wijkschouw</translation>
    </message>
    <message>
        <source>consultation hour</source>
        <translation>spreekuur</translation>
    </message>
    <message>
        <source>online poll</source>
        <translation>online peiling</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>enquête</translation>
    </message>
    <message>
        <source>neighbourhood app</source>
        <translation>buurtapp</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>fysiek</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digitaal</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>midden</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>old working-class ward</source>
        <translation>oude volkswijk</translation>
    </message>
    <message>
        <source>pre-war ward</source>
        <translation>vooroorlogse wijk</translation>
    </message>
    <message>
        <source>post-war ward</source>
        <translation>naoorlogse wijk</translation>
    </message>
    <message>
        <source>Vinex ward</source>
        <translation>Vinex-wijk</translation>
    </message>
    <message>
        <source>town centre</source>
        <translation>centrumgebied</translation>
    </message>
    <message>
        <source>village core</source>
        <translation>dorpskern</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>residents&apos; track</source>
        <translation>bewonersspoor</translation>
    </message>
    <message>
        <source>partner track</source>
        <translation>partnerspoor</translation>
    </message>
    <message>
        <source>municipal track</source>
        <translation>gemeentelijk spoor</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>bewoner</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>structural</source>
        <translation>structureel</translation>
    </message>
    <message>
        <source>ad hoc</source>
        <translation>ad hoc</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>trekker</translation>
    </message>
    <message>
        <source>core member</source>
        <translation>kernlid</translation>
    </message>
    <message>
        <source>ad hoc helper</source>
        <translation>ad-hochelper</translation>
    </message>
    <message>
        <source>religious or belief organisation</source>
        <translation>levensbeschouwelijk</translation>
    </message>
    <message>
        <source>no monitoring</source>
        <translation>geen monitoring</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>voortzetten</translation>
    </message>
    <message>
        <source>adjust</source>
        <translation>bijstellen</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>achter op schema</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>evaluation overdue</source>
        <translation>evaluatie te laat</translation>
    </message>
    <message>
        <source>evaluation due</source>
        <translation>evaluatie binnenkort</translation>
    </message>
    <message>
        <source>agreement ending</source>
        <translation>afspraak loopt af</translation>
    </message>
    <message>
        <source>agreement without monitoring and evaluation</source>
        <translation>afspraak zonder monitoring en evaluatie</translation>
    </message>
    <message>
        <source>outdated policy framework</source>
        <translation>verouderd beleidskader</translation>
    </message>
    <message>
        <source>follow-up overdue</source>
        <translation>vervolgactie te laat</translation>
    </message>
    <message>
        <source>gap in the support map</source>
        <translation>knelpunt in vraag en aanbod</translation>
    </message>
    <message>
        <source>KPI off track</source>
        <translation>KPI achter op schema</translation>
    </message>
    <message>
        <source>concentration</source>
        <translation>concentratie</translation>
    </message>
    <message>
        <source>succession</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <source>thin core</source>
        <translation>smalle kern</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>verloop van de inzet</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financiering</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>inbedding</translation>
    </message>
    <message>
        <source>key-person load</source>
        <translation>belasting van sleutelpersonen</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>verhuisd</translation>
    </message>
    <message>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
    <message>
        <source>lack of time</source>
        <translation>gebrek aan tijd</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>onenigheid</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <source>moved to high risk</source>
        <translation>naar risico hoog</translation>
    </message>
    <message>
        <source>key person</source>
        <translation>sleutelpersoon</translation>
    </message>
    <message>
        <source>critical role without backup</source>
        <translation>kritieke rol zonder reserve</translation>
    </message>
    <message>
        <source>funding ending</source>
        <translation>financiering loopt af</translation>
    </message>
    <message>
        <source>inactive lead</source>
        <translation>inactieve trekker</translation>
    </message>
    <message>
        <source>consent withdrawn or expired</source>
        <translation>toestemming ingetrokken of verlopen</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>New evaluation</source>
        <translation>Nieuwe evaluatie</translation>
    </message>
    <message>
        <source>Edit evaluation</source>
        <translation>Evaluatie bewerken</translation>
    </message>
    <message>
        <source>What the evaluation found</source>
        <translation>Wat de evaluatie heeft opgeleverd</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>Enter the date of the evaluation.</source>
        <translation>Vul de datum van de evaluatie in.</translation>
    </message>
</context>
<context>
    <name>EvaluationListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Record each evaluation with its outcome and the decision it led to. Set the date of the next evaluation on the first tab.</source>
        <translation>Leg elke evaluatie vast met de uitkomst en het besluit dat eruit volgde. De datum van de volgende evaluatie stelt u in op het eerste tabblad.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>The agreement of this evaluation no longer exists.</source>
        <translation>De afspraak van deze evaluatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Enter the date of the evaluation.</source>
        <translation>Vul de datum van de evaluatie in.</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>Deze evaluatie bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <source>for example: clean-up, coffee morning, meeting</source>
        <translation>bijvoorbeeld: opruimactie, koffieochtend, overleg</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>D&amp;eelnemers:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Bijeenkomst toevoegen</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Choose an initiative.</source>
        <translation>Kies een initiatief.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Vul de datum van de bijeenkomst in.</translation>
    </message>
    <message>
        <source>Enter how many people took part (at least 1).</source>
        <translation>Vul in hoeveel mensen hebben deelgenomen (minimaal 1).</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>‼ Urgent</source>
        <translation>‼ Urgent</translation>
    </message>
    <message>
        <source>! Attention</source>
        <translation>! Aandacht</translation>
    </message>
    <message>
        <source>ℹ For information</source>
        <translation>ℹ Ter informatie</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type for example 12,5.</source>
        <translation>“%1” is geen getal. Typ bijvoorbeeld 12,5.</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Edit policy framework</source>
        <translation>Beleidskader bewerken</translation>
    </message>
    <message>
        <source>New policy framework</source>
        <translation>Nieuw beleidskader</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Vastgesteld op:</translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation>&amp;Herzien vóór:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add policy framework</source>
        <translation>Beleidskader toevoegen</translation>
    </message>
</context>
<context>
    <name>FrameworkRepository</name>
    <message>
        <source>Enter the framework&apos;s title.</source>
        <translation>Vul de titel van het beleidskader in.</translation>
    </message>
    <message>
        <source>The review date lies before the date the framework was adopted.</source>
        <translation>De herzieningsdatum ligt vóór de datum waarop het beleidskader is vastgesteld.</translation>
    </message>
    <message>
        <source>This policy framework no longer exists.</source>
        <translation>Dit beleidskader bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>Policy framework %1 cannot be deleted because %n initiative(s) refer to it.</source>
        <translation>
            <numerusform>Beleidskader %1 kan niet worden verwijderd, omdat %n initiatief ernaar verwijst.</numerusform>
            <numerusform>Beleidskader %1 kan niet worden verwijderd, omdat %n initiatieven ernaar verwijzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bewerken...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Policy frameworks</source>
        <translation>Beleidskaders</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Herzien vóór</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Toevoegen...</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (verouderd)</translation>
    </message>
    <message>
        <source>Delete policy framework</source>
        <translation>Beleidskader verwijderen</translation>
    </message>
    <message>
        <source>Do you want to delete the policy framework %1?</source>
        <translation>Wilt u het beleidskader %1 verwijderen?</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Edit ward goal</source>
        <translation>Wijkdoel bewerken</translation>
    </message>
    <message>
        <source>New ward goal</source>
        <translation>Nieuw wijkdoel</translation>
    </message>
    <message>
        <source>What is measured, e.g. Residents who feel safe</source>
        <translation>Wat er wordt gemeten, bijv. Bewoners die zich veilig voelen</translation>
    </message>
    <message>
        <source>empty: the first measurement</source>
        <translation>leeg: de eerste meting</translation>
    </message>
    <message>
        <source>Choose a ward...</source>
        <translation>Kies een wijk...</translation>
    </message>
    <message>
        <source>No policy framework</source>
        <translation>Geen beleidskader</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (verouderd)</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Eenheid:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Nulmeting:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Streefwaarde:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;gin:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Streef&amp;datum:</translation>
    </message>
    <message>
        <source>Policy &amp;framework:</source>
        <translation>&amp;Beleidskader:</translation>
    </message>
    <message>
        <source>&amp;Measurements:</source>
        <translation>&amp;Metingen:</translation>
    </message>
    <message>
        <source>Enter the target.</source>
        <translation>Vul de streefwaarde in.</translation>
    </message>
    <message>
        <source>Progress: %1  %2</source>
        <translation>Voortgang: %1  %2</translation>
    </message>
    <message>
        <source>Progress: unknown. It needs a baseline and a measurement, or two measurements.</source>
        <translation>Voortgang: onbekend. Daarvoor is een nulmeting en een meting nodig, of twee metingen.</translation>
    </message>
    <message>
        <source>Add ward goal</source>
        <translation>Wijkdoel toevoegen</translation>
    </message>
</context>
<context>
    <name>GoalModel</name>
    <message>
        <source>first measurement</source>
        <translation>eerste meting</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation>%1 (verouderd)</translation>
    </message>
    <message>
        <source>This policy framework has passed its review date</source>
        <translation>De herzieningsdatum van dit beleidskader is verstreken</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste meting</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Policy framework</source>
        <translation>Beleidskader</translation>
    </message>
    <message>
        <source>On track?</source>
        <translation>Op schema?</translation>
    </message>
    <message>
        <source>Expected by now: %1</source>
        <translation>Verwacht op dit moment: %1</translation>
    </message>
</context>
<context>
    <name>GoalRepository</name>
    <message>
        <source>Enter the goal&apos;s indicator.</source>
        <translation>Vul de indicator van het wijkdoel in.</translation>
    </message>
    <message>
        <source>Choose the ward of the goal.</source>
        <translation>Kies de wijk van het wijkdoel.</translation>
    </message>
    <message>
        <source>The chosen policy framework no longer exists.</source>
        <translation>Het gekozen beleidskader bestaat niet meer.</translation>
    </message>
    <message>
        <source>The target date lies before the start date.</source>
        <translation>De streefdatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>This ward goal no longer exists.</source>
        <translation>Dit wijkdoel bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>GoalView</name>
    <message>
        <source>Search indicator...</source>
        <translation>Zoeken in indicator...</translation>
    </message>
    <message numerus="yes">
        <source>%n ward goal(s)</source>
        <translation>
            <numerusform>%n wijkdoel</numerusform>
            <numerusform>%n wijkdoelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ward goal</source>
        <translation>Wijkdoel verwijderen</translation>
    </message>
    <message>
        <source>ward goal “%1”</source>
        <translation>het wijkdoel “%1”</translation>
    </message>
    <message numerus="yes">
        <source>ward goal “%1” with %n measurement(s)</source>
        <translation>
            <numerusform>het wijkdoel “%1” met %n meting</numerusform>
            <numerusform>het wijkdoel “%1” met %n metingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Wijkregie manual</source>
        <translation>Handleiding Wijkregie</translation>
    </message>
    <message>
        <source>Search the manual</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>HoursGridModel</name>
    <message>
        <source>%1 was not involved in this initiative on %2.</source>
        <translation>%1 was op %2 niet bij dit initiatief betrokken.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Enter hours</source>
        <translation>Uren invoeren</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>“%1” is not a time; minutes go up to 59.</source>
        <translation>“%1” is geen tijd; minuten lopen tot en met 59.</translation>
    </message>
    <message>
        <source>“%1” is not a number of hours. Type for example %2.</source>
        <translation>“%1” is geen aantal uren. Typ bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 of %3</translation>
    </message>
    <message>
        <source>%1 hours is not a whole number of quarter hours; round it to %2, %3 or %4.</source>
        <translation>%1 uur is geen geheel aantal kwartieren; rond af op %2, %3 of %4.</translation>
    </message>
</context>
<context>
    <name>HoursGridView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted value(s) fall outside the grid of this month; paste fewer rows or columns, or start further up or to the left.</source>
        <translation>
            <numerusform>%n geplakte waarde valt buiten het raster van deze maand; plak minder rijen of kolommen, of begin verder naar boven of naar links.</numerusform>
            <numerusform>%n geplakte waarden vallen buiten het raster van deze maand; plak minder rijen of kolommen, of begin verder naar boven of naar links.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste hours</source>
        <translation>Uren plakken</translation>
    </message>
    <message>
        <source>Clear hours</source>
        <translation>Uren wissen</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) of hours</source>
        <translation>
            <numerusform>%n cel met uren wissen</numerusform>
            <numerusform>%n cellen met uren wissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursGridWidget</name>
    <message>
        <source>Previous month (Ctrl+Page Up)</source>
        <translation>Vorige maand (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next month (Ctrl+Page Down)</source>
        <translation>Volgende maand (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>Deze &amp;maand</translation>
    </message>
    <message>
        <source>The month shown; type or pick another</source>
        <translation>De getoonde maand; typ of kies een andere</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Niet opgeslagen:</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Opgeslagen: %1.</translation>
    </message>
    <message>
        <source>Nobody is involved in this initiative in this month. Add people under “Involved” first.</source>
        <translation>Niemand is deze maand bij dit initiatief betrokken. Voeg eerst mensen toe onder “Betrokkenen”.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Hours per person and day</source>
        <translation>Uren per persoon per dag</translation>
    </message>
    <message>
        <source>Type hours (%1, in quarter hours) and press Enter or Tab; arrows move, Delete clears, Ctrl+V pastes a block from a spreadsheet, Ctrl+Z undoes.</source>
        <translation>Typ uren (%1, in kwartieren) en druk op Enter of Tab; pijltoetsen verplaatsen, Delete wist, Ctrl+V plakt een blok uit een spreadsheet, Ctrl+Z maakt ongedaan.</translation>
    </message>
</context>
<context>
    <name>InitiativeDetailDialog</name>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>the involvement of %1</source>
        <translation>de betrokkenheid van %1</translation>
    </message>
    <message>
        <source>Remove involvement</source>
        <translation>Betrokkenheid verwijderen</translation>
    </message>
    <message>
        <source>the meeting of %1</source>
        <translation>de bijeenkomst van %1</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>the role %1</source>
        <translation>de rol %1</translation>
    </message>
    <message>
        <source>Remove critical role</source>
        <translation>Kritieke rol verwijderen</translation>
    </message>
    <message>
        <source>&amp;Involved</source>
        <translation>&amp;Betrokkenen</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Bijeen&amp;komsten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Do you want to remove %1? You can undo this with Ctrl+Z.</source>
        <translation>Wilt u %1 verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>No critical roles registered yet. Add the roles this initiative cannot run without: lead, treasurer, contact with the municipality, key management, or your own.</source>
        <translation>Er zijn nog geen kritieke rollen geregistreerd. Voeg de rollen toe waar dit initiatief niet zonder kan: trekker, penningmeester, contact met de gemeente, sleutelbeheer, of een eigen rol.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n role(s) without a backup: if the holder stops, nobody takes over.</source>
        <translation>
            <numerusform>⚠ %n rol zonder reserve: als de rolhouder stopt, neemt niemand het over.</numerusform>
            <numerusform>⚠ %n rollen zonder reserve: als de rolhouder stopt, neemt niemand het over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every role has a holder and a backup.</source>
        <translation>Elke rol heeft een rolhouder en een reserve.</translation>
    </message>
    <message>
        <source>Succession &amp;register</source>
        <extracomment>The succession register (opvolgingsregister): who takes over a critical role. Not the follow-up (vervolgactie) of an initiative outside the policy framework.</extracomment>
        <translation>&amp;Opvolgingsregister</translation>
    </message>
    <message>
        <source>Succession &amp;register (%1 ⚠)</source>
        <translation>&amp;Opvolgingsregister (%1 ⚠)</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Succession</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>Follow-up funding has been arranged</source>
        <translation>Vervolgfinanciering is geregeld</translation>
    </message>
    <message>
        <source>Follow-up (does not fit the policy framework)</source>
        <extracomment>The follow-up (vervolgactie) of an initiative outside the policy framework; not the succession register.</extracomment>
        <translation>Vervolgactie (past niet in het beleidskader)</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Initiatief bewerken</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hema&apos;s:</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>&amp;Spoor:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>Start&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation>&amp;Gepland einde:</translation>
    </message>
    <message>
        <source>Budget re&amp;quested:</source>
        <translation>Budget &amp;aangevraagd:</translation>
    </message>
    <message>
        <source>Budget &amp;granted:</source>
        <translation>Budget toegeke&amp;nd:</translation>
    </message>
    <message>
        <source>Funding s&amp;ource:</source>
        <translation>&amp;Financieringsbron:</translation>
    </message>
    <message>
        <source>Funding &amp;ends:</source>
        <translation>Financiering &amp;eindigt:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>Getrokken doo&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Fits policy framework:</source>
        <translation>&amp;Past in beleidskader:</translation>
    </message>
    <message>
        <source>Policy fra&amp;mework:</source>
        <translation>Beleids&amp;kader:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Vakafdeling:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>Agreed solution:</source>
        <translation>Afgesproken oplossing:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Initiatief toevoegen</translation>
    </message>
    <message>
        <source>Due by:</source>
        <extracomment>The date by which the follow-up must be done (uiterste datum); not the English &quot;deadline&quot;.</extracomment>
        <translation>Uiterlijk op:</translation>
    </message>
</context>
<context>
    <name>InitiativeModel</name>
    <message>
        <source>Continuity risk %1 (%2)</source>
        <translation>Continuïteitsrisico %1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spoor</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation>Financiering eindigt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Risk band</source>
        <translation>Risiconiveau</translation>
    </message>
</context>
<context>
    <name>InitiativeRepository</name>
    <message>
        <source>Enter the initiative&apos;s title.</source>
        <translation>Vul de titel van het initiatief in.</translation>
    </message>
    <message>
        <source>Choose the ward of the initiative.</source>
        <translation>Kies de wijk van het initiatief.</translation>
    </message>
    <message>
        <source>The planned end lies before the start date.</source>
        <translation>Het geplande einde ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>The requested budget cannot be negative.</source>
        <translation>Het aangevraagde budget kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The granted budget cannot be negative.</source>
        <translation>Het toegekende budget kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The chosen policy framework no longer exists.</source>
        <translation>Het gekozen beleidskader bestaat niet meer.</translation>
    </message>
    <message>
        <source>One of the chosen themes no longer exists.</source>
        <translation>Een van de gekozen thema&apos;s bestaat niet meer.</translation>
    </message>
    <message>
        <source>This initiative no longer exists.</source>
        <translation>Dit initiatief bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%n involved person(s)</source>
        <translation>
            <numerusform>%n betrokken persoon</numerusform>
            <numerusform>%n betrokken personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered activity/activities</source>
        <translation>
            <numerusform>%n geregistreerde activiteit</numerusform>
            <numerusform>%n geregistreerde activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical role(s)</source>
        <translation>
            <numerusform>%n kritieke rol</numerusform>
            <numerusform>%n kritieke rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiative %1 cannot be deleted because other records refer to it: %2.</source>
        <translation>Initiatief %1 kan niet worden verwijderd, omdat andere gegevens ernaar verwijzen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) with partners</source>
        <translation>
            <numerusform>%n samenwerkingsafspraak met partners</numerusform>
            <numerusform>%n samenwerkingsafspraken met partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) in the support map</source>
        <translation>
            <numerusform>%n aanbod in vraag en aanbod</numerusform>
            <numerusform>%n aanbiedingen in vraag en aanbod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativeView</name>
    <message>
        <source>Show only initiatives with this status</source>
        <translation>Alleen initiatieven met deze status tonen</translation>
    </message>
    <message>
        <source>Show only initiatives with this theme</source>
        <translation>Alleen initiatieven met dit thema tonen</translation>
    </message>
    <message>
        <source>Show only initiatives in this continuity risk band</source>
        <translation>Alleen initiatieven met dit continuïteitsrisico tonen</translation>
    </message>
    <message>
        <source>Search title or description...</source>
        <translation>Zoeken in titel of omschrijving...</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All risk bands</source>
        <translation>Alle risiconiveaus</translation>
    </message>
    <message>
        <source>High risk only</source>
        <translation>Alleen risico hoog</translation>
    </message>
    <message>
        <source>Medium risk only</source>
        <translation>Alleen risico midden</translation>
    </message>
    <message>
        <source>Low risk only</source>
        <translation>Alleen risico laag</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiatief</numerusform>
            <numerusform>%n initiatieven</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Initiatief verwijderen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>&amp;People and hours...</source>
        <translation>&amp;Mensen en uren...</translation>
    </message>
    <message>
        <source>Show who is involved, the hours grid, the meetings and the succession register</source>
        <translation>Tonen wie er betrokken is, het urenrooster, de bijeenkomsten en het opvolgingsregister</translation>
    </message>
    <message>
        <source>initiative “%1”</source>
        <translation>het initiatief “%1”</translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Kies de datum in een kalender (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as dd-mm-yyyy, for example 31-12-2025.</source>
        <translation>“%1” is geen datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld 31-12-2025.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type euros, for example 1.250,00.</source>
        <translation>“%1” is geen bedrag. Typ een bedrag in euro&apos;s, bijvoorbeeld 1.250,00.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” is geen geheel getal.</translation>
    </message>
</context>
<context>
    <name>InvolvementEditor</name>
    <message>
        <source>Edit involvement</source>
        <translation>Betrokkenheid bewerken</translation>
    </message>
    <message>
        <source>New involvement</source>
        <translation>Nieuwe betrokkenheid</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Initiatief:</translation>
    </message>
    <message>
        <source>Residents of &amp;all wards</source>
        <translation>Bewoners uit &amp;alle wijken</translation>
    </message>
    <message>
        <source>Also list residents who live in another ward than the initiative&apos;s</source>
        <translation>Ook bewoners tonen die in een andere wijk wonen dan die van het initiatief</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <source>(choose an initiative)</source>
        <translation>(kies een initiatief)</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiatief:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, empty while still involved</source>
        <translation>dd-mm-jjjj, leeg zolang nog betrokken</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(kies een persoon)</translation>
    </message>
    <message>
        <source>Add involvement</source>
        <translation>Betrokkenheid toevoegen</translation>
    </message>
    <message>
        <source>(choose why the involvement ended)</source>
        <translation>(kies waarom de betrokkenheid is geëindigd)</translation>
    </message>
    <message>
        <source>Asked when the involvement has an end date: counted per ward in the pipeline</source>
        <translation>Gevraagd als de betrokkenheid een einddatum heeft: per wijk meegeteld in de doorstroom</translation>
    </message>
    <message>
        <source>Reason for &amp;leaving:</source>
        <translation>Reden van vertre&amp;k:</translation>
    </message>
    <message>
        <source>Choose why the involvement ended (&quot;unknown&quot; if nobody knows).</source>
        <translation>Kies waarom de betrokkenheid is geëindigd (&quot;onbekend&quot; als niemand het weet).</translation>
    </message>
</context>
<context>
    <name>InvolvementModel</name>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Hours (12 months)</source>
        <translation>Uren (12 maanden)</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Laatst actief</translation>
    </message>
</context>
<context>
    <name>InvolvementRepository</name>
    <message>
        <source>Choose a person.</source>
        <translation>Kies een persoon.</translation>
    </message>
    <message>
        <source>Choose an initiative.</source>
        <translation>Kies een initiatief.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>This person is already involved in this initiative in (part of) this period.</source>
        <translation>Deze persoon is in (een deel van) deze periode al bij dit initiatief betrokken.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with hours of this person would fall outside the involvement; change or remove those hours first.</source>
        <translation>
            <numerusform>%n dag met uren van deze persoon zou buiten de betrokkenheid vallen; wijzig of verwijder eerst die uren.</numerusform>
            <numerusform>%n dagen met uren van deze persoon zouden buiten de betrokkenheid vallen; wijzig of verwijder eerst die uren.</numerusform>
        </translation>
    </message>
    <message>
        <source>This involvement no longer exists.</source>
        <translation>Deze betrokkenheid bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>This involvement cannot be deleted: %n day(s) with hours were registered in its period. Remove those hours first.</source>
        <translation>
            <numerusform>Deze betrokkenheid kan niet worden verwijderd: in de periode is op %n dag inzet geregistreerd. Verwijder eerst die uren.</numerusform>
            <numerusform>Deze betrokkenheid kan niet worden verwijderd: in de periode is op %n dagen inzet geregistreerd. Verwijder eerst die uren.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason for leaving needs an end date.</source>
        <translation>Een reden van vertrek vereist een einddatum.</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>New KPI</source>
        <translation>Nieuwe KPI</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bewerken</translation>
    </message>
    <message>
        <source>What is measured, e.g. Reports of nuisance</source>
        <translation>Wat er wordt gemeten, bijv. Meldingen van overlast</translation>
    </message>
    <message>
        <source>e.g. reports per quarter, %, residents</source>
        <translation>bijv. meldingen per kwartaal, %, bewoners</translation>
    </message>
    <message>
        <source>empty: the first measurement</source>
        <translation>leeg: de eerste meting</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Eenheid:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>N&amp;ulmeting:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Streefwaarde:</translation>
    </message>
    <message>
        <source>Enter the target.</source>
        <translation>Vul de streefwaarde in.</translation>
    </message>
</context>
<context>
    <name>KpiListModel</name>
    <message>
        <source>first measurement</source>
        <translation>eerste meting</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste meting</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Add a KPI: what the partner will achieve, measurably.</source>
        <translation>Voeg een KPI toe: wat de partner meetbaar gaat bereiken.</translation>
    </message>
    <message>
        <source>Select a KPI to see and add its measurements.</source>
        <translation>Selecteer een KPI om de metingen te zien en toe te voegen.</translation>
    </message>
    <message>
        <source>Measurements of “%1”</source>
        <translation>Metingen van “%1”</translation>
    </message>
    <message>
        <source>Progress: unknown. It needs a baseline and a measurement, or two measurements.</source>
        <translation>Voortgang: onbekend. Daarvoor is een nulmeting en een meting nodig, of twee metingen.</translation>
    </message>
    <message>
        <source>Progress: %1 of the way from %2 to the target %3.</source>
        <translation>Voortgang: %1 van de weg van %2 naar de streefwaarde %3.</translation>
    </message>
    <message>
        <source>(No baseline: the first measurement is used.)</source>
        <translation>(Geen nulmeting: de eerste meting wordt gebruikt.)</translation>
    </message>
    <message>
        <source>Expected by now: %1.</source>
        <translation>Verwacht op dit moment: %1.</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
</context>
<context>
    <name>KpiRepository</name>
    <message>
        <source>Enter the KPI&apos;s name.</source>
        <translation>Vul de naam van de KPI in.</translation>
    </message>
    <message>
        <source>The agreement of this KPI no longer exists.</source>
        <translation>De afspraak van deze KPI bestaat niet meer.</translation>
    </message>
    <message>
        <source>When higher is better, the target must lie above the baseline.</source>
        <translation>Als hoger beter is, moet de streefwaarde boven de nulmeting liggen.</translation>
    </message>
    <message>
        <source>When lower is better, the target must lie below the baseline.</source>
        <translation>Als lager beter is, moet de streefwaarde onder de nulmeting liggen.</translation>
    </message>
    <message>
        <source>Every measurement needs a date.</source>
        <translation>Elke meting heeft een datum nodig.</translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>Deze KPI bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Search...</source>
        <translation>Zoeken...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Do you want to delete %1? You can undo this with Edit &gt; Undo.</source>
        <translation>Wilt u %1 verwijderen? U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <source>%1 cannot be deleted because other records refer to it: %2. Move or delete those first.</source>
        <translation>%1 kan niet worden verwijderd, omdat andere gegevens ernaar verwijzen: %2. Verplaats of verwijder die eerst.</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Nieuw...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bewerken...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>Zoeken in %1</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Aantal items</translation>
    </message>
    <message>
        <source>Export this list as CSV or as an Excel workbook, as shown: columns, search, filters and sort</source>
        <translation>Deze lijst exporteren als CSV of als Excel-werkmap, zoals getoond: kolommen, zoekopdracht, filters en sortering</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <source>Open &amp;demo municipality</source>
        <translation>&amp;Demogemeente openen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Recent &amp;geopend</translation>
    </message>
    <message>
        <source>Make a &amp;backup...</source>
        <translation>&amp;Back-up maken...</translation>
    </message>
    <message>
        <source>Council &amp;report...</source>
        <translation>&amp;Raadsrapportage...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Slui&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>New &amp;record...</source>
        <translation>&amp;Nieuw item...</translation>
    </message>
    <message>
        <source>&amp;Edit record...</source>
        <translation>Item &amp;bewerken...</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>Item &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Wards</source>
        <translation>&amp;Wijken</translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiatieven</translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation>&amp;Bewoners</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>Behee&amp;r</translation>
    </message>
    <message>
        <source>&amp;Themes...</source>
        <translation>&amp;Thema&apos;s...</translation>
    </message>
    <message>
        <source>&amp;Policy frameworks...</source>
        <translation>&amp;Beleidskaders...</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Risk weights...</source>
        <translation>&amp;Risicogewichten...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Wijkregie</source>
        <translation>&amp;Over Wijkregie</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Wijk:</translation>
    </message>
    <message>
        <source>Show only this ward&apos;s records, in every list</source>
        <translation>Alleen gegevens van deze wijk tonen, in elke lijst</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Kan bestand niet openen</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>Cannot create file</source>
        <translation>Kan bestand niet aanmaken</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>Dagelijkse back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>De dagelijkse back-up kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Kan niet ongedaan maken of opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Making the demo municipality...</source>
        <translation>De demogemeente wordt aangemaakt...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cannot make the demo</source>
        <translation>Kan de demo niet aanmaken</translation>
    </message>
    <message>
        <source>New Wijkregie file</source>
        <translation>Nieuw Wijkregie-bestand</translation>
    </message>
    <message>
        <source>Wijkregie files (%1)</source>
        <translation>Wijkregie-bestanden (%1)</translation>
    </message>
    <message>
        <source>Name of the municipality:</source>
        <translation>Naam van de gemeente:</translation>
    </message>
    <message>
        <source>Open Wijkregie file</source>
        <translation>Wijkregie-bestand openen</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Back-up geschreven naar %1</translation>
    </message>
    <message>
        <source>Cannot make a backup</source>
        <translation>Kan geen back-up maken</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language changes to %1 the next time you start Wijkregie.</source>
        <translation>De taal verandert in %1 wanneer u Wijkregie de volgende keer start.</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;New file...</source>
        <translation>&amp;Nieuw bestand...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Everything is saved: every change is written to the file at once.</source>
        <translation>Alles is opgeslagen: elke wijziging wordt meteen in het bestand geschreven.</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Zoeken...</translation>
    </message>
    <message>
        <source>all wards</source>
        <translation>alle wijken</translation>
    </message>
    <message>
        <source>ward %1</source>
        <translation>wijk %1</translation>
    </message>
    <message>
        <source>Filtered from the dashboard: %1</source>
        <translation>Gefilterd vanuit het dashboard: %1</translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation>risico %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Ward filter</source>
        <translation>Wijkfilter</translation>
    </message>
    <message>
        <source>Export &amp;calendar...</source>
        <translation>Agenda &amp;exporteren...</translation>
    </message>
    <message>
        <source>Evaluations, agreement ends, follow-up deadlines and funding ends as an iCalendar file for Outlook and other calendars</source>
        <translation>Evaluaties, aflopende afspraken, deadlines van vervolgacties en eindes van financiering als iCalendar-bestand voor Outlook en andere agenda&apos;s</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Het bestand %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Calendar written to %1: import it again to update the events.</source>
        <translation>Agenda geschreven naar %1: importeer het bestand opnieuw om de agenda-items bij te werken.</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Kan de agenda niet exporteren</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>&amp;Auditlog...</translation>
    </message>
    <message>
        <source>Retention &amp;period...</source>
        <translation>Bewaar&amp;termijn...</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Residents about whom nothing was recorded for longer than this many months are listed for anonymisation (wijkregie retention):</source>
        <translation>Bewoners over wie langer dan dit aantal maanden niets is vastgelegd, worden genoemd om te anonimiseren (wijkregie retention):</translation>
    </message>
    <message>
        <source>Retention re&amp;view...</source>
        <translation>Bewaartermijn &amp;controleren...</translation>
    </message>
    <message>
        <source>Open &amp;team database...</source>
        <translation>Teamdatabase o&amp;penen...</translation>
    </message>
    <message>
        <source>A database on the municipality&apos;s PostgreSQL server that the team shares</source>
        <translation>Een database op de PostgreSQL-server van de gemeente die het team deelt</translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation>De server weigerde het wachtwoord.</translation>
    </message>
    <message>
        <source>Password of %1 for the team database %2:</source>
        <translation>Wachtwoord van %1 voor de teamdatabase %2:</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>uw account</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Open team database</source>
        <translation>Teamdatabase openen</translation>
    </message>
    <message>
        <source>Address of the team database, as your administrator gave it
(postgresql://user@server:port/database; the password is asked for, never part of the address):</source>
        <translation>Adres van de teamdatabase, zoals uw beheerder het gaf
(postgresql://gebruiker@server:poort/database; het wachtwoord wordt gevraagd en hoort nooit in het adres):</translation>
    </message>
    <message>
        <source>%1 is not a database address; write postgresql://server/database or postgresql://user@server:port/database.</source>
        <translation>%1 is geen databaseadres; schrijf postgresql://server/database of postgresql://gebruiker@server:poort/database.</translation>
    </message>
    <message>
        <source>You work in the team database as wijkregisseur, with no ward assigned yet: you read everything, residents as a pseudonym, and change nothing until the team&apos;s beheerder assigns you wards.</source>
        <translation>U werkt in de teamdatabase als wijkregisseur, nog zonder toegewezen wijk: u leest alles, bewoners als pseudoniem, en wijzigt niets tot de beheerder van het team u wijken toewijst.</translation>
    </message>
    <message>
        <source>You work in the team database as wijkregisseur of %1: you change the records of these wards; residents of other wards show as a pseudonym.</source>
        <translation>U werkt in de teamdatabase als wijkregisseur van %1: u wijzigt de gegevens van deze wijken; bewoners van andere wijken ziet u als pseudoniem.</translation>
    </message>
    <message>
        <source>You work in the team database as teamleider: you read everything and set the risk weights, beleidskaders and themes; the wards&apos; records are changed by their wijkregisseurs.</source>
        <translation>U werkt in de teamdatabase als teamleider: u leest alles en stelt de risicogewichten, beleidskaders en thema&apos;s in; de gegevens van de wijken wijzigen hun wijkregisseurs.</translation>
    </message>
    <message>
        <source>You work in the team database as beleidsmedewerker: you read everything pseudonymised and change nothing.</source>
        <translation>U werkt in de teamdatabase als beleidsmedewerker: u leest alles gepseudonimiseerd en wijzigt niets.</translation>
    </message>
    <message>
        <source>You work in the team database as beheerder: you handle residents&apos; AVG requests; users and wards are assigned with wijkregie team.</source>
        <translation>U werkt in de teamdatabase als beheerder: u handelt AVG-verzoeken van bewoners af; gebruikers en wijken wijst u toe met wijkregie team.</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <source>New measurement</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Meting bewerken</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Waarde:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Enter the date of the measurement.</source>
        <translation>Vul de datum van de meting in.</translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation>Vul de gemeten waarde in.</translation>
    </message>
</context>
<context>
    <name>MeasurementListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
</context>
<context>
    <name>NeedEditor</name>
    <message>
        <source>The need is still open</source>
        <translation>De vraag staat nog open</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Vraag bewerken</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>A need of the ward or a group in it, e.g. a meeting place for elderly</source>
        <translation>Een vraag van de wijk of van een groep in de wijk, bijv. een ontmoetingsplek voor ouderen</translation>
    </message>
    <message>
        <source>e.g. residents&apos; evening, youth worker, housing corporation</source>
        <translation>bijv. bewonersavond, jongerenwerker, woningcorporatie</translation>
    </message>
    <message>
        <source>Choose a ward...</source>
        <translation>Kies een wijk...</translation>
    </message>
    <message>
        <source>Choose a theme...</source>
        <translation>Kies een thema...</translation>
    </message>
    <message>
        <source>Only collective needs: never an individual resident&apos;s situation or care need.</source>
        <translation>Alleen collectieve vragen: nooit de situatie of zorgvraag van een individuele bewoner.</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>Signalled &amp;by:</source>
        <translation>Gesignaleerd &amp;door:</translation>
    </message>
    <message>
        <source>Signalled &amp;on:</source>
        <translation>Gesignaleerd &amp;op:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Ernst:</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Vraag toevoegen</translation>
    </message>
</context>
<context>
    <name>NeedModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>⚠ gap: no offer</source>
        <translation>⚠ knelpunt: geen aanbod</translation>
    </message>
    <message>
        <source>No active offer in %1 meets this need (theme %2)</source>
        <translation>Geen actief aanbod in %1 voor deze vraag (thema %2)</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Signalled by</source>
        <translation>Gesignaleerd door</translation>
    </message>
    <message>
        <source>Signalled on</source>
        <translation>Gesignaleerd op</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Knelpunt</translation>
    </message>
</context>
<context>
    <name>NeedRepository</name>
    <message>
        <source>Choose the ward.</source>
        <translation>Kies de wijk.</translation>
    </message>
    <message>
        <source>Choose the theme.</source>
        <translation>Kies het thema.</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>Beschrijf de vraag.</translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation>Deze vraag bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>NeedView</name>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Show only needs in this theme</source>
        <translation>Alleen vragen binnen dit thema tonen</translation>
    </message>
    <message>
        <source>Show open or closed needs</source>
        <translation>Openstaande of gesloten vragen tonen</translation>
    </message>
    <message>
        <source>Only gaps</source>
        <translation>Alleen knelpunten</translation>
    </message>
    <message>
        <source>Search need or who signalled it...</source>
        <translation>Zoeken in vraag of wie die signaleerde...</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Open en gesloten</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Openstaande vragen</translation>
    </message>
    <message>
        <source>Closed needs</source>
        <translation>Gesloten vragen</translation>
    </message>
    <message>
        <source>Show only open needs that no active offer in their ward and theme meets</source>
        <translation>Alleen openstaande vragen tonen waarvoor geen actief aanbod is in dezelfde wijk en binnen hetzelfde thema</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n knelpunt</numerusform>
            <numerusform>%n knelpunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <source>the need “%1”</source>
        <translation>de vraag “%1”</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>The offer is available</source>
        <translation>Het aanbod is beschikbaar</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Aanbod bewerken</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nieuw aanbod</translation>
    </message>
    <message>
        <source>Search...</source>
        <translation>Zoeken...</translation>
    </message>
    <message>
        <source>e.g. 2 afternoons a week, 15 places</source>
        <translation>bijv. 2 middagen per week, 15 plaatsen</translation>
    </message>
    <message>
        <source>Choose a ward...</source>
        <translation>Kies een wijk...</translation>
    </message>
    <message>
        <source>Choose a theme...</source>
        <translation>Kies een thema...</translation>
    </message>
    <message>
        <source>An initiative</source>
        <translation>Een initiatief</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Een partner</translation>
    </message>
    <message>
        <source>A resident</source>
        <translation>Een bewoner</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Aanbod:</translation>
    </message>
    <message>
        <source>Offered &amp;by:</source>
        <translation>Aangeboden &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Aanbod toevoegen</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Aanbieders zoeken</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
</context>
<context>
    <name>OfferModel</name>
    <message>
        <source>Initiative: %1</source>
        <translation>Initiatief: %1</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>Bewoner: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Aangeboden door</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>OfferRepository</name>
    <message>
        <source>Describe the offer.</source>
        <translation>Beschrijf het aanbod.</translation>
    </message>
    <message>
        <source>Choose exactly one initiative, partner or person who makes the offer.</source>
        <translation>Kies precies één initiatief, partner of persoon die het aanbod doet.</translation>
    </message>
    <message>
        <source>Whoever makes the offer no longer exists.</source>
        <translation>Degene die het aanbod doet, bestaat niet meer.</translation>
    </message>
    <message>
        <source>This offer no longer exists.</source>
        <translation>Dit aanbod bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>OfferView</name>
    <message>
        <source>Show only offers in this theme</source>
        <translation>Alleen aanbod binnen dit thema tonen</translation>
    </message>
    <message>
        <source>Show active or inactive offers</source>
        <translation>Actief of inactief aanbod tonen</translation>
    </message>
    <message>
        <source>Search offer or capacity...</source>
        <translation>Zoeken in aanbod of capaciteit...</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actief en inactief</translation>
    </message>
    <message>
        <source>Active offers</source>
        <translation>Actief aanbod</translation>
    </message>
    <message>
        <source>Inactive offers</source>
        <translation>Inactief aanbod</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n aanbod</numerusform>
            <numerusform>%n aanbiedingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete offer</source>
        <translation>Aanbod verwijderen</translation>
    </message>
    <message>
        <source>the offer “%1”</source>
        <translation>het aanbod “%1”</translation>
    </message>
</context>
<context>
    <name>ParticipationEditor</name>
    <message>
        <source>Edit participation moment</source>
        <translation>Participatiemoment bewerken</translation>
    </message>
    <message>
        <source>New participation moment</source>
        <translation>Nieuw participatiemoment</translation>
    </message>
    <message>
        <source>Choose a ward...</source>
        <translation>Kies een wijk...</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Wijk:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>D&amp;eelnemers:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Add participation moment</source>
        <translation>Participatiemoment toevoegen</translation>
    </message>
</context>
<context>
    <name>ParticipationModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>ParticipationRepository</name>
    <message>
        <source>Choose the ward of the participation moment.</source>
        <translation>Kies de wijk van het participatiemoment.</translation>
    </message>
    <message>
        <source>Enter the date of the participation moment.</source>
        <translation>Vul de datum van het participatiemoment in.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Het aantal deelnemers kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>This participation moment no longer exists.</source>
        <translation>Dit participatiemoment bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <source>Show only moments through this channel</source>
        <translation>Alleen momenten via dit kanaal tonen</translation>
    </message>
    <message>
        <source>Search notes...</source>
        <translation>Zoeken in notities...</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message numerus="yes">
        <source>%n participation moment(s)</source>
        <translation>
            <numerusform>%n participatiemoment</numerusform>
            <numerusform>%n participatiemomenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participation moment</source>
        <translation>Participatiemoment verwijderen</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>de %1 van %2</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Edit partner</source>
        <translation>Partner bewerken</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>%1 (%2 active)</source>
        <translation>%1 (%2 actief)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Vul de naam van de partner in.</translation>
    </message>
    <message>
        <source>There is already a partner called %1.</source>
        <translation>Er is al een partner met de naam %1.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Dit is geen e-mailadres.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Deze partner bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n samenwerkingsafspraak</numerusform>
            <numerusform>%n samenwerkingsafspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) in the support map</source>
        <translation>
            <numerusform>%n aanbod in vraag en aanbod</numerusform>
            <numerusform>%n aanbiedingen in vraag en aanbod</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner %1 cannot be deleted because other records refer to it: %2.</source>
        <translation>Partner %1 kan niet worden verwijderd, omdat andere gegevens ernaar verwijzen: %2.</translation>
    </message>
</context>
<context>
    <name>PartnerView</name>
    <message>
        <source>Show only partners of this type</source>
        <translation>Alleen partners van deze soort tonen</translation>
    </message>
    <message>
        <source>Search name or contact person...</source>
        <translation>Zoeken in naam of contactpersoon...</translation>
    </message>
    <message>
        <source>All partner types</source>
        <translation>Alle soorten partners</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <source>partner “%1”</source>
        <translation>de partner “%1”</translation>
    </message>
</context>
<context>
    <name>PdfMetadata</name>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>Het PDF-bestand kon niet worden voltooid.</translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <source>Resident</source>
        <translation>Bewoner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Do you want to remove the involvement in %1? You can undo this with Ctrl+Z.</source>
        <translation>Wilt u de betrokkenheid bij %1 verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove involvement</source>
        <translation>Betrokkenheid verwijderen</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>No hours registered for this resident.</source>
        <translation>Voor deze bewoner zijn geen uren geregistreerd.</translation>
    </message>
    <message numerus="yes">
        <source>%1 hours in %n month(s), in %2 initiative(s).</source>
        <translation>
            <numerusform>%1 uur in %n maand; aantal initiatieven: %2.</numerusform>
            <numerusform>%1 uur in %n maanden; aantal initiatieven: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiatieven</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Erase (AVG art. 17)...</source>
        <translation>Wissen (AVG art. 17)...</translation>
    </message>
    <message>
        <source>Erase this resident&apos;s names, contact details, notes, skills and consent; hours and roles stay without the name</source>
        <translation>De namen, contactgegevens, notities, vaardigheden en toestemming van deze bewoner wissen; uren en rollen blijven zonder naam bewaard</translation>
    </message>
    <message>
        <source>Subject access (AVG art. 15)...</source>
        <translation>Inzageverzoek (AVG art. 15)...</translation>
    </message>
    <message>
        <source>Write every record about this resident as CSV files and a PDF into a new folder</source>
        <translation>Alle records over deze bewoner als CSV-bestanden en een PDF in een nieuwe map schrijven</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit resident</source>
        <translation>Bewoner bewerken</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Nieuwe bewoner</translation>
    </message>
    <message>
        <source>for example: treasurer, gardening, social media</source>
        <translation>bijvoorbeeld: penningmeester, tuinieren, sociale media</translation>
    </message>
    <message>
        <source>what the resident agreed to, e.g. contact about the initiative</source>
        <translation>waarvoor de bewoner toestemming gaf, bijv. contact over het initiatief</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Ward of residence:</source>
        <translation>&amp;Woonwijk:</translation>
    </message>
    <message>
        <source>En&amp;gagement:</source>
        <translation>&amp;Betrokkenheid:</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>Vaar&amp;digheden:</translation>
    </message>
    <message>
        <source>&amp;Consent date:</source>
        <translation>Datum toe&amp;stemming:</translation>
    </message>
    <message>
        <source>Consent sc&amp;ope:</source>
        <translation>Toestemming v&amp;oor:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add resident</source>
        <translation>Bewoner toevoegen</translation>
    </message>
    <message>
        <source>for example: van den, de, &apos;t</source>
        <translation>bijvoorbeeld: van den, de, &apos;t</translation>
    </message>
    <message>
        <source>T&amp;ussenvoegsel:</source>
        <translation>T&amp;ussenvoegsel:</translation>
    </message>
    <message>
        <source>Consent w&amp;ithdrawn on:</source>
        <translation>Toestemming &amp;ingetrokken op:</translation>
    </message>
    <message>
        <source>Consent e&amp;xpires on:</source>
        <translation>Toestemming &amp;verloopt op:</translation>
    </message>
    <message>
        <source>The day the resident withdrew their consent (AVG art. 7(3)); they are then listed for anonymisation</source>
        <translation>De dag waarop de bewoner de toestemming introk (AVG art. 7 lid 3); de bewoner wordt dan genoemd om te anonimiseren</translation>
    </message>
    <message>
        <source>The last day the consent holds, when it was given for a limited time</source>
        <translation>De laatste dag dat de toestemming geldt, als die voor beperkte tijd is gegeven</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>There is no resident with number %1; nothing was changed.</source>
        <translation>Er is geen bewoner met nummer %1; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Resident %1 was already erased on %2; nothing was changed.</source>
        <translation>Bewoner %1 is al gewist op %2; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>PersonHistoryModel</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>PersonModel</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>never (inactive)</source>
        <translation>nooit (inactief)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactief)</translation>
    </message>
    <message numerus="yes">
        <source>Inactive: no hours registered in the last %n month(s).</source>
        <translation>
            <numerusform>Inactief: geen uren geregistreerd in de afgelopen %n maand.</numerusform>
            <numerusform>Inactief: geen uren geregistreerd in de afgelopen %n maanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Laatst actief</translation>
    </message>
    <message>
        <source>Hours (12 months)</source>
        <translation>Uren (12 maanden)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Erasing the resident&apos;s data...</source>
        <translation>De gegevens van de bewoner wissen...</translation>
    </message>
    <message>
        <source>Erase all personal data of %1 (AVG art. 17)?</source>
        <translation>Alle persoonsgegevens van %1 wissen (AVG art. 17)?</translation>
    </message>
    <message>
        <source>What goes: first and last name, e-mail, phone, notes, skills, ward of residence and consent. The resident becomes &quot;%1&quot;.</source>
        <translation>Wat verdwijnt: voor- en achternaam, e-mail, telefoon, notities, vaardigheden, woonwijk en toestemming. De bewoner wordt &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>What stays, no longer linked to a name: %n involvement(s)</source>
        <translation>
            <numerusform>Wat blijft, niet meer aan een naam gekoppeld: %n betrokkenheid</numerusform>
            <numerusform>Wat blijft, niet meer aan een naam gekoppeld: %n betrokkenheden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with hours</source>
        <translation>
            <numerusform>%n dag met uren</numerusform>
            <numerusform>%n dagen met uren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical role(s)</source>
        <translation>
            <numerusform>%n kritieke rol</numerusform>
            <numerusform>%n kritieke rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour totals per initiative and the risk scores do not change.</source>
        <translation>De urentotalen per initiatief en de risicoscores veranderen niet.</translation>
    </message>
    <message>
        <source>This cannot be undone. Backups that still hold the resident are listed afterwards.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Back-ups die de bewoner nog bevatten, worden daarna genoemd.</translation>
    </message>
    <message>
        <source>Erase resident</source>
        <translation>Bewoner wissen</translation>
    </message>
    <message>
        <source>The resident is now &quot;%1&quot;. The file and its journal no longer hold the erased data.</source>
        <translation>De bewoner heet nu &quot;%1&quot;. Het bestand en zijn journaal bevatten de gewiste gegevens niet meer.</translation>
    </message>
    <message>
        <source>No backup in the backups folder holds the resident&apos;s data.</source>
        <translation>Geen back-up in de map backups bevat de gegevens van de bewoner.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold the resident&apos;s data:</source>
        <translation>
            <numerusform>%n back-up bevat de gegevens van de bewoner nog:</numerusform>
            <numerusform>%n back-ups bevatten de gegevens van de bewoner nog:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these backups? A new backup is made without them.</source>
        <translation>Deze back-ups verwijderen? Er wordt een nieuwe back-up zonder deze gegevens gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that still held the resident&apos;s data.</source>
        <translation>
            <numerusform>%n back-up verwijderd die de gegevens van de bewoner nog bevatte.</numerusform>
            <numerusform>%n back-ups verwijderd die de gegevens van de bewoner nog bevatten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject access request: choose where to put the folder with the files</source>
        <translation>Inzageverzoek: kies waar de map met de bestanden komt</translation>
    </message>
    <message>
        <source>subject-access-%1-%2</source>
        <translation>inzageverzoek-%1-%2</translation>
    </message>
    <message>
        <source>Writing every record about the resident...</source>
        <translation>Alle records over de bewoner schrijven...</translation>
    </message>
    <message>
        <source>Subject access request (AVG art. 15)</source>
        <translation>Inzageverzoek (AVG art. 15)</translation>
    </message>
    <message>
        <source>Every record about the resident was written to %1: CSV files and %2, readable by you alone. Hand them to the resident safely.</source>
        <translation>Alle records over de bewoner zijn geschreven naar %1: CSV-bestanden en %2, alleen door u te lezen. Geef ze veilig aan de bewoner.</translation>
    </message>
    <message>
        <source>Erased on %1 (AVG art. 17): only hours, involvements and roles remain.</source>
        <translation>Gewist op %1 (AVG art. 17): alleen uren, betrokkenheden en rollen blijven.</translation>
    </message>
    <message>
        <source>Consent given on %1 for: %2.</source>
        <translation>Toestemming gegeven op %1 voor: %2.</translation>
    </message>
    <message>
        <source>No consent registered.</source>
        <translation>Geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>Consent withdrawn on %1: anonymise this resident.</source>
        <translation>Toestemming ingetrokken op %1: anonimiseer deze bewoner.</translation>
    </message>
    <message>
        <source>The consent ended on %1: anonymise this resident.</source>
        <translation>De toestemming is verlopen op %1: anonimiseer deze bewoner.</translation>
    </message>
    <message>
        <source>The consent holds until %1.</source>
        <translation>De toestemming geldt tot en met %1.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the first name.</source>
        <translation>Vul de voornaam in.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Vul de achternaam in.</translation>
    </message>
    <message>
        <source>The chosen ward no longer exists.</source>
        <translation>De gekozen wijk bestaat niet meer.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>De datum van toestemming ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Describe what the person consented to.</source>
        <translation>Beschrijf waarvoor de persoon toestemming heeft gegeven.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Deze persoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>holder of the role %1 in %2</source>
        <translation>rolhouder van %1 bij %2</translation>
    </message>
    <message>
        <source>backup for the role %1 in %2</source>
        <translation>reserve voor de rol %1 bij %2</translation>
    </message>
    <message numerus="yes">
        <source>%n involvement(s) in initiatives</source>
        <translation>
            <numerusform>%n betrokkenheid bij initiatieven</numerusform>
            <numerusform>%n betrokkenheden bij initiatieven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with registered hours</source>
        <translation>
            <numerusform>%n dag met geregistreerde uren</numerusform>
            <numerusform>%n dagen met geregistreerde uren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted because other records refer to this person: %2.</source>
        <translation>%1 kan niet worden verwijderd, omdat andere gegevens naar deze persoon verwijzen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) in the support map</source>
        <translation>
            <numerusform>%n aanbod in vraag en aanbod</numerusform>
            <numerusform>%n aanbiedingen in vraag en aanbod</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is geen e-mailadres.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>The withdrawal of consent lies in the future.</source>
        <translation>Het intrekken van de toestemming ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation>Toestemming kan niet worden ingetrokken voordat die is gegeven.</translation>
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation>De toestemming kan niet eindigen voordat die is gegeven.</translation>
    </message>
    <message>
        <source>This resident was erased; their data cannot be entered again.</source>
        <translation>Deze bewoner is gewist; de gegevens kunnen niet opnieuw worden ingevoerd.</translation>
    </message>
    <message>
        <source>Removed resident %1</source>
        <translation>Verwijderde bewoner %1</translation>
    </message>
    <message>
        <source>There is no resident with number %1.</source>
        <translation>Er is geen bewoner met nummer %1.</translation>
    </message>
    <message>
        <source>Resident %1 was already erased on %2; nothing was changed.</source>
        <translation>Bewoner %1 is al gewist op %2; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Show only residents with this engagement</source>
        <translation>Alleen bewoners met deze betrokkenheid tonen</translation>
    </message>
    <message>
        <source>Search name, e-mail or skills...</source>
        <translation>Zoeken in naam, e-mail of vaardigheden...</translation>
    </message>
    <message>
        <source>All engagement</source>
        <translation>Alle betrokkenheid</translation>
    </message>
    <message>
        <source>Show which of this resident&apos;s initiatives would move to high risk without them</source>
        <translation>Tonen welke initiatieven van deze bewoner zonder hem of haar naar risico hoog gaan</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n bewoner</numerusform>
            <numerusform>%n bewoners</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation>Bewoner verwijderen</translation>
    </message>
    <message>
        <source>Only &amp;inactive</source>
        <translation>Alleen in&amp;actief</translation>
    </message>
    <message>
        <source>Show this resident&apos;s initiatives, hours per month and critical roles</source>
        <translation>De initiatieven, uren per maand en kritieke rollen van deze bewoner tonen</translation>
    </message>
    <message numerus="yes">
        <source>Show only residents without registered hours in the last %n month(s)</source>
        <translation>
            <numerusform>Alleen bewoners tonen zonder geregistreerde uren in de afgelopen %n maand</numerusform>
            <numerusform>Alleen bewoners tonen zonder geregistreerde uren in de afgelopen %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>What if this person stops?</source>
        <translation>Wat als deze persoon stopt?</translation>
    </message>
    <message>
        <source>Initiatives and history...</source>
        <translation>Initiatieven en geschiedenis...</translation>
    </message>
</context>
<context>
    <name>PersonalDataUse</name>
    <message>
        <source>The use of personal data could not be recorded in the audit log, so nothing was handed out: %1</source>
        <translation>Het gebruik van persoonsgegevens kon niet in het auditlogboek worden vastgelegd, dus er is niets verstrekt: %1</translation>
    </message>
    <message>
        <source>The report could not be recorded in the audit log, so it was removed again: %1</source>
        <translation>De rapportage kon niet in het auditlogboek worden vastgelegd en is daarom weer verwijderd: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so it was removed again: %1</source>
        <translation>De export kon niet in het auditlogboek worden vastgelegd en is daarom weer verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (proces %2)</translation>
    </message>
    <message>
        <source>%1 (process %2, account %3)</source>
        <translation>%1 (proces %2, account %3)</translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>Resident %1</source>
        <translation>Bewoner %1</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>The tables of the database refer to each other in a circle; they cannot be copied.</source>
        <translation>De tabellen van de database verwijzen in een kring naar elkaar; ze kunnen niet worden gekopieerd.</translation>
    </message>
    <message>
        <source>The file has no column %1 in table %2; open it for writing once to bring it up to date.</source>
        <translation>Het bestand heeft geen kolom %1 in tabel %2; open het één keer om te schrijven om het bij te werken.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Publish copies a Wijkregie file to a server; %1 is a server database already.</source>
        <translation>Publiceren kopieert een Wijkregie-bestand naar een server; %1 is al een serverdatabase.</translation>
    </message>
    <message>
        <source>The file %1 has an older schema and must be opened for writing once to be updated.</source>
        <translation>Het bestand %1 heeft een ouder schema en moet één keer om te schrijven worden geopend om het bij te werken.</translation>
    </message>
    <message>
        <source>The database %1 is not empty. Publish copies a file into a new, empty database only, so that nothing on the server is overwritten or mixed with other data; ask the server&apos;s administrator for a new database (createdb).</source>
        <translation>De database %1 is niet leeg. Publiceren kopieert een bestand alleen naar een nieuwe, lege database, zodat er op de server niets wordt overschreven of met andere gegevens vermengd; vraag de beheerder van de server om een nieuwe database (createdb).</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Toevoegen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bewerken...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Choose the period of the report.</source>
        <translation>Kies de periode van de rapportage.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>De periode eindigt (%1) voordat die begint (%2).</translation>
    </message>
    <message>
        <source>Choose at least one ward.</source>
        <translation>Kies minimaal één wijk.</translation>
    </message>
    <message>
        <source>The chosen ward no longer exists.</source>
        <translation>De gekozen wijk bestaat niet meer.</translation>
    </message>
    <message>
        <source>The file has no wards to report on.</source>
        <translation>Het bestand bevat geen wijken om over te rapporteren.</translation>
    </message>
    <message>
        <source>the ward director</source>
        <translation>de wijkregisseur</translation>
    </message>
    <message>
        <source>Municipality overview %1</source>
        <translation>Gemeenteoverzicht %1</translation>
    </message>
    <message>
        <source>Ward report %1</source>
        <translation>Wijkrapportage %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ward(s)</source>
        <translation>
            <numerusform>%n wijk</numerusform>
            <numerusform>%n wijken</numerusform>
        </translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Active initiatives (running or paused)</source>
        <translation>Actieve initiatieven (lopend of gepauzeerd)</translation>
    </message>
    <message>
        <source>Residents who gave hours in the period</source>
        <translation>Bewoners die in de periode uren hebben ingezet</translation>
    </message>
    <message>
        <source>Hours given in the period</source>
        <translation>Ingezette uren in de periode</translation>
    </message>
    <message>
        <source>Participants in open activities</source>
        <translation>Deelnemers aan open activiteiten</translation>
    </message>
    <message>
        <source>Budget granted to active initiatives</source>
        <translation>Toegekend budget aan actieve initiatieven</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>no period set</source>
        <translation>geen periode vastgelegd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Ward report for the chosen wards</source>
        <translation>&amp;Wijkrapportage voor de gekozen wijken</translation>
    </message>
    <message>
        <source>&amp;Municipality overview (all wards)</source>
        <translation>&amp;Gemeenteoverzicht (alle wijken)</translation>
    </message>
    <message>
        <source>Show residents&apos; &amp;names</source>
        <translation>&amp;Namen van bewoners tonen</translation>
    </message>
    <message>
        <source>Council report</source>
        <translation>Raadsrapportage</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Soort rapportage</translation>
    </message>
    <message>
        <source>The report will contain personal data. Share it only with those who may see it.</source>
        <translation>De rapportage bevat dan persoonsgegevens. Deel haar alleen met wie deze gegevens mag zien.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Opgesteld door:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Op&amp;slaan als ODT…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n waarschuwing.</numerusform>
            <numerusform>… en nog %n waarschuwingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>De rapportage wordt voorbereid…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Municipality overview</source>
        <translation>Gemeenteoverzicht</translation>
    </message>
    <message>
        <source>Ward report</source>
        <translation>Wijkrapportage</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapportage opslaan</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Saving the ODT…</source>
        <translation>Het ODT-bestand wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Het PDF-bestand wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation>Opslaan als ODT</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Filter wards by name or code...</source>
        <translation>Wijken filteren op naam of code...</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Wards in the report</source>
        <translation>Wijken in de rapportage</translation>
    </message>
    <message>
        <source>Your notes per ward, printed at the top of its section</source>
        <translation>Uw toelichting per wijk, afgedrukt bovenaan het gedeelte over die wijk</translation>
    </message>
    <message>
        <source>Wa&amp;rd:</source>
        <translation>Wij&amp;k:</translation>
    </message>
    <message>
        <source>Not&amp;es for this period:</source>
        <translation>Toe&amp;lichting voor deze periode:</translation>
    </message>
    <message>
        <source>What the council should know about this ward in this period.</source>
        <translation>Wat de raad over deze wijk in deze periode moet weten.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>achter op schema</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste meting</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Ward goals</source>
        <translation>Wijkdoelen</translation>
    </message>
    <message>
        <source>Initiatives and continuity risk</source>
        <translation>Initiatieven en continuïteitsrisico</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Continuity risk per active initiative</source>
        <translation>Continuïteitsrisico per actief initiatief</translation>
    </message>
    <message>
        <source>score 0–100</source>
        <translation>score 0–100</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>midden</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>The chart shows the 25 initiatives with the highest score.</source>
        <translation>De grafiek toont de 25 initiatieven met de hoogste score.</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>Sleutelpersonen</translation>
    </message>
    <message>
        <source>Residents whose leaving would put at least one initiative at high risk.</source>
        <translation>Bewoners bij wier vertrek ten minste één initiatief een hoog continuïteitsrisico zou krijgen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Initiatives that would move to high risk</source>
        <translation>Initiatieven die naar risico hoog zouden gaan</translation>
    </message>
    <message>
        <source>Agreements with partners</source>
        <translation>Samenwerkingsafspraken met partners</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Monitoring and evaluation agreed</source>
        <translation>Monitoring en evaluatie afgesproken</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Outdated policy frameworks</source>
        <translation>Verouderde beleidskaders</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Beleidskader</translation>
    </message>
    <message>
        <source>Review was due</source>
        <translation>Herziening uiterlijk</translation>
    </message>
    <message>
        <source>Gaps in the support map</source>
        <translation>Knelpunten in vraag en aanbod</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Need without an offer</source>
        <translation>Vraag zonder aanbod</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Signalled on</source>
        <translation>Gesignaleerd op</translation>
    </message>
    <message>
        <source>Participation by channel</source>
        <translation>Participatie per kanaal</translation>
    </message>
    <message>
        <source>Participants by channel</source>
        <translation>Deelnemers per kanaal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momenten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Follow-ups of initiatives outside the policy framework</source>
        <translation>Vervolgacties voor initiatieven buiten het beleidskader</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Vakafdeling</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Overview of all wards</source>
        <translation>Overzicht van alle wijken</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mid­den</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Af­spraken</translation>
    </message>
    <message>
        <source>Without M&amp;E</source>
        <translation>Zonder M&amp;E</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Knel­pun­ten</translation>
    </message>
    <message>
        <source>Goals on track</source>
        <translation>Doelen op schema</translation>
    </message>
    <message>
        <source>Risk bands of active initiatives per ward (%1–%2)</source>
        <translation>Risiconiveaus van actieve initiatieven per wijk (%1–%2)</translation>
    </message>
    <message>
        <source>Risk bands of active initiatives per ward</source>
        <translation>Risiconiveaus van actieve initiatieven per wijk</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>Alle wijken</translation>
    </message>
    <message>
        <source>Municipality overview</source>
        <translation>Gemeenteoverzicht</translation>
    </message>
    <message>
        <source>Ward report</source>
        <translation>Wijkrapportage</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>This report contains names of residents. Handle it as personal data.</source>
        <translation>Deze rapportage bevat namen van bewoners en daarmee persoonsgegevens. Ga er vertrouwelijk mee om.</translation>
    </message>
    <message>
        <source>Residents appear under a pseudonym (Resident A, Resident B, …) that holds within this report only.</source>
        <translation>Bewoners staan in deze rapportage onder een pseudoniem (Bewoner A, Bewoner B, …) dat alleen binnen deze rapportage geldt.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>De rapportage kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Afgedrukt op %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>Het PDF-bestand %1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1: the character %2 (U+%3) is not in the report&apos;s font and prints as an empty box.</source>
        <translation>%1: het teken %2 (U+%3) zit niet in het lettertype van de rapportage en wordt afgedrukt als een leeg vakje.</translation>
    </message>
    <message>
        <source>Ward %1 (%2)</source>
        <translation>Wijk %1 (%2)</translation>
    </message>
    <message>
        <source>The notes on ward %1</source>
        <translation>De toelichting bij wijk %1</translation>
    </message>
    <message>
        <source>Notes from the ward director</source>
        <translation>Toelichting van de wijkregisseur</translation>
    </message>
    <message>
        <source>Ward goal “%1” (%2)</source>
        <translation>Wijkdoel “%1” (%2)</translation>
    </message>
    <message>
        <source>Initiative “%1” (%2)</source>
        <translation>Initiatief “%1” (%2)</translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation>Persoon %1 (%2)</translation>
    </message>
    <message>
        <source>Agreement “%1” (%2)</source>
        <translation>Samenwerkingsafspraak “%1” (%2)</translation>
    </message>
    <message>
        <source>Policy framework “%1”</source>
        <translation>Beleidskader “%1”</translation>
    </message>
    <message>
        <source>Need “%1” (%2)</source>
        <translation>Vraag “%1” (%2)</translation>
    </message>
    <message>
        <source>Follow-up of “%1” (%2)</source>
        <translation>Vervolgactie voor “%1” (%2)</translation>
    </message>
    <message>
        <source>The author&apos;s name</source>
        <translation>De naam van de opsteller</translation>
    </message>
    <message>
        <source>The document %1 could not be written.</source>
        <translation>Het document %1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Due by</source>
        <comment>the date by which the follow-up must be done (uiterste datum)</comment>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Succession: critical roles without a backup</source>
        <translation>Opvolging: kritieke rollen zonder reserve</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>geen kandidaat</translation>
    </message>
    <message>
        <source>Suggestions only: residents involved in the initiative or living in the ward, active in the last 6 months.</source>
        <translation>Alleen suggesties: bewoners die bij het initiatief betrokken zijn of in de wijk wonen, en in de afgelopen 6 maanden actief waren.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Rolhouder</translation>
    </message>
    <message>
        <source>Suggested backups</source>
        <translation>Voorgestelde reserves</translation>
    </message>
    <message>
        <source>Pipeline of the last 12 months</source>
        <translation>Doorstroom in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>From ad hoc helper to core member</source>
        <translation>Van ad-hochelper naar kernlid</translation>
    </message>
    <message>
        <source>From core member to lead</source>
        <translation>Van kernlid naar trekker</translation>
    </message>
    <message>
        <source>New residents</source>
        <translation>Nieuwe bewoners</translation>
    </message>
    <message>
        <source>Residents who left</source>
        <translation>Vertrokken bewoners</translation>
    </message>
    <message>
        <source>of whom: %1</source>
        <translation>van wie: %1</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Beweging</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Resident %1</source>
        <translation>Bewoner %1</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Consent ended</source>
        <translation>Toestemming verlopen</translation>
    </message>
    <message numerus="yes">
        <source>Inactive for more than %n month(s)</source>
        <translation>
            <numerusform>Langer dan %n maand niet actief</numerusform>
            <numerusform>Langer dan %n maanden niet actief</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Bewoner</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Last activity or consent date</source>
        <translation>Laatste activiteit of toestemmingsdatum</translation>
    </message>
</context>
<context>
    <name>RetentionRepository</name>
    <message>
        <source>consent withdrawn on %1</source>
        <translation>toestemming ingetrokken op %1</translation>
    </message>
    <message>
        <source>consent ended on %1</source>
        <translation>toestemming verlopen op %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing recorded for more than %n month(s), since %1</source>
        <translation>
            <numerusform>meer dan %n maand niets vastgelegd, sinds %1</numerusform>
            <numerusform>meer dan %n maanden niets vastgelegd, sinds %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing recorded for more than %n month(s)</source>
        <translation>
            <numerusform>meer dan %n maand niets vastgelegd</numerusform>
            <numerusform>meer dan %n maanden niets vastgelegd</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period must lie between %1 and %2 months.</source>
        <translation>De bewaartermijn moet tussen %1 en %2 maanden liggen.</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>&amp;Anonymise ticked residents...</source>
        <translation>&amp;Aangevinkte bewoners anonimiseren...</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Bewaartermijn controleren</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) had nothing recorded for longer than the retention period (%1 months), or their consent was withdrawn or has ended (AVG art. 5(1)(e): storage limitation). Tick the residents to anonymise: their names, contact details, notes, skills and consent are erased; their hours, involvements and roles stay, no longer linked to them.</source>
        <translation>
            <numerusform>Van %n bewoner is langer dan de bewaartermijn (%1 maanden) niets vastgelegd, of de toestemming is ingetrokken of verlopen (AVG art. 5 lid 1 sub e: opslagbeperking). Vink de bewoners aan die u wilt anonimiseren: hun namen, contactgegevens, notities, vaardigheden en toestemming worden gewist; hun uren, betrokkenheden en rollen blijven, niet meer aan hen gekoppeld.</numerusform>
            <numerusform>Van %n bewoners is langer dan de bewaartermijn (%1 maanden) niets vastgelegd, of de toestemming is ingetrokken of verlopen (AVG art. 5 lid 1 sub e: opslagbeperking). Vink de bewoners aan die u wilt anonimiseren: hun namen, contactgegevens, notities, vaardigheden en toestemming worden gewist; hun uren, betrokkenheden en rollen blijven, niet meer aan hen gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Residents to review:</source>
        <translation>&amp;Te controleren bewoners:</translation>
    </message>
    <message>
        <source>Residents to review</source>
        <translation>Te controleren bewoners</translation>
    </message>
    <message>
        <source>Space ticks or unticks the resident in the current row.</source>
        <translation>Met de spatiebalk vinkt u de bewoner in de huidige rij aan of uit.</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Niets selecteren</translation>
    </message>
    <message>
        <source>Looking for residents to review...</source>
        <translation>Bewoners zoeken om te controleren...</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: no resident&apos;s consent was withdrawn or has ended, and every resident has something recorded in the last %n month(s).</source>
        <translation>
            <numerusform>Niets te doen: van geen enkele bewoner is de toestemming ingetrokken of verlopen, en van elke bewoner is in de laatste %n maand iets vastgelegd.</numerusform>
            <numerusform>Niets te doen: van geen enkele bewoner is de toestemming ingetrokken of verlopen, en van elke bewoner is in de laatste %n maanden iets vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resident(s) ticked</source>
        <translation>
            <numerusform>%1 van %n bewoner aangevinkt</numerusform>
            <numerusform>%1 van %n bewoners aangevinkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n resident(s) (AVG art. 17)?</source>
        <translation>
            <numerusform>%n bewoner anonimiseren (AVG art. 17)?</numerusform>
            <numerusform>%n bewoners anonimiseren (AVG art. 17)?</numerusform>
        </translation>
    </message>
    <message>
        <source>What goes: first and last name, e-mail, phone, notes, skills, ward of residence and consent. Each becomes &quot;Verwijderde bewoner&quot; with their number.</source>
        <translation>Wat verdwijnt: voornaam en achternaam, e-mail, telefoon, notities, vaardigheden, woonwijk en toestemming. Elk van hen wordt &quot;Verwijderde bewoner&quot; met een nummer.</translation>
    </message>
    <message>
        <source>What stays, no longer linked to a name: their hours, involvements, critical roles and offers. Hour totals and risk scores do not change.</source>
        <translation>Wat blijft, niet meer aan een naam gekoppeld: hun uren, betrokkenheden, kritieke rollen en aanbod. Urentotalen en risicoscores veranderen niet.</translation>
    </message>
    <message>
        <source>This cannot be undone. Backups that still hold them are listed afterwards.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Reservekopieën die hun gegevens nog bevatten, worden daarna getoond.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymising %n resident(s)...</source>
        <translation>
            <numerusform>%n bewoner anonimiseren...</numerusform>
            <numerusform>%n bewoners anonimiseren...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n resident(s) were anonymised before you cancelled.</source>
        <translation>
            <numerusform>Gestopt: %1 van %n bewoner was geanonimiseerd voordat u annuleerde.</numerusform>
            <numerusform>Gestopt: %1 van %n bewoners waren geanonimiseerd voordat u annuleerde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n resident(s); their hours, involvements and roles were kept without their data.</source>
        <translation>
            <numerusform>%n bewoner geanonimiseerd; de uren, betrokkenheden en rollen zijn bewaard zonder de gegevens.</numerusform>
            <numerusform>%n bewoners geanonimiseerd; hun uren, betrokkenheden en rollen zijn bewaard zonder hun gegevens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file and its journal no longer hold the erased data.</source>
        <translation>Het bestand en zijn journaal bevatten de gewiste gegevens niet meer.</translation>
    </message>
    <message>
        <source>No backup in the backups folder holds their data.</source>
        <translation>Geen reservekopie in de map backups bevat hun gegevens.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold their data:</source>
        <translation>
            <numerusform>%n reservekopie bevat hun gegevens nog:</numerusform>
            <numerusform>%n reservekopieën bevatten hun gegevens nog:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these backups? A new backup is made without them.</source>
        <translation>Deze reservekopieën verwijderen? Er wordt een nieuwe reservekopie zonder hen gemaakt.</translation>
    </message>
    <message>
        <source>Deleting the backups...</source>
        <translation>Reservekopieën verwijderen...</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that still held their data.</source>
        <translation>
            <numerusform>%n reservekopie verwijderd die hun gegevens nog bevatte.</numerusform>
            <numerusform>%n reservekopieën verwijderd die hun gegevens nog bevatten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskBreakdownWidget</name>
    <message>
        <source>The risk is computed over the twelve months before this date</source>
        <translation>Het risico wordt berekend over de twaalf maanden vóór deze datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Reference date:</source>
        <translation>Peildatum:</translation>
    </message>
    <message>
        <source>Continuity risk: select an initiative</source>
        <translation>Continuïteitsrisico: selecteer een initiatief</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Bezig met berekenen...</translation>
    </message>
    <message>
        <source>No risk: only running and paused initiatives are scored.</source>
        <translation>Geen risico: alleen lopende en gepauzeerde initiatieven krijgen een score.</translation>
    </message>
    <message>
        <source>Score %1 – %2</source>
        <translation>Score %1 – %2</translation>
    </message>
    <message>
        <source>Indicator value %1</source>
        <translation>Waarde van de indicator: %1</translation>
    </message>
    <message>
        <source>Continuity risk of “%1”</source>
        <translation>Continuïteitsrisico van “%1”</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Score %1 – %2 (%3)</source>
        <translation>Score %1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RiskCalculator</name>
    <message numerus="yes">
        <source>%n regular(s) (active in at least 6 months)</source>
        <translation>
            <numerusform>%n vaste vrijwilliger (actief in minstens 6 maanden)</numerusform>
            <numerusform>%n vaste vrijwilligers (actief in minstens 6 maanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>No hours registered in the last 12 months</source>
        <translation>Geen uren geregistreerd in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>One resident provides %1% of the hours</source>
        <translation>Eén bewoner levert %1% van de inzet</translation>
    </message>
    <message numerus="yes">
        <source>%n residents provide %1% of the hours</source>
        <translation>
            <numerusform>%n bewoner levert %1% van de inzet</numerusform>
            <numerusform>%n bewoners leveren %1% van de inzet</numerusform>
        </translation>
    </message>
    <message>
        <source>No critical roles are registered</source>
        <translation>Er zijn geen kritieke rollen geregistreerd</translation>
    </message>
    <message>
        <source>Every critical role has a holder and a backup</source>
        <translation>Elke kritieke rol heeft een rolhouder en een reserve</translation>
    </message>
    <message>
        <source>No critical role has a backup</source>
        <translation>Geen enkele kritieke rol heeft een reserve</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n critical role(s) have no backup</source>
        <translation>
            <numerusform>Zonder reserve: %1 van %n kritieke rol</numerusform>
            <numerusform>Zonder reserve: %1 van %n kritieke rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n critical role(s) have no holder or no backup</source>
        <translation>
            <numerusform>Zonder rolhouder of reserve: %1 van %n kritieke rol</numerusform>
            <numerusform>Zonder rolhouder of reserve: %1 van %n kritieke rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours started in the last 6 months</source>
        <translation>De inzet is in de afgelopen 6 maanden begonnen</translation>
    </message>
    <message>
        <source>No hours in the last 12 months</source>
        <translation>Geen uren in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Hours fell %1% in the last 6 months</source>
        <translation>De inzet daalde %1% in de afgelopen 6 maanden</translation>
    </message>
    <message>
        <source>Hours rose %1% in the last 6 months</source>
        <translation>De inzet steeg %1% in de afgelopen 6 maanden</translation>
    </message>
    <message>
        <source>Hours held steady in the last 6 months</source>
        <translation>De inzet bleef gelijk in de afgelopen 6 maanden</translation>
    </message>
    <message>
        <source>Follow-up funding is registered</source>
        <translation>Er is vervolgfinanciering geregistreerd</translation>
    </message>
    <message>
        <source>No funding end date is registered</source>
        <translation>Er is geen einddatum van de financiering geregistreerd</translation>
    </message>
    <message>
        <source>Funding ended on %1 without follow-up funding</source>
        <translation>De financiering is op %1 geëindigd zonder vervolgfinanciering</translation>
    </message>
    <message numerus="yes">
        <source>Funding ends in %n month(s) without follow-up funding</source>
        <translation>
            <numerusform>De financiering eindigt over %n maand zonder vervolgfinanciering</numerusform>
            <numerusform>De financiering eindigt over %n maanden zonder vervolgfinanciering</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody registered hours in the last 12 months</source>
        <translation>Niemand heeft in de afgelopen 12 maanden uren geregistreerd</translation>
    </message>
    <message>
        <source>The top contributor carries no other initiative</source>
        <translation>De grootste bijdrager heeft geen sleutelrol in een ander initiatief</translation>
    </message>
    <message numerus="yes">
        <source>The top contributor also carries %n other initiative(s)</source>
        <translation>
            <numerusform>De grootste bijdrager heeft ook in %n ander initiatief een sleutelrol</numerusform>
            <numerusform>De grootste bijdrager heeft ook in %n andere initiatieven een sleutelrol</numerusform>
        </translation>
    </message>
    <message>
        <source>Funding ends today without follow-up funding</source>
        <translation>Financiering eindigt vandaag zonder vervolgfinanciering</translation>
    </message>
    <message>
        <source>outside the policy framework and no follow-up owner</source>
        <translation>buiten het beleidskader en geen eigenaar voor de vervolgactie</translation>
    </message>
    <message>
        <source>outside the policy framework, with a follow-up owner</source>
        <translation>buiten het beleidskader, met een eigenaar voor de vervolgactie</translation>
    </message>
    <message>
        <source>fit with the policy framework unknown</source>
        <translation>onbekend of het in het beleidskader past</translation>
    </message>
    <message>
        <source>fits the policy framework</source>
        <translation>past in het beleidskader</translation>
    </message>
    <message>
        <source>a linked agreement ends within 6 months without a planned evaluation</source>
        <translation>een gekoppelde afspraak loopt binnen 6 maanden af zonder geplande evaluatie</translation>
    </message>
    <message>
        <source>a linked agreement ends within 6 months; an evaluation is planned</source>
        <translation>een gekoppelde afspraak loopt binnen 6 maanden af; er is een evaluatie gepland</translation>
    </message>
    <message>
        <source>no linked agreement ends within 6 months</source>
        <translation>geen gekoppelde afspraak loopt binnen 6 maanden af</translation>
    </message>
    <message>
        <source>the municipality leads the initiative</source>
        <translation>de gemeente trekt het initiatief</translation>
    </message>
    <message>
        <source>nobody registered hours in the last 12 months</source>
        <translation>niemand heeft in de afgelopen 12 maanden uren geregistreerd</translation>
    </message>
    <message>
        <source>one person provides at least half of the hours</source>
        <translation>één persoon levert minstens de helft van de inzet</translation>
    </message>
    <message>
        <source>no critical role is registered</source>
        <translation>er is geen kritieke rol geregistreerd</translation>
    </message>
    <message>
        <source>no critical role has a backup</source>
        <translation>geen enkele kritieke rol heeft een reserve</translation>
    </message>
    <message>
        <source>no critical role has both a holder and a backup</source>
        <translation>geen enkele kritieke rol heeft zowel een rolhouder als een reserve</translation>
    </message>
    <message>
        <source>High by the override rule (concentration and succession both at their maximum): %1 and %2.</source>
        <translation>Hoog door de voorrangsregel (concentratie en opvolging allebei op hun maximum): %1 en %2.</translation>
    </message>
    <message>
        <source>override: no hours, no critical role</source>
        <translation>voorrangsregel: geen uren, geen kritieke rol</translation>
    </message>
    <message>
        <source>override: no hours, no backup</source>
        <translation>voorrangsregel: geen uren, geen reserve</translation>
    </message>
    <message>
        <source>override: one person, no critical role</source>
        <translation>voorrangsregel: één persoon, geen kritieke rol</translation>
    </message>
    <message>
        <source>override: one person, no backup</source>
        <translation>voorrangsregel: één persoon, geen reserve</translation>
    </message>
    <message>
        <source>%1 provides %2% of the hours</source>
        <translation>%1 levert %2% van de inzet</translation>
    </message>
    <message>
        <source>%1, the top contributor, carries no other initiative</source>
        <translation>%1, de grootste bijdrager, heeft geen sleutelrol in een ander initiatief</translation>
    </message>
    <message numerus="yes">
        <source>%1, the top contributor, also carries %n other initiative(s)</source>
        <translation>
            <numerusform>%1, de grootste bijdrager, heeft ook in %n ander initiatief een sleutelrol</numerusform>
            <numerusform>%1, de grootste bijdrager, heeft ook in %n andere initiatieven een sleutelrol</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskCharts</name>
    <message>
        <source>Risk bands per ward</source>
        <translation>Risiconiveaus per wijk</translation>
    </message>
    <message>
        <source>Risk trend</source>
        <translation>Risicotrend</translation>
    </message>
    <message>
        <source>Engagement per ward</source>
        <translation>Betrokkenheid per wijk</translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation>Sleutelpersonen</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Uren per maand</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Bezig met berekenen...</translation>
    </message>
    <message>
        <source>Active initiatives</source>
        <translation>Actieve initiatieven</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Gemiddelde score</translation>
    </message>
    <message>
        <source>Share high (%)</source>
        <translation>Aandeel hoog (%)</translation>
    </message>
    <message>
        <source>Initiatives moving to high if this person stops</source>
        <translation>Initiatieven die naar hoog gaan als deze persoon stopt</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Nobody whose leaving moves an initiative to high</source>
        <translation>Niemand van wie het vertrek een initiatief naar hoog brengt</translation>
    </message>
    <message>
        <source>Key persons: the %1 of %2 with most impact</source>
        <translation>Sleutelpersonen: de %1 van %2 met de meeste impact</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>No data yet: the trend appears once initiatives are registered.</source>
        <translation>Nog geen gegevens: de trend verschijnt zodra er initiatieven zijn geregistreerd.</translation>
    </message>
    <message>
        <source>No data yet: no hours registered in these twelve months.</source>
        <translation>Nog geen gegevens: in deze twaalf maanden zijn geen uren geregistreerd.</translation>
    </message>
    <message>
        <source>For each ward, the number of active initiatives at low, medium and high continuity risk.</source>
        <translation>Per wijk het aantal actieve initiatieven met een laag, midden of hoog continuïteitsrisico.</translation>
    </message>
    <message>
        <source>The average risk score and the share of initiatives at high risk at the end of each of the last twelve months.</source>
        <translation>De gemiddelde risicoscore en het aandeel initiatieven met risico hoog aan het eind van elk van de afgelopen twaalf maanden.</translation>
    </message>
    <message>
        <source>For each ward, the number of residents with structural, ad hoc and unknown engagement.</source>
        <translation>Per wijk het aantal bewoners dat structureel, ad hoc of onbekend betrokken is.</translation>
    </message>
    <message>
        <source>The residents whose leaving would move the most initiatives to high risk, by pseudonym, with the number of initiatives for each.</source>
        <translation>De bewoners bij wier vertrek de meeste initiatieven naar risico hoog zouden gaan, onder pseudoniem, met per bewoner het aantal initiatieven.</translation>
    </message>
    <message>
        <source>The hours registered for all initiatives in each of the last twelve months.</source>
        <translation>De geregistreerde uren voor alle initiatieven in elk van de afgelopen twaalf maanden.</translation>
    </message>
    <message>
        <source>Pipeline per ward</source>
        <translation>Doorstroom per wijk</translation>
    </message>
    <message>
        <source>For each ward, the residents who moved from ad hoc helper to core member and from core member to lead, joined and left in the last 12 months.</source>
        <translation>Per wijk de bewoners die in de afgelopen 12 maanden van ad-hochelper naar kernlid of van kernlid naar trekker zijn doorgestroomd, en de bewoners die zijn ingestroomd of vertrokken.</translation>
    </message>
    <message>
        <source>Pipeline per ward (last 12 months)</source>
        <translation>Doorstroom per wijk (afgelopen 12 maanden)</translation>
    </message>
    <message>
        <source>Pipeline: the %1 wards with the most movement (last 12 months)</source>
        <translation>Doorstroom: de %1 wijken met de meeste beweging (afgelopen 12 maanden)</translation>
    </message>
    <message>
        <source>Nobody joined, moved up or left in the last 12 months.</source>
        <translation>Niemand is in de afgelopen 12 maanden ingestroomd, doorgestroomd of vertrokken.</translation>
    </message>
    <message>
        <source>ad hoc to core member</source>
        <translation>ad-hochelper naar kernlid</translation>
    </message>
    <message>
        <source>core member to lead</source>
        <translation>kernlid naar trekker</translation>
    </message>
    <message>
        <source>new residents</source>
        <translation>nieuwe bewoners</translation>
    </message>
    <message>
        <source>residents who left</source>
        <translation>vertrokken bewoners</translation>
    </message>
</context>
<context>
    <name>RiskWeightsDialog</name>
    <message>
        <source>Change risk weights</source>
        <translation>Risicogewichten wijzigen</translation>
    </message>
    <message>
        <source>Risk weights</source>
        <translation>Risicogewichten</translation>
    </message>
    <message>
        <source>How much each indicator counts in the continuity risk of this file. The weights are relative: the score divides by their sum, so it stays between 0 and 100 and the bands (low below 34, high from 67) keep their meaning.</source>
        <translation>Hoe zwaar elke indicator meetelt in het continuïteitsrisico van dit bestand. De gewichten zijn relatief: de score wordt gedeeld door hun som, zodat die tussen 0 en 100 blijft en de risiconiveaus (laag onder 34, hoog vanaf 67) hun betekenis houden.</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standaardwaarden herstellen</translation>
    </message>
    <message>
        <source>Sum of the weights: %1</source>
        <translation>Som van de gewichten: %1</translation>
    </message>
</context>
<context>
    <name>RiskWeightsRepository</name>
    <message>
        <source>The weight of %1 must lie between 0 and 1.</source>
        <translation>Het gewicht van %1 moet tussen 0 en 1 liggen.</translation>
    </message>
    <message>
        <source>At least one weight must be more than 0.</source>
        <translation>Minimaal één gewicht moet groter zijn dan 0.</translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <source>%1 could not be written: the disk is full. Nothing was changed; make room and try again.</source>
        <translation>%1 kon niet worden geschreven: de schijf is vol. Er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Er is geen bestandsnaam opgegeven om naar te schrijven.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist; Wijkregie does not write through it.</source>
        <translation>%1 is een koppeling naar een bestand dat niet bestaat; Wijkregie schrijft niet via die koppeling.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 is een map; geef de naam op van het bestand dat geschreven moet worden.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe or a device); this output can only be written to an ordinary file.</source>
        <translation>%1 is geen gewoon bestand (maar een pipe of een apparaat); deze uitvoer kan alleen naar een gewoon bestand worden geschreven.</translation>
    </message>
    <message>
        <source>%1 is a device or special file; Wijkregie does not write to it.</source>
        <translation>%1 is een apparaat of speciaal bestand; Wijkregie schrijft daar niet naartoe.</translation>
    </message>
    <message>
        <source>%1 is the file being read (%2); Wijkregie does not write an output onto it. Choose another file name.</source>
        <translation>%1 is het bestand dat wordt gelezen (%2); Wijkregie schrijft daar geen uitvoer overheen. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is the journal of the database %2; Wijkregie does not write an output onto it. Choose another file name.</source>
        <translation>%1 is het journaal van de database %2; Wijkregie schrijft daar geen uitvoer overheen. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is a database (perhaps a Wijkregie file or a backup); Wijkregie does not overwrite it with an output. Choose another file name.</source>
        <translation>%1 is een database (misschien een Wijkregie-bestand of een back-up); Wijkregie overschrijft die niet met uitvoer. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is the journal of a database; Wijkregie does not overwrite it. Choose another file name.</source>
        <translation>%1 is het journaal van een database; Wijkregie overschrijft het niet. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was changed.</source>
        <translation>%1 kon niet worden geschreven; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SignalService</name>
    <message>
        <source>The evaluation of agreement “%1” with %2 was due on %3.</source>
        <translation>De evaluatie van afspraak “%1” met %2 had op %3 moeten plaatsvinden.</translation>
    </message>
    <message>
        <source>The evaluation of agreement “%1” with %2 is due on %3.</source>
        <translation>De evaluatie van afspraak “%1” met %2 staat gepland op %3.</translation>
    </message>
    <message>
        <source>Agreement “%1” with %2 ended on %3 but is still marked active.</source>
        <translation>Afspraak “%1” met %2 is op %3 afgelopen, maar staat nog op actief.</translation>
    </message>
    <message>
        <source>Agreement “%1” with %2 ends on %3.</source>
        <translation>Afspraak “%1” met %2 loopt af op %3.</translation>
    </message>
    <message>
        <source>Agreement “%1” with %2 has no agreed monitoring and evaluation.</source>
        <translation>Bij afspraak “%1” met %2 is geen monitoring en evaluatie afgesproken.</translation>
    </message>
    <message>
        <source>Policy framework “%1” is outdated: it was due for review on %2.</source>
        <translation>Beleidskader “%1” is verouderd: het had op %2 herzien moeten zijn.</translation>
    </message>
    <message>
        <source>The follow-up of initiative “%1”, which does not fit the policy framework, was due on %2.</source>
        <translation>De vervolgactie voor initiatief “%1”, dat niet in het beleidskader past, had op %2 klaar moeten zijn.</translation>
    </message>
    <message>
        <source>The follow-up by %3 of initiative “%1”, which does not fit the policy framework, was due on %2.</source>
        <translation>De vervolgactie door %3 voor initiatief “%1”, dat niet in het beleidskader past, had op %2 klaar moeten zijn.</translation>
    </message>
    <message>
        <source>No active offer meets the need “%1” (%2) in %3.</source>
        <translation>Er is geen actief aanbod voor de vraag “%1” (%2) in %3.</translation>
    </message>
    <message>
        <source>KPI “%1” of agreement “%2” is off track: %3% of the way to its target where %4% was expected.</source>
        <translation>KPI “%1” van afspraak “%2” ligt achter op schema: %3% van de weg naar de streefwaarde, terwijl %4% werd verwacht.</translation>
    </message>
    <message>
        <source>KPI “%1” of agreement “%2” is moving away from its target.</source>
        <translation>KPI “%1” van afspraak “%2” beweegt van de streefwaarde af.</translation>
    </message>
    <message>
        <source>Main reason: %1.</source>
        <translation>Belangrijkste reden: %1.</translation>
    </message>
    <message>
        <source>New initiative “%1” is at high risk (score %2). %3</source>
        <translation>Nieuw initiatief “%1” heeft risico hoog (score %2). %3</translation>
    </message>
    <message>
        <source>Initiative “%1” moved to high risk since %2 (score %3, was %4). %5</source>
        <translation>Initiatief “%1” is sinds %2 naar risico hoog gegaan (score %3, was %4). %5</translation>
    </message>
    <message>
        <source>%1 is a key person: if they stop, “%2” moves to high risk.</source>
        <translation>%1 is een sleutelpersoon: als hij of zij stopt, gaat “%2” naar risico hoog.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a key person: if they stop, %n initiative(s) move to high risk, among them “%2”.</source>
        <extracomment>Only for two or more initiatives (one has a sentence of its own), so every form reads as a plural &quot;among them&quot;; a language whose singular form also serves 21, 31, ... needs it that way.</extracomment>
        <translation>
            <numerusform>%1 is een sleutelpersoon: als hij of zij stopt, gaat %n initiatief naar risico hoog, namelijk “%2”.</numerusform>
            <numerusform>%1 is een sleutelpersoon: als hij of zij stopt, gaan %n initiatieven naar risico hoog, waaronder “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The critical role “%1” of “%2” has no backup (held by %3).</source>
        <translation>De kritieke rol “%1” van “%2” heeft geen reserve (rolhouder: %3).</translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation>Voorgesteld: %1.</translation>
    </message>
    <message>
        <source>The funding of “%1” ends on %2 and no follow-up funding is registered.</source>
        <translation>De financiering van “%1” eindigt op %2 en er is geen vervolgfinanciering geregistreerd.</translation>
    </message>
    <message>
        <source>%1, lead of “%2”, has registered no hours in it since %3.</source>
        <translation>%1, trekker van “%2”, heeft er sinds %3 geen uren meer voor geregistreerd.</translation>
    </message>
    <message>
        <source>%1, lead of “%2”, has never registered hours in it.</source>
        <translation>%1, trekker van “%2”, heeft er nog nooit uren voor geregistreerd.</translation>
    </message>
    <message>
        <source>Anonymise %1 (wijkregie retention): %2.</source>
        <translation>%1 anonimiseren (wijkregie retention): %2.</translation>
    </message>
</context>
<context>
    <name>SignalsView</name>
    <message>
        <source>Signals: what needs attention</source>
        <translation>Signalen: wat aandacht vraagt</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Set as backup</source>
        <translation>Als reserve aanwijzen</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>Alle signalen</translation>
    </message>
    <message>
        <source>Continuity only</source>
        <translation>Alleen continuïteit</translation>
    </message>
    <message>
        <source>Filter by &amp;kind:</source>
        <translation>Filteren op &amp;soort:</translation>
    </message>
    <message>
        <source>Sets the selected candidate as the backup of the critical role (can be undone)</source>
        <translation>Wijst de gekozen kandidaat aan als reserve voor de kritieke rol (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>Double-click a signal or press Enter to open the record behind it; on a suggested candidate, to set them as the backup.</source>
        <translation>Dubbelklik op een signaal of druk op Enter om het item erachter te openen; op een voorgestelde kandidaat om die als reserve aan te wijzen.</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Bezig met berekenen...</translation>
    </message>
    <message>
        <source>Continuity of initiatives (%1)</source>
        <translation>Continuïteit van initiatieven (%1)</translation>
    </message>
    <message>
        <source>Suggested backup %1: %2 – %3</source>
        <translation>Voorgestelde reserve %1: %2 – %3</translation>
    </message>
    <message>
        <source>Double-click or press Enter to set %1 as the backup (can be undone).</source>
        <translation>Dubbelklik of druk op Enter om %1 als reserve aan te wijzen (kan ongedaan worden gemaakt).</translation>
    </message>
    <message>
        <source>Nothing needs attention: no initiative moved to high risk, every critical role has a backup, no evaluation is due, no agreement ends soon, every framework is current and every need has an offer.</source>
        <translation>Niets vraagt aandacht: geen initiatief is naar risico hoog gegaan, elke kritieke rol heeft een reserve, er is geen evaluatie op komst, geen afspraak loopt binnenkort af, elk beleidskader is actueel en voor elke vraag is er aanbod.</translation>
    </message>
    <message>
        <source>No signal of this kind.</source>
        <translation>Geen signalen van deze soort.</translation>
    </message>
    <message>
        <source>%1 about the continuity of initiatives; of the others %2 urgent, %3 needing attention, %4 for information. The most urgent come first.</source>
        <translation>%1 over de continuïteit van initiatieven; van de overige %2 urgent, %3 die aandacht vragen, %4 ter informatie. De urgentste staan bovenaan.</translation>
    </message>
    <message>
        <source>Set %1 as backup for %2</source>
        <translation>%1 als reserve aanwijzen voor %2</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>De database kon de bewerking niet uitvoeren.</translation>
    </message>
    <message>
        <source>Your role in the team database does not allow this; nothing was changed. A wijkregisseur changes the records of their own wards; the team&apos;s beheerder assigns wards.</source>
        <translation>Uw rol in de teamdatabase staat dit niet toe; er is niets gewijzigd. Een wijkregisseur wijzigt de gegevens van de eigen wijken; de beheerder van het team wijst wijken toe.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 already exists; Wijkregie does not overwrite it.</source>
        <translation>Het bestand %1 bestaat al; Wijkregie overschrijft het niet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation>Het bestand %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a Wijkregie file.</source>
        <translation>Het bestand %1 is leeg; het is geen Wijkregie-bestand.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Wijkregie file (it is not a database at all).</source>
        <translation>Het bestand %1 is geen Wijkregie-bestand (het is helemaal geen database).</translation>
    </message>
    <message>
        <source>The file %1 is a database, but not a Wijkregie file.</source>
        <translation>Het bestand %1 is een database, maar geen Wijkregie-bestand.</translation>
    </message>
    <message>
        <source>It is shorter than its own header says (truncated).</source>
        <translation>Het is korter dan de eigen kop aangeeft (afgekapt).</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Wijkregie (schema version %2; this version reads up to %3). Update Wijkregie to open it.</source>
        <translation>Het bestand %1 is gemaakt met een nieuwere versie van Wijkregie (schemaversie %2; deze versie leest tot en met %3). Werk Wijkregie bij om het te openen.</translation>
    </message>
    <message>
        <source>The file %1 is read-only. Wijkregie needs to write to it; copy it to a folder where you may write, or change its permissions.</source>
        <translation>Het bestand %1 is alleen-lezen. Wijkregie moet erin kunnen schrijven; kopieer het naar een map waarin u mag schrijven, of pas de rechten aan.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Wijkregie needs to write its journal beside the file; copy the file to a folder where you may write.</source>
        <translation>De map %1 is alleen-lezen. Wijkregie moet naast het bestand een journaal kunnen schrijven; kopieer het bestand naar een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>This file lies on a network share. Wijkregie works without its write-ahead journal there, and only one person at a time should open it.</source>
        <translation>Dit bestand staat op een netwerkschijf. Wijkregie werkt daar zonder write-ahead-journaal, en het bestand mag maar door één persoon tegelijk worden geopend.</translation>
    </message>
    <message>
        <source>This file lies in a synced folder (OneDrive, Dropbox, Nextcloud or Google Drive). Wijkregie works without its write-ahead journal there so that the copy the sync makes is complete; open it on one computer at a time, and keep it in a local folder if you can.</source>
        <translation>Dit bestand staat in een gesynchroniseerde map (OneDrive, Dropbox, Nextcloud of Google Drive). Wijkregie werkt daar zonder write-ahead-journaal, zodat de kopie die de synchronisatie maakt volledig is; open het bestand op één computer tegelijk en bewaar het zo mogelijk in een lokale map.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>De back-up %1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The backup copy failed its check.</source>
        <translation>De back-up is niet door de controle gekomen.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>De back-upmap %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary folder (it is a link or a file). Wijkregie does not put backups there, because they could end up where others can read them. Remove or rename it.</source>
        <translation>%1 is geen gewone map (maar een koppeling of een bestand). Wijkregie zet daar geen back-ups neer, omdat die dan terecht kunnen komen waar anderen ze kunnen lezen. Verwijder het of geef het een andere naam.</translation>
    </message>
    <message>
        <source>The backup folder %1 belongs to another account. Wijkregie does not put backups there, because that account could read them. Remove or rename it.</source>
        <translation>De back-upmap %1 is van een ander account. Wijkregie zet daar geen back-ups neer, omdat dat account ze zou kunnen lezen. Verwijder de map of geef haar een andere naam.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: restore a backup.</source>
        <translation>Het bestand %1 is beschadigd: zet een back-up terug.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>De nieuwste back-up is %1.</translation>
    </message>
    <message>
        <source>There is no backup beside it in a &quot;backups&quot; folder.</source>
        <translation>Er staat geen back-up naast in een map &quot;backups&quot;.</translation>
    </message>
    <message>
        <source>Wijkregie does not write into a damaged file.</source>
        <translation>Wijkregie schrijft niet in een beschadigd bestand.</translation>
    </message>
    <message>
        <source>The file %1 is in use: another Wijkregie is saving changes to it right now.</source>
        <translation>Het bestand %1 is in gebruik: een ander exemplaar van Wijkregie slaat er op dit moment wijzigingen in op.</translation>
    </message>
    <message>
        <source>It is held by: %1.</source>
        <translation>Het wordt gebruikt door: %1.</translation>
    </message>
    <message>
        <source>Wait until that has finished and try again. If it stays in use, close Wijkregie in the other window or on the other computer.</source>
        <translation>Wacht tot dat klaar is en probeer het opnieuw. Blijft het in gebruik, sluit Wijkregie dan in het andere venster of op de andere computer.</translation>
    </message>
    <message>
        <source>The backup %1 could not be deleted.</source>
        <translation>De back-up %1 kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened here: Wijkregie may not write in its folder %2, and the file needs its journal beside it. Copy the file to a folder where you may write.</source>
        <translation>Het bestand %1 kan hier niet worden geopend: Wijkregie mag niet schrijven in de map %2, en het bestand heeft daar zijn journaal nodig. Kopieer het bestand naar een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Het bestand %1 kan niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>The register of the ward director: wards, initiatives and the residents who carry them.</source>
        <translation>Het register van de wijkregisseur: wijken, initiatieven en de bewoners die ze dragen.</translation>
    </message>
    <message>
        <source>&amp;New file...</source>
        <translation>&amp;Nieuw bestand...</translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation>&amp;Demogemeente openen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Nog geen recente bestanden.</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>Bestand openen...</translation>
    </message>
    <message>
        <source>%1   (team database on %2)</source>
        <translation>%1   (teamdatabase op %2)</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Involvements in initiatives</source>
        <translation>Betrokkenheid bij initiatieven</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Critical roles held or backed up</source>
        <translation>Kritieke rollen als trekker of reserve</translation>
    </message>
    <message>
        <source>Offers in the support map</source>
        <translation>Aanbod op de ondersteuningskaart</translation>
    </message>
    <message>
        <source>Audit log entries about the resident</source>
        <translation>Regels in de auditlog over de bewoner</translation>
    </message>
    <message>
        <source>%1 could not be read back.</source>
        <translation>%1 kon niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; give a new or empty folder for the subject-access export, so that no other file is mixed in or overwritten.</source>
        <translation>De map %1 is niet leeg; geef een nieuwe of lege map op voor het inzageverzoek, zodat geen ander bestand wordt bijgemengd of overschreven.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>There is no resident with number %1; nothing was written.</source>
        <translation>Er is geen bewoner met nummer %1; er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessPdf</name>
    <message>
        <source>Subject access request (AVG art. 15)</source>
        <translation>Inzageverzoek (AVG art. 15)</translation>
    </message>
    <message>
        <source>All records that %1 holds about %2 (resident number %3), made on %4. The CSV files beside this document hold the same records for use in a spreadsheet.</source>
        <translation>Alle records die %1 over %2 (bewonernummer %3) bevat, gemaakt op %4. De CSV-bestanden naast dit document bevatten dezelfde records voor gebruik in een spreadsheet.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), file %1</source>
        <translation>
            <numerusform>%n record, bestand %1</numerusform>
            <numerusform>%n records, bestand %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>De PDF %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>SuccessionAdvisor</name>
    <message>
        <source>involved in the initiative</source>
        <translation>betrokken bij het initiatief</translation>
    </message>
    <message>
        <source>lives in the ward</source>
        <translation>woont in de wijk</translation>
    </message>
    <message numerus="yes">
        <source>active in %n of the last 12 months</source>
        <translation>
            <numerusform>actief in %n van de afgelopen 12 maanden</numerusform>
            <numerusform>actief in %n van de afgelopen 12 maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>has the skill “%1”</source>
        <translation>heeft de vaardigheid “%1”</translation>
    </message>
    <message>
        <source>holds no critical role yet</source>
        <translation>heeft nog geen kritieke rol</translation>
    </message>
    <message numerus="yes">
        <source>already holds or backs up %n critical role(s)</source>
        <translation>
            <numerusform>is al rolhouder of reserve van %n kritieke rol</numerusform>
            <numerusform>is al rolhouder of reserve van %n kritieke rollen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportMapView</name>
    <message>
        <source>Needs</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Aanbod</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Team roles exist on a team database (PostgreSQL) only, not in a file.</source>
        <translation>Teamrollen bestaan alleen in een teamdatabase (PostgreSQL), niet in een bestand.</translation>
    </message>
    <message>
        <source>The database name %1 is too long for the team&apos;s role names; give the database a name of at most 45 characters.</source>
        <translation>De databasenaam %1 is te lang voor de rolnamen van het team; geef de database een naam van hoogstens 45 tekens.</translation>
    </message>
    <message>
        <source>This team database has no team roles yet; its owner installs them with wijkregie team init.</source>
        <translation>Deze teamdatabase heeft nog geen teamrollen; de eigenaar installeert ze met wijkregie team init.</translation>
    </message>
    <message>
        <source>wijkregisseur</source>
        <translation>wijkregisseur</translation>
    </message>
    <message>
        <source>teamleider</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <source>beleidsmedewerker</source>
        <translation>beleidsmedewerker</translation>
    </message>
    <message>
        <source>beheerder</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>The team roles do not know the table(s) %1 of this database; update Wijkregie.</source>
        <translation>De teamrollen kennen de tabel(len) %1 van deze database niet; werk Wijkregie bij.</translation>
    </message>
    <message>
        <source>There is no ward with code %1.</source>
        <translation>Er is geen wijk met code %1.</translation>
    </message>
    <message>
        <source>%1 is not a member of the team; add them first with wijkregie team add-user.</source>
        <translation>%1 hoort niet bij het team; voeg deze gebruiker eerst toe met wijkregie team add-user.</translation>
    </message>
</context>
<context>
    <name>ThemeRepository</name>
    <message>
        <source>Enter the theme&apos;s name.</source>
        <translation>Vul de naam van het thema in.</translation>
    </message>
    <message>
        <source>There already is a theme called %1.</source>
        <translation>Er is al een thema met de naam %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ward(s)</source>
        <translation>
            <numerusform>%n wijk</numerusform>
            <numerusform>%n wijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiatief</numerusform>
            <numerusform>%n initiatieven</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme %1 cannot be deleted because it is in use by %2.</source>
        <translation>Thema %1 kan niet worden verwijderd, omdat het wordt gebruikt door %2.</translation>
    </message>
    <message>
        <source>This theme no longer exists.</source>
        <translation>Dit thema bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Hernoemen...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Toevoegen...</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation>Naam van het thema:</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Thema toevoegen</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Thema hernoemen</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Thema verwijderen</translation>
    </message>
    <message>
        <source>Do you want to delete the theme %1?</source>
        <translation>Wilt u het thema %1 verwijderen?</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
</context>
<context>
    <name>WardEditor</name>
    <message>
        <source>Edit ward</source>
        <translation>Wijk bewerken</translation>
    </message>
    <message>
        <source>New ward</source>
        <translation>Nieuwe wijk</translation>
    </message>
    <message>
        <source>What makes this ward different</source>
        <translation>Wat deze wijk bijzonder maakt</translation>
    </message>
    <message>
        <source>CBS &amp;code:</source>
        <translation>CBS-&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Inhabitants:</source>
        <translation>&amp;Inwoners:</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>&amp;Huishoudens:</translation>
    </message>
    <message>
        <source>Focus t&amp;hemes:</source>
        <translation>&amp;Aandachtsthema&apos;s:</translation>
    </message>
    <message>
        <source>Profile n&amp;otes:</source>
        <translation>Wijk&amp;profiel:</translation>
    </message>
    <message>
        <source>Add ward</source>
        <translation>Wijk toevoegen</translation>
    </message>
</context>
<context>
    <name>WardModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation>Aandachtsthema&apos;s</translation>
    </message>
</context>
<context>
    <name>WardNoteRepository</name>
    <message>
        <source>The notes need a period whose start is not after its end.</source>
        <translation>De toelichting vereist een periode waarvan het begin niet na het einde ligt.</translation>
    </message>
</context>
<context>
    <name>WardPicker</name>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
</context>
<context>
    <name>WardRepository</name>
    <message>
        <source>Enter the ward&apos;s CBS code, for example WK036301.</source>
        <translation>Vul de CBS-code van de wijk in, bijvoorbeeld WK036301.</translation>
    </message>
    <message>
        <source>Ward %1 already has code %2.</source>
        <translation>Wijk %1 heeft al code %2.</translation>
    </message>
    <message>
        <source>Enter the ward&apos;s name.</source>
        <translation>Vul de naam van de wijk in.</translation>
    </message>
    <message>
        <source>The number of inhabitants cannot be negative.</source>
        <translation>Het aantal inwoners kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The number of households cannot be negative.</source>
        <translation>Het aantal huishoudens kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A ward cannot have more households than inhabitants.</source>
        <translation>Een wijk kan niet meer huishoudens dan inwoners hebben.</translation>
    </message>
    <message>
        <source>This ward no longer exists.</source>
        <translation>Deze wijk bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiatief</numerusform>
            <numerusform>%n initiatieven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) living there</source>
        <translation>
            <numerusform>%n bewoner die er woont</numerusform>
            <numerusform>%n bewoners die er wonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ward %1 cannot be deleted because other records refer to it: %2. Move or delete those first.</source>
        <translation>Wijk %1 kan niet worden verwijderd, omdat andere gegevens ernaar verwijzen: %2. Verplaats of verwijder die eerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) with partners</source>
        <translation>
            <numerusform>%n samenwerkingsafspraak met partners</numerusform>
            <numerusform>%n samenwerkingsafspraken met partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ward goal(s)</source>
        <translation>
            <numerusform>%n wijkdoel</numerusform>
            <numerusform>%n wijkdoelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation moment(s)</source>
        <translation>
            <numerusform>%n participatiemoment</numerusform>
            <numerusform>%n participatiemomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) in the support map</source>
        <translation>
            <numerusform>%n vraag in vraag en aanbod</numerusform>
            <numerusform>%n vragen in vraag en aanbod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) in the support map</source>
        <translation>
            <numerusform>%n aanbod in vraag en aanbod</numerusform>
            <numerusform>%n aanbiedingen in vraag en aanbod</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a CBS ward code: WK followed by four digits and two digits or capital letters, for example WK036301.</source>
        <translation>“%1” is geen CBS-wijkcode: WK gevolgd door vier cijfers en twee cijfers of hoofdletters, bijvoorbeeld WK036301.</translation>
    </message>
    <message numerus="yes">
        <source>%n report note(s) of the ward director</source>
        <translation>
            <numerusform>%n toelichting van de wijkregisseur</numerusform>
            <numerusform>%n toelichtingen van de wijkregisseur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WardView</name>
    <message>
        <source>Show only wards with this focus theme</source>
        <translation>Alleen wijken met dit aandachtsthema tonen</translation>
    </message>
    <message>
        <source>Show only wards of this type</source>
        <translation>Alleen wijken van dit type tonen</translation>
    </message>
    <message>
        <source>Search code, name or notes...</source>
        <translation>Zoeken in code, naam of notities...</translation>
    </message>
    <message>
        <source>All ward types</source>
        <translation>Alle wijktypen</translation>
    </message>
    <message numerus="yes">
        <source>%n ward(s)</source>
        <translation>
            <numerusform>%n wijk</numerusform>
            <numerusform>%n wijken</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ward</source>
        <translation>Wijk verwijderen</translation>
    </message>
    <message>
        <source>ward %1 (%2)</source>
        <translation>wijk %1 (%2)</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>What if %1 stops?</source>
        <translation>Wat als %1 stopt?</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>moves to %1</source>
        <translation>gaat naar %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>geen verandering</translation>
    </message>
    <message>
        <source>%1 plays no part in an active initiative.</source>
        <translation>%1 speelt geen rol in een actief initiatief.</translation>
    </message>
    <message numerus="yes">
        <source>Without %1, %n initiative(s) move to high risk (reference date %2).</source>
        <translation>
            <numerusform>Zonder %1 gaat %n initiatief naar risico hoog (peildatum %2).</numerusform>
            <numerusform>Zonder %1 gaan %n initiatieven naar risico hoog (peildatum %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiatives that change band</source>
        <translation>Initiatieven die van risiconiveau veranderen</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <extracomment>A score, its band and the override rule that set the band: &quot;66 hoog (override: ...)&quot;.</extracomment>
        <translation>%1  %2 (%3)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>These are %1 rows; an Excel worksheet holds at most %2 under its header. Nothing was written. Export a filtered list with fewer rows, or export as CSV (RFC 4180), which has no row limit.</source>
        <translation>Dit zijn %1 rijen; een Excel-werkblad bevat onder de kopregel hoogstens %2 rijen. Er is niets geschreven. Exporteer een gefilterde lijst met minder rijen, of exporteer als CSV (RFC 4180), dat geen rijgrens heeft.</translation>
    </message>
    <message>
        <source>These are %1 columns; an Excel worksheet holds at most %2. Nothing was written.</source>
        <translation>Dit zijn %1 kolommen; een Excel-werkblad bevat hoogstens %2 kolommen. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The heading of column %1 has %2 characters; an Excel cell holds at most %3. Nothing was written.</source>
        <translation>De kop van kolom %1 heeft %2 tekens; een Excel-cel bevat hoogstens %3 tekens. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Row %1, column “%2” holds more than %3 characters, more than an Excel cell holds. Nothing was written. Export as CSV (RFC 4180), which has no such limit.</source>
        <translation>Rij %1, kolom “%2” bevat meer dan %3 tekens, meer dan een Excel-cel bevat. Er is niets geschreven. Exporteer als CSV (RFC 4180), dat zo&apos;n grens niet heeft.</translation>
    </message>
    <message>
        <source>The Excel workbook %1 could not be written.</source>
        <translation>De Excel-werkmap %1 kon niet worden geschreven.</translation>
    </message>
</context>
</TS>
