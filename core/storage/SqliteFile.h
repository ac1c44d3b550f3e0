#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

/// A Wijkregie file as a file, apart from the connection on it (Database): creating it, checking its header and
/// pages, where it lies (network share, synced folder), its backups (VACUUM INTO, the `backups` folder, rotation)
/// and the messages for a damaged or busy file. DESIGN.md, Storage.
class SqliteFile final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    /// Where a file lies, which decides the journal mode and a warning.
    enum class Location {
        Local,
        /// SMB/CIFS, NFS and other network file systems: no WAL (SQLite's WAL needs shared memory on one machine).
        NetworkShare,
        /// A folder a sync client copies (OneDrive, Dropbox, Nextcloud, Google Drive): it copies the main file
        /// while committed rows may still sit in the WAL, so no WAL there either.
        SyncedFolder,
    };

    /// PRAGMA application_id of every Wijkregie file ("WJKR").
    static constexpr quint32 ApplicationId = 0x574A4B52;
    /// The number of daily backups kept in the `backups` folder.
    static constexpr int KeptDailyBackups = 14;

    /// Creates an empty file, readable and writable by the owner alone from its first byte. Throws Error when
    /// something already has that name or the folder does not exist.
    static void createEmpty(const QString& path);
    /// Checks, without SQLite, that `path` looks like a Wijkregie database of schema version at most
    /// `latestVersion` (and, `forWriting`, that the file and its folder may be written). Throws Error with the
    /// reason; returns the schema version (PRAGMA user_version) from the header.
    static int verifyHeader(const QString& path, int latestVersion, bool forWriting);

    static Location location(const QString& path);
    /// True for file system types on which SQLite's WAL does not work: cifs, smb*, nfs*, 9p, virtiofs, vboxsf,
    /// drvfs, fuse.sshfs, fuse.gvfsd-fuse, fuse.smbnetfs, davfs, ... (lower case, as /proc/mounts names them).
    static bool isNetworkFileSystem(const QByteArray& type);
    /// True when a folder of `path` is the root of a sync client's folder (OneDrive, Dropbox, Nextcloud, Google
    /// Drive, ownCloud, iCloud Drive), judged by the folder names those clients use.
    static bool isInSyncedFolder(const QString& path);
    /// The warning for a file that is not Local; empty for Local.
    static QString locationWarning(Location location);

    /// PRAGMA quick_check on the connection: the problems found (translated lines), empty when the file is whole.
    static QStringList quickCheck(const QSqlDatabase& db);
    /// PRAGMA integrity_check: the problems found, empty when the file is whole.
    static QStringList integrityCheck(const QSqlDatabase& db);

    /// Writes a consistent copy of the database on `db` to `out` through SafeOutput (owner-only temporary file
    /// beside `out`, VACUUM INTO, quick_check of the copy, rename). Refuses an existing `out` and the database
    /// itself. Throws Error (a full disk named as such).
    static void backup(const QSqlDatabase& db, const QString& databasePath, const QString& out);
    /// The `backups` folder beside `path`; with `create`, made owner-only when missing. Throws Error when it is a
    /// symbolic link, not a folder, or not owned by the user (someone else could read or plant backups there).
    static QString backupFolder(const QString& path, bool create);
    /// The name of the daily backup of `path` for `day`: backups/NAME-YYYY-MM-DD.wijkregie.
    static QString dailyBackupPath(const QString& path, const QDate& day);
    /// Removes daily backups of `path` beyond the newest KeptDailyBackups up to `today`. Names dated after today
    /// (a clock set wrong once) are neither counted nor removed, so they never push out today's backup.
    static void rotateDailyBackups(const QString& path, const QDate& today);
    /// The newest backup of `path` in its `backups` folder (daily or before a migration), or empty.
    static QString newestBackup(const QString& path);

    /// The backups of `path` in its `backups` folder (daily ones and those made before a migration) that still hold
    /// person `personId` with their data: a persons row of that id with a first name, e-mail or phone (an erased
    /// person has none). Each backup is read through SQLite as an immutable file, so nothing is written beside it.
    /// Sorted by name. AVG art. 17: what the erasure could not reach.
    static QStringList backupsHoldingPerson(const QString& path, qint64 personId);
    /// Deletes the given backups; throws Error naming the first that could not be deleted.
    static void removeBackups(const QStringList& backups);

    /// "The file is damaged: restore a backup", naming the newest backup when there is one.
    static Error damagedError(const QString& path, const QString& detail = {});
    /// "The file is in use by ...: wait, or close it there", naming the processes that hold it open where the
    /// system says so.
    static Error busyError(const QString& path);

    /// Opens the connection named `connectionName` on the file at `path` (QSQLITE, a 5 s busy timeout), installs
    /// the Dutch collation (SqliteCollation), and sends the connection's statements (Dialect::Engine::
    /// connectionPragmas; the journal mode only when `setJournalMode`; `readOnly`: query_only). The first read of
    /// the file happens here, so a damaged file fails here. Throws Error: busy, damaged, a folder Wijkregie may not
    /// write in, or a file that cannot be opened.
    static void openConnection(const QString& connectionName, const QString& path, bool readOnly, bool wal,
                               bool setJournalMode);
    /// "wal" or "delete".
    static QString journalMode(const QSqlDatabase& db);
    /// Copies what the WAL holds into the file where no reader still needs it, never waiting (PASSIVE). Throws
    /// Error when SQLite refuses.
    static void checkpoint(const QSqlDatabase& db);
    /// checkpoint() without an error: after a commit, whose rows are safe in the WAL either way.
    static void checkpointQuietly(const QSqlDatabase& db);
    /// Tells the connection to refuse (`on`) or allow every write; a read-only Database's connections refuse.
    static void setQueryOnly(const QSqlDatabase& db, bool on);
    /// The rows of SQLite's foreign key check, to be stepped: table, rowid, parent table, foreign key index.
    static QSqlQuery foreignKeyCheck(const QSqlDatabase& db);

    /// What a failed statement's error means (SQLite's primary result codes): BUSY or LOCKED (another connection
    /// holds the file), CORRUPT or NOTADB, FULL (the disk).
    static bool isBusy(const QSqlError& error);
    static bool isCorrupt(const QSqlError& error);
    static bool isDiskFull(const QSqlError& error);
};
