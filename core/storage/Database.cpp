#include "Database.h"

#include "core/Error.h"
#include "core/storage/Dialect.h"
#include "core/storage/Migrations.h"
#include "core/storage/ServerPassword.h"
#include "core/storage/Sql.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/TeamRoles.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return u"wijkregie-%1"_s.arg(++counter);
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
    // The -wal and -shm are SQLite's: it removes them itself when the last connection closes. Removing them here
    // (when another process opened the file meanwhile) would let two writers stop excluding each other.
}

bool Database::isNetworkFileSystem(const QByteArray& type)
{
    return SqliteFile::isNetworkFileSystem(type);
}

int Database::verifyFile(const QString& path, Access access)
{
    return SqliteFile::verifyHeader(path, LatestSchemaVersion, access == Access::ReadWrite);
}

bool Database::isServerUrl(const QString& pathOrUrl)
{
    return pathOrUrl.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || pathOrUrl.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::unique_ptr<Database> Database::connectServer(const QString& url)
{
    std::unique_ptr<Database> db(new Database(url, Access::ReadWrite));
    db->m_server = true;
    db->openServerConnection();
    return db;
}

void Database::openServerConnection()
{
    const QUrl url(m_path, QUrl::StrictMode);
    const QString shown = url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : m_path;
    if (!url.isValid() || url.host().isEmpty()) {
        throw Error(tr("%1 is not a database address; write postgresql://server/database or "
                       "postgresql://user@server:port/database.")
                        .arg(shown));
    }
    if (!url.password().isEmpty()) {
        throw Error(tr("The address %1 holds a password. Put the password in ~/.pgpass (readable by you only), not "
                       "in the address: a command line is visible to every user of the computer.")
                        .arg(url.toDisplayString(QUrl::RemovePassword)));
    }
    const QString name = url.path().mid(1);
    if (name.isEmpty() || name.contains(u'/')) {
        throw Error(tr("The address %1 names no database; write postgresql://server/database.").arg(shown));
    }
    QStringList options {u"connect_timeout=10"_s, u"application_name=wijkregie"_s};
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s || key == u"passfile"_s) {
            throw Error(tr("The address %1 holds a password. Put the password in ~/.pgpass (readable by you only), "
                           "not in the address: a command line is visible to every user of the computer.")
                            .arg(shown));
        }
        options << key + u'=' + value;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!db.isValid()) {
        throw Error(tr("Wijkregie cannot reach a PostgreSQL server on this computer: Qt's PostgreSQL driver (QPSQL, "
                       "Debian: libqt6sql6-psql) is not installed."));
    }
    db.setHostName(url.host());
    if (url.port() > 0) {
        db.setPort(url.port());
    }
    db.setDatabaseName(name);
    if (!url.userName().isEmpty()) {
        db.setUserName(url.userName());
    }
    db.setConnectOptions(options.join(u';'));
    const std::optional<QString> password = ServerPassword::of(m_path);
    if (password) {
        db.setPassword(*password);
    }
    if (!db.open()) {
        const QString detail = db.lastError().text();
        // libpq's words: "fe_sendauth: no password supplied", "password authentication failed for user ...".
        if (detail.contains(u"no password supplied"_s) || detail.contains(u"password authentication failed"_s)) {
            throw ServerPasswordError(
                password ? tr("The server %1 refused the password.").arg(shown)
                         : tr("The server %1 asks for a password. Put it in ~/.pgpass (readable by you only) or open "
                              "the database from the window, which asks for it.")
                               .arg(shown),
                detail, password.has_value());
        }
        throw Error(tr("The database %1 cannot be opened: the server cannot be reached, or it refused the "
                       "connection.")
                        .arg(shown),
                    detail);
    }
    QStringList statements {u"SET client_min_messages = warning"_s};
    if (m_access == Access::ReadOnly) {
        statements << u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s;
    }
    for (const QString& statement : std::as_const(statements)) {
        Sql::exec(db, statement);
    }
}

std::unique_ptr<Database> Database::openServer(const QString& url, const Options& options)
{
    std::unique_ptr<Database> db(new Database(url, options.access));
    db->m_server = true;
    db->openServerConnection();
    const int version = db->schemaVersion();
    const QString shown = QUrl(url).toDisplayString(QUrl::RemovePassword);
    if (version == 0) {
        throw Error(tr("The database %1 holds no Wijkregie data. Publish a file to it first: wijkregie publish FILE "
                       "--to %1")
                        .arg(shown));
    }
    if (version > LatestSchemaVersion) {
        throw Error(tr("The database %1 was made by a newer version of Wijkregie (schema %2; this version knows up to "
                       "%3). Update Wijkregie to open it.")
                        .arg(shown)
                        .arg(version)
                        .arg(LatestSchemaVersion));
    }
    if (version < LatestSchemaVersion) {
        if (options.access == Access::ReadOnly || options.dryRun) {
            throw Error(tr("The database %1 has an older schema and must be opened for writing once to be updated.")
                            .arg(shown));
        }
        // DDL is transactional on PostgreSQL: the update is complete or not made at all.
        db->migrate();
    }
    return db;
}

bool Database::isEmptyServerDatabase() const
{
    return Sql::scalar(connection(),
                       u"SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f')) + (SELECT "
                       "count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = "
                       "current_schema())"_s)
               .toLongLong()
        == 0;
}

void Database::createServerSchema()
{
    migrate();
}

std::unique_ptr<Database> Database::create(const QString& path, const QString& municipality)
{
    SqliteFile::createEmpty(path);
    const QFileInfo info(path);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), Access::ReadWrite));
    try {
        const SqliteFile::Location location = SqliteFile::location(db->m_path);
        db->openConnection(location == SqliteFile::Location::Local, true);
        if (location != SqliteFile::Location::Local) {
            db->m_warnings << SqliteFile::locationWarning(location);
        }
        Sql::exec(db->connection(), Dialect::setApplicationId(ApplicationId));
        db->migrate();
        db->setMunicipality(municipality.trimmed());
    } catch (...) {
        db.reset(); // SQLite removes its own journal files on close
        QFile::remove(info.absoluteFilePath());
        throw;
    }
    return db;
}

std::unique_ptr<Database> Database::open(const QString& path, const Options& options)
{
    if (isServerUrl(path)) {
        return openServer(path, options);
    }
    const bool writable = options.access == Access::ReadWrite;
    const int version = verifyFile(path, options.access);
    if (options.dryRun && writable && version < LatestSchemaVersion) {
        return openMigratedCopy(path);
    }
    const QFileInfo info(path);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), options.access));
    SqliteFile::Location location = SqliteFile::location(db->m_path);
    if (options.assumeNetworkShare) {
        location = *options.assumeNetworkShare ? SqliteFile::Location::NetworkShare : SqliteFile::Location::Local;
    }
    db->openConnection(location == SqliteFile::Location::Local && writable, writable && !options.dryRun);
    if (location != SqliteFile::Location::Local) {
        db->m_warnings << SqliteFile::locationWarning(location);
    }
    if (writable) {
        // Writing into a damaged file spreads the damage: refuse it while the backups are still good.
        const QStringList problems = SqliteFile::quickCheck(db->connection());
        if (!problems.isEmpty()) {
            throw SqliteFile::damagedError(path, problems.mid(0, 3).join(u"; "_s));
        }
    }
    if (version < LatestSchemaVersion && writable && !options.dryRun) {
        const QString folder = SqliteFile::backupFolder(db->m_path, true);
        const QString backup = folder + u'/' + info.completeBaseName() + u"-schema"_s + QString::number(version) + u'-'
            + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".wijkregie"_s;
        db->backupTo(backup);
        db->migrate();
    } else if (version < LatestSchemaVersion) {
        throw Error(tr("The file %1 has an older schema and must be opened for writing once to be updated.")
                        .arg(nativePath(path)));
    }
    return db;
}

std::unique_ptr<Database> Database::openMigratedCopy(const QString& path)
{
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid()) {
        throw Error(tr("No temporary folder could be made for the dry run."), scratch->errorString());
    }
    const QString copy = scratch->filePath(QFileInfo(path).fileName());
    {
        // An older file may be opened read-only just for this copy.
        std::unique_ptr<Database> source(new Database(QFileInfo(path).absoluteFilePath(), Access::ReadOnly));
        source->openConnection(false, false);
        source->backupTo(copy);
    }
    std::unique_ptr<Database> db(new Database(copy, Access::ReadWrite));
    db->m_scratch = std::move(scratch);
    db->openConnection(true, true);
    db->migrate();
    db->m_warnings << tr("Dry run on a file with an older schema: checked against an updated copy; the file itself "
                         "was not changed.");
    return db;
}

void Database::openConnection(bool wal, bool setJournalMode)
{
    SqliteFile::openConnection(m_connectionName, m_path, m_access == Access::ReadOnly, wal, setJournalMode);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::migrate()
{
    Transaction tx(*this);
    const int from = schemaVersion();
    if (from == LatestSchemaVersion) {
        // Nothing to write: a member of a team database whose role may not write the schema opens it too.
        tx.commit();
        return;
    }
    Migrations::apply(connection(), from);
    Sql::exec(connection(), Dialect::of(connection()).setUserVersion(LatestSchemaVersion));
    if (m_server && TeamRoles::installed(connection())) {
        // New tables and columns get their grants, policies and masking views (TeamRoles).
        TeamRoles::install(connection());
    }
    tx.commit();
}

int Database::schemaVersion() const
{
    const QSqlDatabase db = connection();
    if (m_server && !Sql::scalar(db, u"SELECT to_regclass('meta') IS NOT NULL"_s).toBool()) {
        return 0; // an empty server database
    }
    return Sql::scalar(db, Dialect::of(db).schemaVersion()).toInt();
}

QString Database::journalMode() const
{
    if (m_server) {
        return {};
    }
    return SqliteFile::journalMode(connection());
}

void Database::checkpoint()
{
    if (m_server) {
        return;
    }
    SqliteFile::checkpoint(connection());
}

void Database::committed()
{
    if (m_checkpointAfterCommit && !m_server) {
        // A failure leaves the rows safe in the WAL.
        SqliteFile::checkpointQuietly(connection());
    }
}

void Database::purgeFreedContent()
{
    for (const QString& statement : Dialect::of(connection()).purgeFreedContent()) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            if (SqliteFile::isBusy(error)) {
                throw SqliteFile::busyError(m_path);
            }
            throw Error(tr("The file could not be cleaned after the erasure; run the erasure again when no other "
                           "program has the file open."),
                        error.text());
        }
        if (query.next() && query.value(0).toInt() == 1) {
            throw Error(tr("The journal of the file could not be emptied because another program is reading the "
                           "file. Close it and run the erasure again."));
        }
        query.finish();
    }
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
    if (m_server) {
        throw Error(tr("A team database is backed up on its server (pg_dump), not by Wijkregie."));
    }
    // A read-only connection is query_only, which SQLite applies to VACUUM INTO too, although it only reads here.
    const bool queryOnly = m_access == Access::ReadOnly;
    if (queryOnly) {
        SqliteFile::setQueryOnly(connection(), false);
    }
    try {
        SqliteFile::backup(connection(), m_path, out);
    } catch (...) {
        if (queryOnly) {
            SqliteFile::setQueryOnly(connection(), true);
        }
        throw;
    }
    if (queryOnly) {
        SqliteFile::setQueryOnly(connection(), true);
    }
}

QString Database::makeDailyBackup(const QDate& today)
{
    if (m_server) {
        return {}; // the server's administrator backs it up
    }
    SqliteFile::backupFolder(m_path, true);
    const QString target = SqliteFile::dailyBackupPath(m_path, today);
    QString made;
    if (!QFileInfo::exists(target)) {
        backupTo(target);
        made = target;
    }
    SqliteFile::rotateDailyBackups(m_path, today);
    return made;
}

QString Database::makeDailyBackupOf(const QString& path, const QDate& today)
{
    if (isServerUrl(path)) {
        return {};
    }
    Options options;
    options.access = Access::ReadOnly;
    return open(path, options)->makeDailyBackup(today);
}

CheckResult Database::check()
{
    CheckResult result;
    const QSqlDatabase db = connection();
    if (m_server) {
        // The server keeps its own pages and enforces every reference; what is left to check is the version.
        result.schemaVersion = schemaVersion();
        if (result.schemaVersion != LatestSchemaVersion) {
            result.ok = false;
            result.problems << tr("Schema version %1, expected %2.").arg(result.schemaVersion).arg(LatestSchemaVersion);
        }
        return result;
    }
    for (const QString& line : SqliteFile::integrityCheck(db)) {
        result.ok = false;
        result.damaged = true;
        result.problems << tr("Integrity: %1").arg(line);
    }
    if (result.damaged) {
        // Every further read may meet the same damaged pages; the file needs its backup, not more findings.
        return result;
    }
    QSqlQuery foreignKeys = SqliteFile::foreignKeyCheck(db);
    while (foreignKeys.next()) {
        result.ok = false;
        result.problems << tr("Broken reference: row %1 of table %2 refers to a missing row of table %3.")
                               .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                                    foreignKeys.value(2).toString());
    }
    if (foreignKeys.lastError().isValid()) {
        result.ok = false;
        result.damaged = SqliteFile::isCorrupt(foreignKeys.lastError());
        result.problems << tr("Integrity: %1").arg(foreignKeys.lastError().text());
        if (result.damaged) {
            return result;
        }
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
        QSqlQuery begin(m_db.connection());
        if (!begin.exec(Dialect::of(m_db.connection()).beginImmediate())) {
            --m_db.transactionDepth();
            const QSqlError error = begin.lastError();
            if (!m_db.isServer() && SqliteFile::isBusy(error)) {
                throw SqliteFile::busyError(m_db.path());
            }
            throw Error(QCoreApplication::translate("Database", "The change could not be saved; nothing was changed."),
                        error.text());
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
        const QSqlError error = commitQuery.lastError();
        QSqlQuery rollback(m_db.connection());
        rollback.exec(u"ROLLBACK"_s);
        if (!m_db.isServer() && SqliteFile::isBusy(error)) {
            throw SqliteFile::busyError(m_db.path());
        }
        if (!m_db.isServer() && SqliteFile::isDiskFull(error)) {
            throw Error(QCoreApplication::translate("Database",
                                                    "The change could not be saved: the disk is full. "
                                                    "Nothing was changed; make room and try again."),
                        error.text());
        }
        throw Error(QCoreApplication::translate("Database", "The change could not be saved; nothing was changed."),
                    error.text());
    }
    m_db.committed();
}
