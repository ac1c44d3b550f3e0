// `wijkregie export --format xlsx` refusing what it must refuse: an unknown format, a CSV dialect for a workbook, the
// database or a FIFO as the output, more rows than an Excel worksheet holds, a cell over Excel's 32,767 characters.
// Exit status and message, nothing written, the old file and the database untouched. The values and types of the
// written workbooks are checked by openpyxl in xlsx_export_check.py.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(content) == content.size());
}

QString makeDemo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"demo.wijkregie"_s);
    wijkregieOk({u"demo"_s, path, u"--size"_s, u"small"_s});
    return path;
}

RunResult exportXlsx(const QString& db, const QString& table, const QString& out, const QStringList& extra = {})
{
    return wijkregie(QStringList {u"export"_s, db, u"--table"_s, table, u"--out"_s, out} + extra);
}

} // namespace

TEST_CASE("export --format xlsx: usage errors and refused outputs write nothing", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir);
    // The database's own journal files come and go; its content is what must not change.
    const QString before = dumpDataTables(db);
    const QString out = dir.filePath(u"uit.xlsx"_s);

    const RunResult unknown = exportXlsx(db, u"wards"_s, out, {u"--format"_s, u"ods"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"ods"_s));
    CHECK(unknown.err.contains(u"xlsx"_s));

    const RunResult dialect = exportXlsx(db, u"wards"_s, out, {u"--format"_s, u"xlsx"_s, u"--dialect"_s, u"rfc4180"_s});
    CHECK(dialect.exitCode == 2);
    CHECK(dialect.err.contains(u"--dialect"_s));

    const RunResult table = exportXlsx(db, u"geheim"_s, out);
    CHECK(table.exitCode == 2);
    CHECK(table.err.contains(u"geheim"_s));

    // The database itself, its WAL, and a FIFO (a workbook needs a real file to be renamed into place).
    const QByteArray dbHash = sha256(db);
    const RunResult onDatabase = exportXlsx(db, u"activities"_s, db, {u"--format"_s, u"xlsx"_s});
    CHECK(onDatabase.exitCode == 1);
    CHECK_FALSE(onDatabase.err.isEmpty());
    CHECK(sha256(db) == dbHash);
    const RunResult onWal = exportXlsx(db, u"wards"_s, db + u"-wal"_s, {u"--format"_s, u"xlsx"_s});
    CHECK(onWal.exitCode == 1);
    const QString fifo = dir.filePath(u"pijp.xlsx"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const RunResult onFifo = exportXlsx(db, u"wards"_s, fifo);
    CHECK(onFifo.exitCode == 1);
    CHECK_FALSE(onFifo.err.isEmpty());
    const RunResult onFolder = exportXlsx(db, u"wards"_s, dir.path(), {u"--format"_s, u"xlsx"_s});
    CHECK(onFolder.exitCode == 1);

    CHECK_FALSE(QFile::exists(out));
    CHECK(dumpDataTables(db) == before);
    CHECK(sqlite3(db, u"PRAGMA integrity_check"_s).trimmed() == u"ok"_s);
    CHECK(folderEntries(dir.path()).filter(u".part"_s).isEmpty());

    // The suffix decides when --format is not given; --format csv still writes CSV to any name.
    const RunResult inferred = exportXlsx(db, u"wards"_s, out);
    INFO(inferred.err.toStdString());
    CHECK(inferred.exitCode == 0);
    CHECK(inferred.out.contains(u"(xlsx)"_s));
    CHECK(readAll(out).startsWith("PK\x03\x04"));
    const QString csv = dir.filePath(u"wijken.xlsx"_s);
    CHECK(exportXlsx(db, u"wards"_s, csv, {u"--format"_s, u"csv"_s}).exitCode == 0);
    CHECK(readAll(csv).startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("export --format xlsx refuses Excel's limits instead of cutting off, leaving the old file", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir);
    const QString out = dir.filePath(u"initiatieven.xlsx"_s);
    writeFile(out, "oud\n");

    // Excel's 32,767 characters in a cell: exactly that many is written, one more is refused naming row and column.
    sqlite3(db, u"UPDATE initiatives SET description = printf('%.*c', 32767, 'x') WHERE id = 2"_s);
    const RunResult fits = exportXlsx(db, u"initiatives"_s, out);
    INFO(fits.err.toStdString());
    CHECK(fits.exitCode == 0);
    CHECK(readAll(out).startsWith("PK\x03\x04"));
    writeFile(out, "oud\n");
    sqlite3(db, u"UPDATE initiatives SET description = printf('%.*c', 32768, 'x') WHERE id = 2"_s);
    const RunResult tooLong = exportXlsx(db, u"initiatives"_s, out);
    INFO(tooLong.err.toStdString());
    CHECK(tooLong.exitCode == 1);
    CHECK(tooLong.err.contains(u"32.767"_s)); // Dutch number format, as the whole message is Dutch by default
    CHECK(tooLong.err.contains(u" 3"_s)); // row 3: the header is row 1, initiative 2 row 3
    CHECK(readAll(out) == "oud\n");

    // Excel's 1,048,576 rows (the header among them): refused before anything is written.
    sqlite3(db,
            u"WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 1048576) "
            "INSERT INTO goal_measurements(goal_id, date, value) SELECT (SELECT min(id) FROM goals), "
            "'2026-01-01', v FROM n"_s);
    const QString rows = dir.filePath(u"metingen.xlsx"_s);
    writeFile(rows, "oud\n");
    const RunResult tooMany = exportXlsx(db, u"goal_measurements"_s, rows);
    INFO(tooMany.err.toStdString());
    CHECK(tooMany.exitCode == 1);
    CHECK(tooMany.err.contains(u"1.048.575"_s));
    CHECK(tooMany.err.contains(u"CSV"_s));
    CHECK(readAll(rows) == "oud\n");
    CHECK(folderEntries(dir.path()).filter(u".part"_s).isEmpty());
}

TEST_CASE("risk and signals write an Excel workbook for OUT.xlsx with the values and types of their CSV", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir);
    for (const QString& command : {u"risk"_s, u"signals"_s}) {
        INFO(command.toStdString());
        const QString csv = dir.filePath(command + u".csv"_s);
        const QString xlsx = dir.filePath(command + u".xlsx"_s);
        const QStringList date {u"--date"_s, u"2026-11-30"_s};
        const RunResult csvRun = wijkregie(QStringList {command, db, u"--out"_s, csv} + date);
        REQUIRE(csvRun.exitCode == 0);
        const RunResult xlsxRun = wijkregie(QStringList {command, db, u"--out"_s, xlsx} + date);
        INFO(xlsxRun.err.toStdString());
        REQUIRE(xlsxRun.exitCode == 0);
        CHECK(readAll(xlsx).startsWith("PK\x03\x04"));
        // Cell by cell against the excel-nl CSV, value and type (openpyxl).
        QProcess check;
        check.start(QStringLiteral(DEBIAN_PYTHON3), {QStringLiteral(XLSX_EXPORT_CHECK), u"--compare"_s, csv, xlsx});
        REQUIRE(check.waitForFinished(120000));
        INFO(QString::fromUtf8(check.readAllStandardError()).toStdString());
        CHECK(check.exitCode() == 0);
        CHECK(check.readAllStandardOutput().contains("\"text\""));
        // A workbook needs a file, and --dialect is for CSV.
        CHECK(wijkregie(QStringList {command, db, u"--format"_s, u"xlsx"_s} + date).exitCode == 2);
        CHECK(wijkregie(QStringList {command, db, u"--out"_s, xlsx, u"--dialect"_s, u"rfc4180"_s} + date).exitCode
              == 2);
    }
    // The signals name residents: owner-only, as the CSV.
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(dir.filePath(u"signals.xlsx"_s)).constData(), &info) == 0);
    CHECK((info.st_mode & 077) == 0);
}
