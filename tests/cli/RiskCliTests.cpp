// wijkregie risk end to end: the real executable on a small demo, its CSV read back with Python's csv module.
#include "tests/cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// Parses CSV text with Python's csv module (strict, default dialect) and returns {"header": [...], "rows": [...]}.
QJsonObject parseWithPython(const QByteArray& csv)
{
    const QString script = uR"(import csv, io, json, sys
data = sys.stdin.buffer.read().decode("utf-8")
rows = list(csv.reader(io.StringIO(data, newline=""), strict=True))
json.dump({"header": rows[0], "rows": rows[1:], "crlf": data.count("\r\n") == len(rows)}, sys.stdout)
)"_s;
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, script});
    REQUIRE(python.waitForStarted());
    python.write(csv);
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished(30000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QString bandOf(int score)
{
    return score >= 67 ? u"high"_s : score >= 34 ? u"medium"_s : u"low"_s;
}

} // namespace

TEST_CASE("risk_writesTheDesignColumnsAndBandsThatMatchTheScores", "[cli][risk]")
{
    SmallDemo demo;
    const RunResult r = wijkregieOk({u"risk"_s, demo.file, u"--dialect"_s, u"rfc4180"_s});
    const QJsonObject parsed = parseWithPython(r.out.toUtf8());
    const QStringList expected {u"initiative_id"_s, u"initiative_title"_s, u"ward_code"_s,  u"score"_s,
                                u"band"_s,          u"concentration"_s,    u"succession"_s, u"thin_core"_s,
                                u"momentum"_s,      u"funding"_s,          u"embedding"_s,  u"key_person_load"_s};
    QStringList header;
    for (const auto& h : parsed.value(u"header"_s).toArray()) {
        header << h.toString();
    }
    CHECK(header == expected);
    CHECK(parsed.value(u"crlf"_s).toBool());
    const QJsonArray rows = parsed.value(u"rows"_s).toArray();
    REQUIRE(rows.size() > 10);
    QSet<QString> bands;
    QSet<qint64> ids;
    for (const auto& value : rows) {
        const QJsonArray row = value.toArray();
        REQUIRE(row.size() == expected.size());
        bool ok = false;
        ids << row.at(0).toString().toLongLong(&ok);
        CHECK(ok);
        CHECK_FALSE(row.at(1).toString().isEmpty());
        CHECK(row.at(2).toString().startsWith(u"WK"_s));
        const int score = row.at(3).toString().toInt(&ok);
        REQUIRE(ok);
        CHECK(score >= 0);
        CHECK(score <= 100);
        const QString band = row.at(4).toString();
        bands << band;
        // The band follows the score, except the override (one person without a backup) which is always high.
        const bool overridden = row.at(5).toString().toDouble() == 1.0 && row.at(6).toString().toDouble() == 1.0;
        CHECK(band == (overridden ? u"high"_s : bandOf(score)));
        for (int i = 5; i < 12; ++i) {
            const double v = row.at(i).toString().toDouble(&ok);
            CHECK(ok);
            CHECK(v >= 0.0);
            CHECK(v <= 1.0);
        }
    }
    CHECK(ids.size() == rows.size());
    CHECK(bands == QSet<QString> {u"low"_s, u"medium"_s, u"high"_s});
}

TEST_CASE("risk_outWritesTheSameTableToAFileAndADateMovesTheWindow", "[cli][risk]")
{
    SmallDemo demo;
    const QString out = demo.dir.filePath(u"risk.csv"_s);
    const RunResult r = wijkregie(
        {u"risk"_s, demo.file, u"--date"_s, u"2020-01-31"_s, u"--out"_s, out, u"--dialect"_s, u"rfc4180"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF")); // rfc4180: no BOM
    const QJsonObject parsed = parseWithPython(bytes);
    CHECK(parsed.value(u"header"_s).toArray().size() == 12);
    // Long before the demo's activity log: nobody has hours, so concentration is 1 everywhere.
    for (const auto& value : parsed.value(u"rows"_s).toArray()) {
        CHECK(value.toArray().at(5).toString() == u"1"_s);
    }
    // Without --out the same table goes to stdout; with it, only a message.
    const RunResult again
        = wijkregie({u"risk"_s, demo.file, u"--date"_s, u"2020-01-31"_s, u"--dialect"_s, u"rfc4180"_s});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.toUtf8() == bytes);
}

TEST_CASE("risk_badDateIsAUsageErrorAndAMissingFileAUserError", "[cli][risk]")
{
    SmallDemo demo;
    const RunResult badDate = wijkregie({u"risk"_s, demo.file, u"--date"_s, u"2025-02-30"_s});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(u"2025-02-30"_s));
    CHECK(badDate.out.isEmpty());
    const RunResult noFile = wijkregie({u"risk"_s});
    CHECK(noFile.exitCode == 2);
    const RunResult missing = wijkregie({u"risk"_s, demo.dir.filePath(u"missing.wijkregie"_s)});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
    CHECK(missing.out.isEmpty());
    const RunResult badOut
        = wijkregie({u"risk"_s, demo.file, u"--out"_s, demo.dir.filePath(u"no/such/folder/risk.csv"_s)});
    CHECK(badOut.exitCode == 1);
}
