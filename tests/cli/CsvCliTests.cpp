// `wijkregie export` and `wijkregie import` end to end: every table of the small demo in both dialects, parsed by
// Python's csv module; the round trip into a new database; malformed files refused with the row and nothing written.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QStringList exportable {
    u"wards"_s,          u"initiatives"_s,       u"persons"_s,       u"involvements"_s, u"activities"_s,
    u"critical_roles"_s, u"partners"_s,          u"agreements"_s,    u"kpis"_s,         u"kpi_measurements"_s,
    u"goals"_s,          u"goal_measurements"_s, u"participation"_s, u"needs"_s,        u"offers"_s};
/// In the order of their references.
const QStringList importable {u"wards"_s,        u"persons"_s,    u"initiatives"_s,
                              u"involvements"_s, u"activities"_s, u"critical_roles"_s};

int count(const QString& file, const QString& table)
{
    return sqlite3(file, u"SELECT count(*) FROM "_s + table).trimmed().toInt();
}

RunResult exportCsv(const QString& file, const QString& table, const QString& out, const QString& dialect,
                    bool withPersonalData = false)
{
    QStringList arguments {u"export"_s, file, u"--table"_s, table, u"--out"_s, out, u"--dialect"_s, dialect};
    if (withPersonalData) {
        arguments << u"--with-personal-data"_s;
    }
    return wijkregie(arguments);
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

/// "row 3" in English or Dutch ("rij 3").
bool namesRow(const QString& text, int row)
{
    return text.contains(QRegularExpression(u"\\b(row|rij) %1\\b"_s.arg(row)));
}

/// This file's copy of the small demo: an export with personal data writes to its audit log, which the other files'
/// copies of the shared demo must not inherit.
const QString& demoFile()
{
    static QTemporaryDir dir;
    static const QString file = smallDemoCopy(dir, u"demo.wijkregie"_s);
    return file;
}

} // namespace

TEST_CASE("export of every table in both dialects parses with Python and has every row", "[cli][csv]")
{
    QTemporaryDir dir;
    for (const QString& dialect : {u"excel-nl"_s, u"rfc4180"_s}) {
        for (const QString& table : exportable) {
            const QString out = dir.filePath(table + u'-' + dialect + u".csv"_s);
            const RunResult result = exportCsv(demoFile(), table, out, dialect);
            INFO(table.toStdString() << " " << dialect.toStdString() << "\n" << result.err.toStdString());
            REQUIRE(result.exitCode == 0);
            const QList<QStringList> rows = csvRowsByPython(out, dialect);
            REQUIRE_FALSE(rows.isEmpty());
            CHECK(rows.size() - 1 == count(demoFile(), table));
            for (const QStringList& row : rows) {
                CHECK(row.size() == rows.constFirst().size());
            }
            if (dialect == u"rfc4180"_s) {
                CHECK(rows.constFirst().constFirst()
                      == (table == u"wards"_s                                          ? u"code"_s
                              : table == u"involvements"_s || table == u"activities"_s ? u"person_id"_s
                              : table == u"critical_roles"_s                           ? u"initiative_id"_s
                                                                                       : u"id"_s));
            }
        }
    }
    // Nothing but the exports in the folder: no temporary files left behind.
    CHECK(folderEntries(dir.path()).size() == exportable.size() * 2);
}

TEST_CASE("persons export without personal data has pseudonyms and no names or contact details", "[cli][csv]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"persons.csv"_s);
    REQUIRE(exportCsv(demoFile(), u"persons"_s, out, u"rfc4180"_s).exitCode == 0);
    const QList<QStringList> rows = csvRowsByPython(out, u"rfc4180"_s);
    REQUIRE(rows.size() == count(demoFile(), u"persons"_s) + 1);
    CHECK(rows.constFirst().contains(u"pseudonym"_s));
    CHECK_FALSE(rows.constFirst().contains(u"first_name"_s));
    const QString text = QString::fromUtf8(readAll(out));
    CHECK_FALSE(text.contains(u'@'));
    QSet<QString> names;
    for (const QString& line :
         sqlite3(demoFile(), u"SELECT first_name || char(10) || last_name FROM persons"_s).split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            names.insert(line.trimmed());
        }
    }
    REQUIRE(names.size() > 20);
    for (const QStringList& row : rows.mid(1)) {
        for (const QString& cell : row) {
            INFO(cell.toStdString());
            CHECK_FALSE(names.contains(cell));
        }
    }
    const QString fullName
        = sqlite3(demoFile(), u"SELECT first_name || ' ' || last_name FROM persons LIMIT 1"_s).trimmed();
    CHECK_FALSE(text.contains(fullName));

    // With personal data: the names are there, and the file is readable by its owner only.
    const QString named = dir.filePath(u"named.csv"_s);
    REQUIRE(exportCsv(demoFile(), u"persons"_s, named, u"excel-nl"_s, true).exitCode == 0);
    const QList<QStringList> namedRows = csvRowsByPython(named, u"excel-nl"_s);
    CHECK(namedRows.size() == rows.size());
    CHECK(QString::fromUtf8(readAll(named)).contains(fullName.section(u' ', -1)));
    CHECK(QFile::permissions(named) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("round trip: export, import into a new database, export again gives identical bytes", "[cli][csv]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh.wijkregie"_s);
    REQUIRE(wijkregie({u"new"_s, fresh, u"--municipality"_s, u"Proefstad"_s}).exitCode == 0);
    // Policy frameworks are no importable table (DESIGN.md): initiatives refer to them by framework_id, so they
    // are copied first, as a user would enter them under Manage > Policy frameworks.
    sqlite3(fresh, u"ATTACH '%1' AS demo; INSERT INTO frameworks SELECT * FROM demo.frameworks;"_s.arg(demoFile()));
    REQUIRE(count(fresh, u"frameworks"_s) == count(demoFile(), u"frameworks"_s));
    for (const QString& table : importable) {
        const QString first = dir.filePath(table + u".csv"_s);
        REQUIRE(exportCsv(demoFile(), table, first, u"rfc4180"_s, true).exitCode == 0);
        const RunResult imported = wijkregie({u"import"_s, fresh, u"--table"_s, table, u"--in"_s, first});
        INFO(table.toStdString() << "\n" << imported.out.toStdString() << imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(count(fresh, table) == count(demoFile(), table));
        const QString second = dir.filePath(table + u"-again.csv"_s);
        REQUIRE(exportCsv(fresh, table, second, u"rfc4180"_s, true).exitCode == 0);
        CHECK(readAll(second) == readAll(first));
    }
    // Importing a file again adds nothing and reports the rows as already present.
    const RunResult again
        = wijkregie({u"import"_s, fresh, u"--table"_s, u"wards"_s, u"--in"_s, dir.filePath(u"wards.csv"_s)});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QString::number(count(fresh, u"wards"_s))));
    CHECK(count(fresh, u"wards"_s) == count(demoFile(), u"wards"_s));
}

TEST_CASE("import of a malformed file exits 1, names the row and leaves the database byte-identical", "[cli][csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"copy.wijkregie"_s);
    REQUIRE(QFile::copy(demoFile(), db));
    const QString ward = sqlite3(db, u"SELECT code FROM wards ORDER BY id LIMIT 1"_s).trimmed();
    const QByteArray wardCode = ward.toUtf8();
    struct Case
    {
        const char* name;
        QString table;
        QByteArray data;
        int row; ///< the row the message must name; 0 for the file as a whole
    };
    const QList<Case> cases {
        {"ragged row", u"wards"_s, "code,name\r\nWK0999AA,Nieuw\r\nWK0999AB,Te,veel\r\n", 3},
        {"bad date", u"persons"_s,
         "first_name,last_name,ward_code,consent_date\r\nAnna,Bakker," + wardCode + ",2024-02-31\r\n", 2},
        {"unknown column", u"wards"_s, "code,name,colour\r\nWK0999AA,Nieuw,rood\r\n", 1},
        {"missing ward", u"initiatives"_s, "ward_code,title,status\r\nWK9999ZZ,Buurttuin,running\r\n", 2},
        // (Windows-1252 alone is read as such; UTF-8 mixed with it cannot be read either way.)
        {"UTF-8 mixed with Latin-1 bytes", u"wards"_s,
         "code,name\r\nWK0999AB,Zo\xc3\xab\r\nWK0999AA,Caf\xe9 de Hoek\r\n", 3},
        {"unbalanced quotes", u"wards"_s, "code,name\r\nWK0999AA,\"Nieuw\r\nWK0999AB,Oud\r\n", 2},
        {"empty file", u"wards"_s, "", 0},
    };
    const QByteArray before = sha256(db);
    const QString dump = dumpDataTables(db);
    for (const Case& c : cases) {
        const QString in = dir.filePath(u"bad.csv"_s);
        writeFile(in, c.data);
        const RunResult result = wijkregie({u"import"_s, db, u"--table"_s, c.table, u"--in"_s, in});
        INFO(c.name << "\n" << result.out.toStdString() << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK_FALSE(result.err.trimmed().isEmpty());
        if (c.row > 0) {
            CHECK(namesRow(result.err, c.row));
        }
        CHECK(sha256(db) == before);
    }
    CHECK(dumpDataTables(db) == dump);
    CHECK(folderEntries(dir.path()) == QStringList {u"bad.csv"_s, u"copy.wijkregie"_s});
}

TEST_CASE("import --dry-run reports the new rows and writes nothing", "[cli][csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"copy.wijkregie"_s);
    REQUIRE(QFile::copy(demoFile(), db));
    const QString in = dir.filePath(u"wards.csv"_s);
    writeFile(in, "code,name,ward_type\r\nWK0999AA,Nieuwe Wijk,vinex\r\nWK0999AB,Oude Haven,old_working_class\r\n");
    const QByteArray before = sha256(db);
    const int wards = count(db, u"wards"_s);

    const RunResult dry = wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, in, u"--dry-run"_s});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"2"_s));
    CHECK(sha256(db) == before);
    CHECK(count(db, u"wards"_s) == wards);

    const RunResult real = wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, in});
    INFO(real.out.toStdString() << real.err.toStdString());
    CHECK(real.exitCode == 0);
    CHECK(count(db, u"wards"_s) == wards + 2);
    CHECK(sqlite3(db, u"SELECT ward_type FROM wards WHERE code = 'WK0999AB'"_s).trimmed() == u"old_working_class"_s);
}

TEST_CASE("export refuses what it cannot do with the right exit status and writes nothing", "[cli][csv]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.csv"_s);
    // A missing database: a user error.
    CHECK(exportCsv(dir.filePath(u"missing.wijkregie"_s), u"wards"_s, out, u"rfc4180"_s).exitCode == 1);
    // Usage errors: an unknown table or dialect.
    CHECK(exportCsv(demoFile(), u"streets"_s, out, u"rfc4180"_s).exitCode == 2);
    CHECK(exportCsv(demoFile(), u"wards"_s, out, u"excel"_s).exitCode == 2);
    // An import table that is not importable, and a missing --in.
    CHECK(wijkregie({u"import"_s, demoFile(), u"--table"_s, u"partners"_s, u"--in"_s, out}).exitCode == 2);
    CHECK(wijkregie({u"import"_s, demoFile(), u"--table"_s, u"wards"_s}).exitCode == 2);
    // A missing input file: a user error.
    CHECK(wijkregie({u"import"_s, demoFile(), u"--table"_s, u"wards"_s, u"--in"_s, out}).exitCode == 1);
    CHECK(folderEntries(dir.path()).isEmpty());
}
