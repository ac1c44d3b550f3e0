// wijkregie signals and wijkregie calendar end to end: the real executable on a small demo; the CSV read back with
// Python's csv module, the .ics with Debian's python3-icalendar (tests/core/ics_parse_check.py).
#include "tests/cli/CliRunner.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QJsonArray parseCsv(const QString& path)
{
    const QString script = uR"(import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, strict=True))
json.dump(rows, sys.stdout)
)"_s;
    return QJsonDocument::fromJson(toolOutput(u"python3"_s, {u"-c"_s, script, path}, 30000).toUtf8()).array();
}

QJsonArray parseIcs(const QString& path)
{
    const QString script = QStringLiteral(ICS_PARSE_CHECK);
    // Debian's python3-icalendar is installed for the system Python.
    const QString python = QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    return QJsonDocument::fromJson(toolOutput(python, {script, path}, 60000).toUtf8()).array();
}

} // namespace

TEST_CASE("signals_writesTheHomeScreenListWithEveryContinuityKind", "[cli][signals]")
{
    SmallDemo demo;
    const QString out = demo.dir.filePath(u"signals.csv"_s);
    const RunResult r = wijkregieOk({u"signals"_s, demo.file, u"--out"_s, out, u"--dialect"_s, u"rfc4180"_s});
    CHECK(r.out.contains(u"signal"_s));
    CHECK((QFileInfo(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    const QJsonArray rows = parseCsv(out);
    REQUIRE(rows.size() > 1);
    QStringList header;
    for (const auto& h : rows.at(0).toArray()) {
        header << h.toString();
    }
    CHECK(header
          == QStringList {u"kind"_s, u"severity"_s, u"date"_s, u"ward"_s, u"entity"_s, u"entity_id"_s,
                          u"initiative_id"_s, u"critical_role_id"_s, u"text"_s, u"suggestions"_s});
    QSet<QString> kinds;
    bool continuityFirst = true;
    bool seenOther = false;
    bool suggestion = false;
    const QSet<QString> continuity {u"moved_to_high"_s, u"key_person"_s, u"role_without_backup"_s, u"funding_ending"_s,
                                    u"lead_inactive"_s};
    for (int i = 1; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        REQUIRE(row.size() == header.size());
        const QString kind = row.at(0).toString();
        kinds << kind;
        if (continuity.contains(kind)) {
            continuityFirst = continuityFirst && !seenOther;
        } else {
            seenOther = true;
        }
        if (kind == u"role_without_backup"_s && !row.at(9).toString().isEmpty()) {
            suggestion = true;
            CHECK(row.at(9).toString().startsWith(u"1. "_s));
            CHECK_FALSE(row.at(7).toString().isEmpty());
        }
    }
    // The demo shows every continuity kind, and they lead the list.
    for (const QString& kind : continuity) {
        INFO(kind.toStdString());
        CHECK(kinds.contains(kind));
    }
    CHECK(continuityFirst);
    CHECK(suggestion);

    // Standard output without --out; a bad date is a usage error. Without --dialect the list is excel-nl (as export
    // and risk write it: cells that start like a formula are guarded), with rfc4180 the plain keys.
    const RunResult stdoutRun = wijkregie({u"signals"_s, demo.file, u"--dialect"_s, u"rfc4180"_s});
    CHECK(stdoutRun.exitCode == 0);
    CHECK(stdoutRun.out.startsWith(u"kind,severity,date"_s));
    const RunResult excel = wijkregie({u"signals"_s, demo.file});
    CHECK(excel.exitCode == 0);
    const QString excelHeader = excel.out.section(u'\n', 0, 0);
    CHECK(excelHeader.count(u';') == header.size() - 1);
    CHECK_FALSE(excelHeader.contains(u"kind,severity"_s));
    CHECK(wijkregie({u"signals"_s, demo.file, u"--dialect"_s, u"tsv"_s}).exitCode == 2);
    CHECK(wijkregie({u"signals"_s, demo.file, u"--date"_s, u"1-2-2026"_s}).exitCode == 2);
    // Never onto the database.
    CHECK(wijkregie({u"signals"_s, demo.file, u"--out"_s, demo.file}).exitCode == 1);
}

TEST_CASE("calendar_writesAnIcsThatParsesAndKeepsItsUids", "[cli][calendar]")
{
    SmallDemo demo;
    const QString out = demo.dir.filePath(u"herinneringen.ics"_s);
    RunResult r = wijkregieOk({u"calendar"_s, demo.file, u"--out"_s, out});
    const QJsonArray first = parseIcs(out);
    REQUIRE(first.size() > 5);
    QStringList uids;
    QSet<QString> kinds;
    for (const auto& v : first) {
        const QString uid = v.toObject().value(u"uid"_s).toString();
        uids << uid;
        kinds << uid.section(u'.', 0, 0).section(u'-', 0, -2);
    }
    CHECK(kinds.contains(u"evaluation"_s));
    CHECK(kinds.contains(u"agreement-end"_s));
    CHECK(kinds.contains(u"funding-end"_s));
    // Exported again: the same events under the same UIDs.
    r = wijkregie({u"calendar"_s, demo.file, u"--out"_s, out});
    REQUIRE(r.exitCode == 0);
    QStringList again;
    for (const auto& v : parseIcs(out)) {
        again << v.toObject().value(u"uid"_s).toString();
    }
    CHECK(again == uids);
    CHECK(wijkregie({u"calendar"_s, demo.file}).exitCode == 2);
    CHECK(wijkregie({u"calendar"_s, demo.file, u"--out"_s, demo.file}).exitCode == 1);
}
