// Situations from the field (/work/shared/field-cases), rebuilt as tests with the real wijkregie executable: the
// inputs are copied into tests/cli/data/field-cases.
#include "tests/cli/CliRunner.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// An empty municipality with ward WK099901, persons 1 and 2, running initiative 1 and their involvements from
/// 2026-01-01 (the field cases' base_db).
void baseDatabase(const QTemporaryDir& dir, const QString& db)
{
    REQUIRE(wijkregie({u"new"_s, db}).exitCode == 0);
    const QList<std::pair<QString, QByteArray>> tables {
        {u"wards"_s, "code,name\r\nWK099901,Centrum\r\n"},
        {u"persons"_s, "id,first_name,last_name,ward_code\r\n1,Anna,Bakker,WK099901\r\n2,Bram,Visser,WK099901\r\n"},
        {u"initiatives"_s, "id,ward_code,title,status,start_date\r\n1,WK099901,Buurtmoestuin,running,2026-01-01\r\n"},
        {u"involvements"_s, "person_id,initiative_id,role,from\r\n1,1,lead,2026-01-01\r\n2,1,core,2026-01-01\r\n"},
    };
    for (const auto& [table, csv] : tables) {
        const QString path = dir.filePath(u"_"_s + table + u".csv"_s);
        writeFile(path, csv);
        const RunResult r = wijkregie({u"import"_s, db, u"--table"_s, table, u"--in"_s, path});
        INFO(table.toStdString() + ": " + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
}

/// A cell a spreadsheet would take for a formula (OWASP CSV injection): it starts with = + - @, a tab or a carriage
/// return.
bool startsLikeAFormula(const QString& cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
}

} // namespace

TEST_CASE("field case 07: formulas typed into titles are guarded in export and in risk (excel-nl)",
          "[cli][fieldcase][safety]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"db.wijkregie"_s);
    baseDatabase(dir, db);
    const QString input = QStringLiteral(FIELD_CASES_DIR) + u"/07-formula-injection/initiatives-with-formulas.csv"_s;
    wijkregieOk({u"import"_s, db, u"--table"_s, u"initiatives"_s, u"--in"_s, input});

    const QString exported = dir.filePath(u"excel-nl.csv"_s);
    REQUIRE(wijkregie({u"export"_s, db, u"--table"_s, u"initiatives"_s, u"--out"_s, exported}).exitCode == 0);
    const QString risk = dir.filePath(u"risk.csv"_s);
    const RunResult riskRun = wijkregie({u"risk"_s, db, u"--out"_s, risk}); // excel-nl unless told
    INFO(riskRun.err.toStdString());
    REQUIRE(riskRun.exitCode == 0);
    const QString riskExplicit = dir.filePath(u"risk-excel-nl.csv"_s);
    REQUIRE(wijkregie({u"risk"_s, db, u"--out"_s, riskExplicit, u"--dialect"_s, u"excel-nl"_s}).exitCode == 0);

    for (const QString& file : {exported, risk, riskExplicit}) {
        INFO(QDir(dir.path()).relativeFilePath(file).toStdString());
        const QList<QStringList> rows = csvRowsByPython(file, u"excel-nl"_s);
        REQUIRE(rows.size() >= 4); // the header, initiative 1 and the three of the case
        bool sawHyperlink = false;
        bool sawPhone = false;
        for (const QStringList& row : rows) {
            for (const QString& cell : row) {
                INFO(cell.toStdString());
                CHECK_FALSE(startsLikeAFormula(cell));
                sawHyperlink = sawHyperlink || cell.startsWith(u"'=HYPERLINK("_s);
                sawPhone = sawPhone || cell == u"'+31 6 12345678 belt de trekker"_s;
            }
        }
        CHECK(sawHyperlink);
        CHECK(sawPhone);
    }
    // rfc4180 stays the plain interchange format when asked for: the titles as typed.
    const RunResult plain = wijkregie({u"risk"_s, db, u"--dialect"_s, u"rfc4180"_s});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains(u"\"=HYPERLINK("_s));
}

TEST_CASE("field case 14: a file in a synced folder warns, and a copy of the main file alone holds every row",
          "[cli][fieldcase][safety]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(u"OneDrive/Wijkregie"_s));
    REQUIRE(QDir(dir.path()).mkpath(u"laptop2"_s));
    const QString db = dir.filePath(u"OneDrive/Wijkregie/gemeente.wijkregie"_s);
    baseDatabase(dir, db);

    // A second connection stands in for the open window while the import runs and the copy is taken.
    QProcess holder;
    startSqliteShell(holder, db, "SELECT count(*) FROM persons;");

    const QString csv = dir.filePath(u"new.csv"_s);
    writeFile(csv, "id,first_name,last_name,ward_code\r\n10,Henk,de Vries,WK099901\r\n11,Fatma,Yilmaz,WK099901\r\n");
    const RunResult imported = wijkregie({u"import"_s, db, u"--table"_s, u"persons"_s, u"--in"_s, csv});
    INFO(imported.out.toStdString() + imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.err.contains(u"OneDrive"_s)); // the warning names the sync client's folder

    // What the sync client (or a copy in the file manager) takes: the main file only.
    const QString copy = dir.filePath(u"laptop2/gemeente.wijkregie"_s);
    REQUIRE(QFile::copy(db, copy));
    holder.write(".quit\n");
    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished());

    const RunResult checked = wijkregie({u"check"_s, copy});
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(sqlite3(copy, u"SELECT group_concat(first_name, ',') FROM (SELECT first_name FROM persons ORDER BY id)"_s)
              .trimmed()
          == u"Anna,Bram,Henk,Fatma"_s);
}
