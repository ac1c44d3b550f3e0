#include "SqliteFile.h"

#include "core/io/SafeOutput.h"
#include "core/platform/Platform.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/SqliteCollation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

quint32 readBigEndian32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

QStringList checkLines(const QSqlDatabase& db, const QString& pragma)
{
    QStringList problems;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma)) {
        return {query.lastError().text()};
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s) {
            problems << line;
        }
    }
    // A row that cannot be read ("database disk image is malformed" while stepping) is a problem too, not the end
    // of the list.
    if (query.lastError().isValid()) {
        problems << query.lastError().text();
    }
    return problems;
}

/// The date in a daily backup's name (NAME-YYYY-MM-DD.wijkregie), or an invalid date.
QDate dailyBackupDate(const QString& fileName, const QString& prefix)
{
    if (!fileName.startsWith(prefix) || fileName.size() != prefix.size() + 10 + 10
        || !fileName.endsWith(u".wijkregie"_s)) {
        return {};
    }
    return QDate::fromString(fileName.mid(prefix.size(), 10), Qt::ISODate);
}

} // namespace

void SqliteFile::createEmpty(const QString& path)
{
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        throw Error(tr("The folder %1 does not exist.").arg(nativePath(info.absolutePath())));
    }
    Platform::Status status;
    const Platform::Handle handle = Platform::createNewFile(info.absoluteFilePath(), true, &status);
    if (handle == Platform::InvalidHandle) {
        if (status.kind == Platform::Status::Kind::Exists) {
            throw Error(tr("The file %1 already exists; Wijkregie does not overwrite it.").arg(nativePath(path)));
        }
        if (status.diskFull()) {
            throw SafeOutput::diskFullError(path, status.detail);
        }
        throw Error(tr("The file %1 cannot be created.").arg(nativePath(path)), status.detail);
    }
    Platform::closeFile(handle);
}

int SqliteFile::verifyHeader(const QString& path, int latestVersion, bool forWriting)
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
        throw Error(tr("It is shorter than its own header says (truncated).") + u' ' + damagedError(path).message());
    }
    if (userVersion > latestVersion) {
        throw Error(tr("The file %1 was made by a newer version of Wijkregie (schema version %2; this version "
                       "reads up to %3). Update Wijkregie to open it.")
                        .arg(nativePath(path))
                        .arg(userVersion)
                        .arg(latestVersion));
    }
    if (forWriting) {
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

bool SqliteFile::isNetworkFileSystem(const QByteArray& type)
{
    static const QList<QByteArray> network {"cifs",           "smb",
                                            "smbfs",          "smb2",
                                            "smb3",           "nfs",
                                            "nfs4",           "afs",
                                            "ncpfs",          "9p",
                                            "virtiofs",       "vboxsf",
                                            "drvfs",          "fuse.sshfs",
                                            "sshfs",          "davfs",
                                            "fuse.davfs2",    "webdav",
                                            "glusterfs",      "ceph",
                                            "fuse.rclone",    "fuse.gvfsd-fuse",
                                            "fuse.smbnetfs",  "fuse.s3fs",
                                            "fuse.onedriver", "fuse.google-drive-ocamlfuse",
                                            "lustre"};
    const QByteArray t = type.toLower();
    return network.contains(t) || t.startsWith("nfs") || t.startsWith("smb") || t.startsWith("fuse.gvfs");
}

bool SqliteFile::isInSyncedFolder(const QString& path)
{
    // The folders the sync clients create and name after themselves (also "OneDrive - Gemeente X",
    // "Nextcloud2", "Google Drive", "GoogleDrive-user@example.nl", "Dropbox (Gemeente)").
    const QStringList parts = QDir::fromNativeSeparators(QFileInfo(path).absolutePath()).split(u'/');
    for (const QString& part : parts) {
        const QString p = part.toLower();
        if (p.startsWith(u"onedrive"_s) || p.startsWith(u"dropbox"_s) || p.startsWith(u"nextcloud"_s)
            || p.startsWith(u"owncloud"_s) || p == u"google drive"_s || p.startsWith(u"googledrive"_s)
            || p == u"my drive"_s || p == u"mijn drive"_s || p == u"icloud drive"_s || p == u"icloud~com"_s
            || p == u"com~apple~clouddocs"_s) {
            return true;
        }
    }
    return false;
}

SqliteFile::Location SqliteFile::location(const QString& path)
{
    if (isNetworkFileSystem(Platform::fileSystemType(path))) {
        return Location::NetworkShare;
    }
    return isInSyncedFolder(path) ? Location::SyncedFolder : Location::Local;
}

QString SqliteFile::locationWarning(Location location)
{
    switch (location) {
    case Location::NetworkShare:
        return tr("This file lies on a network share. Wijkregie works without its write-ahead journal there, and "
                  "only one person at a time should open it.");
    case Location::SyncedFolder:
        return tr("This file lies in a synced folder (OneDrive, Dropbox, Nextcloud or Google Drive). Wijkregie "
                  "works without its write-ahead journal there so that the copy the sync makes is complete; open it "
                  "on one computer at a time, and keep it in a local folder if you can.");
    case Location::Local:
        break;
    }
    return {};
}

QStringList SqliteFile::quickCheck(const QSqlDatabase& db)
{
    return checkLines(db, u"PRAGMA quick_check(20)"_s);
}

QStringList SqliteFile::integrityCheck(const QSqlDatabase& db)
{
    return checkLines(db, u"PRAGMA integrity_check"_s);
}

void SqliteFile::backup(const QSqlDatabase& db, const QString& databasePath, const QString& out)
{
    const QFileInfo target(out);
    if (!target.dir().exists()) {
        throw Error(tr("The folder %1 does not exist.").arg(nativePath(target.absolutePath())));
    }
    if (target.exists() || target.isSymLink()) {
        throw Error(tr("The file %1 already exists; Wijkregie does not overwrite it.").arg(nativePath(out)));
    }
    SafeOutput::Options options;
    options.protectedFiles = {databasePath};
    options.content = OutputContent::PersonalData;
    SafeOutput::saveByPath(out, options, [&](const QString& temporary) {
        // VACUUM INTO accepts an existing empty file, so the copy keeps the owner-only permissions it was created
        // with.
        QSqlQuery vacuum(db);
        if (!vacuum.exec(Dialect::vacuumInto(temporary))) {
            const QSqlError error = vacuum.lastError();
            if (error.nativeErrorCode() == u"13"_s) { // SQLITE_FULL
                throw SafeOutput::diskFullError(out, error.text());
            }
            throw Error(tr("The backup %1 could not be written.").arg(nativePath(out)), error.text());
        }
        verifyHeader(temporary, 1 << 30, false);
        static std::atomic<int> counter {0};
        const QString name = u"wijkregie-backup-check-%1"_s.arg(++counter);
        QStringList problems;
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            copy.setDatabaseName(temporary);
            copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            problems = copy.open() ? quickCheck(copy) : QStringList {copy.lastError().text()};
            copy.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!problems.isEmpty()) {
            throw Error(tr("The backup copy failed its check."), problems.join(u"; "_s));
        }
        if (QFileInfo::exists(out)) {
            throw Error(tr("The file %1 already exists; Wijkregie does not overwrite it.").arg(nativePath(out)));
        }
    });
}

QString SqliteFile::backupFolder(const QString& path, bool create)
{
    QString folder = QFileInfo(path).absolutePath() + u"/backups"_s;
    const Platform::FileKind kind = Platform::fileKind(folder, false);
    if (kind == Platform::FileKind::Missing) {
        if (!create) {
            return folder;
        }
        const Platform::Status status = Platform::createOwnerOnlyFolder(folder);
        if (!status.ok() && status.kind != Platform::Status::Kind::Exists) {
            throw Error(tr("The backup folder %1 cannot be created.").arg(nativePath(folder)), status.detail);
        }
    }
    if (Platform::fileKind(folder, false) != Platform::FileKind::Folder) {
        throw Error(tr("%1 is not an ordinary folder (it is a link or a file). Wijkregie does not put backups "
                       "there, because they could end up where others can read them. Remove or rename it.")
                        .arg(nativePath(folder)));
    }
    if (!Platform::ownedByCurrentUser(folder)) {
        throw Error(tr("The backup folder %1 belongs to another account. Wijkregie does not put backups there, "
                       "because that account could read them. Remove or rename it.")
                        .arg(nativePath(folder)));
    }
    if (create && Platform::accessibleByOthers(folder)) {
        Platform::restrictToOwner(folder);
    }
    return folder;
}

QString SqliteFile::dailyBackupPath(const QString& path, const QDate& day)
{
    const QFileInfo info(path);
    return info.absolutePath() + u"/backups/"_s + info.completeBaseName() + u'-' + day.toString(Qt::ISODate)
        + u".wijkregie"_s;
}

void SqliteFile::rotateDailyBackups(const QString& path, const QDate& today)
{
    const QString folder = backupFolder(path, false);
    const QString prefix = QFileInfo(path).completeBaseName() + u'-';
    QDir dir(folder);
    QStringList daily;
    const QStringList candidates = dir.entryList({prefix + u"*.wijkregie"_s}, QDir::Files, QDir::Name);
    for (const QString& file : candidates) {
        const QDate date = dailyBackupDate(file, prefix);
        if (date.isValid() && date <= today) {
            daily << file;
        }
    }
    while (daily.size() > KeptDailyBackups) {
        dir.remove(daily.takeFirst());
    }
}

QString SqliteFile::newestBackup(const QString& path)
{
    QString folder = QFileInfo(path).absolutePath() + u"/backups"_s;
    if (Platform::fileKind(folder, false) != Platform::FileKind::Folder) {
        return {};
    }
    const QString stem = QFileInfo(path).completeBaseName() + u'-';
    const QFileInfoList files = QDir(folder).entryInfoList({stem + u"*.wijkregie"_s}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.constFirst().absoluteFilePath();
}

QStringList SqliteFile::backupsHoldingPerson(const QString& path, qint64 personId)
{
    QString folder = QFileInfo(path).absolutePath() + u"/backups"_s;
    if (Platform::fileKind(folder, false) != Platform::FileKind::Folder) {
        return {};
    }
    const QString stem = QFileInfo(path).completeBaseName() + u'-';
    QStringList holding;
    static std::atomic<int> counter {0};
    for (const QFileInfo& file : QDir(folder).entryInfoList({stem + u"*.wijkregie"_s}, QDir::Files, QDir::Name)) {
        const QString name = u"wijkregie-backup-scan-%1"_s.arg(++counter);
        bool holds = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            // immutable: SQLite reads the file as it is, creating no journal beside it and taking no lock.
            db.setDatabaseName(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + u"?immutable=1"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT 1 FROM persons WHERE id = ? AND (first_name <> '' OR email <> '' OR phone <> '')"_s);
                q.addBindValue(personId);
                // A backup that cannot be read is listed too: it may hold the person.
                holds = !q.exec() || q.next();
                q.finish();
                db.close();
            } else {
                holds = true;
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (holds) {
            holding << file.absoluteFilePath();
        }
    }
    return holding;
}

void SqliteFile::removeBackups(const QStringList& backups)
{
    for (const QString& backup : backups) {
        QFile file(backup);
        if (file.exists() && !file.remove()) {
            throw Error(tr("The backup %1 could not be deleted.").arg(nativePath(backup)), file.errorString());
        }
    }
}

Error SqliteFile::damagedError(const QString& path, const QString& detail)
{
    const QString newest = newestBackup(path);
    QString message = tr("The file %1 is damaged: restore a backup.").arg(nativePath(path));
    if (!newest.isEmpty()) {
        message += u' ' + tr("The newest backup is %1.").arg(nativePath(newest));
    } else {
        message += u' ' + tr("There is no backup beside it in a \"backups\" folder.");
    }
    message += u' ' + tr("Wijkregie does not write into a damaged file.");
    return Error(message, detail);
}

Error SqliteFile::busyError(const QString& path)
{
    const QStringList holders = Platform::processesUsing(path);
    QString message
        = tr("The file %1 is in use: another Wijkregie is saving changes to it right now.").arg(nativePath(path));
    if (!holders.isEmpty()) {
        message += u' ' + tr("It is held by: %1.").arg(holders.join(u"; "_s));
    }
    message += u' '
        + tr("Wait until that has finished and try again. If it stays in use, close Wijkregie in the other window "
             "or on the other computer.");
    return Error(message);
}

void SqliteFile::openConnection(const QString& connectionName, const QString& path, bool readOnly, bool wal,
                                bool setJournalMode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    const QFileInfo info(path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (readOnly && (!info.isWritable() || !folderWritable)) {
        // Only where nothing can be written anyway: a connection opened read-only cannot remove the -wal and -shm it
        // creates. Elsewhere the read-only connection may write but is told not to (query_only), so that SQLite
        // cleans up after it as after any other connection.
        options += u";QSQLITE_OPEN_READONLY"_s;
    }
    db.setConnectOptions(options);
    const auto refuse = [&](const QSqlError& error) -> Error {
        if (isBusy(error)) {
            return busyError(path);
        }
        if (isCorrupt(error)) {
            return damagedError(path, error.text());
        }
        if (!folderWritable) {
            return Error(tr("The file %1 cannot be opened here: Wijkregie may not write in its folder %2, and the "
                            "file needs its journal beside it. Copy the file to a folder where you may write.")
                             .arg(nativePath(path), nativePath(info.absolutePath())),
                         error.text());
        }
        return Error(tr("The file %1 cannot be opened.").arg(nativePath(path)), error.text());
    };
    if (!db.open()) {
        throw refuse(db.lastError());
    }
    // Names and titles sort the Dutch way on every connection (Dialect::Engine::sortCollation).
    SqliteCollation::install(db);
    QStringList pragmas;
    if (readOnly) {
        pragmas << u"PRAGMA query_only = ON"_s;
    }
    // The first statement that reads the file: a damaged file fails here.
    pragmas << u"SELECT count(*) FROM sqlite_master"_s;
    for (const QString& pragma : Dialect::connectionPragmas(wal)) {
        if (!setJournalMode && pragma.contains(u"journal_mode"_s)) {
            continue;
        }
        pragmas << pragma;
    }
    for (const QString& statement : std::as_const(pragmas)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            throw refuse(query.lastError());
        }
        while (query.next()) { }
    }
}

QString SqliteFile::journalMode(const QSqlDatabase& db)
{
    return Sql::scalar(db, u"PRAGMA journal_mode"_s).toString();
}

void SqliteFile::checkpoint(const QSqlDatabase& db)
{
    Sql::scalar(db, u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

void SqliteFile::checkpointQuietly(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

void SqliteFile::setQueryOnly(const QSqlDatabase& db, bool on)
{
    Sql::exec(db, on ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s);
}

QSqlQuery SqliteFile::foreignKeyCheck(const QSqlDatabase& db)
{
    return Sql::exec(db, u"PRAGMA foreign_key_check"_s);
}

bool SqliteFile::isBusy(const QSqlError& error)
{
    // SQLITE_BUSY and SQLITE_LOCKED, with their extended codes (5, 6, 261, 262, 517, ...).
    const int number = error.nativeErrorCode().toInt() & 0xff;
    return number == 5 || number == 6;
}

bool SqliteFile::isCorrupt(const QSqlError& error)
{
    const int number = error.nativeErrorCode().toInt() & 0xff;
    return number == 11 || number == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
}

bool SqliteFile::isDiskFull(const QSqlError& error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == 13; // SQLITE_FULL
}
