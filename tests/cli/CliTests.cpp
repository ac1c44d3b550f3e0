// The subcommands that succeed, and the usage errors (exit status 2).
#include "tests/cli/CliRunner.h"
#include "tests/support/TempDatabase.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("new creates an empty database that check accepts", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"leeg.wijkregie"_s);
    wijkregieOk({u"new"_s, file, u"--municipality"_s, u"Gemeente Proefdorp"_s});
    REQUIRE(QFileInfo(file).permissions()
            == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const RunResult checked = wijkregie({u"check"_s, file});
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(u"Gemeente Proefdorp"_s));
    CHECK(sqlite3(file, u"SELECT count(*) FROM wards"_s).trimmed() == u"0"_s);
    // check leaves nothing behind beside the file
    CHECK(folderEntries(dir.path()) == QStringList {u"leeg.wijkregie"_s});
}

TEST_CASE("demo small then check: integrity, references and counts are right", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"x.wijkregie"_s);
    const RunResult made = wijkregieOk({u"demo"_s, file, u"--size"_s, u"small"_s});
    CHECK(made.err.isEmpty()); // no progress when stderr is not a terminal
    CHECK(folderEntries(dir.path()) == QStringList {u"x.wijkregie"_s});

    const RunResult checked = wijkregie({u"check"_s, file});
    INFO(checked.out.toStdString() + checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(sqlite3(file, u"PRAGMA integrity_check"_s).trimmed() == u"ok"_s);
    CHECK(sqlite3(file, u"PRAGMA foreign_key_check"_s).trimmed().isEmpty());
    CHECK(sqlite3(file, u"SELECT count(*) FROM wards"_s).trimmed() == u"8"_s);
    CHECK(sqlite3(file, u"SELECT count(*) FROM initiatives"_s).trimmed() == u"60"_s);
    CHECK(sqlite3(file, u"SELECT count(*) FROM persons"_s).trimmed() == u"600"_s);
    CHECK(sqlite3(file, u"SELECT count(DISTINCT status) FROM initiatives"_s).trimmed() == u"6"_s);
    CHECK(sqlite3(file, u"SELECT count(*) FROM wards WHERE ward_type IN ('vinex', 'old_working_class')"_s).trimmed()
          == u"2"_s);
    CHECK(sqlite3(file, u"SELECT count(*) FROM initiatives WHERE fits_framework = 'no' AND followup_owner <> ''"_s)
              .trimmed()
              .toInt()
          > 0);
    CHECK(sqlite3(file, u"SELECT count(*) FROM frameworks WHERE review_by < date('now')"_s).trimmed() == u"1"_s);
    // Persons with a tussenvoegsel, in its own column (the last name without it).
    CHECK(sqlite3(file,
                  u"SELECT count(*) FROM persons WHERE surname_prefix IN ('van', 'de', 'van den', 'van der') "
                  "AND last_name NOT LIKE '% %'"_s)
              .trimmed()
              .toInt()
          > 0);
    CHECK(sqlite3(file, u"SELECT count(*) FROM audit_log WHERE entity = 'demo'"_s).trimmed() == u"1"_s);
    // Two years of history within the involvements, and every table of schema 3 filled.
    CHECK(sqlite3(file, u"SELECT count(*) FROM activities"_s).trimmed().toInt() > 15000);
    CHECK(sqlite3(file,
                  u"SELECT count(*) FROM activities a WHERE a.person_id IS NOT NULL AND NOT EXISTS ("
                  "SELECT 1 FROM involvements v WHERE v.person_id = a.person_id "
                  "AND v.initiative_id = a.initiative_id AND (v.from_date IS NULL OR v.from_date <= a.date) "
                  "AND (v.until_date IS NULL OR a.date <= v.until_date))"_s)
              .trimmed()
          == u"0"_s);
    CHECK(sqlite3(file, u"SELECT max(date) FROM activities"_s).trimmed() <= QDate::currentDate().toString(Qt::ISODate));
    for (const QString& table :
         {u"involvements"_s, u"critical_roles"_s, u"partners"_s, u"agreements"_s, u"kpis"_s, u"kpi_measurements"_s,
          u"evaluations"_s, u"goals"_s, u"goal_measurements"_s, u"participation"_s, u"needs"_s, u"offers"_s}) {
        INFO(table.toStdString());
        CHECK(sqlite3(file, u"SELECT count(*) FROM "_s + table).trimmed().toInt() > 0);
    }
}

TEST_CASE("demo is deterministic: the same seed gives the same records, another seed others", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.wijkregie"_s);
    const QString b = dir.filePath(u"b.wijkregie"_s);
    const QString c = dir.filePath(u"c.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, a, u"--seed"_s, u"7"_s}).exitCode == 0);
    REQUIRE(wijkregie({u"demo"_s, b, u"--seed"_s, u"7"_s}).exitCode == 0);
    REQUIRE(wijkregie({u"demo"_s, c, u"--seed"_s, u"8"_s}).exitCode == 0);
    const QString dumpA = dumpDataTables(a);
    CHECK(dumpA.contains(u"INSERT INTO persons"_s));
    CHECK(dumpA == dumpDataTables(b));
    CHECK(dumpA != dumpDataTables(c));
}

TEST_CASE("backup writes a copy that check accepts and leaves the original untouched", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"x.wijkregie"_s);
    const QString copy = dir.filePath(u"kopie.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, file}).exitCode == 0);
    const QByteArray before = fileHash(file);
    wijkregieOk({u"backup"_s, file, copy});
    CHECK(fileHash(file) == before);
    CHECK(wijkregie({u"check"_s, copy}).exitCode == 0);
    CHECK(sqlite3(copy, u"SELECT count(*) FROM persons"_s).trimmed() == u"600"_s);
    CHECK(folderEntries(dir.path()) == QStringList {u"kopie.wijkregie"_s, u"x.wijkregie"_s});
}

TEST_CASE("check accepts a read-only file and does not change it", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"x.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, file}).exitCode == 0);
    REQUIRE(QFile::setPermissions(file, QFile::ReadOwner));
    const QByteArray before = fileHash(file);
    const RunResult result = wijkregie({u"check"_s, file});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(fileHash(file) == before);
    // The read-only connection's -wal and -shm files are gone again (Database removes them on close).
    CHECK(folderEntries(dir.path()) == QStringList {u"x.wijkregie"_s});
}

TEST_CASE("help and version exit 0 without a display", "[cli][usage]")
{
    const RunResult help = wijkregie({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"wijkregie demo OUT"_s));
    const RunResult version = wijkregie({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(WIJKREGIE_VERSION)));
}

TEST_CASE("usage errors exit 2 with the usage text and write nothing", "[cli][usage]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"x.wijkregie"_s);
    const QList<QStringList> wrong {
        {u"frobnicate"_s},
        {u"frobnicate"_s, out},
        {u"--bogus"_s},
        {u"export"_s, out, u"--table"_s, u"nonsense"_s, u"--out"_s, dir.filePath(u"w.csv"_s)},
        {u"export"_s, out, u"--table"_s, u"wards"_s, u"--out"_s, dir.filePath(u"w.csv"_s), u"--dialect"_s, u"tsv"_s},
        {u"export"_s, out, u"--table"_s, u"wards"_s},
        {u"import"_s, out},
        {u"import"_s, out, u"--table"_s, u"partners"_s, u"--in"_s, dir.filePath(u"p.csv"_s)},
        {u"import"_s, out, u"--table"_s, u"wards"_s},
        {u"risk"_s, out, u"--date"_s, u"gisteren"_s},
        {u"report"_s, out},
        {u"new"_s},
        {u"new"_s, out, u"extra"_s},
        {u"new"_s, out, u"--municipality"_s},
        {u"demo"_s},
        {u"demo"_s, out, u"--size"_s, u"medium"_s},
        {u"demo"_s, out, u"--size"_s},
        {u"demo"_s, out, u"--seed"_s, u"abc"_s},
        {u"demo"_s, out, u"--seed"_s, u"-1"_s},
        {u"demo"_s, out, u"--seed"_s, u"99999999999"_s},
        {u"demo"_s, out, u"--colour"_s, u"red"_s},
        {u"check"_s},
        {u"check"_s, out, out},
        {u"backup"_s, out},
    };
    for (const QStringList& arguments : wrong) {
        const RunResult result = wijkregie(arguments);
        INFO(arguments.join(u' ').toStdString());
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"wijkregie check FILE"_s));
        CHECK(folderEntries(dir.path()).isEmpty());
    }
}
