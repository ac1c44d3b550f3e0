// The file under the connection: journals left to SQLite, owner-only backups, rotation, damaged files, dry runs,
// synced folders and checkpoints, on real files.
#include "core/Error.h"
#include "core/platform/Platform.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/WardRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestFiles.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

namespace {

std::unique_ptr<Database> openReadOnly(const QString& path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    return Database::open(path, options);
}

QMap<QString, QByteArray> hashes(const QString& folder)
{
    QMap<QString, QByteArray> result;
    for (const QString& name : entries(folder)) {
        if (QFileInfo(folder + u'/' + name).isFile()) {
            result.insert(name, fileHash(folder + u'/' + name));
        }
    }
    return result;
}

} // namespace

TEST_CASE("readOnlyClose_leavesTheJournalOfAWriterThatOpenedMeanwhile", "[database][journal][file]")
{
    TempDatabase t;
    const QString path = t.path();
    t.db.reset(); // closed: SQLite removed -wal and -shm
    REQUIRE(!QFileInfo::exists(path + u"-wal"_s));

    SECTION("reached by its own name") { }
    SECTION("reached through a symbolic link")
    {
        REQUIRE(QFile::link(path, t.path(u"link.wijkregie"_s)));
    }
    const QString readerPath = QFileInfo::exists(t.path(u"link.wijkregie"_s)) ? t.path(u"link.wijkregie"_s) : path;
    auto reader = openReadOnly(readerPath);
    CHECK(WardRepository(*reader).count({}) == 0);
    auto writerA = Database::open(path);
    WardRepository(*writerA).insert(ward(u"WK000001"_s));
    reader.reset();
    // The writer's journal is still there, and a second writer sees the first one's rows and waits for its lock.
    CHECK(QFileInfo::exists(path + u"-wal"_s));
    CHECK(QFileInfo::exists(path + u"-shm"_s));
    auto writerB = Database::open(path);
    CHECK(WardRepository(*writerB).count({}) == 1);
    {
        Transaction tx(*writerA);
        QSqlQuery begin(writerB->connection());
        CHECK_FALSE(begin.exec(u"BEGIN IMMEDIATE"_s)); // busy: A holds the write lock
    }
    WardRepository(*writerB).insert(ward(u"WK000002"_s));
    CHECK(WardRepository(*writerA).count({}) == 2);
    writerA.reset();
    writerB.reset();
    CHECK(!QFileInfo::exists(path + u"-wal"_s)); // SQLite removed them itself with the last connection
}

TEST_CASE("readOnlyOpen_leavesEveryFileByteIdentical", "[database][journal][file]")
{
    TempDatabase t;
    WardRepository(*t.db).insert(ward(u"WK000001"_s));
    t.db.reset();
    const auto before = hashes(t.dir.path());
    {
        auto db = openReadOnly(t.path());
        CHECK(WardRepository(*db).count({}) == 1);
        CHECK_THROWS_AS(WardRepository(*db).insert(ward(u"WK000002"_s)), Error);
        CHECK(db->check().ok);
    }
    CHECK(hashes(t.dir.path()) == before);
}

TEST_CASE("dryRun_onAnOlderFileChangesNoByteAndMakesNoBackup", "[database][dryrun][file]")
{
    TempDatabase t;
    t.db.reset();
    {
        // Pretend the file is one schema older: the migrations are safe to run twice.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        raw.setDatabaseName(t.path());
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(u"PRAGMA user_version = %1"_s.arg(Database::LatestSchemaVersion - 1));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"older"_s);
    const auto before = hashes(t.dir.path());
    const QStringList names = entries(t.dir.path());
    {
        Database::Options options;
        options.dryRun = true;
        auto db = Database::open(t.path(), options);
        CHECK(db->schemaVersion() == Database::LatestSchemaVersion);
        Transaction tx(*db);
        WardRepository(*db).insert(ward(u"WK000001"_s));
        // rolled back
    }
    CHECK(entries(t.dir.path()) == names);
    CHECK(hashes(t.dir.path()) == before);
}

TEST_CASE("openForWriting_refusesADamagedFileNamingTheNewestBackup", "[database][damaged][file]")
{
    TempDatabase t;
    for (int i = 0; i < 400; ++i) {
        WardRepository(*t.db).insert(ward(u"WK%1"_s.arg(i, 6, 10, QLatin1Char('0'))));
    }
    const QString newest = t.db->makeDailyBackup(QDate(2026, 3, 1));
    REQUIRE(!newest.isEmpty());
    t.db.reset();
    QFile file(t.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    file.seek(size / 2 / 4096 * 4096);
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    const QByteArray damaged = fileHash(t.path());
    try {
        Database::open(t.path());
        FAIL("a damaged file was opened for writing");
    } catch (const Error& e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(u"damaged"_s));
        CHECK(e.message().contains(QDir::toNativeSeparators(newest)));
    }
    CHECK(fileHash(t.path()) == damaged);
}

TEST_CASE("backups_areOwnerOnlyInAnOwnerOnlyFolder", "[database][backup][file]")
{
    TempDatabase t;
    const QString made = t.db->makeDailyBackup(QDate(2026, 3, 1));
    const QString folder = t.path(u"backups"_s);
    CHECK(QFileInfo(folder).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser | QFileDevice::ExeUser));
    CHECK(!Platform::accessibleByOthers(made));
    CHECK(!Platform::accessibleByOthers(t.path()));
}

TEST_CASE("backups_refuseAFolderThatIsALinkOrAnotherAccounts", "[database][backup][file]")
{
    TempDatabase t;
    QTemporaryDir elsewhere;
    REQUIRE(QFile::link(elsewhere.path(), t.path(u"backups"_s)));
    CHECK_THROWS_AS(t.db->makeDailyBackup(QDate(2026, 3, 1)), Error);
    CHECK(entries(elsewhere.path()).isEmpty());
    QFile::remove(t.path(u"backups"_s));
    if (Platform::isAdministrator()) {
        // Only an administrator can give a folder to another account; elsewhere the link case stands for both.
        QDir(t.dir.path()).mkdir(u"backups"_s);
        REQUIRE(QProcess::execute(u"chown"_s, {u"65534"_s, t.path(u"backups"_s)}) == 0);
        CHECK_THROWS_AS(t.db->makeDailyBackup(QDate(2026, 3, 1)), Error);
        CHECK(entries(t.path(u"backups"_s)).isEmpty());
    }
}

TEST_CASE("rotation_keepsTodayWhateverDatesLieInTheFuture", "[database][backup][file]")
{
    TempDatabase t;
    const QString folder = t.path(u"backups"_s);
    QDir().mkpath(folder);
    for (int i = 0; i < 20; ++i) {
        writeFile(SqliteFile::dailyBackupPath(t.path(), QDate(2099, 1, 1).addDays(i)), "toekomst");
    }
    for (int i = 1; i <= 20; ++i) {
        writeFile(SqliteFile::dailyBackupPath(t.path(), QDate(2026, 3, 1).addDays(-i)), "oud");
    }
    const QDate today(2026, 3, 1);
    const QString made = t.db->makeDailyBackup(today);
    CHECK(QFileInfo::exists(made));
    QStringList past;
    for (const QString& name : entries(folder)) {
        if (name.contains(u"-2026-"_s)) {
            past << name;
        }
    }
    CHECK(past.size() == Database::KeptDailyBackups);
    CHECK(past.last() == QFileInfo(made).fileName());
    CHECK(entries(folder).size() == Database::KeptDailyBackups + 20);
}

TEST_CASE("syncedFoldersAndMoreNetworkFileSystemsLoseTheirWal", "[database][location]")
{
    for (const char* type : {"cifs", "smb3", "nfs4", "9p", "virtiofs", "vboxsf", "drvfs", "fuse.gvfsd-fuse",
                             "fuse.smbnetfs", "fuse.sshfs"}) {
        INFO(type);
        CHECK(SqliteFile::isNetworkFileSystem(type));
    }
    for (const char* type : {"ext4", "btrfs", "xfs", "tmpfs", "overlay", "ntfs", "apfs"}) {
        INFO(type);
        CHECK_FALSE(SqliteFile::isNetworkFileSystem(type));
    }
    QTemporaryDir dir;
    for (const QString& folder : {u"OneDrive - Gemeente Utrecht"_s, u"Dropbox"_s, u"Nextcloud"_s, u"Google Drive"_s}) {
        INFO(folder.toStdString());
        QDir(dir.path()).mkpath(folder + u"/wijk"_s);
        const QString path = dir.filePath(folder + u"/wijk/gemeente.wijkregie"_s);
        auto db = Database::create(path, u"Utrecht"_s);
        CHECK(db->warnings().size() == 1);
        CHECK(db->journalMode() == u"delete"_s);
        db.reset();
        auto reopened = Database::open(path);
        CHECK(reopened->warnings().size() == 1);
        CHECK(reopened->journalMode() == u"delete"_s);
    }
    CHECK_FALSE(SqliteFile::isInSyncedFolder(dir.filePath(u"Documenten/gemeente.wijkregie"_s)));
}

TEST_CASE("checkpointAfterCommit_leavesTheMainFileCompleteBetweenEdits", "[database][checkpoint][file]")
{
    TempDatabase t;
    t.db->setCheckpointAfterCommit(true);
    WardRepository(*t.db).insert(ward(u"WK000001"_s));
    // What a sync client copies: the main file alone, while the window keeps it open.
    const QString copy = t.path(u"kopie.wijkregie"_s);
    REQUIRE(QFile::copy(t.path(), copy));
    auto opened = openReadOnly(copy);
    CHECK(WardRepository(*opened).count({}) == 1);
}

TEST_CASE("platform_accountNameComesFromTheSystemNotTheEnvironment", "[platform]")
{
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "mallory");
    const QString name = Platform::accountName();
    qputenv("USER", saved);
    CHECK(name != u"mallory"_s);
    CHECK(!name.isEmpty());
    QProcess whoami;
    whoami.start(u"id"_s, {u"-un"_s});
    REQUIRE(whoami.waitForFinished());
    CHECK(name == QString::fromLocal8Bit(whoami.readAllStandardOutput()).trimmed());
}
