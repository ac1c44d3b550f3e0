#include "core/csv/CsvExporter.h"
#include "core/csv/CsvImporter.h"
#include "core/csv/CsvValues.h"
#include "core/storage/ActivityRepository.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TempDatabase.h"

#include <QBuffer>
#include <catch2/catch.hpp>
#include <random>

using namespace Qt::StringLiterals;

namespace {

/// A small register with everything that is hard for CSV: quotes, separators and line breaks inside cells,
/// non-ASCII names, formula-looking text, an anonymous event, an unfilled role, the user's own role name.
void fill(Database& db)
{
    Ward north {0, u"WK036301"_s, u"Noord; \"Oud\""_s, WardType::OldWorkingClass, 12000, 5000, u"a,b\r\nc"_s, {1, 3}};
    Ward south {0, u"WK036302"_s, u"Zuid"_s, WardType::Vinex, std::nullopt, std::nullopt, {}, {}};
    WardRepository wards(db);
    const qint64 n = wards.insert(north);
    const qint64 s = wards.insert(south);
    PersonRepository persons(db);
    Person renee;
    renee.firstName = u"Renée"_s;
    renee.lastName = u"Yılmaz-Müller"_s;
    renee.email = u"renee@example.nl"_s;
    renee.phone = u"+31 6 12345678"_s;
    renee.wardId = n;
    renee.engagement = Engagement::Structural;
    renee.skills = {u"koken"_s, u"penningmeester"_s};
    renee.consentDate = QDate(2024, 2, 1);
    renee.consentScope = u"contact; \"nieuwsbrief\""_s;
    renee.notes = u"=1+1\nline two"_s;
    const qint64 p1 = persons.insert(renee);
    Person ugur;
    ugur.firstName = u"Uğur"_s;
    ugur.lastName = u"Şahin"_s;
    const qint64 p2 = persons.insert(ugur);
    Person twin = ugur; // the same name in the same ward: a different person, kept apart by the id
    const qint64 p3 = persons.insert(twin);
    InitiativeRepository initiatives(db);
    Initiative garden;
    garden.wardId = n;
    garden.title = u"Moestuin \"De Plek\", fase 2"_s;
    garden.description = u"-5 korting\r\nvoor leden"_s;
    garden.status = InitiativeStatus::Running;
    garden.startDate = QDate(2024, 1, 1);
    garden.budgetRequestedCents = 123456;
    garden.budgetGrantedCents = 100005;
    garden.followUpFunding = true;
    garden.fundingEnd = QDate(2026, 6, 30);
    garden.themeIds = {6, 2};
    garden.fitsFramework = FitsFramework::No;
    garden.followUp.owner = u"Afdeling Groen"_s;
    const qint64 i1 = initiatives.insert(garden);
    Initiative cafe;
    cafe.wardId = s;
    cafe.title = u"Buurtcafé"_s;
    cafe.status = InitiativeStatus::Idea;
    const qint64 i2 = initiatives.insert(cafe);
    InvolvementRepository involvements(db);
    involvements.insert({0, p1, i1, InvolvementRole::Lead, QDate(2024, 1, 1), {}});
    involvements.insert({0, p2, i1, InvolvementRole::AdHoc, QDate(2024, 1, 1), QDate(2024, 12, 31)});
    involvements.insert({0, p3, i2, InvolvementRole::Core, {}, {}});
    ActivityRepository activities(db);
    activities.setHours(i1,
                        {{p1, i1, QDate(2024, 3, 1), 6, u"vergadering"_s},
                         {p2, i1, QDate(2024, 3, 1), 1, {}},
                         {p1, i1, QDate(2024, 3, 2), 96, {}}});
    EventRepository(db).insert({0, i1, QDate(2024, 4, 1), 25, u"@buurtfeest"_s});
    CriticalRoleRepository roles(db);
    roles.insert({0, i1, u"lead"_s, p1, p2});
    roles.insert({0, i1, u"Sleutel; kast \"A\""_s, p2, {}});
    roles.insert({0, i2, u"treasurer"_s, {}, {}});
}

QByteArray exportTable(Database& db, const QString& table, CsvDialect dialect, bool personal)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvExporter::exportTable(db, table, buffer, {dialect, personal, {}, {}, nullptr});
    return bytes;
}

ImportReport importBytes(Database& db, const QString& table, QByteArray bytes, ImportOptions options = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvImporter::import(db, table, buffer, options);
}

qint64 count(Database& db, const QString& table)
{
    return Sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table).toLongLong();
}

QString describe(const ImportReport& r)
{
    QString s;
    for (const CsvProblem& p : r.problems) {
        s += u"row %1, %2: %3\n"_s.arg(p.row).arg(p.column, p.message);
    }
    return s;
}

bool hasProblem(const ImportReport& r, int row, const QString& column, const QString& text = {})
{
    for (const CsvProblem& p : r.problems) {
        if (p.row == row && p.column == column && p.message.contains(text)) {
            return true;
        }
    }
    return false;
}

/// A problem the report must name: its row, its column (as the file's header names it), a part of its message.
struct ExpectedProblem
{
    int row;
    QString column;
    QString text;
};

/// The report names each expected problem, and no other.
void checkProblems(const ImportReport& r, const QList<ExpectedProblem>& expected)
{
    INFO(describe(r).toStdString());
    for (const ExpectedProblem& p : expected) {
        INFO("row " << p.row << ", column " << p.column.toStdString());
        CHECK(hasProblem(r, p.row, p.column, p.text));
    }
    CHECK(r.problemCount == expected.size());
}

/// Imports a file with bad rows into a table: refused whole, with each expected problem named and nothing written.
void checkRefusedWhole(Database& db, const QString& table, const QByteArray& csv,
                       const QList<ExpectedProblem>& expected)
{
    const qint64 before = count(db, table);
    const ImportReport r = importBytes(db, table, csv);
    INFO(describe(r).toStdString());
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.written);
    checkProblems(r, expected);
    CHECK(count(db, table) == before);
}

} // namespace

TEST_CASE("roundTrip_exportImportIntoANewDatabaseExportAgain_identicalBytes", "[csv]")
{
    TempDatabase a;
    fill(*a.db);
    TempDatabase b;
    for (const QString& table : CsvTables::importableTables()) {
        const QByteArray first = exportTable(*a.db, table, CsvDialect::Rfc4180, true);
        const ImportReport report = importBytes(*b.db, table, first);
        INFO(table.toStdString() << "\n" << describe(report).toStdString());
        REQUIRE(report.ok());
        CHECK(report.written);
        CHECK(report.rowsNew == count(*a.db, table));
        CHECK(exportTable(*b.db, table, CsvDialect::Rfc4180, true) == first);
        // Importing the same file again adds nothing: every row is already present.
        const ImportReport again = importBytes(*b.db, table, first);
        CHECK(again.ok());
        CHECK(again.rowsNew == 0);
        CHECK(again.presentRows.size() == again.rowsRead);
        CHECK(count(*b.db, table) == count(*a.db, table));
    }
}

TEST_CASE("excelNlExport_importsBackWithDutchLabelsAndValues", "[csv]")
{
    TempDatabase a;
    fill(*a.db);
    TempDatabase b;
    for (const QString& table : CsvTables::importableTables()) {
        const ImportReport report = importBytes(*b.db, table, exportTable(*a.db, table, CsvDialect::ExcelNl, true));
        INFO(table.toStdString() << "\n" << describe(report).toStdString());
        REQUIRE(report.ok());
        CHECK(report.dialect == CsvDialect::ExcelNl);
        CHECK(exportTable(*b.db, table, CsvDialect::Rfc4180, true)
              == exportTable(*a.db, table, CsvDialect::Rfc4180, true));
    }
}

TEST_CASE("import_acceptsLabelsAndKeysInAnyOrder_andReportsPresentRowsWithoutDuplicating", "[csv]")
{
    TempDatabase t;
    fill(*t.db);
    const ImportReport r = importBytes(
        *t.db, u"wards"_s,
        "Naam;Code;Ward type;Inwoners;Oppervlakte\r\nOost;WK036303;Vinex ward;800;3\r\nZuid;WK036302;vinex;;\r\n");
    // The Dutch labels are known without a translator installed; "Oppervlakte" is no column of wards.
    checkProblems(r, {{1, u"Oppervlakte"_s, u"Unknown column"_s}});
    CHECK(count(*t.db, u"wards"_s) == 2);
    const ImportReport ok
        = importBytes(*t.db, u"wards"_s,
                      "Name;code;Ward type;inhabitants\r\nOost;WK036303;Vinex ward;800\r\nZuid;WK036302;vinex;\r\n");
    INFO(describe(ok).toStdString());
    REQUIRE(ok.ok());
    CHECK(ok.rowsNew == 1);
    CHECK(ok.presentRows == QList<int> {3});
    CHECK(WardRepository(*t.db).findByCode(u"WK036303"_s)->type == WardType::Vinex);
    CHECK(count(*t.db, u"wards"_s) == 3);
}

TEST_CASE("import_badRowsAreReportedWithRowAndColumn_andNothingIsWritten", "[csv]")
{
    TempDatabase t;
    fill(*t.db);
    checkRefusedWhole(*t.db, u"persons"_s,
                      "first_name,last_name,ward_code,consent_date,consent_scope,engagement\r\n"
                      "Anna,de Vries,WK036301,,,structural\r\n"
                      "Bram,Bakker,WK999999,,,\r\n"
                      "Cor,Claes,,31-02-2024,x,\r\n"
                      "Dirk,Dam,,,,sometimes\r\n"
                      ",Leeg,,,,\r\n"
                      "Eva,Ragged\r\n",
                      {{3, u"ward_code"_s, u"WK999999"_s},
                       {4, u"consent_date"_s, u"not a date"_s},
                       {5, u"engagement"_s, u"sometimes"_s},
                       {6, u"first_name"_s, {}},
                       {7, {}, u"2 cells where the header has 6"_s}});
}

TEST_CASE("import_headerProblems_unknownAndMissingRequiredColumns", "[csv]")
{
    TempDatabase t;
    fill(*t.db);
    const ImportReport r = importBytes(*t.db, u"activities"_s, "person_id,initiative_id,datum_x,hours\r\n1,1,x,1\r\n");
    CHECK(hasProblem(r, 1, u"datum_x"_s, u"Unknown column"_s));
    CHECK(hasProblem(r, 1, u"Date"_s, u"required column"_s)); // named by its label, not the internal key
    CHECK(r.rowsNew == 0);
    REQUIRE(r.rows.size() == 1); // the preview still shows the row
    CHECK(r.rows.first().status == ImportPreviewRow::Status::Problem);
    const ImportReport empty = importBytes(*t.db, u"activities"_s, "person_id,initiative_id,date,hours\r\n");
    CHECK(hasProblem(empty, 0, QString(), u"no rows"_s));
    CHECK(importBytes(*t.db, u"activities"_s, {}).problems.first().message == u"The file is empty."_s);
    CHECK_THROWS_AS(importBytes(*t.db, u"partners"_s, "id\r\n1\r\n"), Error);
}

TEST_CASE("import_activitiesCheckReferencesHoursAndInvolvement", "[csv]")
{
    TempDatabase t;
    fill(*t.db);
    checkRefusedWhole(*t.db, u"activities"_s,
                      "person_id;initiative_id;date;hours\r\n"
                      "1;1;05-03-2024;1,5\r\n"
                      "99;1;2024-03-05;1\r\n"
                      "1;77;2024-03-05;1\r\n"
                      "1;1;2024-03-06;25\r\n"
                      "1;1;2024-03-07;0,3\r\n"
                      "2;1;2025-03-07;1\r\n"
                      ";1;2024-03-07;\r\n",
                      {{3, u"person_id"_s, u"99"_s},
                       {4, u"initiative_id"_s, u"77"_s},
                       {5, u"hours"_s, u"between 0 and 24"_s},
                       {6, u"hours"_s, u"quarter hours"_s},
                       {7, u"date"_s, u"not involved"_s},
                       {8, u"person_id"_s, u"participants"_s}});
    // The valid row alone goes in, in quarter hours.
    const ImportReport ok
        = importBytes(*t.db, u"activities"_s, "person_id;initiative_id;date;hours\r\n1;1;05-03-2024;1,5\r\n");
    REQUIRE(ok.ok());
    CHECK(Sql::scalar(t.db->connection(), u"SELECT quarters FROM activities WHERE date = '2024-03-05'"_s).toInt() == 6);
}

TEST_CASE("import_dryRunReportsButWritesNothing_cancelWritesNothing", "[csv]")
{
    TempDatabase a;
    fill(*a.db);
    TempDatabase b;
    const QByteArray wards = exportTable(*a.db, u"wards"_s, CsvDialect::Rfc4180, true);
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport r = importBytes(*b.db, u"wards"_s, wards, dry);
    CHECK(r.ok());
    CHECK(r.rowsNew == 2);
    CHECK_FALSE(r.written);
    CHECK(count(*b.db, u"wards"_s) == 0);
    ImportOptions cancel;
    cancel.progress = [](int) {
        return false;
    };
    QByteArray many = "code,name\r\n";
    for (int i = 0; i < 3000; ++i) {
        many += u"WK%1AA,Wijk %1\r\n"_s.arg(1000 + i).toUtf8();
    }
    CHECK_THROWS_AS(importBytes(*b.db, u"wards"_s, many, cancel), CsvCancelled);
    CHECK(count(*b.db, u"wards"_s) == 0);
    int last = -1;
    ImportOptions progress;
    progress.progress = [&last](int p) {
        last = p;
        return true;
    };
    CHECK(importBytes(*b.db, u"wards"_s, many, progress).written);
    CHECK(last == 100);
    CHECK(count(*b.db, u"wards"_s) == 3000);
}

TEST_CASE("privacy_personsExportWithoutPersonalData_hasPseudonymsAndNoNamesOrContacts", "[csv]")
{
    TempDatabase t;
    fill(*t.db);
    for (const CsvDialect dialect : {CsvDialect::Rfc4180, CsvDialect::ExcelNl}) {
        const QByteArray bytes = exportTable(*t.db, u"persons"_s, dialect, false);
        const QString text = QString::fromUtf8(bytes);
        for (const QString& secret :
             {u"Renée"_s, u"Yılmaz"_s, u"renee@example.nl"_s, u"12345678"_s, u"Uğur"_s, u"Şahin"_s, u"line two"_s}) {
            CHECK_FALSE(text.contains(secret));
        }
        CHECK(text.contains(u"P-1"_s));
        CHECK(text.contains(u"P-3"_s));
    }
    CHECK(exportTable(*t.db, u"persons"_s, CsvDialect::Rfc4180, false)
              .startsWith("id,pseudonym,ward_code,engagement,consent_date,"));
    CHECK(QString::fromUtf8(exportTable(*t.db, u"persons"_s, CsvDialect::Rfc4180, true)).contains(u"Renée"_s));
}

namespace {

QByteArray mutate(QByteArray bytes, std::mt19937& rng)
{
    const auto pick = [&rng](qsizetype n) {
        return std::uniform_int_distribution<qsizetype>(0, qMax<qsizetype>(0, n))(rng);
    };
    const int mutations = 1 + int(pick(3));
    for (int m = 0; m < mutations; ++m) {
        const qsizetype at = pick(bytes.size());
        switch (pick(8)) {
        case 0: // a random byte
            if (!bytes.isEmpty()) {
                bytes[qMin(at, bytes.size() - 1)] = char(pick(255));
            }
            break;
        case 1: // truncation
            bytes.truncate(at);
            break;
        case 2:
            bytes.insert(at, '"');
            break;
        case 3:
            bytes.insert(at, pick(1) ? ',' : ';');
            break;
        case 4:
            bytes.insert(at, pick(1) ? "\r" : "\n");
            break;
        case 5:
            bytes.remove(at, 1 + pick(3));
            break;
        case 6: // a line twice
        {
            const qsizetype end = bytes.indexOf('\n', at);
            bytes.insert(at, bytes.mid(at, end < 0 ? -1 : end - at + 1));
            break;
        }
        default: // a digit changed: other ids, dates, hours
            for (qsizetype i = at; i < bytes.size(); ++i) {
                if (bytes.at(i) >= '0' && bytes.at(i) <= '9') {
                    bytes[i] = char('0' + pick(9));
                    break;
                }
            }
            break;
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("fuzz_thousandsOfMalformedFiles_eachRefusedWhollyOrImportedWhole", "[csv][fuzz]")
{
    TempDatabase a;
    fill(*a.db);
    TempDatabase wardsOnly;
    TempDatabase register_;
    for (const QString& table : {u"wards"_s, u"persons"_s, u"initiatives"_s, u"involvements"_s}) {
        const QByteArray bytes = exportTable(*a.db, table, CsvDialect::Rfc4180, true);
        if (table == u"wards"_s) {
            REQUIRE(importBytes(*wardsOnly.db, table, bytes).written);
        }
        REQUIRE(importBytes(*register_.db, table, bytes).written);
    }
    struct Target
    {
        Database& db;
        QString table;
        QByteArray base;
    };
    const QList<Target> targets {
        {*wardsOnly.db, u"persons"_s, exportTable(*a.db, u"persons"_s, CsvDialect::Rfc4180, true)},
        {*wardsOnly.db, u"persons"_s, exportTable(*a.db, u"persons"_s, CsvDialect::ExcelNl, true)},
        {*register_.db, u"activities"_s, exportTable(*a.db, u"activities"_s, CsvDialect::Rfc4180, true)},
        {*register_.db, u"activities"_s, exportTable(*a.db, u"activities"_s, CsvDialect::ExcelNl, true)},
    };
    std::mt19937 rng(20240607);
    int refused = 0;
    int imported = 0;
    for (int i = 0; i < 3000; ++i) {
        const Target& target = targets.at(i % targets.size());
        REQUIRE(count(target.db, target.table) == 0);
        const QByteArray input = mutate(target.base, rng);
        ImportReport report;
        REQUIRE_NOTHROW(report = importBytes(target.db, target.table, input));
        const qint64 rows = count(target.db, target.table);
        if (report.written) {
            ++imported;
            INFO(input.toStdString());
            CHECK(report.ok());
            CHECK(rows == report.rowsNew);
            CHECK(report.rowsNew + report.presentRows.size() + report.repeatedRows.size() + report.mergedRows.size()
                  == report.rowsRead);
            Sql::exec(target.db.connection(), u"DELETE FROM "_s + target.table);
        } else {
            ++refused;
            CHECK(rows == 0);
            CHECK_FALSE(report.ok());
        }
    }
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    CHECK(refused > 300);
    CHECK(imported > 100);
}

TEST_CASE("dates_isoTimestampsDutchTwoDigitYearsAndTheOrderOfSlashDates", "[csv]")
{
    using D = DateOrder;
    CHECK(CsvValues::parseDate(u"2026-03-01"_s) == QDate(2026, 3, 1));
    CHECK(CsvValues::parseDate(u"2026-07-02T09:30:00"_s) == QDate(2026, 7, 2));
    CHECK(CsvValues::parseDate(u"2026-03-01 10:15:00 +0100"_s) == QDate(2026, 3, 1));
    CHECK(CsvValues::parseDate(u"01-03-2026"_s) == QDate(2026, 3, 1));
    CHECK(CsvValues::parseDate(u"1-3-2026"_s) == QDate(2026, 3, 1));
    // The century pivot: two-digit years are 2000-2099, never the year 26.
    CHECK(CsvValues::parseDate(u"01-03-26"_s) == QDate(2026, 3, 1));
    CHECK(CsvValues::parseDate(u"15-11-99"_s) == QDate(2099, 11, 15));
    // Slash dates: refused when they read two ways, unless the order is given.
    CHECK(CsvValues::readDate(u"11/12/2026"_s).ambiguous);
    CHECK_FALSE(CsvValues::parseDate(u"11/12/2026"_s).isValid());
    CHECK(CsvValues::parseDate(u"11/12/2026"_s, D::MonthDayYear) == QDate(2026, 11, 12));
    CHECK(CsvValues::parseDate(u"11/12/2026"_s, D::DayMonthYear) == QDate(2026, 12, 11));
    CHECK(CsvValues::parseDate(u"13/12/2026"_s) == QDate(2026, 12, 13));
    CHECK(CsvValues::parseDate(u"12/13/2026"_s) == QDate(2026, 12, 13));
    CHECK(CsvValues::parseDate(u"04/04/2026"_s) == QDate(2026, 4, 4));
    CHECK_FALSE(CsvValues::parseDate(u"13/12/2026"_s, D::MonthDayYear).isValid());
    CHECK_FALSE(CsvValues::parseDate(u"31-02-2026"_s).isValid());
    CHECK_FALSE(CsvValues::parseDate(u"2026-3-1x"_s).isValid());
}

TEST_CASE("persons_matchKeyAndPhoneKey_findTheSameResidentWrittenAnotherWay", "[csv]")
{
    const QString key = Person::matchKey(u"Jan"_s, {}, u"van den Berg"_s);
    CHECK(Person::matchKey(u"Jan"_s, {}, u"Van den  Berg"_s) == key);
    CHECK(Person::matchKey(u" jan "_s, u"van den"_s, u"Berg"_s) == key);
    CHECK(Person::matchKey(u"Zoë"_s, {}, u"Özdemir"_s) == Person::matchKey(u"Zoe"_s, {}, u"Ozdemir"_s));
    CHECK(Person::matchKey(u"Kees"_s, {}, u"’t Hart"_s) == Person::matchKey(u"Kees"_s, {}, u"'t Hart"_s));
    CHECK(Person::matchKey(u"Jan"_s, {}, u"Berg"_s) != key);
    CHECK(Person::matchKey(u"Ayşe"_s, {}, u"Yılmaz"_s) == Person::matchKey(u"AYSE"_s, {}, u"YILMAZ"_s));
    CHECK(Person::phoneKey(u"+31 6 1234 5678"_s) == u"0612345678"_s);
    CHECK(Person::phoneKey(u"0031612345678"_s) == u"0612345678"_s);
    CHECK(Person::phoneKey(u"612345678"_s) == u"0612345678"_s);
    CHECK(Person::phoneKey(u"06-12345678"_s) == u"0612345678"_s);
    CHECK(Person::lostLeadingZero(u"612345678"_s));
    CHECK(Person::lostLeadingZero(u"10 1234567"_s));
    CHECK_FALSE(Person::lostLeadingZero(u"0612345678"_s));
    CHECK_FALSE(Person::lostLeadingZero(u"+31 6 2345 6789"_s));
    CHECK_FALSE(Person::lostLeadingZero(u"010-1234567"_s));
}

TEST_CASE("import_everyProblemOfEveryRowAtOnce_namedByTheFilesOwnHeaders", "[csv]")
{
    TempDatabase t;
    fill(*t.db);
    // Row 2: a bad e-mail, an unknown ward and an unreadable date, all in one row.
    const ImportReport r = importBytes(*t.db, u"persons"_s,
                                       "Voornaam;Achternaam;E-mail;Wijk;Datum toestemming;Toestemming voor\r\n"
                                       "Anna;Bakker;anna-at-example;WK999999;31-02-2024;contact\r\n"
                                       "Bram;Visser;;WK036301;;\r\n");
    INFO(describe(r).toStdString());
    checkProblems(r,
                  {{2, u"E-mail"_s, u"anna-at-example"_s},
                   {2, u"Wijk"_s, u"WK999999"_s},
                   {2, u"Datum toestemming"_s, u"31-02-2024"_s}});
    CHECK_FALSE(r.written);
    // The preview holds the rows themselves with their status.
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows.at(0).cells.at(1) == u"Bakker"_s);
    CHECK(r.rows.at(0).status == ImportPreviewRow::Status::Problem);
    CHECK(r.rows.at(1).status == ImportPreviewRow::Status::New);
}

TEST_CASE("import_excelShapes_trailingColumnsBlankRowsDutchHeadersAndValuesWithoutATranslator", "[csv]")
{
    TempDatabase t;
    fill(*t.db);
    // No translator is installed in core_tests: the Dutch headers and values are known all the same.
    const ImportReport r
        = importBytes(*t.db, u"persons"_s,
                      "\xEF\xBB\xBFsep=;\r\nVoornaam;Tussenvoegsel;Achternaam;Wijk;Betrokkenheid;;;\r\n"
                      "Jan;van der;Berg;WK036301;structureel;;;\r\n"
                      ";;;;;;;\r\n"
                      "Kees;'t;Hart;WK036301;ad hoc;;\r\n");
    INFO(describe(r).toStdString());
    REQUIRE(r.ok());
    CHECK(r.rowsRead == 2);
    CHECK(r.rowsNew == 2);
    // The Tussenvoegsel column fills the prefix; the last name is what the name is sorted under.
    CHECK(Sql::scalar(t.db->connection(),
                      u"SELECT engagement FROM persons WHERE surname_prefix = 'van der' AND last_name = 'Berg'"_s)
              .toString()
          == u"structural"_s);
    CHECK(Sql::scalar(t.db->connection(),
                      u"SELECT engagement FROM persons WHERE surname_prefix = '''t' AND last_name = 'Hart'"_s)
              .toString()
          == u"ad_hoc"_s);
}

TEST_CASE("import_personsWrittenAnotherWayArePresent_possibleDuplicatesAreNoticed", "[csv]")
{
    TempDatabase t;
    fill(*t.db); // Renée Yılmaz-Müller, renee@example.nl, +31 6 12345678, ward WK036301
    const ImportReport r = importBytes(*t.db, u"persons"_s,
                                       "first_name,last_name,email,phone,ward_code\r\n"
                                       "renee,YILMAZ-MULLER,,,WK036301\r\n"
                                       "Renee,Yilmaz,,0612345678,WK036302\r\n"
                                       "Piet,Puk,,612345678,WK036302\r\n"
                                       "Piet,Puk,,,WK036302\r\n");
    INFO(describe(r).toStdString());
    REQUIRE(r.ok());
    CHECK(r.presentRows == QList<int> {2});
    CHECK(r.repeatedRows == QList<int> {5});
    CHECK(r.rowsNew == 2);
    int possible = 0;
    int phone = 0;
    for (const CsvProblem& n : r.notices) {
        possible += n.message.contains(u"Possibly the same person"_s) ? 1 : 0;
        phone += n.row == 4 && n.column == u"phone"_s && n.message.contains(u"0612345678"_s) ? 1 : 0;
    }
    CHECK(possible >= 2); // row 3 (Renée's phone) and row 4 (Renée's and row 3's phone)
    CHECK(phone == 1);
}
