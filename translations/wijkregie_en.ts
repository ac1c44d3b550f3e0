<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Wijkregie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of the ward director: wards, resident initiatives and the residents who carry them, and which initiatives are at risk of stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later. Wijkregie is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes without any warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are set in DejaVu Sans, included in Wijkregie under the Bitstream Vera licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Row for a person who no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 hours in one day, counting other initiatives; a day has 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: this date lies outside the person&apos;s involvement in the initiative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCharts</name>
    <message>
        <source>Agreements ending and evaluations due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI and ward-goal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support gaps per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI and ward-goal progress against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPI or goal has measurements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the way from baseline to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants by channel per ward, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participation moments in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open needs and gaps per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open needs in the support map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Gaps: no offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each of the next twelve months, the number of agreements that end and of evaluations that are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each KPI and ward goal has come from its baseline towards its target, in per cent, the ones off track first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each ward, the number of participants in the last twelve months by channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each theme, the number of open needs and of gaps, which are needs that no offer meets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Monitoring and evaluation are laid down in the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partner and the municipality agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euros, e.g. 12.500,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;&amp;E:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>✗ missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitoring and evaluation laid down in this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPages</name>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>Enter the agreement&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner the agreement is made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one ward the agreement is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen wards no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the linked initiatives no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Show only agreements with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only agreements with this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without M&amp;&amp;E only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, description or partner...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only agreements in which no monitoring and evaluation is laid down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement “%1” with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased (AVG art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported with personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report with names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject access (AVG art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased (AVG art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported with personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report with names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject access (AVG art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Wijkregie: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows this chart as a table, where Enter on a value opens the list behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>%1, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the list below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No subcommand given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subcommand &quot;%1&quot; is not available in this version of Wijkregie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument is missing for the subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments for the subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small, large or huge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown size &quot;%1&quot;; choose small, large or huge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; Wijkregie does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo municipality: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 demo municipality to %2 in %3 s: %4 wards, %5 initiatives, %6 persons (seed %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity and references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has problems; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a checked backup of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows already present (not added): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... and %n more problem.</numerusform>
            <numerusform>... and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excel-nl (the default) or rfc4180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and contact details instead of pseudonyms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the table to export with --table. Tables: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk scores are exported with &quot;wijkregie risk FILE --out OUT.csv&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; to export. Tables: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dialect &quot;%1&quot;. Use excel-nl or rfc4180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CSV file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 written to %2 (%3) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and report only; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the table to import into with --table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CSV file to read with --in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file was refused: %n problem(s). Nothing was written.</source>
        <translation>
            <numerusform>The file was refused: %n problem. Nothing was written.</numerusform>
            <numerusform>The file was refused: %n problems. Nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the file can be imported. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new row(s) into %1 in %2 s.</source>
        <translation>
            <numerusform>Imported %n new row into %1 in %2 s.</numerusform>
            <numerusform>Imported %n new rows into %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ward&apos;s CBS code (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality overview of all wards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show residents&apos; names instead of pseudonyms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --ward CODE or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is not a date (YYYY-MM-DD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is not a date (YYYY-MM-DD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ward with code %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference date (YYYY-MM-DD); today when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write; standard output when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date is not a date (YYYY-MM-DD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Risk of %n initiative(s) at %1 written to %2.</source>
        <translation>
            <numerusform>Risk of %n initiative at %1 written to %2.</numerusform>
            <numerusform>Risk of %n initiatives at %1 written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF or ODT file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF or ODT file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical role id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) at %1 written to %2.</source>
        <translation>
            <numerusform>%n signal at %1 written to %2.</numerusform>
            <numerusform>%n signals at %1 written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The iCalendar file (.ics) to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the iCalendar file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written to %1.</source>
        <translation>
            <numerusform>%n reminder written to %1.</numerusform>
            <numerusform>%n reminders written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: table %2, dialect %3, encoding %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns ignored as asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of dates such as 03/04/2026 in the file: dmy (day first) or mdy (month first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file as keys: &quot;Kolom=key,Andere kolom=-&quot; (- ignores the column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date order &quot;%1&quot;. Use dmy (day first) or mdy (month first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (the default) or xlsx (an Excel workbook; the default for OUT ending in .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect is for CSV; an Excel workbook has typed cells and the column names of excel-nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook is written to a file: give it with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already present, %n row(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the day total of an earlier row, %n row(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated within the file (stored once), %n row(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--id is not a resident&apos;s number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the resident&apos;s number with --id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the backups that still hold the resident&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident %1 was erased and is now &quot;%2&quot;: %3 emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept, without the person&apos;s data: %n involvement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical role(s)</source>
        <translation type="unfinished">
            <numerusform>%n critical role</numerusform>
            <numerusform>%n critical roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation type="unfinished">
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message>
        <source>The file and its journal no longer hold the erased data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in the backups folder holds the resident&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that still held the resident&apos;s data:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Made a new backup without them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold the resident&apos;s data:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them with: wijkregie person erase %1 --id %2 --purge-backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new (or empty) folder to write the files in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder to write the files in with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resident with number %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote every record about resident %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do with the resident: export or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for person; use export or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise the residents listed (the same erasure as wijkregie person erase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --apply: also delete the backups that still hold their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a new retention period in months first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months must be a number of months from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purge-backups goes with --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention period set to %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: no resident&apos;s consent was withdrawn or has ended, and every resident has something recorded in the last %n month(s). Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) to anonymise (retention period %1 months):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Anonymise them with: wijkregie retention %1 --apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n resident(s); their hours, involvements and roles were kept without their data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that still held their data:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold their data:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries about this kind of record (person, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not a date (YYYY-MM-DD): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from lies after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Actions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit log entry(ies) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Wijkregie file to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new, empty server database: postgresql://[user@]server[:port]/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server database to publish to with --to postgresql://server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server database; write postgresql://server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish copies a Wijkregie file to a server; give the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published %n row(s) of %1 to %2 in %3 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team roles exist on a team database only; give it as postgresql://server/database, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team roles are installed: wijkregisseur, teamleider, beleidsmedewerker and beheerder. Add users with wijkregie team add-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s name on the server (their login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team role: wijkregisseur, teamleider, beleidsmedewerker or beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user&apos;s name with --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role with --role: wijkregisseur, teamleider, beleidsmedewerker or beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in this team database. Their password is set on the server (never on a command line); a wijkregisseur gets wards with wijkregie team assign-ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the ward away from the member instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member with --user and the ward&apos;s code with --ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer edits ward %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edits ward %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has no members yet; add them with wijkregie team add-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, wards %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with the team: init, add-user, assign-ward or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for team; use init, add-user, assign-ward or list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Nothing was saved. Copy what you typed if you need it, close this window and open the record again to see the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this record on %2 at %3, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record on %2 at %3, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticalRole</name>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact with the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticalRoleEditor</name>
    <message>
        <source>Edit critical role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New critical role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standard role, or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder and backup are chosen from the people involved in the initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add critical role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticalRoleModel</name>
    <message>
        <source>No holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds this role: the initiative depends on finding someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can take over this role when %1 stops: name a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticalRoleRepository</name>
    <message>
        <source>Choose an initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative already has the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup must be someone other than the holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role with a backup needs a holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import wards, residents, initiatives or hours from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a table as CSV or as an Excel workbook (XLSX), for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward goal measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs (support map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers (support map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;personal data (names and contact details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (Dutch): semicolons, decimal comma, dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 4180: commas, decimal point, ISO dates, stable keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain residents&apos; names and contact details. Share it only with those who may see them, store it safely and delete it when it is no longer needed (AVG). Without this option, residents appear as a pseudonym (P-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list “%1” as shown: its columns, search, filters and sort (%n row(s)).</source>
        <translation>
            <numerusform>The list “%1” as shown: its columns, search, filters and sort (%n row).</numerusform>
            <numerusform>The list “%1” as shown: its columns, search, filters and sort (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (XLSX): text stays text, dates and euros typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data can only be exported where the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1” to export. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Make a &amp;backup copy of the database first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import writes all rows in one go, or none when any row has a problem. It cannot be undone with Edit &gt; Undo: keep the backup copy if you may want to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (Dutch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 4180</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem: nothing will be imported until the file is corrected.</numerusform>
            <numerusform>%n problems: nothing will be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported into %1.</source>
        <translation>
            <numerusform>%n row imported into %1.</numerusform>
            <numerusform>%n rows imported into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: refuse dates that read two ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like 03/04/2026 read two ways. Say which order the file uses, or leave it unknown and such dates are refused per cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1, encoding %2 (detected). Rows read: %3. New: %4. Already present (not added again): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the day total of an earlier row: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated within the file (stored once): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to check.</source>
        <translation>
            <numerusform>%n note to check.</numerusform>
            <numerusform>%n notes to check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to an earlier row&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: choose a column or ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database&apos;s backups are made on the server by its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2. Check for a missing or extra separator (%3) or a cell with a line break that is not between quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no initiative with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person, or for an event with anonymous participants the number of participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours must lie between 0 and 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this date the person is not involved in the initiative; import the involvements first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ward with code %1; import the wards first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table “%1” cannot be imported. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no theme “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With row %1 of this file this person has more than 24 hours on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has this person on the same day too. The hours register keeps one total per person and day, so the rows are stored together: %2 h (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a mapping: write the column as the file names it, &apos;=&apos; and the key, for example &quot;Geboortedatum=-&quot; or &quot;Mobiel=phone&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” is mapped to “%2”, which is not a column of %3. The columns are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1”. Say which column it is, or ignore it: in the window under Columns, on the command line with --map &quot;%1=key&quot; (or --map &quot;%1=-&quot; to ignore it). The columns of %2 are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” occurs twice (as “%2” and “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column “%1” is mapped, but the file has no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column “%1” is missing (in the first row as “%1” or “%2”, or map a column to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stands in a column without a name. Give the column a name in the first row (and map it if needed), or remove the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is the same record as row %1 of this file; it is stored once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of this file has the same code %2 with the name “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward %1 already exists as “%2”. An import never changes an existing record, so this row was not imported; rename the ward in the window if it should be “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of this file has the same number %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is taken as %2, written differently; not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a phone number that lost its leading 0 in a spreadsheet (0%1?). It is imported as written: check it, and format the column as text in the spreadsheet next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person as %1 (same name, e-mail or phone). Added as a new person: check whether they are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of this file, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of this file has the same number %2 for “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 already exists as “%2”. An import never changes an existing record, so this row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of this file has this role for initiative %2 with another holder or backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role already exists for initiative %1 with another holder or backup. An import never changes an existing record, so this row was not imported; change the role in the succession register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h is not on a quarter hour: hours are kept in quarter hours. Write %2 or %3 (or hours and minutes such as 1:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 already has %2 h on this day in this initiative, where this file has %3 h. An import does not change registered hours: correct them in the hours grid, or leave the row out of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 already has %2 h (%3) on this day in this initiative, where this file has %4 h. An import does not change registered hours: correct them in the hours grid, or leave the row out of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 already exists (%2), but this row differs in: %3. An import never changes an existing record, so this row was not imported; change the person in the window if needed.</source>
        <extracomment>%3 lists what differs: name, ward, e-mail, phone (each translated on its own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); at most %2 MB can be imported at once. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large; at most %1 MB can be imported at once. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote opened in this cell is never closed, so the rest of the file cannot be read. Check the quotes (&quot;) in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is text after the closing quote of this cell. Put the whole cell between quotes and write a quote inside it as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell contains a hidden NUL character (a zero byte), which is not text. Remove it and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file mixes two encodings: most of it is UTF-8, but row %1 contains characters in another encoding (probably Windows-1252 from an older version of Excel). In Excel choose &quot;Save as&quot; &gt; &quot;CSV UTF-8 (comma delimited)&quot;, or save it as UTF-8 in another program, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTables</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;E agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvValues</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number (write for example 2,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number (write for example 2.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros (write for example 1250,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros (write for example 1250.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (write for example 31-12-2024 or 2024-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no (write true or false, ja or nee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the values of this column: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can be read as two dates (day first or month first). Write it as 31-12-2024 or 2024-12-31, or say the order of the whole file (in the window under Date order, on the command line with --date-order dmy or mdy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date month first (write for example 12/31/2024 or 2024-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of hours and minutes (write for example 1:30 for one and a half hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on a quarter hour: hours are kept in quarter hours. Write %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export has %1 rows; Excel shows at most %2 rows under the header, so it would not show them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export has more than %1 rows; Excel shows at most %1 rows under the header, so it would not show them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Export with the rfc4180 dialect (for another program or a database), or export a filtered list from the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column “%2” (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold more text than Excel shows in one cell (%1 characters): %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the whole text, but Excel cuts it off, also when the file is saved again. Use the rfc4180 dialect for another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>The risk is computed over the twelve months before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – all wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values of this chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 has an older schema and must be opened for writing once to be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference: row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made for the dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run on a file with an older schema: checked against an updated copy; the file itself was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: the disk is full. Nothing was changed; make room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be cleaned after the erasure; run the erasure again when no other program has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of the file could not be emptied because another program is reading the file. Close it and run the erasure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database address; write postgresql://server/database or postgresql://user@server:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 holds a password. Put the password in ~/.pgpass (readable by you only), not in the address: a command line is visible to every user of the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 names no database; write postgresql://server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkregie cannot reach a PostgreSQL server on this computer: Qt&apos;s PostgreSQL driver (QPSQL, Debian: libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: the server cannot be reached, or it refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Wijkregie data. Publish a file to it first: wijkregie publish FILE --to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Wijkregie (schema %2; this version knows up to %3). Update Wijkregie to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has an older schema and must be opened for writing once to be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is backed up on its server (pg_dump), not by Wijkregie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for a password. Put it in ~/.pgpass (readable by you only) or open the database from the window, which asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo generation was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo municipality can only be generated into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>This kind of database (%1) is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is done with a Wijkregie file, not on a database server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Do you want to save your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not save, what you changed in this window is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youth work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrepreneurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residents&apos; evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbourhood app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old working-class ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-war ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-war ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vinex ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residents&apos; track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipal track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad hoc helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>religious or belief organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement without monitoring and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap in the support map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thin core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key-person load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lack of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical role without backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdrawn or expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>New evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the evaluation found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Record each evaluation with its outcome and the decision it led to. Set the date of the next evaluation on the first tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>The agreement of this evaluation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: clean-up, coffee morning, meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Choose an initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many people took part (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>‼ Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Type for example 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Edit policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add policy framework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkRepository</name>
    <message>
        <source>Enter the framework&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date lies before the date the framework was adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy framework no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Policy framework %1 cannot be deleted because %n initiative(s) refer to it.</source>
        <translation>
            <numerusform>Policy framework %1 cannot be deleted because %n initiative refers to it.</numerusform>
            <numerusform>Policy framework %1 cannot be deleted because %n initiatives refer to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to delete the policy framework %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Edit ward goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ward goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured, e.g. Residents who feel safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the first measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ward...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &amp;framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: unknown. It needs a baseline and a measurement, or two measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ward goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalModel</name>
    <message>
        <source>first measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy framework has passed its review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalRepository</name>
    <message>
        <source>Enter the goal&apos;s indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ward of the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen policy framework no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ward goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalView</name>
    <message>
        <source>Search indicator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ward goal(s)</source>
        <translation>
            <numerusform>%n ward goal</numerusform>
            <numerusform>%n ward goals</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ward goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ward goal “%1” with %n measurement(s)</source>
        <translation>
            <numerusform>ward goal “%1” with %n measurement</numerusform>
            <numerusform>ward goal “%1” with %n measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Wijkregie manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursGridModel</name>
    <message>
        <source>%1 was not involved in this initiative on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; minutes go up to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of hours. Type for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours is not a whole number of quarter hours; round it to %2, %3 or %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursGridView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pasted value(s) fall outside the grid of this month; paste fewer rows or columns, or start further up or to the left.</source>
        <translation>
            <numerusform>%n pasted value falls outside the grid of this month; paste fewer rows or columns, or start further up or to the left.</numerusform>
            <numerusform>%n pasted values fall outside the grid of this month; paste fewer rows or columns, or start further up or to the left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) of hours</source>
        <translation>
            <numerusform>Clear %n cell of hours</numerusform>
            <numerusform>Clear %n cells of hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursGridWidget</name>
    <message>
        <source>Previous month (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month shown; type or pick another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is involved in this initiative in this month. Add people under “Involved” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per person and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hours (%1, in quarter hours) and press Enter or Tab; arrows move, Delete clears, Ctrl+V pastes a block from a spreadsheet, Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeDetailDialog</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the involvement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove critical role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to remove %1? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical roles registered yet. Add the roles this initiative cannot run without: lead, treasurer, contact with the municipality, key management, or your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n role(s) without a backup: if the holder stops, nobody takes over.</source>
        <translation>
            <numerusform>⚠ %n role without a backup: if the holder stops, nobody takes over.</numerusform>
            <numerusform>⚠ %n roles without a backup: if the holder stops, nobody takes over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every role has a holder and a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession &amp;register</source>
        <extracomment>The succession register (opvolgingsregister): who takes over a critical role. Not the follow-up (vervolgactie) of an initiative outside the policy framework.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession &amp;register (%1 ⚠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>Follow-up funding has been arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up (does not fit the policy framework)</source>
        <extracomment>The follow-up (vervolgactie) of an initiative outside the policy framework; not the succession register.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget re&amp;quested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget &amp;granted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding s&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fits policy framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy fra&amp;mework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed solution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by:</source>
        <extracomment>The date by which the follow-up must be done (uiterste datum); not the English &quot;deadline&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeModel</name>
    <message>
        <source>Continuity risk %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeRepository</name>
    <message>
        <source>Enter the initiative&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ward of the initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The granted budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen policy framework no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen themes no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This initiative no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n involved person(s)</source>
        <translation>
            <numerusform>%n involved person</numerusform>
            <numerusform>%n involved persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered activity/activities</source>
        <translation>
            <numerusform>%n registered activity</numerusform>
            <numerusform>%n registered activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical role(s)</source>
        <translation>
            <numerusform>%n critical role</numerusform>
            <numerusform>%n critical roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiative %1 cannot be deleted because other records refer to it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) with partners</source>
        <translation>
            <numerusform>%n agreement with partners</numerusform>
            <numerusform>%n agreements with partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) in the support map</source>
        <translation>
            <numerusform>%n offer in the support map</numerusform>
            <numerusform>%n offers in the support map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativeView</name>
    <message>
        <source>Show only initiatives with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only initiatives with this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only initiatives in this continuity risk band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title or description...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risk bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and hours...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who is involved, the hours grid, the meetings and the succession register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiative “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inputs</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as dd-mm-yyyy, for example 31-12-2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type euros, for example 1.250,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvolvementEditor</name>
    <message>
        <source>Edit involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents of &amp;all wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list residents who live in another ward than the initiative&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an initiative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-yyyy, empty while still involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose why the involvement ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when the involvement has an end date: counted per ward in the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for &amp;leaving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the involvement ended (&quot;unknown&quot; if nobody knows).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvolvementModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvolvementRepository</name>
    <message>
        <source>Choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already involved in this initiative in (part of) this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with hours of this person would fall outside the involvement; change or remove those hours first.</source>
        <translation>
            <numerusform>%n day with hours of this person would fall outside the involvement; change or remove those hours first.</numerusform>
            <numerusform>%n days with hours of this person would fall outside the involvement; change or remove those hours first.</numerusform>
        </translation>
    </message>
    <message>
        <source>This involvement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This involvement cannot be deleted: %n day(s) with hours were registered in its period. Remove those hours first.</source>
        <translation>
            <numerusform>This involvement cannot be deleted: %n day with hours was registered in its period. Remove those hours first.</numerusform>
            <numerusform>This involvement cannot be deleted: %n days with hours were registered in its period. Remove those hours first.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason for leaving needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>New KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured, e.g. Reports of nuisance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reports per quarter, %, residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the first measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiListModel</name>
    <message>
        <source>first measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>Add a KPI: what the partner will achieve, measurably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a KPI to see and add its measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: unknown. It needs a baseline and a measurement, or two measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1 of the way from %2 to the target %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No baseline: the first measurement is used.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiRepository</name>
    <message>
        <source>Enter the KPI&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement of this KPI no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When higher is better, the target must lie above the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When lower is better, the target must lie below the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every measurement needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Search...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to delete %1? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted because other records refer to it: %2. Move or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this list as CSV or as an Excel workbook, as shown: columns, search, filters and sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council &amp;report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy frameworks...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wijkregie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this ward&apos;s records, in every list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo municipality...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Wijkregie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkregie files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Wijkregie file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes to %1 the next time you start Wijkregie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved: every change is written to the file at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered from the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations, agreement ends, follow-up deadlines and funding ends as an iCalendar file for Outlook and other calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written to %1: import it again to update the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention &amp;period...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents about whom nothing was recorded for longer than this many months are listed for anonymisation (wijkregie retention):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention re&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on the municipality&apos;s PostgreSQL server that the team shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for the team database %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the team database, as your administrator gave it
(postgresql://user@server:port/database; the password is asked for, never part of the address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database address; write postgresql://server/database or postgresql://user@server:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work in the team database as wijkregisseur, with no ward assigned yet: you read everything, residents as a pseudonym, and change nothing until the team&apos;s beheerder assigns you wards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work in the team database as wijkregisseur of %1: you change the records of these wards; residents of other wards show as a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work in the team database as teamleider: you read everything and set the risk weights, beleidskaders and themes; the wards&apos; records are changed by their wijkregisseurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work in the team database as beleidsmedewerker: you read everything pseudonymised and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work in the team database as beheerder: you handle residents&apos; AVG requests; users and wards are assigned with wijkregie team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <source>New measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the measured value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedEditor</name>
    <message>
        <source>The need is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need of the ward or a group in it, e.g. a meeting place for elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. residents&apos; evening, youth worker, housing corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ward...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only collective needs: never an individual resident&apos;s situation or care need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ gap: no offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active offer in %1 meets this need (theme %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedRepository</name>
    <message>
        <source>Choose the ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This need no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedView</name>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only needs in this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show open or closed needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search need or who signalled it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only open needs that no active offer in their ward and theme meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the need “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>The offer is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 afternoons a week, 15 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ward...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferModel</name>
    <message>
        <source>Initiative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferRepository</name>
    <message>
        <source>Describe the offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exactly one initiative, partner or person who makes the offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever makes the offer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferView</name>
    <message>
        <source>Show only offers in this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show active or inactive offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search offer or capacity...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationEditor</name>
    <message>
        <source>Edit participation moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participation moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ward...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participation moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationRepository</name>
    <message>
        <source>Choose the ward of the participation moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the participation moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participation moment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <source>Show only moments through this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participation moment(s)</source>
        <translation>
            <numerusform>%n participation moment</numerusform>
            <numerusform>%n participation moments</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participation moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>%1 (%2 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a partner called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) in the support map</source>
        <translation>
            <numerusform>%n offer in the support map</numerusform>
            <numerusform>%n offers in the support map</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner %1 cannot be deleted because other records refer to it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerView</name>
    <message>
        <source>Show only partners of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or contact person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partner types</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfMetadata</name>
    <message>
        <source>The PDF could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to remove the involvement in %1? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours registered for this resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 hours in %n month(s), in %2 initiative(s).</source>
        <translation>
            <numerusform>%1 hours in %n month, in %2 initiative(s).</numerusform>
            <numerusform>%1 hours in %n months, in %2 initiative(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase (AVG art. 17)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this resident&apos;s names, contact details, notes, skills and consent; hours and roles stay without the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access (AVG art. 15)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every record about this resident as CSV files and a PDF into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: treasurer, gardening, social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the resident agreed to, e.g. contact about the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward of residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;gagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent sc&amp;ope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: van den, de, &apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ussenvoegsel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent w&amp;ithdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent e&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the resident withdrew their consent (AVG art. 7(3)); they are then listed for anonymisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the consent holds, when it was given for a limited time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>There is no resident with number %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident %1 was already erased on %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonHistoryModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonModel</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inactive: no hours registered in the last %n month(s).</source>
        <translation>
            <numerusform>Inactive: no hours registered in the last %n month.</numerusform>
            <numerusform>Inactive: no hours registered in the last %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Erasing the resident&apos;s data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase all personal data of %1 (AVG art. 17)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes: first and last name, e-mail, phone, notes, skills, ward of residence and consent. The resident becomes &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What stays, no longer linked to a name: %n involvement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical role(s)</source>
        <translation type="unfinished">
            <numerusform>%n critical role</numerusform>
            <numerusform>%n critical roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour totals per initiative and the risk scores do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Backups that still hold the resident are listed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is now &quot;%1&quot;. The file and its journal no longer hold the erased data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in the backups folder holds the resident&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold the resident&apos;s data:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these backups? A new backup is made without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that still held the resident&apos;s data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Subject access request: choose where to put the folder with the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject-access-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing every record about the resident...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access request (AVG art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record about the resident was written to %1: CSV files and %2, readable by you alone. Hand them to the resident safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on %1 (AVG art. 17): only hours, involvements and roles remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on %1 for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn on %1: anonymise this resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent ended on %1: anonymise this resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent holds until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen ward no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the person consented to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder of the role %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup for the role %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n involvement(s) in initiatives</source>
        <translation>
            <numerusform>%n involvement in initiatives</numerusform>
            <numerusform>%n involvements in initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with registered hours</source>
        <translation>
            <numerusform>%n day with registered hours</numerusform>
            <numerusform>%n days with registered hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted because other records refer to this person: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) in the support map</source>
        <translation>
            <numerusform>%n offer in the support map</numerusform>
            <numerusform>%n offers in the support map</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal of consent lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resident was erased; their data cannot be entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed resident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resident with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident %1 was already erased on %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Show only residents with this engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail or skills...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which of this resident&apos;s initiatives would move to high risk without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s)</source>
        <translation>
            <numerusform>%n resident</numerusform>
            <numerusform>%n residents</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this resident&apos;s initiatives, hours per month and critical roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show only residents without registered hours in the last %n month(s)</source>
        <translation>
            <numerusform>Show only residents without registered hours in the last %n month</numerusform>
            <numerusform>Show only residents without registered hours in the last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>What if this person stops?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives and history...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataUse</name>
    <message>
        <source>The use of personal data could not be recorded in the audit log, so nothing was handed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be recorded in the audit log, so it was removed again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so it was removed again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2, account %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>Resident %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>The tables of the database refer to each other in a circle; they cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column %1 in table %2; open it for writing once to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish copies a Wijkregie file to a server; %1 is a server database already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has an older schema and must be opened for writing once to be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty. Publish copies a file into a new, empty database only, so that nothing on the server is overwritten or mixed with other data; ask the server&apos;s administrator for a new database (createdb).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Choose the period of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen ward no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no wards to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ward director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality overview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ward(s)</source>
        <translation>
            <numerusform>%n ward</numerusform>
            <numerusform>%n wards</numerusform>
        </translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active initiatives (running or paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents who gave hours in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in open activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget granted to active initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Ward report for the chosen wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality overview (all wards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show residents&apos; &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report will contain personal data. Share it only with those who may see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter wards by name or code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes per ward, printed at the top of its section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wa&amp;rd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es for this period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the council should know about this ward in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives and continuity risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity risk per active initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows the 25 initiatives with the highest score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents whose leaving would put at least one initiative at high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives that would move to high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements with partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and evaluation agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated policy frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps in the support map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need without an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups of initiatives outside the policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of all wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without M&amp;E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk bands of active initiatives per ward (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk bands of active initiatives per ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report contains names of residents. Handle it as personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents appear under a pseudonym (Resident A, Resident B, …) that holds within this report only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the character %2 (U+%3) is not in the report&apos;s font and prints as an empty box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes on ward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the ward director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward goal “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy framework “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <comment>the date by which the follow-up must be done (uiterste datum)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession: critical roles without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions only: residents involved in the initiative or living in the ward, active in the last 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline of the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ad hoc helper to core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From core member to lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of whom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Resident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inactive for more than %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity or consent date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRepository</name>
    <message>
        <source>consent withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing recorded for more than %n month(s), since %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing recorded for more than %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The retention period must lie between %1 and %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>&amp;Anonymise ticked residents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) had nothing recorded for longer than the retention period (%1 months), or their consent was withdrawn or has ended (AVG art. 5(1)(e): storage limitation). Tick the residents to anonymise: their names, contact details, notes, skills and consent are erased; their hours, involvements and roles stay, no longer linked to them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Residents to review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the resident in the current row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for residents to review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: no resident&apos;s consent was withdrawn or has ended, and every resident has something recorded in the last %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n resident(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n resident(s) (AVG art. 17)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What goes: first and last name, e-mail, phone, notes, skills, ward of residence and consent. Each becomes &quot;Verwijderde bewoner&quot; with their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays, no longer linked to a name: their hours, involvements, critical roles and offers. Hour totals and risk scores do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Backups that still hold them are listed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymising %n resident(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n resident(s) were anonymised before you cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n resident(s); their hours, involvements and roles were kept without their data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file and its journal no longer hold the erased data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in the backups folder holds their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold their data:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these backups? A new backup is made without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that still held their data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskBreakdownWidget</name>
    <message>
        <source>The risk is computed over the twelve months before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity risk: select an initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk: only running and paused initiatives are scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity risk of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskCalculator</name>
    <message numerus="yes">
        <source>%n regular(s) (active in at least 6 months)</source>
        <translation>
            <numerusform>%n regular (active in at least 6 months)</numerusform>
            <numerusform>%n regulars (active in at least 6 months)</numerusform>
        </translation>
    </message>
    <message>
        <source>No hours registered in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One resident provides %1% of the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n residents provide %1% of the hours</source>
        <translation>
            <numerusform>%n resident provides %1% of the hours</numerusform>
            <numerusform>%n residents provide %1% of the hours</numerusform>
        </translation>
    </message>
    <message>
        <source>No critical roles are registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every critical role has a holder and a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical role has a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n critical role(s) have no backup</source>
        <translation>
            <numerusform>%1 of %n critical role has no backup</numerusform>
            <numerusform>%1 of %n critical roles have no backup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n critical role(s) have no holder or no backup</source>
        <translation>
            <numerusform>%1 of %n critical role has no holder or no backup</numerusform>
            <numerusform>%1 of %n critical roles have no holder or no backup</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours started in the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours fell %1% in the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours rose %1% in the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours held steady in the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up funding is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funding end date is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding ended on %1 without follow-up funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Funding ends in %n month(s) without follow-up funding</source>
        <translation>
            <numerusform>Funding ends in %n month without follow-up funding</numerusform>
            <numerusform>Funding ends in %n months without follow-up funding</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody registered hours in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top contributor carries no other initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The top contributor also carries %n other initiative(s)</source>
        <translation>
            <numerusform>The top contributor also carries %n other initiative</numerusform>
            <numerusform>The top contributor also carries %n other initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Funding ends today without follow-up funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the policy framework and no follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the policy framework, with a follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit with the policy framework unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits the policy framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a linked agreement ends within 6 months without a planned evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a linked agreement ends within 6 months; an evaluation is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no linked agreement ends within 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the municipality leads the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody registered hours in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one person provides at least half of the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no critical role is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no critical role has a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no critical role has both a holder and a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High by the override rule (concentration and succession both at their maximum): %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override: no hours, no critical role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override: no hours, no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override: one person, no critical role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override: one person, no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 provides %2% of the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the top contributor, carries no other initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, the top contributor, also carries %n other initiative(s)</source>
        <translation>
            <numerusform>%1, the top contributor, also carries %n other initiative</numerusform>
            <numerusform>%1, the top contributor, also carries %n other initiatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskCharts</name>
    <message>
        <source>Risk bands per ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement per ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share high (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives moving to high if this person stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody whose leaving moves an initiative to high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key persons: the %1 of %2 with most impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: the trend appears once initiatives are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: no hours registered in these twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each ward, the number of active initiatives at low, medium and high continuity risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average risk score and the share of initiatives at high risk at the end of each of the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each ward, the number of residents with structural, ad hoc and unknown engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residents whose leaving would move the most initiatives to high risk, by pseudonym, with the number of initiatives for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours registered for all initiatives in each of the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline per ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each ward, the residents who moved from ad hoc helper to core member and from core member to lead, joined and left in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline per ward (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline: the %1 wards with the most movement (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody joined, moved up or left in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad hoc to core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core member to lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residents who left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskWeightsDialog</name>
    <message>
        <source>Change risk weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each indicator counts in the continuity risk of this file. The weights are relative: the score divides by their sum, so it stays between 0 and 100 and the bands (low below 34, high from 67) keep their meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskWeightsRepository</name>
    <message>
        <source>The weight of %1 must lie between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one weight must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <source>%1 could not be written: the disk is full. Nothing was changed; make room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist; Wijkregie does not write through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe or a device); this output can only be written to an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device or special file; Wijkregie does not write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the file being read (%2); Wijkregie does not write an output onto it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the journal of the database %2; Wijkregie does not write an output onto it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database (perhaps a Wijkregie file or a backup); Wijkregie does not overwrite it with an output. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the journal of a database; Wijkregie does not overwrite it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalService</name>
    <message>
        <source>The evaluation of agreement “%1” with %2 was due on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation of agreement “%1” with %2 is due on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement “%1” with %2 ended on %3 but is still marked active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement “%1” with %2 ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement “%1” with %2 has no agreed monitoring and evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy framework “%1” is outdated: it was due for review on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up of initiative “%1”, which does not fit the policy framework, was due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up by %3 of initiative “%1”, which does not fit the policy framework, was due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active offer meets the need “%1” (%2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI “%1” of agreement “%2” is off track: %3% of the way to its target where %4% was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI “%1” of agreement “%2” is moving away from its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New initiative “%1” is at high risk (score %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative “%1” moved to high risk since %2 (score %3, was %4). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a key person: if they stop, “%2” moves to high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is a key person: if they stop, %n initiative(s) move to high risk, among them “%2”.</source>
        <extracomment>Only for two or more initiatives (one has a sentence of its own), so every form reads as a plural &quot;among them&quot;; a language whose singular form also serves 21, 31, ... needs it that way.</extracomment>
        <translation>
            <numerusform>%1 is a key person: if they stop, %n initiative moves to high risk: “%2”.</numerusform>
            <numerusform>%1 is a key person: if they stop, %n initiatives move to high risk, among them “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The critical role “%1” of “%2” has no backup (held by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funding of “%1” ends on %2 and no follow-up funding is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lead of “%2”, has registered no hours in it since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lead of “%2”, has never registered hours in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1 (wijkregie retention): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsView</name>
    <message>
        <source>Signals: what needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the selected candidate as the backup of the critical role (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a signal or press Enter to open the record behind it; on a suggested candidate, to set them as the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity of initiatives (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested backup %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to set %1 as the backup (can be undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention: no initiative moved to high risk, every critical role has a backup, no evaluation is due, no agreement ends soon, every framework is current and every need has an offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 about the continuity of initiatives; of the others %2 urgent, %3 needing attention, %4 for information. The most urgent come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 as backup for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in the team database does not allow this; nothing was changed. A wijkregisseur changes the records of their own wards; the team&apos;s beheerder assigns wards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; Wijkregie does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty; it is not a Wijkregie file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Wijkregie file (it is not a database at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database, but not a Wijkregie file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shorter than its own header says (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Wijkregie (schema version %2; this version reads up to %3). Update Wijkregie to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is read-only. Wijkregie needs to write to it; copy it to a folder where you may write, or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Wijkregie needs to write its journal beside the file; copy the file to a folder where you may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file lies on a network share. Wijkregie works without its write-ahead journal there, and only one person at a time should open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file lies in a synced folder (OneDrive, Dropbox, Nextcloud or Google Drive). Wijkregie works without its write-ahead journal there so that the copy the sync makes is complete; open it on one computer at a time, and keep it in a local folder if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary folder (it is a link or a file). Wijkregie does not put backups there, because they could end up where others can read them. Remove or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 belongs to another account. Wijkregie does not put backups there, because that account could read them. Remove or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged: restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup beside it in a &quot;backups&quot; folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkregie does not write into a damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is in use: another Wijkregie is saving changes to it right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is held by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until that has finished and try again. If it stays in use, close Wijkregie in the other window or on the other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened here: Wijkregie may not write in its folder %2, and the file needs its journal beside it. Copy the file to a folder where you may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>The register of the ward director: wards, initiatives and the residents who carry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (team database on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvements in initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical roles held or backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers in the support map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries about the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty; give a new or empty folder for the subject-access export, so that no other file is mixed in or overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resident with number %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessPdf</name>
    <message>
        <source>Subject access request (AVG art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records that %1 holds about %2 (resident number %3), made on %4. The CSV files beside this document hold the same records for use in a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), file %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessionAdvisor</name>
    <message>
        <source>involved in the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lives in the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>active in %n of the last 12 months</source>
        <translation>
            <numerusform>active in %n of the last 12 months</numerusform>
            <numerusform>active in %n of the last 12 months</numerusform>
        </translation>
    </message>
    <message>
        <source>has the skill “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no critical role yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>already holds or backs up %n critical role(s)</source>
        <translation>
            <numerusform>already holds or backs up %n critical role</numerusform>
            <numerusform>already holds or backs up %n critical roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportMapView</name>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Team roles exist on a team database (PostgreSQL) only, not in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name %1 is too long for the team&apos;s role names; give the database a name of at most 45 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team database has no team roles yet; its owner installs them with wijkregie team init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wijkregisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beleidsmedewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team roles do not know the table(s) %1 of this database; update Wijkregie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ward with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the team; add them first with wijkregie team add-user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeRepository</name>
    <message>
        <source>Enter the theme&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a theme called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ward(s)</source>
        <translation>
            <numerusform>%n ward</numerusform>
            <numerusform>%n wards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme %1 cannot be deleted because it is in use by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This theme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>&amp;Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to delete the theme %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardEditor</name>
    <message>
        <source>Edit ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes this ward different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inhabitants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus t&amp;hemes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile n&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardNoteRepository</name>
    <message>
        <source>The notes need a period whose start is not after its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardPicker</name>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardRepository</name>
    <message>
        <source>Enter the ward&apos;s CBS code, for example WK036301.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward %1 already has code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ward&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of inhabitants cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of households cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ward cannot have more households than inhabitants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ward no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) living there</source>
        <translation>
            <numerusform>%n resident living there</numerusform>
            <numerusform>%n residents living there</numerusform>
        </translation>
    </message>
    <message>
        <source>Ward %1 cannot be deleted because other records refer to it: %2. Move or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) with partners</source>
        <translation>
            <numerusform>%n agreement with partners</numerusform>
            <numerusform>%n agreements with partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ward goal(s)</source>
        <translation>
            <numerusform>%n ward goal</numerusform>
            <numerusform>%n ward goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation moment(s)</source>
        <translation>
            <numerusform>%n participation moment</numerusform>
            <numerusform>%n participation moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) in the support map</source>
        <translation>
            <numerusform>%n need in the support map</numerusform>
            <numerusform>%n needs in the support map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) in the support map</source>
        <translation>
            <numerusform>%n offer in the support map</numerusform>
            <numerusform>%n offers in the support map</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a CBS ward code: WK followed by four digits and two digits or capital letters, for example WK036301.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report note(s) of the ward director</source>
        <translation>
            <numerusform>%n report note of the ward director</numerusform>
            <numerusform>%n report notes of the ward director</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WardView</name>
    <message>
        <source>Show only wards with this focus theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only wards of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name or notes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ward types</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ward(s)</source>
        <translation>
            <numerusform>%n ward</numerusform>
            <numerusform>%n wards</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>What if %1 stops?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plays no part in an active initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Without %1, %n initiative(s) move to high risk (reference date %2).</source>
        <translation>
            <numerusform>Without %1, %n initiative moves to high risk (reference date %2).</numerusform>
            <numerusform>Without %1, %n initiatives move to high risk (reference date %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiatives that change band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <extracomment>A score, its band and the override rule that set the band: &quot;66 hoog (override: ...)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>These are %1 rows; an Excel worksheet holds at most %2 under its header. Nothing was written. Export a filtered list with fewer rows, or export as CSV (RFC 4180), which has no row limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are %1 columns; an Excel worksheet holds at most %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading of column %1 has %2 characters; an Excel cell holds at most %3. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column “%2” holds more than %3 characters, more than an Excel cell holds. Nothing was written. Export as CSV (RFC 4180), which has no such limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
