// SafeOutput on real files: refusals, atomic replacement, permissions, a full disk, pipes and devices.
#include "core/Error.h"
#include "core/io/SafeOutput.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

void writeText(const QString& path, const SafeOutput::Options& options, const QByteArray& text)
{
    SafeOutput::save(path, options, [&](QIODevice& device) { device.write(text); });
}

/// Expects the write to be refused with a message containing `words`, and the folder unchanged.
void requireRefused(const QString& path, const SafeOutput::Options& options, const QString& words)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList before = entries(folder);
    try {
        writeText(path, options, "a;b\r\n");
        FAIL("not refused: " + path.toStdString());
    } catch (const Error& e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(words));
    }
    CHECK(entries(folder) == before);
}

} // namespace

TEST_CASE("safeOutput_replacesTheTargetOnlyWhenComplete", "[safeoutput]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"lijst.csv"_s);
    writeFile(out, "oud\r\n");
    SafeOutput::Options options;
    {
        SafeOutput output(out, options);
        output.open();
        output.write("nieuw\r\n");
        CHECK(readAll(out) == "oud\r\n"); // nothing replaced before commit
        CHECK(entries(dir.path()).size() == 2);
        // Destroyed without commit: the temporary file goes, the old file stays.
    }
    CHECK(readAll(out) == "oud\r\n");
    CHECK(entries(dir.path()) == QStringList {u"lijst.csv"_s});

    writeText(out, options, QByteArray(3 * 1024 * 1024, 'x'));
    CHECK(readAll(out).size() == 3 * 1024 * 1024);
    CHECK(entries(dir.path()) == QStringList {u"lijst.csv"_s});
}

TEST_CASE("safeOutput_personalDataIsOwnerOnlyFromTheFirstByte", "[safeoutput]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"namen.csv"_s);
    SafeOutput::Options options;
    options.content = OutputContent::PersonalData;
    SafeOutput output(out, options);
    output.open();
    const QFileDevice::Permissions temporary = QFileInfo(output.temporaryPath()).permissions();
    CHECK((temporary
           & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
          == 0);
    output.write("Jan;Jansen\r\n");
    output.commit();
    CHECK(QFileInfo(out).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("safeOutput_refusesTheDatabaseItsJournalAndOtherDatabases", "[safeoutput][file]")
{
    TempDatabase t;
    const QString db = t.path();
    t.db->checkpoint();
    const QByteArray before = fileHash(db);
    SafeOutput::Options options;
    options.protectedFiles = {db};

    requireRefused(db, options, u"being read"_s);
    requireRefused(db + u"-wal"_s, options, u"journal"_s);
    requireRefused(db + u"-shm"_s, options, u"journal"_s);
    requireRefused(db + u"-journal"_s, options, u"journal"_s);

    // Reached through a symbolic link, a hard link, and "..".
    REQUIRE(QFile::link(db, t.path(u"link.csv"_s)));
    requireRefused(t.path(u"link.csv"_s), options, u"being read"_s);
    REQUIRE(QProcess::execute(u"ln"_s, {db, t.path(u"hard.csv"_s)}) == 0);
    requireRefused(t.path(u"hard.csv"_s), options, u"being read"_s);
    QDir(t.dir.path()).mkdir(u"sub"_s);
    requireRefused(t.path(u"sub/../test.wijkregie"_s), options, u"being read"_s);

    // Any other database, without being told about it.
    t.db->backupTo(t.path(u"kopie.wijkregie"_s));
    requireRefused(t.path(u"kopie.wijkregie"_s), {}, u"is a database"_s);
    requireRefused(db, {}, u"is a database"_s);
    requireRefused(db + u"-wal"_s, {}, u"journal"_s);
    t.db.reset();
    CHECK(fileHash(db) == before);
}

TEST_CASE("safeOutput_refusesFoldersMissingFoldersDanglingLinksAndBlockDevices", "[safeoutput]")
{
    QTemporaryDir dir;
    // The refused folder lies inside our own temporary folder: requireRefused compares the parent's entries, and /tmp
    // itself changes while other tests run in parallel.
    REQUIRE(QDir(dir.path()).mkdir(u"map"_s));
    requireRefused(dir.filePath(u"map"_s), {}, u"folder"_s);
    requireRefused(dir.filePath(u"nergens/lijst.csv"_s), {}, u"does not exist"_s);
    REQUIRE(QFile::link(dir.filePath(u"weg.csv"_s), dir.filePath(u"dangling.csv"_s)));
    requireRefused(dir.filePath(u"dangling.csv"_s), {}, u"link"_s);
    CHECK(!QFileInfo::exists(dir.filePath(u"weg.csv"_s)));
    if (QFileInfo::exists(u"/dev/loop0"_s)) {
        CHECK_THROWS_AS(SafeOutput::checkTarget(u"/dev/loop0"_s, {}), Error);
    }
}

TEST_CASE("safeOutput_followsALinkToAnExistingFileAndReplacesThatFile", "[safeoutput]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"echt.csv"_s);
    writeFile(real, "oud");
    REQUIRE(QFile::link(real, dir.filePath(u"naam.csv"_s)));
    writeText(dir.filePath(u"naam.csv"_s), {}, "nieuw");
    CHECK(QFileInfo(dir.filePath(u"naam.csv"_s)).isSymLink());
    CHECK(readAll(real) == "nieuw");
}

TEST_CASE("safeOutput_writesACharacterDeviceOrPipeDirectlyOrRefusesIt", "[safeoutput]")
{
    const QFileInfo before(u"/dev/null"_s);
    writeText(u"/dev/null"_s, {}, "x");
    CHECK(QFileInfo(u"/dev/null"_s).isFile() == before.isFile());
    CHECK(!QFileInfo(u"/dev/null"_s).isFile());

    SafeOutput::Options fileOnly;
    fileOnly.allowNonRegular = false;
    CHECK_THROWS_AS(SafeOutput::checkTarget(u"/dev/null"_s, fileOnly), Error);

    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pijp"_s);
    REQUIRE(QProcess::execute(u"mkfifo"_s, {fifo}) == 0);
    QProcess reader;
    reader.start(u"cat"_s, {fifo});
    REQUIRE(reader.waitForStarted());
    writeText(fifo, {}, "door de pijp\n");
    REQUIRE(reader.waitForFinished());
    CHECK(reader.readAllStandardOutput() == "door de pijp\n");
    CHECK(entries(dir.path()) == QStringList {u"pijp"_s});
}

TEST_CASE("safeOutput_aFullDeviceIsReportedAsAFullDisk", "[safeoutput]")
{
    try {
        writeText(u"/dev/full"_s, {}, "x");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"the disk is full"_s));
    }
}

TEST_CASE("safeOutput_writeByPathGivesAnEmptyOwnerOnlyFileAndCommitsIt", "[safeoutput]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"boek.xlsx"_s);
    QString seen;
    SafeOutput::saveByPath(out, {}, [&](const QString& temporary) {
        seen = temporary;
        CHECK(QFileInfo(temporary).size() == 0);
        CHECK((QFileInfo(temporary).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
        writeFile(temporary, "PK");
    });
    CHECK(readAll(out) == "PK");
    CHECK(!QFileInfo::exists(seen));

    // A failing writer leaves nothing behind and the old file in place.
    CHECK_THROWS_AS(SafeOutput::saveByPath(out, {}, [](const QString&) { throw Error(u"kapot"_s); }), Error);
    CHECK(readAll(out) == "PK");
    CHECK(entries(dir.path()) == QStringList {u"boek.xlsx"_s});
}

TEST_CASE("safeOutput_leavesSomeoneElsesPartFileAlone", "[safeoutput]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"notes"_s);
    writeFile(out + u".part"_s, "van iemand anders");
    writeText(out, {}, "klaar");
    CHECK(readAll(out + u".part"_s) == "van iemand anders");
    CHECK(readAll(out) == "klaar");
}
