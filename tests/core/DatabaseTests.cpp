#include "core/Error.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TempDatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString pragma(Database& db, const QString& name)
{
    return Sql::scalar(db.connection(), u"PRAGMA "_s + name).toString();
}

/// Runs SQL on a file through a plain connection, bypassing Wijkregie's checks.
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& s : statements) {
            QSqlQuery q(db);
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

Ward sampleWard(const QString& code = u"WK099901"_s)
{
    Ward w;
    w.code = code;
    w.name = u"Centrum"_s;
    w.type = WardType::Centre;
    return w;
}

void requireRefused(const QString& path, const QString& expectedFragment)
{
    const QByteArray before = fileHash(path);
    try {
        Database::open(path);
        FAIL("the file was opened");
    } catch (const Error& e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(expectedFragment));
    }
    CHECK(fileHash(path) == before);
}

} // namespace

TEST_CASE("create_setsPragmasSchemaAndOwnerOnlyPermissions", "[database][file]")
{
    TempDatabase t;
    Database& db = *t.db;
    CHECK(db.schemaVersion() == Database::LatestSchemaVersion);
    CHECK(pragma(db, u"application_id"_s).toLongLong() == static_cast<qint32>(Database::ApplicationId));
    CHECK(pragma(db, u"foreign_keys"_s) == u"1"_s);
    CHECK(pragma(db, u"journal_mode"_s) == u"wal"_s);
    CHECK(pragma(db, u"synchronous"_s) == u"2"_s); // FULL
    CHECK(pragma(db, u"busy_timeout"_s).toInt() >= 1000);
    CHECK(db.municipality() == u"Testgemeente"_s);
    const auto permissions = QFileInfo(t.path()).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));
}

TEST_CASE("create_refusesExistingFileAndMissingFolder", "[database][file]")
{
    TempDatabase t;
    const QByteArray before = fileHash(t.path());
    CHECK_THROWS_AS(Database::create(t.path(), u"X"_s), Error);
    CHECK(fileHash(t.path()) == before);
    try {
        Database::create(t.dir.filePath(u"missing/folder/x.wijkregie"_s), u"X"_s);
        FAIL("created in a missing folder");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"does not exist"_s));
    }
    CHECK_FALSE(QFileInfo::exists(t.dir.filePath(u"missing"_s)));
}

TEST_CASE("open_reopensWhatWasWritten", "[database][file]")
{
    TempDatabase t;
    WardRepository(*t.db).insert(sampleWard());
    t.db.reset();
    auto db = Database::open(t.path());
    CHECK(WardRepository(*db).findByCode(u"WK099901"_s).has_value());
    CHECK(pragma(*db, u"foreign_keys"_s) == u"1"_s);
}

TEST_CASE("open_refusesBadFilesAndLeavesThemUntouched", "[database][file]")
{
    TempDatabase t;
    SECTION("a missing file")
    {
        CHECK_THROWS_AS(Database::open(t.path(u"nope.wijkregie"_s)), Error);
        CHECK_FALSE(QFileInfo::exists(t.path(u"nope.wijkregie"_s)));
    }
    SECTION("a missing folder")
    {
        try {
            Database::open(t.dir.filePath(u"nofolder/x.wijkregie"_s));
            FAIL("opened");
        } catch (const Error& e) {
            CHECK(e.message().contains(u"folder"_s));
        }
    }
    SECTION("an empty file")
    {
        writeFile(t.path(u"empty.wijkregie"_s), {});
        requireRefused(t.path(u"empty.wijkregie"_s), u"empty"_s);
    }
    SECTION("random bytes")
    {
        QByteArray bytes;
        for (int i = 0; i < 5000; ++i) {
            bytes.append(static_cast<char>((i * 7919) % 251));
        }
        writeFile(t.path(u"random.wijkregie"_s), bytes);
        requireRefused(t.path(u"random.wijkregie"_s), u"not a Wijkregie file"_s);
    }
    SECTION("a text file that starts like a database")
    {
        writeFile(t.path(u"fake.wijkregie"_s), QByteArray("SQLite format 3") + QByteArray(200, 'x'));
        requireRefused(t.path(u"fake.wijkregie"_s), u"not a Wijkregie file"_s);
    }
    SECTION("a SQLite database of another application")
    {
        rawSql(t.path(u"other.db"_s), {u"CREATE TABLE notes(x)"_s, u"INSERT INTO notes VALUES(1)"_s});
        requireRefused(t.path(u"other.db"_s), u"not a Wijkregie file"_s);
    }
    SECTION("a truncated database")
    {
        for (int i = 0; i < 300; ++i) {
            Ward w = sampleWard(u"WK%1"_s.arg(100000 + i));
            w.notes = QString(500, u'n');
            WardRepository(*t.db).insert(w);
        }
        t.db.reset(); // checkpoints the journal into the file
        QFile file(t.path());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        file.close();
        REQUIRE(all.size() > 40000);
        writeFile(t.path(u"half.wijkregie"_s), all.left(all.size() / 2));
        requireRefused(t.path(u"half.wijkregie"_s), u"truncated"_s);
    }
    SECTION("a database of a newer version")
    {
        t.db.reset();
        rawSql(t.path(), {u"PRAGMA user_version = 999"_s});
        requireRefused(t.path(), u"newer version"_s);
    }
    SECTION("a read-only file")
    {
        t.db.reset();
        QFile::setPermissions(t.path(), QFileDevice::ReadOwner);
        requireRefused(t.path(), u"read-only"_s);
        QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

TEST_CASE("open_readOnlyAccessWorksOnAReadOnlyFile", "[database][file]")
{
    TempDatabase t;
    WardRepository(*t.db).insert(sampleWard());
    t.db.reset();
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner);
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(t.path(), options);
    CHECK(db->isReadOnly());
    CHECK(db->check().ok);
    db.reset();
    QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("open_migratesAnOlderFileAfterABackupCopy", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.wijkregie"_s);
    rawSql(path,
           {u"PRAGMA application_id = %1"_s.arg(static_cast<qint32>(Database::ApplicationId)),
            u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"INSERT INTO meta VALUES('municipality', 'Oudgemeente')"_s, u"PRAGMA user_version = 0"_s});
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == Database::LatestSchemaVersion);
    CHECK(db->municipality() == u"Oudgemeente"_s);
    const QStringList backups = QDir(dir.filePath(u"backups"_s)).entryList({u"old-schema0-*.wijkregie"_s});
    REQUIRE(backups.size() == 1);
    db.reset();
    // The backup still has the old schema, and the migrated file is complete.
    rawSql(dir.filePath(u"backups/"_s + backups.first()), {u"SELECT * FROM meta"_s});
    auto reopened = Database::open(path);
    CHECK(reopened->check().ok);
}

TEST_CASE("networkShare_getsAWarningAndNoWriteAheadLog", "[database][file]")
{
    CHECK(Database::isNetworkFileSystem("cifs"));
    CHECK(Database::isNetworkFileSystem("nfs4"));
    CHECK(Database::isNetworkFileSystem("smb3"));
    CHECK_FALSE(Database::isNetworkFileSystem("ext4"));
    CHECK_FALSE(Database::isNetworkFileSystem("tmpfs"));

    TempDatabase t;
    t.db.reset();
    Database::Options options;
    options.assumeNetworkShare = true;
    auto db = Database::open(t.path(), options);
    CHECK(db->journalMode() == u"delete"_s);
    REQUIRE(db->warnings().size() == 1);
    CHECK(db->warnings().first().contains(u"network share"_s));
}

TEST_CASE("transaction_startsImmediatelySoAnotherWriterWaits", "[database][transaction][file]")
{
    TempDatabase t;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(t.path());
        other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        REQUIRE(other.open());
        {
            Transaction tx(*t.db);
            // Without a single write, BEGIN IMMEDIATE already holds the write lock.
            QSqlQuery q(other);
            CHECK_FALSE(q.exec(u"BEGIN IMMEDIATE"_s));
            tx.commit();
        }
        QSqlQuery q(other);
        CHECK(q.exec(u"BEGIN IMMEDIATE"_s));
        CHECK(q.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
}

TEST_CASE("transaction_rollsBackWhenNotCommitted", "[database][transaction]")
{
    TempDatabase t;
    WardRepository wards(*t.db);
    try {
        Transaction outer(*t.db);
        wards.insert(sampleWard(u"WK099901"_s));
        wards.insert(sampleWard(u"WK099902"_s));
        throw Error(u"stop halfway"_s);
    } catch (const Error&) {
    }
    CHECK(wards.all().isEmpty());
    CHECK(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM audit_log"_s).toInt() == 0);
}

TEST_CASE("backupTo_writesACheckedCopyAndRefusesToOverwrite", "[database][backup][file]")
{
    TempDatabase t;
    WardRepository(*t.db).insert(sampleWard());
    const QString out = t.path(u"copy.wijkregie"_s);
    t.db->backupTo(out);
    CHECK_FALSE(QFileInfo::exists(out + u".part"_s));
    {
        auto copy = Database::open(out);
        CHECK(WardRepository(*copy).findByCode(u"WK099901"_s).has_value());
    }
    const QByteArray before = fileHash(out);
    CHECK_THROWS_AS(t.db->backupTo(out), Error);
    CHECK(fileHash(out) == before);
    CHECK_THROWS_AS(t.db->backupTo(t.dir.filePath(u"missing/copy.wijkregie"_s)), Error);
}

TEST_CASE("dailyBackup_onceADayKeepingTheLastFourteen", "[database][backup][file]")
{
    TempDatabase t;
    const QDate first(2026, 1, 1);
    const QString made = t.db->makeDailyBackup(first);
    CHECK(made.endsWith(u"backups/test-2026-01-01.wijkregie"_s));
    CHECK(t.db->makeDailyBackup(first).isEmpty());
    for (int day = 1; day < 20; ++day) {
        t.db->makeDailyBackup(first.addDays(day));
    }
    const QStringList kept
        = QDir(t.dir.filePath(u"backups"_s)).entryList({u"test-*.wijkregie"_s}, QDir::Files, QDir::Name);
    REQUIRE(kept.size() == Database::KeptDailyBackups);
    CHECK(kept.first() == u"test-2026-01-07.wijkregie"_s);
    CHECK(kept.last() == u"test-2026-01-20.wijkregie"_s);
    const auto permissions = QFileInfo(t.dir.filePath(u"backups/"_s + kept.last())).permissions();
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));
}

TEST_CASE("check_reportsBrokenReferences", "[database][file]")
{
    TempDatabase t;
    CHECK(t.db->check().ok);
    Sql::exec(t.db->connection(), u"PRAGMA foreign_keys = OFF"_s);
    Sql::exec(t.db->connection(), u"INSERT INTO initiatives(ward_id, title) VALUES(4242, 'Wees')"_s);
    Sql::exec(t.db->connection(), u"PRAGMA foreign_keys = ON"_s);
    const CheckResult result = t.db->check();
    CHECK_FALSE(result.ok);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.first().contains(u"initiatives"_s));
}
