// wijkregie publish, export and risk on a team database: the real executable against the test server.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("wijkregie publish, then export and risk read the same from the file and the server URL", "[pg][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"demo.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, file, u"--size"_s, u"small"_s, u"--seed"_s, u"3"_s}).exitCode == 0);
    TestServerDatabase server;

    const RunResult published = wijkregieOk({u"publish"_s, file, u"--to"_s, server.url()});
    CHECK(published.out.contains(server.url()));

    for (const QString& table : {u"persons"_s, u"activities"_s, u"agreements"_s, u"wards"_s}) {
        INFO(table.toStdString());
        const QString fromFile = dir.filePath(table + u"-file.csv"_s);
        const QString fromServer = dir.filePath(table + u"-server.csv"_s);
        REQUIRE(wijkregie({u"export"_s, file, u"--table"_s, table, u"--out"_s, fromFile}).exitCode == 0);
        wijkregieOk({u"export"_s, server.url(), u"--table"_s, table, u"--out"_s, fromServer});
        CHECK(readAll(fromServer) == readAll(fromFile));
    }
    const RunResult riskFile = wijkregie({u"risk"_s, file, u"--date"_s, u"2026-03-31"_s, u"--dialect"_s, u"rfc4180"_s});
    const RunResult riskServer
        = wijkregie({u"risk"_s, server.url(), u"--date"_s, u"2026-03-31"_s, u"--dialect"_s, u"rfc4180"_s});
    INFO(riskServer.err.toStdString());
    REQUIRE(riskServer.exitCode == 0);
    CHECK(riskServer.out.count(u'\n') > 20);
    CHECK(riskServer.out == riskFile.out);

    const RunResult signalsFile = wijkregie({u"signals"_s, file, u"--date"_s, u"2026-03-31"_s});
    const RunResult signalsServer = wijkregieOk({u"signals"_s, server.url(), u"--date"_s, u"2026-03-31"_s});
    CHECK(signalsServer.out.count(u'\n') > 10);
    CHECK(signalsServer.out == signalsFile.out);

    const QString icsFile = dir.filePath(u"file.ics"_s);
    const QString icsServer = dir.filePath(u"server.ics"_s);
    REQUIRE(wijkregie({u"calendar"_s, file, u"--out"_s, icsFile}).exitCode == 0);
    REQUIRE(wijkregie({u"calendar"_s, server.url(), u"--out"_s, icsServer}).exitCode == 0);
    // DTSTAMP is when each was written: the two runs may straddle a second.
    const auto withoutStamps = [](QByteArray ics) {
        QList<QByteArray> lines = ics.split('\n');
        lines.removeIf([](const QByteArray& line) { return line.startsWith("DTSTAMP:"); });
        return lines.join('\n');
    };
    CHECK(withoutStamps(readAll(icsServer)) == withoutStamps(readAll(icsFile)));

    const RunResult check = wijkregie({u"check"_s, server.url()});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);

    // A second publish to the same database is refused, with the reason and nothing changed.
    const RunResult again = wijkregie({u"publish"_s, file, u"--to"_s, server.url()});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"niet leeg"_s));
}

TEST_CASE("wijkregie publish refuses a password on the command line and a missing --to", "[pg][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"empty.wijkregie"_s);
    REQUIRE(wijkregie({u"new"_s, file}).exitCode == 0);
    TestServerDatabase server;
    QUrl withPassword(server.url());
    withPassword.setPassword(u"geheim"_s);
    const RunResult r = wijkregie({u"publish"_s, file, u"--to"_s, withPassword.toString()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"pgpass"_s));
    CHECK_FALSE(r.err.contains(u"geheim"_s));
    CHECK(wijkregie({u"publish"_s, file}).exitCode == 2);
    CHECK(wijkregie({u"publish"_s, file, u"--to"_s, dir.filePath(u"other.wijkregie"_s)}).exitCode == 2);
}
