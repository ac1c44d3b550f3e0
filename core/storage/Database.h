#pragma once

#include "core/storage/Migrations.h"
#include "core/storage/SqliteFile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <optional>

class QDate;

/// What `check` found in a file.
struct CheckResult
{
    bool ok = true;
    /// integrity_check found damage (not just broken references or an old schema).
    bool damaged = false;
    int schemaVersion = 0;
    QStringList problems; ///< one line per problem, translated
};

/// One open Wijkregie file: a connection to a SQLite database through QSQLITE with the pragmas of DESIGN.md's Storage
/// section, its schema migrated to the latest version, and its write transactions. Create and open refuse, with a
/// clear message and without touching the file, anything that is not a Wijkregie database this version can read.
/// What concerns the file as a file (header, checks, backups, where it lies) is SqliteFile's.
///
/// Journal files (-wal, -shm) are SQLite's own: Wijkregie never deletes them, for any connection.
///
/// The same class holds a team database on a PostgreSQL server (DESIGN.md, Team database): open() takes a
/// `postgresql://[user@]host[:port]/database` URL where it takes a file (the password comes from ~/.pgpass through
/// libpq, never from the URL), the schema is the same (Dialect::Postgresql), and what concerns a file (backups,
/// checkpoints, journal) does nothing or is refused there.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    struct Options
    {
        Access access = Access::ReadWrite;
        /// For tests: treat the file as if it were on a network share (or not), whatever the file system says.
        std::optional<bool> assumeNetworkShare;
        /// For a dry run: writable, but every transaction is meant to be rolled back. Nothing is migrated, no backup
        /// is made and the journal mode is left as it is, so the file stays byte-identical; a file with an older
        /// schema is opened as a private migrated copy in a temporary folder (removed on close).
        bool dryRun = false;
    };

    /// The schema version this build writes and reads (the last migration's); older files are migrated, newer ones
    /// refused.
    static constexpr int LatestSchemaVersion = Migrations::LatestVersion;
    /// PRAGMA application_id of every Wijkregie file ("WJKR").
    static constexpr quint32 ApplicationId = 0x574A4B52;
    static constexpr int KeptDailyBackups = 14;
    static_assert(ApplicationId == SqliteFile::ApplicationId && KeptDailyBackups == SqliteFile::KeptDailyBackups);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Creates a new, empty database at the latest schema, owner-only from its first byte. Refuses an existing file
    /// or a missing folder.
    static std::unique_ptr<Database> create(const QString& path, const QString& municipality);
    /// Opens an existing file; migrates it (after a backup copy) when it is older. Opening for writing runs a quick
    /// check and refuses a damaged file, naming the newest backup. Access::ReadOnly never changes a byte of any
    /// file (it writes through no connection; SQLite itself removes the -wal/-shm it created when it closes the last
    /// connection). Throws Error when refused.
    static std::unique_ptr<Database> open(const QString& path, const Options& options);
    static std::unique_ptr<Database> open(const QString& path) { return open(path, Options {}); }

    /// True for a `postgresql://` (or `postgres://`) URL: a team database on a server rather than a file.
    static bool isServerUrl(const QString& pathOrUrl);
    /// Connects to a server database that may be empty, for `publish`: nothing is read, made or refused but a URL
    /// with a password or without a database and a server that cannot be reached. Throws Error.
    static std::unique_ptr<Database> connectServer(const QString& url);
    /// True when no table, view, sequence or function is in the server database's schema (publish refuses others).
    bool isEmptyServerDatabase() const;
    /// Creates the schema at the latest version in an empty server database (a transaction of its own, or the
    /// caller's). Throws Error.
    void createServerSchema();

    /// Checks, without opening it through SQLite, that a file looks like a Wijkregie database this version can
    /// read. Throws Error with the reason otherwise. Returns the file's schema version.
    static int verifyFile(const QString& path, Access access = Access::ReadWrite);
    /// True for file system types on which SQLite's WAL mode does not work (SqliteFile::isNetworkFileSystem).
    static bool isNetworkFileSystem(const QByteArray& type);

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    /// A team database on a server (opened from a URL), not a file.
    bool isServer() const { return m_server; }
    /// Things the user should know about this file (for example: it lies on a network share).
    const QStringList& warnings() const { return m_warnings; }
    QString municipality() const;
    void setMunicipality(const QString& name);
    int schemaVersion() const;
    QString journalMode() const;
    /// Copies the write-ahead log into the file (a passive checkpoint), so that a second connection opened on the
    /// same path (a worker thread's) finds the file as this connection sees it: open() reads the header from the
    /// file itself, which a new database keeps in the log until the first checkpoint.
    void checkpoint();
    /// After this, every committed write transaction is followed by a checkpoint, so that the main file is complete
    /// between edits (a sync client or a copy by hand takes the main file only). The window turns it on.
    void setCheckpointAfterCommit(bool on) { m_checkpointAfterCommit = on; }
    /// Leaves no copy of deleted or overwritten values in the file or its WAL (AVG art. 17, after an erasure):
    /// secure_delete is on for every connection, and this copies the WAL into the file and truncates it, rewrites
    /// the file (VACUUM) and truncates the WAL again (Dialect::purgeFreedContent). Call it with no transaction open.
    /// Throws Error when it could not finish, for example because another program reads the file: the values may
    /// then remain in the WAL until that program closes and this is run again.
    void purgeFreedContent();
    /// Called by Transaction after a successful outermost COMMIT.
    void committed();

    /// Writes a consistent copy of the database to `out` (SqliteFile::backup: VACUUM INTO an owner-only temporary
    /// file, checked, then renamed). Refuses an existing `out`.
    void backupTo(const QString& out);
    /// Makes today's automatic backup in the "backups" folder beside the file (owner-only; refused when it is a link
    /// or another account's) when there is none yet, and keeps the last KeptDailyBackups up to today. Returns the
    /// path of the new backup, or an empty string when there was one.
    QString makeDailyBackup(const QDate& today);
    /// The same through a read-only connection of its own, so that it can run in a worker thread while the file
    /// is open for editing.
    static QString makeDailyBackupOf(const QString& path, const QDate& today);
    /// integrity_check, foreign_key_check and the schema version.
    CheckResult check();

    /// Used by Transaction: nesting depth of the current write transaction.
    int& transactionDepth() { return m_transactionDepth; }

private:
    Database(QString path, Access access);
    void openConnection(bool wal, bool setJournalMode);
    void openServerConnection();
    static std::unique_ptr<Database> openServer(const QString& url, const Options& options);
    void migrate();
    static std::unique_ptr<Database> openMigratedCopy(const QString& path);
    QString m_path;
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    QStringList m_warnings;
    int m_transactionDepth = 0;
    bool m_checkpointAfterCommit = false;
    bool m_server = false;
    /// The temporary folder of a dry run's migrated copy, removed with the connection.
    std::unique_ptr<QTemporaryDir> m_scratch;
};

/// A write transaction: `BEGIN IMMEDIATE` on construction, rolled back on destruction unless committed. Nested
/// transactions join the outermost one. A failed COMMIT is rolled back explicitly and throws.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};
