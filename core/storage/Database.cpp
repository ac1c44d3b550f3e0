#include "Database.h"

#include "Dialect.h"
#include "Error.h"
#include "Migrations.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QtEndian>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return u"wijkregie-%1"_s.arg(++counter);
}

quint32 readBigEndian32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Database::Database(QString path, Access access)
    : m_path(std::move(path))
    , m_connectionName(newConnectionName())
    , m_access(access)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    const QString wal = m_path + u"-wal"_s;
    if (m_removeJournalFiles && QFileInfo(wal).size() == 0) {
        QFile::remove(wal);
        QFile::remove(m_path + u"-shm"_s);
    }
}

bool Database::isNetworkFileSystem(const QByteArray& type)
{
    static const QList<QByteArray> network {"cifs",  "smb",         "smbfs",  "smb2",      "smb3",       "nfs",
                                            "nfs4",  "afs",         "ncpfs",  "9p",        "fuse.sshfs", "sshfs",
                                            "davfs", "fuse.davfs2", "webdav", "glusterfs", "ceph",       "fuse.rclone"};
    const QByteArray t = type.toLower();
    return network.contains(t) || t.startsWith("nfs") || t.startsWith("smb");
}

int Database::verifyFile(const QString& path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!info.dir().exists()) {
            throw Error(tr("The folder %1 does not exist.").arg(nativePath(info.absolutePath())));
        }
        throw Error(tr("The file %1 does not exist.").arg(nativePath(path)));
    }
    if (!info.isFile()) {
        throw Error(tr("%1 is not a file.").arg(nativePath(path)));
    }
    if (info.size() == 0) {
        throw Error(tr("The file %1 is empty; it is not a Wijkregie file.").arg(nativePath(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("The file %1 cannot be read: %2").arg(nativePath(path), file.errorString()));
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        throw Error(tr("The file %1 is not a Wijkregie file (it is not a database at all).").arg(nativePath(path)));
    }
    const quint32 applicationId = readBigEndian32(header, 68);
    const auto userVersion = static_cast<int>(readBigEndian32(header, 60));
    if (applicationId != ApplicationId) {
        throw Error(tr("The file %1 is a database, but not a Wijkregie file.").arg(nativePath(path)));
    }
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const quint32 changeCounter = readBigEndian32(header, 24);
    const quint32 pageCount = readBigEndian32(header, 28);
    const quint32 validFor = readBigEndian32(header, 92);
    if (changeCounter == validFor && pageCount > 0 && static_cast<qint64>(pageCount) * pageSize > info.size()) {
        throw Error(tr("The file %1 is damaged: it is shorter than its own header says (truncated). "
                       "Restore it from a backup.")
                        .arg(nativePath(path)));
    }
    if (userVersion > LatestSchemaVersion) {
        throw Error(tr("The file %1 was made by a newer version of Wijkregie (schema version %2; this version "
                       "reads up to %3). Update Wijkregie to open it.")
                        .arg(nativePath(path))
                        .arg(userVersion)
                        .arg(LatestSchemaVersion));
    }
    if (access == Access::ReadWrite) {
        // The permission bits count even for an administrator, who could write regardless.
        constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (!info.isWritable() || !(info.permissions() & anyWrite)) {
            throw Error(tr("The file %1 is read-only. Wijkregie needs to write to it; copy it to a folder where "
                           "you may write, or change its permissions.")
                            .arg(nativePath(path)));
        }
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            throw Error(tr("The folder %1 is read-only. Wijkregie needs to write its journal beside the file; "
                           "copy the file to a folder where you may write.")
                            .arg(nativePath(info.absolutePath())));
        }
    }
    return userVersion;
}

std::unique_ptr<Database> Database::create(const QString& path, const QString& municipality)
{
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        throw Error(tr("The folder %1 does not exist.").arg(nativePath(info.absolutePath())));
    }
    if (info.exists()) {
        throw Error(tr("The file %1 already exists; Wijkregie does not overwrite it.").arg(nativePath(path)));
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)) {
            throw Error(tr("The file %1 cannot be created: %2").arg(nativePath(path), file.errorString()));
        }
    }
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), Access::ReadWrite));
    try {
        const bool network = isNetworkFileSystem(QStorageInfo(info.absolutePath()).fileSystemType());
        db->openConnection(network);
        Sql::exec(db->connection(), Dialect::setApplicationId(ApplicationId));
        db->migrate();
        db->setMunicipality(municipality.trimmed());
    } catch (...) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        throw;
    }
    return db;
}

std::unique_ptr<Database> Database::open(const QString& path, const Options& options)
{
    const int version = verifyFile(path, options.access);
    const QFileInfo info(path);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), options.access));
    const bool network
        = options.assumeNetworkShare.value_or(isNetworkFileSystem(QStorageInfo(info.absolutePath()).fileSystemType()));
    db->openConnection(network);
    if (network) {
        db->m_warnings << tr("This file lies on a network share. Wijkregie works without its write-ahead journal "
                             "there, and only one person at a time should open it.");
    }
    if (version < LatestSchemaVersion && options.access == Access::ReadWrite) {
        const QString backup = info.absolutePath() + u"/backups/"_s + info.completeBaseName() + u"-schema"_s
            + QString::number(version) + u'-' + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)
            + u".wijkregie"_s;
        QDir().mkpath(info.absolutePath() + u"/backups"_s);
        db->backupTo(backup);
        db->migrate();
    } else if (version < LatestSchemaVersion) {
        throw Error(tr("The file %1 has an older schema and must be opened for writing once to be updated.")
                        .arg(nativePath(path)));
    }
    return db;
}

void Database::openConnection(bool networkShare)
{
    if (m_access == Access::ReadOnly) {
        m_removeJournalFiles = !QFileInfo::exists(m_path + u"-wal"_s) && !QFileInfo::exists(m_path + u"-shm"_s);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (m_access == Access::ReadOnly) {
        options += u";QSQLITE_OPEN_READONLY"_s;
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        throw Error(tr("The file %1 cannot be opened.").arg(nativePath(m_path)), db.lastError().text());
    }
    try {
        // The first statement reads the file: a damaged file fails here.
        Sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
        const bool wal = !networkShare && m_access == Access::ReadWrite;
        for (const QString& pragma : Dialect::connectionPragmas(wal)) {
            if (m_access == Access::ReadOnly && pragma.contains(u"journal_mode"_s)) {
                continue;
            }
            Sql::exec(db, pragma);
        }
    } catch (const Error& e) {
        throw Error(tr("The file %1 is damaged or not a Wijkregie file.").arg(nativePath(m_path)), e.detail());
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::migrate()
{
    Transaction tx(*this);
    const int from = schemaVersion();
    Migrations::apply(connection(), from);
    Sql::exec(connection(), Dialect::setUserVersion(LatestSchemaVersion));
    tx.commit();
}

int Database::schemaVersion() const
{
    return Sql::scalar(connection(), u"PRAGMA user_version"_s).toInt();
}

QString Database::journalMode() const
{
    return Sql::scalar(connection(), u"PRAGMA journal_mode"_s).toString();
}

void Database::checkpoint()
{
    Sql::scalar(connection(), u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

QString Database::municipality() const
{
    return Sql::scalar(connection(), u"SELECT value FROM meta WHERE key = 'municipality'"_s).toString();
}

void Database::setMunicipality(const QString& name)
{
    Transaction tx(*this);
    Sql::exec(
        connection(),
        u"INSERT INTO meta(key, value) VALUES('municipality', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
        {name});
    tx.commit();
}

void Database::backupTo(const QString& out)
{
    const QFileInfo target(out);
    if (!target.dir().exists()) {
        throw Error(tr("The folder %1 does not exist.").arg(nativePath(target.absolutePath())));
    }
    if (target.exists()) {
        throw Error(tr("The file %1 already exists; Wijkregie does not overwrite it.").arg(nativePath(out)));
    }
    const QString temp = target.absoluteFilePath() + u".part"_s;
    QFile::remove(temp);
    Sql::exec(connection(), Dialect::vacuumInto(temp));
    QFile::setPermissions(temp, OwnerOnly);
    try {
        Options options;
        options.access = Access::ReadOnly;
        // verifyFile refuses a copy that is not a complete Wijkregie database.
        verifyFile(temp, Access::ReadOnly);
        {
            Database copy(temp, Access::ReadOnly);
            copy.openConnection(false);
            const QString result = Sql::scalar(copy.connection(), u"PRAGMA quick_check"_s).toString();
            if (result != u"ok"_s) {
                throw Error(tr("The backup copy failed its check."), result);
            }
        }
    } catch (...) {
        QFile::remove(temp);
        throw;
    }
    if (!QFile::rename(temp, out)) {
        QFile::remove(temp);
        throw Error(tr("The backup %1 could not be written.").arg(nativePath(out)));
    }
}

QString Database::makeDailyBackup(const QDate& today)
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath() + u"/backups"_s;
    if (!QDir().mkpath(folder)) {
        throw Error(tr("The backup folder %1 cannot be created.").arg(nativePath(folder)));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString prefix = info.completeBaseName() + u'-';
    const QString name = prefix + today.toString(Qt::ISODate) + u".wijkregie"_s;
    const QString target = folder + u'/' + name;
    QString made;
    if (!QFileInfo::exists(target)) {
        backupTo(target);
        made = target;
    }
    // Keep the last KeptDailyBackups daily copies; names sort by date.
    QDir dir(folder);
    QStringList daily;
    const QStringList candidates = dir.entryList({prefix + u"*.wijkregie"_s}, QDir::Files, QDir::Name);
    for (const QString& file : candidates) {
        const QString datePart = file.mid(prefix.size(), 10);
        if (file.size() == prefix.size() + 10 + 10 && QDate::fromString(datePart, Qt::ISODate).isValid()) {
            daily << file;
        }
    }
    while (daily.size() > KeptDailyBackups) {
        dir.remove(daily.takeFirst());
    }
    return made;
}

QString Database::makeDailyBackupOf(const QString& path, const QDate& today)
{
    Options options;
    options.access = Access::ReadOnly;
    return open(path, options)->makeDailyBackup(today);
}

CheckResult Database::check()
{
    CheckResult result;
    const QSqlDatabase db = connection();
    QSqlQuery integrity = Sql::exec(db, u"PRAGMA integrity_check"_s);
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok"_s) {
            result.ok = false;
            result.problems << tr("Integrity: %1").arg(line);
        }
    }
    QSqlQuery foreignKeys = Sql::exec(db, u"PRAGMA foreign_key_check"_s);
    while (foreignKeys.next()) {
        result.ok = false;
        result.problems << tr("Broken reference: row %1 of table %2 refers to a missing row of table %3.")
                               .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                                    foreignKeys.value(2).toString());
    }
    result.schemaVersion = schemaVersion();
    if (result.schemaVersion != LatestSchemaVersion) {
        result.ok = false;
        result.problems << tr("Schema version %1, expected %2.").arg(result.schemaVersion).arg(LatestSchemaVersion);
    }
    return result;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (m_db.transactionDepth()++ == 0) {
        try {
            Sql::exec(m_db.connection(), Dialect::beginImmediate());
        } catch (...) {
            --m_db.transactionDepth();
            throw;
        }
    }
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    if (--m_db.transactionDepth() == 0) {
        QSqlQuery rollback(m_db.connection());
        rollback.exec(u"ROLLBACK"_s);
    }
}

void Transaction::commit()
{
    m_done = true;
    if (--m_db.transactionDepth() > 0) {
        return;
    }
    QSqlQuery commitQuery(m_db.connection());
    if (!commitQuery.exec(u"COMMIT"_s)) {
        const QString detail = commitQuery.lastError().text();
        QSqlQuery rollback(m_db.connection());
        rollback.exec(u"ROLLBACK"_s);
        throw Error(QCoreApplication::translate("Database", "The change could not be saved; nothing was changed."),
                    detail);
    }
}
