// Bad input: every refusal exits 1 with a message on stderr, and leaves every file byte-identical.
#include "tests/cli/CliRunner.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// Runs the command, expects exit status 1 and a message, and that the folder and `file` did not change.
void requireRefused(const QStringList& arguments, const QString& folder, const QString& file)
{
    const QByteArray before = QFileInfo::exists(file) ? fileHash(file) : QByteArray();
    const QStringList entries = folderEntries(folder);
    const RunResult result = wijkregie(arguments);
    INFO(arguments.join(u' ').toStdString());
    INFO(result.out.toStdString() + result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(!result.err.trimmed().isEmpty());
    CHECK(folderEntries(folder) == entries);
    if (!before.isEmpty()) {
        CHECK(fileHash(file) == before);
    }
}

} // namespace

TEST_CASE("check refuses files that are not a readable Wijkregie database, untouched", "[cli][refuse]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"echt.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, real}).exitCode == 0);

    SECTION("random bytes")
    {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char& c : bytes) {
            c = static_cast<char>(gen.bounded(256));
        }
        const QString file = dir.filePath(u"ruis.wijkregie"_s);
        writeFile(file, bytes);
        requireRefused({u"check"_s, file}, dir.path(), file);
    }
    SECTION("an empty file")
    {
        const QString file = dir.filePath(u"leeg.wijkregie"_s);
        writeFile(file, {});
        requireRefused({u"check"_s, file}, dir.path(), file);
    }
    SECTION("a truncated database (the first half of a real one)")
    {
        const QByteArray bytes = readAll(real);
        const QString file = dir.filePath(u"half.wijkregie"_s);
        writeFile(file, bytes.left(bytes.size() / 2));
        requireRefused({u"check"_s, file}, dir.path(), file);
    }
    SECTION("a database of a newer schema version")
    {
        sqlite3(real, u"PRAGMA user_version = 999"_s);
        requireRefused({u"check"_s, real}, dir.path(), real);
        requireRefused({u"backup"_s, real, dir.filePath(u"kopie.wijkregie"_s)}, dir.path(), real);
    }
    SECTION("an SQLite database that is not a Wijkregie file")
    {
        const QString file = dir.filePath(u"vreemd.sqlite"_s);
        sqlite3(file, u"CREATE TABLE t(x); INSERT INTO t VALUES (1);"_s);
        requireRefused({u"check"_s, file}, dir.path(), file);
    }
    SECTION("a file that does not exist, or in a folder that does not exist")
    {
        requireRefused({u"check"_s, dir.filePath(u"nergens.wijkregie"_s)}, dir.path(), {});
        requireRefused({u"check"_s, dir.filePath(u"geen/map/x.wijkregie"_s)}, dir.path(), {});
    }
    SECTION("a folder instead of a file")
    {
        requireRefused({u"check"_s, dir.path()}, dir.path(), {});
    }
}

TEST_CASE("new and demo refuse to overwrite, and refuse a missing folder", "[cli][refuse]")
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(u"bestaand.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, existing}).exitCode == 0);
    requireRefused({u"new"_s, existing}, dir.path(), existing);
    requireRefused({u"demo"_s, existing}, dir.path(), existing);
    requireRefused({u"demo"_s, existing, u"--size"_s, u"large"_s}, dir.path(), existing);

    const QString other = dir.filePath(u"tekst.txt"_s);
    writeFile(other, "geen database\n");
    requireRefused({u"new"_s, other}, dir.path(), other);
    requireRefused({u"demo"_s, other}, dir.path(), other);

    requireRefused({u"new"_s, dir.filePath(u"geen/map/x.wijkregie"_s)}, dir.path(), {});
    requireRefused({u"demo"_s, dir.filePath(u"geen/map/x.wijkregie"_s)}, dir.path(), {});
}

TEST_CASE("backup refuses an existing target, a missing folder and a bad source", "[cli][refuse]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"x.wijkregie"_s);
    const QString target = dir.filePath(u"doel.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, file}).exitCode == 0);
    writeFile(target, "al een bestand\n");
    requireRefused({u"backup"_s, file, target}, dir.path(), target);
    CHECK(readAll(target) == "al een bestand\n");
    requireRefused({u"backup"_s, file, dir.filePath(u"geen/map/kopie.wijkregie"_s)}, dir.path(), file);
    requireRefused({u"backup"_s, dir.filePath(u"nergens.wijkregie"_s), dir.filePath(u"kopie.wijkregie"_s)}, dir.path(),
                   {});
    requireRefused({u"backup"_s, target, dir.filePath(u"kopie.wijkregie"_s)}, dir.path(), target);
}

TEST_CASE("backup and new refuse a read-only folder", "[cli][refuse]")
{
    if (geteuid() == 0) {
        WARN("Skipped: root may write into a read-only folder.");
        return;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"x.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, file}).exitCode == 0);
    QTemporaryDir locked;
    REQUIRE(QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner));
    requireRefused({u"backup"_s, file, locked.filePath(u"kopie.wijkregie"_s)}, locked.path(), file);
    requireRefused({u"new"_s, locked.filePath(u"nieuw.wijkregie"_s)}, locked.path(), {});
    requireRefused({u"demo"_s, locked.filePath(u"demo.wijkregie"_s)}, locked.path(), {});
    QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("an interrupted demo leaves no file behind", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"groot.wijkregie"_s);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WIJKREGIE_EXECUTABLE), {u"demo"_s, out, u"--size"_s, u"huge"_s});
    REQUIRE(process.waitForStarted());
    // Wait until the generation is under way (its temporary file exists), then press Ctrl-C.
    for (int i = 0; i < 200 && folderEntries(dir.path()).isEmpty(); ++i) {
        QThread::msleep(20);
    }
    QThread::msleep(300);
    REQUIRE(process.state() == QProcess::Running);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromLocal8Bit(process.readAllStandardError()).toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 1);
    CHECK(folderEntries(dir.path()).isEmpty());
}

TEST_CASE("check reports a database damaged in the middle with exit 1, untouched", "[cli][refuse]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"beschadigd.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, file}).exitCode == 0);
    QByteArray bytes = readAll(file);
    REQUIRE(bytes.size() > 64 * 1024);
    // Overwrite pages in the middle of the file (persons and their indexes) with garbage; the header stays intact.
    const qsizetype middle = bytes.size() / 2;
    for (qsizetype i = middle; i < middle + 12 * 1024; ++i) {
        bytes[i] = static_cast<char>(0xff);
    }
    writeFile(file, bytes);
    requireRefused({u"check"_s, file}, dir.path(), file);
}
