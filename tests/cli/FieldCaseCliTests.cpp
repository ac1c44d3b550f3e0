// Field cases (copies of ../shared/field-cases in tests/cli/data/field-cases): what Dutch offices really import, each
// asserted as its README expects, through the real executable.
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString input(const QString& relative)
{
    return QStringLiteral(FIELD_CASES_DIR) + u'/' + relative;
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

RunResult import(const QString& db, const QString& table, const QString& in, QStringList more = {})
{
    QStringList arguments {u"import"_s, db, u"--table"_s, table, u"--in"_s, in};
    arguments << more;
    const RunResult r = wijkregie(arguments);
    UNSCOPED_INFO("import " << table.toStdString() << " " << in.toStdString() << "\nstdout: " << r.out.toStdString()
                            << "\nstderr: " << r.err.toStdString());
    return r;
}

/// A new database with ward WK099901 only.
QString wardDb(const QTemporaryDir& dir, const QString& name = u"db.wijkregie"_s, const QStringList& env = {})
{
    const QString db = dir.filePath(name);
    REQUIRE(wijkregie({u"new"_s, db}, env).exitCode == 0);
    write(dir.filePath(u"_w.csv"_s), "code,name\r\nWK099901,Centrum\r\n");
    REQUIRE(wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, dir.filePath(u"_w.csv"_s)}, env).exitCode
            == 0);
    return db;
}

/// The field cases' base database: ward WK099901, persons 1 and 2, running initiative 1, both involved from
/// 2026-01-01.
QString baseDb(const QTemporaryDir& dir, const QStringList& env = {})
{
    const QString db = wardDb(dir, u"db.wijkregie"_s, env);
    write(dir.filePath(u"_p.csv"_s),
          "id,first_name,last_name,ward_code\r\n1,Anna,Bakker,WK099901\r\n2,Bram,Visser,WK099901\r\n");
    write(dir.filePath(u"_i.csv"_s),
          "id,ward_code,title,status,start_date\r\n1,WK099901,Buurtmoestuin,running,2026-01-01\r\n");
    write(dir.filePath(u"_v.csv"_s),
          "person_id,initiative_id,role,from\r\n1,1,lead,2026-01-01\r\n2,1,core,2026-01-01\r\n");
    for (const auto& [table, file] :
         {std::pair {u"persons"_s, u"_p.csv"_s}, {u"initiatives"_s, u"_i.csv"_s}, {u"involvements"_s, u"_v.csv"_s}}) {
        REQUIRE(wijkregie({u"import"_s, db, u"--table"_s, table, u"--in"_s, dir.filePath(file)}, env).exitCode == 0);
    }
    return db;
}

QString query(const QString& db, const QString& sql)
{
    return sqlite3(db, sql).trimmed();
}

} // namespace

TEST_CASE("field case 01: Excel's trailing columns, separator-only rows and sep= line import", "[cli][csv][field]")
{
    const QTemporaryDir dir;
    for (const auto& [file, persons] : {std::pair {u"control-clean.csv"_s, 2},
                                        {u"trailing-header.csv"_s, 2},
                                        {u"trailing-cells-and-empty-row.csv"_s, 2},
                                        {u"sep-line.csv"_s, 1}}) {
        const QString db = wardDb(dir, file + u".wijkregie"_s);
        const RunResult r = import(db, u"persons"_s, input(u"01-excel-trailing-columns/"_s + file));
        CHECK(r.exitCode == 0);
        CHECK(query(db, u"SELECT count(*) FROM persons"_s) == QString::number(persons));
        CHECK(query(db, u"SELECT first_name || ' ' || last_name FROM persons ORDER BY id LIMIT 1"_s)
              == u"Anna Bakker"_s);
    }
    // A value in a column without a name is not thrown away silently.
    write(dir.filePath(u"stray.csv"_s), "Voornaam;Achternaam;Wijk;;\r\nAnna;Bakker;WK099901;;vergeten\r\n");
    const QString db = wardDb(dir, u"stray.wijkregie"_s);
    const RunResult stray = import(db, u"persons"_s, dir.filePath(u"stray.csv"_s));
    CHECK(stray.exitCode == 1);
    CHECK(stray.err.contains(u"vergeten"_s));
    CHECK(query(db, u"SELECT count(*) FROM persons"_s) == u"0"_s);
}

TEST_CASE("field case 02: two shifts on one day are both counted, a correcting file is refused with advice",
          "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = baseDb(dir);
    const RunResult shifts = import(db, u"activities"_s, input(u"02-two-shifts-same-day/shifts.csv"_s));
    CHECK(shifts.exitCode == 0);
    // One total per person and day (the hours grid's cell): 3 h + 2.5 h, both kinds kept, and said so.
    CHECK(query(db, u"SELECT quarters || '|' || kind FROM activities WHERE person_id = 1 AND date = '2026-06-06'"_s)
          == u"22|ochtend: zaaien; middag: water geven"_s);
    CHECK(query(db, u"SELECT count(*) FROM activities"_s) == u"2"_s);
    CHECK(shifts.out.contains(u"5,5"_s));

    // The correction differs from the registered 1.5 h: not "already present", but refused with what to do.
    const RunResult correction = import(db, u"activities"_s, input(u"02-two-shifts-same-day/correction.csv"_s));
    CHECK(correction.exitCode == 1);
    CHECK(correction.err.contains(u"1,5"_s));
    CHECK(correction.err.contains(u"2:"_s) + correction.err.contains(u" 2,"_s) + correction.err.contains(u" 2 "_s) > 0);
    CHECK(query(db, u"SELECT quarters FROM activities WHERE person_id = 2"_s) == u"6"_s);

    // The same file again: its rows add up to what is registered, so nothing is added.
    CHECK(import(db, u"activities"_s, input(u"02-two-shifts-same-day/shifts.csv"_s)).exitCode == 0);
    CHECK(query(db, u"SELECT sum(quarters) || '/' || count(*) FROM activities"_s) == u"28/2"_s);

    // A row repeated in one file in every field is one activity, stored once.
    write(dir.filePath(u"twice.csv"_s),
          "person_id,initiative_id,date,hours,kind\r\n1,1,2026-06-07,2,x\r\n1,1,2026-06-07,2,x\r\n");
    const RunResult twice = import(db, u"activities"_s, dir.filePath(u"twice.csv"_s));
    CHECK(twice.exitCode == 0);
    CHECK(query(db, u"SELECT quarters FROM activities WHERE date = '2026-06-07'"_s) == u"8"_s);
}

TEST_CASE(
    "field case 03: a Tussenvoegsel column is the prefix, names sort the Dutch way, the same resident is recognised",
    "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = wardDb(dir);
    const RunResult prefixed
        = import(db, u"persons"_s, input(u"03-tussenvoegsel-and-name-order/with-tussenvoegsel-column.csv"_s));
    CHECK(prefixed.exitCode == 0);
    CHECK(query(db, u"SELECT count(*) FROM persons"_s) == u"3"_s);
    // The Tussenvoegsel column is the surname prefix, not part of the last name.
    CHECK(query(db, u"SELECT surname_prefix || '|' || last_name FROM persons WHERE first_name = 'Jan'"_s)
          == u"van der|Berg"_s);
    CHECK(query(db, u"SELECT surname_prefix || '|' || last_name FROM persons WHERE first_name = 'Kees'"_s)
          == u"'t|Hart"_s);

    const QString db2 = wardDb(dir, u"names.wijkregie"_s);
    REQUIRE(import(db2, u"persons"_s, input(u"03-tussenvoegsel-and-name-order/names.csv"_s)).exitCode == 0);
    const RunResult again
        = import(db2, u"persons"_s, input(u"03-tussenvoegsel-and-name-order/same-person-again.csv"_s));
    CHECK(again.exitCode == 0);
    CHECK(query(db2, u"SELECT count(*) FROM persons WHERE first_name = 'Jan'"_s) == u"1"_s);
    CHECK(query(db2, u"SELECT count(*) FROM persons"_s) == u"10"_s);
    // The README's order of the Bewoners list sorted on Achternaam: on the last name without prefix, Ç with C,
    // É with E, Ö with O, Ü with U (not after Zwart).
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    const auto opened = Database::open(db2, readOnly);
    ListQuery byName;
    byName.sortColumn = PersonRepository::LastName;
    QStringList order;
    for (const PersonRow& r : PersonRepository(*opened).list(byName, 0, 20)) {
        order << Person::displayName({}, r.surnamePrefix, r.lastName);
    }
    CHECK(order
          == QStringList {u"Bakker"_s, u"van den Berg"_s, u"Çelik"_s, u"Élie"_s, u"de Groot"_s, u"'t Hart"_s,
                          u"Hendriks"_s, u"Özdemir"_s, u"Ünal"_s, u"Zwart"_s});

    // Not the same name, but the same e-mail or phone: added, and reported as a possible duplicate.
    write(dir.filePath(u"maybe.csv"_s), "first_name,last_name,email,ward_code\r\nJ.,Berg,jan@example.nl,WK099901\r\n");
    const RunResult maybe = import(db, u"persons"_s, dir.filePath(u"maybe.csv"_s));
    CHECK(maybe.exitCode == 0);
    CHECK(maybe.out.contains(u"Jan van der Berg"_s));
}

TEST_CASE("field case 04: Windows-1252 from Excel is read as such and named, CR-only line ends import",
          "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = wardDb(dir);
    const RunResult ansi = import(db, u"persons"_s, input(u"04-excel-ansi-and-mac-line-ends/excel-ansi-cp1252.csv"_s));
    CHECK(ansi.exitCode == 0);
    CHECK(ansi.out.contains(u"Windows-1252"_s));
    CHECK(ansi.out.contains(u"excel-nl"_s));
    CHECK(query(db, u"SELECT first_name || ' ' || last_name FROM persons ORDER BY id LIMIT 1"_s) == u"Zoë Çelik"_s);
    CHECK(query(db, u"SELECT notes FROM persons WHERE last_name = 'Bakker'"_s) == u"café op zaterdag €5"_s);

    const QString db2 = wardDb(dir, u"cr.wijkregie"_s);
    CHECK(import(db2, u"persons"_s, input(u"04-excel-ansi-and-mac-line-ends/mac-cr-only.csv"_s)).exitCode == 0);
    CHECK(query(db2, u"SELECT count(*) FROM persons"_s) == u"2"_s);
}

TEST_CASE("field case 05: two-digit years are 2000-2099, never year 0026, LibreOffice's re-save imports",
          "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = wardDb(dir);
    // 15-11-99 is 15 November 2099 by the documented pivot: a consent date in the future, refused for that cell.
    const RunResult shortYears = import(db, u"persons"_s, input(u"05-two-digit-years/short-years.csv"_s));
    CHECK(shortYears.exitCode == 1);
    CHECK(shortYears.err.contains(u"4"_s));
    CHECK(query(db, u"SELECT count(*) FROM persons"_s) == u"0"_s);
    write(dir.filePath(u"ok.csv"_s),
          "Voornaam;Achternaam;Wijk;Datum toestemming;Toestemming voor\r\n"
          "Anna;Bakker;WK099901;01-03-24;contact\r\nBram;Visser;WK099901;1-3-24;contact\r\n");
    CHECK(import(db, u"persons"_s, dir.filePath(u"ok.csv"_s)).exitCode == 0);
    CHECK(query(db, u"SELECT group_concat(consent_date, ' ') FROM persons"_s) == u"2024-03-01 2024-03-01"_s);

    const QString db2 = wardDb(dir, u"lo.wijkregie"_s);
    const RunResult lo = import(db2, u"persons"_s, input(u"05-two-digit-years/libreoffice-nl-saved-persons.csv"_s));
    CHECK(lo.exitCode == 0);
    CHECK(query(db2,
                u"SELECT group_concat(consent_date || '/' || engagement, ' ') FROM (SELECT * FROM persons "
                "ORDER BY id)"_s)
          == u"2026-03-01/structural 2026-02-01/ad_hoc 2026-01-12/unknown"_s);
    CHECK(query(db2, u"SELECT phone FROM persons WHERE id = 2"_s) == u"+31 6 2345 6789"_s);
    CHECK(query(db2, u"SELECT notes FROM persons WHERE id = 3"_s) == u"=min of meer vaste kracht"_s);
    CHECK(query(db2, u"SELECT count(*) FROM persons WHERE consent_date < '2000'"_s) == u"0"_s);
}

TEST_CASE("field case 06: CBS ward lists are trimmed, statistical symbols are refused per cell", "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = dir.filePath(u"db.wijkregie"_s);
    REQUIRE(wijkregie({u"new"_s, db}).exitCode == 0);
    const RunResult symbols = import(db, u"wards"_s, input(u"06-cbs-ward-list/cbs-with-statistical-symbols.csv"_s));
    CHECK(symbols.exitCode == 1);
    CHECK(symbols.err.contains(u"“.”"_s));
    CHECK(symbols.err.contains(u"2 410"_s));
    CHECK(query(db, u"SELECT count(*) FROM wards"_s) == u"0"_s);
    CHECK(import(db, u"wards"_s, input(u"06-cbs-ward-list/cbs-padded-codes-and-names.csv"_s)).exitCode == 0);
    CHECK(query(db, u"SELECT group_concat(code || '=' || name, '|') FROM (SELECT * FROM wards ORDER BY code)"_s)
          == u"WK079600=Wijk 00 Binnenstad|WK079601='t Zand|WK079602='s-Gravenhof"_s);
    write(dir.filePath(u"p.csv"_s), "Voornaam;Achternaam;Wijk\r\nAnna;Bakker;WK079601\r\n");
    CHECK(import(db, u"persons"_s, dir.filePath(u"p.csv"_s)).exitCode == 0);
}

TEST_CASE("field case 08: a phone that lost its leading zero in a spreadsheet is flagged on import",
          "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = wardDb(dir);
    const RunResult r = import(db, u"persons"_s,
                               input(u"08-phone-leading-zero-roundtrip/spreadsheet-saved-persons-4digit-years.csv"_s));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"0612345678"_s)); // the note suggests the number with its 0
    CHECK_FALSE(r.out.contains(u"0010-1234567"_s));
    CHECK(query(db, u"SELECT count(*) FROM persons"_s) == u"3"_s);
    // The two-digit-year save of the same file imports too.
    const QString db2 = wardDb(dir, u"yy.wijkregie"_s);
    CHECK(import(db2, u"persons"_s, input(u"08-phone-leading-zero-roundtrip/spreadsheet-saved-persons.csv"_s)).exitCode
          == 0);
}

TEST_CASE("field case 11: timestamps are read as their date, h:mm as hours, 1.33 hours is refused per cell",
          "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = baseDb(dir);
    const RunResult hours = import(
        db, u"activities"_s, input(u"11-timestamps-and-hhmm-hours/hours-with-timestamps.csv"_s), {u"--dry-run"_s});
    CHECK(hours.exitCode == 1);
    CHECK_FALSE(hours.err.contains(u"“1:30”"_s)); // row 4's 1:30 is one and a half hours
    CHECK(hours.err.contains(u"1.33"_s) + hours.err.contains(u"1,33"_s) > 0);
    // Not on a quarter hour: the quarter hours around it, written as decimals are written here.
    CHECK(hours.err.contains(u"1,25"_s) + hours.err.contains(u"1.25"_s) > 0);
    CHECK_FALSE(hours.err.contains(u"2026-07-01 10:00:00"_s));
    CHECK_FALSE(hours.err.contains(u"2026-07-02T09:30:00"_s));
    const RunResult decidim = import(
        db, u"initiatives"_s, input(u"11-timestamps-and-hhmm-hours/decidim-proposals-mapped.csv"_s), {u"--dry-run"_s});
    CHECK(decidim.exitCode == 1);
    CHECK(decidim.err.contains(u"accepted"_s));
    CHECK(decidim.err.contains(u"evaluating"_s));
    CHECK(query(db, u"SELECT count(*) FROM activities"_s) == u"0"_s);
}

TEST_CASE("field case 15: dates do not move with the time zone of import or export", "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QStringList la {u"TZ=America/Los_Angeles"_s};
    const QString db = baseDb(dir, la);
    write(dir.filePath(u"a.csv"_s), "person_id,initiative_id,date,hours\r\n1,1,2026-03-29,2\r\n1,1,2026-10-25,1.5\r\n");
    REQUIRE(
        wijkregie({u"import"_s, db, u"--table"_s, u"activities"_s, u"--in"_s, dir.filePath(u"a.csv"_s)}, la).exitCode
        == 0);
    for (const QString& zone : {u"Pacific/Kiritimati"_s, u"Pacific/Pago_Pago"_s, u"Europe/Amsterdam"_s}) {
        const QString out = dir.filePath(zone.section(u'/', 1) + u".csv"_s);
        REQUIRE(
            wijkregie({u"export"_s, db, u"--table"_s, u"activities"_s, u"--dialect"_s, u"rfc4180"_s, u"--out"_s, out},
                      {u"TZ="_s + zone})
                .exitCode
            == 0);
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        CHECK(csv.contains("1,1,2026-03-29,2"));
        CHECK(csv.contains("1,1,2026-10-25,1.5"));
    }
    CHECK(query(db, u"SELECT group_concat(date, ' ') FROM (SELECT date FROM activities ORDER BY date)"_s)
          == u"2026-03-29 2026-10-25"_s);
}

TEST_CASE("import: a date that reads two ways is refused per cell unless --date-order says the order", "[cli][csv]")
{
    const QTemporaryDir dir;
    const QString db = baseDb(dir);
    write(dir.filePath(u"us.csv"_s),
          "person_id,initiative_id,date,hours\r\n1,1,11/12/2026,2\r\n1,1,11/13/2026,1\r\n2,1,03/04/2026,1\r\n");
    const RunResult unknown = import(db, u"activities"_s, dir.filePath(u"us.csv"_s));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"11/12/2026"_s));
    CHECK(unknown.err.contains(u"03/04/2026"_s));
    CHECK_FALSE(unknown.err.contains(u"11/13/2026"_s)); // can only be 13 November
    CHECK(query(db, u"SELECT count(*) FROM activities"_s) == u"0"_s);
    CHECK(import(db, u"activities"_s, dir.filePath(u"us.csv"_s), {u"--date-order"_s, u"mdy"_s}).exitCode == 0);
    CHECK(query(db, u"SELECT group_concat(date, ' ') FROM (SELECT date FROM activities ORDER BY id)"_s)
          == u"2026-11-12 2026-11-13 2026-03-04"_s);
    CHECK(wijkregie({u"import"_s, db, u"--table"_s, u"activities"_s, u"--in"_s, dir.filePath(u"us.csv"_s),
                     u"--date-order"_s, u"ymd"_s})
              .exitCode
          == 2);
}

TEST_CASE("import: --map names or ignores a column the importer does not know", "[cli][csv]")
{
    const QTemporaryDir dir;
    const QString db = wardDb(dir);
    write(dir.filePath(u"m.csv"_s), "Roepnaam;Achternaam;Wijk;Geboortedatum\r\nAnna;Bakker;WK099901;01-01-1970\r\n");
    const RunResult unknown = import(db, u"persons"_s, dir.filePath(u"m.csv"_s));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"Roepnaam"_s));
    CHECK(unknown.err.contains(u"Geboortedatum"_s));
    CHECK(unknown.err.contains(u"--map"_s));
    const RunResult mapped
        = import(db, u"persons"_s, dir.filePath(u"m.csv"_s), {u"--map"_s, u"Roepnaam=first_name,Geboortedatum=-"_s});
    CHECK(mapped.exitCode == 0);
    CHECK(mapped.out.contains(u"Geboortedatum"_s)); // said to be ignored
    CHECK(query(db, u"SELECT first_name FROM persons"_s) == u"Anna"_s);
    CHECK(import(db, u"persons"_s, dir.filePath(u"m.csv"_s), {u"--map"_s, u"Roepnaam=shoe_size"_s}).exitCode == 1);
}

TEST_CASE("field case 12: a cell longer than Excel shows is named in the excel-nl export, and written whole",
          "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = baseDb(dir);
    REQUIRE(import(db, u"initiatives"_s, input(u"12-excel-cell-limit/initiative-40000-char-description.csv"_s)).exitCode
            == 0);
    const QString out = dir.filePath(u"excel-nl.csv"_s);
    const RunResult excel = wijkregie({u"export"_s, db, u"--table"_s, u"initiatives"_s, u"--out"_s, out});
    INFO(excel.err.toStdString());
    CHECK(excel.exitCode == 0);
    // Initiative 5 is the second record: row 3 as Excel numbers it under the header; its description column.
    CHECK(excel.err.contains(u"32.767"_s) + excel.err.contains(u"32,767"_s) > 0);
    CHECK(excel.err.contains(u"40.000"_s) + excel.err.contains(u"40,000"_s) > 0);
    CHECK(excel.err.contains(u" 3,"_s));
    CHECK(excel.err.contains(u"rfc4180"_s));
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.contains("[1] Verslag"));
    CHECK(bytes.contains("[324] Verslag bewonersavond: de bewoners bespraken de mo")); // the end: not cut off
    const RunResult plain = wijkregie({u"export"_s, db, u"--table"_s, u"initiatives"_s, u"--dialect"_s, u"rfc4180"_s,
                                       u"--out"_s, dir.filePath(u"plain.csv"_s)});
    CHECK(plain.exitCode == 0);
    CHECK_FALSE(plain.err.contains(u"32"_s));
}

TEST_CASE("field case 13: an excel-nl export with more rows than an Excel sheet holds is refused with advice",
          "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = baseDb(dir);
    // 1,048,576 data rows: one more than fit under Excel's header row (events of initiative 1, no person).
    CHECK(sqlite3(db,
                  u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1048576) "
                  "INSERT INTO activities(initiative_id, person_id, date, quarters, participants, kind) "
                  "SELECT 1, NULL, '2026-01-01', 0, 1, '' FROM n; SELECT count(*) FROM activities;"_s)
              .trimmed()
          == u"1048576"_s);
    const QString out = dir.filePath(u"activities-excel-nl.csv"_s);
    const RunResult excel = wijkregie({u"export"_s, db, u"--table"_s, u"activities"_s, u"--out"_s, out});
    INFO(excel.err.toStdString());
    CHECK(excel.exitCode == 1);
    CHECK(excel.err.contains(u"1.048.576"_s) + excel.err.contains(u"1,048,576"_s) > 0);
    CHECK(excel.err.contains(u"rfc4180"_s));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(folderEntries(dir.path()).filter(u".part"_s).isEmpty());
}

TEST_CASE("import: hours written as hours:minutes are hours, minutes off the quarter hour are refused by row and "
          "column",
          "[cli][csv][field]")
{
    const QTemporaryDir dir;
    const QString db = baseDb(dir);
    write(
        dir.filePath(u"clock.csv"_s),
        "person_id,initiative_id,date,hours\r\n1,1,2026-07-03,1:30\r\n2,1,2026-07-03,0:45\r\n1,1,2026-07-04,10:00\r\n");
    const RunResult clock = import(db, u"activities"_s, dir.filePath(u"clock.csv"_s));
    CHECK(clock.exitCode == 0);
    CHECK(query(db, u"SELECT group_concat(quarters, ' ') FROM (SELECT quarters FROM activities ORDER BY id)"_s)
          == u"6 3 40"_s);

    write(dir.filePath(u"off.csv"_s),
          "person_id,initiative_id,date,hours\r\n1,1,2026-07-05,1:20\r\n1,1,2026-07-06,1:75\r\n");
    const RunResult off = import(db, u"activities"_s, dir.filePath(u"off.csv"_s));
    CHECK(off.exitCode == 1);
    CHECK(off.err.contains(u"“1:20”"_s));
    CHECK(off.err.contains(u"1:15"_s));
    CHECK(off.err.contains(u"1:30"_s));
    CHECK(off.err.contains(u"“1:75”"_s));
    // Each named with its row (as a spreadsheet numbers it) and the column.
    const QStringList lines = off.err.split(u'\n');
    const auto lineWith = [&lines](const QString& text) {
        for (const QString& line : lines) {
            if (line.contains(text)) {
                return line;
            }
        }
        return QString();
    };
    CHECK(lineWith(u"“1:20”"_s).contains(u'2'));
    CHECK(lineWith(u"“1:75”"_s).contains(u'3'));
    CHECK(query(db, u"SELECT count(*) FROM activities"_s) == u"3"_s);
}
