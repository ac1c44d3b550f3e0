#include "Dialect.h"

#include "core/Error.h"
#include "core/storage/ServerChanges.h"
#include "core/storage/SqliteRows.h"
#include "core/storage/TableIo.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dialect {

// The overrides of every engine: each implements all of Engine.
#define WIJKREGIE_ENGINE_OVERRIDES                                                                                     \
    QString caseInsensitive(const QString& expression) const override;                                                 \
    QString sortCollation() const override;                                                                            \
    QString listAggregate(const QString& expression, const QString& separator) const override;                         \
    QString monthOf(const QString& isoDate) const override;                                                            \
    QString likeIgnoringCase() const override;                                                                         \
    QStringList schema(const QString& statement) const override;                                                       \
    QStringList functions() const override;                                                                            \
    QString columnsOf(const QString& table) const override;                                                            \
    QString schemaVersion() const override;                                                                            \
    QString setUserVersion(int version) const override;                                                                \
    QString beginImmediate() const override;                                                                           \
    QString vacuumInto(const QString& path) const override;                                                            \
    QString setApplicationId(quint32 id) const override;                                                               \
    QStringList connectionPragmas(bool wal) const override;                                                            \
    QStringList purgeFreedContent() const override;                                                                    \
    QString cacheSize() const override;                                                                                \
    QString setCacheSize(int size) const override;                                                                     \
    std::unique_ptr<RowReader> readRows(const QSqlDatabase& db, const QString& select) const override;

/// SQLite 3.40 through QSQLITE.
class Sqlite final : public Engine
{
public:
    WIJKREGIE_ENGINE_OVERRIDES
};

/// PostgreSQL 15 through QPSQL (Dialect.h).
class Postgresql final : public Engine
{
public:
    WIJKREGIE_ENGINE_OVERRIDES
};

#undef WIJKREGIE_ENGINE_OVERRIDES

QString quoted(const QString& text)
{
    QString t = text;
    t.replace(u'\'', u"''"_s);
    return u'\'' + t + u'\'';
}

QString Sqlite::caseInsensitive(const QString& expression) const
{
    return expression + u" COLLATE NOCASE"_s;
}

QString Sqlite::sortCollation() const
{
    // Registered on each connection by SqliteCollation::install (Dutch order through QCollator).
    return u"wijkregie_nl"_s;
}

QString Sqlite::listAggregate(const QString& expression, const QString& separator) const
{
    return u"group_concat("_s + expression + u", "_s + quoted(separator) + u')';
}

QString Sqlite::monthOf(const QString& isoDate) const
{
    return u"substr("_s + isoDate + u", 1, 7)"_s;
}

QString Sqlite::likeIgnoringCase() const
{
    return u"LIKE"_s;
}

QStringList Sqlite::schema(const QString& statement) const
{
    return {statement};
}

QStringList Sqlite::functions() const
{
    return {};
}

QString Sqlite::columnsOf(const QString& table) const
{
    return u"SELECT name FROM pragma_table_info("_s + quoted(table) + u')';
}

QString Sqlite::schemaVersion() const
{
    return u"PRAGMA user_version"_s;
}

QString Sqlite::beginImmediate() const
{
    return u"BEGIN IMMEDIATE"_s;
}

QString Sqlite::cacheSize() const
{
    return u"PRAGMA cache_size"_s;
}

QString Sqlite::setCacheSize(int size) const
{
    return u"PRAGMA cache_size = %1"_s.arg(size);
}

QString Sqlite::vacuumInto(const QString& path) const
{
    return u"VACUUM INTO "_s + quoted(path);
}

QString Sqlite::setUserVersion(int version) const
{
    return u"PRAGMA user_version = %1"_s.arg(version);
}

QString Sqlite::setApplicationId(quint32 id) const
{
    return u"PRAGMA application_id = %1"_s.arg(static_cast<qint32>(id));
}

QStringList Sqlite::connectionPragmas(bool wal) const
{
    return {
        u"PRAGMA foreign_keys = ON"_s,
        wal ? u"PRAGMA journal_mode = WAL"_s : u"PRAGMA journal_mode = DELETE"_s,
        u"PRAGMA synchronous = FULL"_s,
        // Deleted and overwritten values are zeroed in the pages, not left in free space (AVG art. 17).
        u"PRAGMA secure_delete = ON"_s,
    };
}

QStringList Sqlite::purgeFreedContent() const
{
    // The checkpoint first: VACUUM then rewrites every page through a WAL that holds no older copies.
    return {u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s};
}

namespace {

[[noreturn]] void notOnServer()
{
    throw Error(
        QCoreApplication::translate("Dialect", "This is done with a Wijkregie file, not on a database server."));
}

} // namespace

QString Postgresql::caseInsensitive(const QString& expression) const
{
    // Text collates "C": lower() folds ASCII letters only, as SQLite's NOCASE does, and the order is the bytes'.
    return u"lower("_s + expression + u')';
}

QString Postgresql::sortCollation() const
{
    // An ICU collation of the schema (functions()): Dutch order, case ignored, as the file's QCollator sorts.
    return u"wijkregie_nl"_s;
}

QString Postgresql::listAggregate(const QString& expression, const QString& separator) const
{
    return u"string_agg(CAST("_s + expression + u" AS text), "_s + quoted(separator) + u')';
}

QString Postgresql::monthOf(const QString& isoDate) const
{
    return u"substr("_s + isoDate + u", 1, 7)"_s;
}

QString Postgresql::likeIgnoringCase() const
{
    return u"ILIKE"_s;
}

QStringList Postgresql::schema(const QString& statement) const
{
    static const QRegularExpression identity(u"\\bINTEGER PRIMARY KEY\\b"_s);
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    static const QRegularExpression real(u"\\bREAL\\b"_s);
    static const QRegularExpression text(u"\\bTEXT\\b"_s);
    // (a IS NOT NULL) + (b IS NOT NULL) = 1: SQLite adds truth values, PostgreSQL adds numbers.
    static const QRegularExpression truthSum(u"(\\(\\w+ IS NOT NULL\\))(\\s*[+=])"_s);
    static const QRegularExpression table(u"^\\s*CREATE TABLE (?:IF NOT EXISTS )?(\\w+)"_s);
    static const QRegularExpression caseless(u"(\\w+) TEXT NOT NULL UNIQUE COLLATE NOCASE"_s);
    QString s = statement;
    QStringList after;
    const QString tableName = table.match(s).captured(1);
    for (auto it = caseless.globalMatch(s); it.hasNext();) {
        const QString column = it.next().captured(1);
        after << u"CREATE UNIQUE INDEX IF NOT EXISTS %1_%2_nocase ON %1 (lower(%2))"_s.arg(tableName, column);
    }
    if (!tableName.isEmpty() && tableName != u"meta"_s && !tableName.startsWith(u"audit_log"_s)) {
        // Live lists (ServerChanges): each committed change of the table is announced once per statement.
        after << u"CREATE OR REPLACE TRIGGER %1_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 FOR EACH "
                 "STATEMENT EXECUTE FUNCTION wijkregie_announce_change()"_s.arg(tableName);
    }
    if (identity.match(s).hasMatch() && !tableName.isEmpty()) {
        // As in SQLite: an INSERT that gives NULL for the id gets the next free one, and one that gives an id moves
        // the next free one past it.
        after << u"CREATE OR REPLACE TRIGGER %1_next_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                 "wijkregie_next_id()"_s.arg(tableName);
    }
    s.replace(caseless, u"\\1 TEXT NOT NULL"_s);
    s.replace(identity, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    s.replace(integer, u"BIGINT"_s);
    s.replace(real, u"DOUBLE PRECISION"_s);
    s.replace(text, u"TEXT COLLATE \"C\""_s);
    s.replace(truthSum, u"\\1::int\\2"_s);
    return QStringList {s} + after;
}

QStringList Postgresql::functions() const
{
    // SQLite's group_concat(value, separator): the non-null values as text, in the order they come. And SQLite's
    // INTEGER PRIMARY KEY: NULL takes the next id, a given id moves the next one past it (schema() adds the trigger).
    return {
        uR"(CREATE COLLATION IF NOT EXISTS wijkregie_nl (provider = icu, locale = 'nl-u-ks-level2', deterministic = false))"_s,
        uR"(CREATE OR REPLACE FUNCTION wijkregie_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                sequence text := pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id');
            BEGIN
                IF NEW.id IS NULL THEN
                    NEW.id := nextval(sequence);
                ELSIF NEW.id > coalesce(pg_sequence_last_value(sequence::regclass), 0) THEN
                    PERFORM setval(sequence, NEW.id);
                END IF;
                RETURN NEW;
            END $$)"_s,
        uR"(CREATE OR REPLACE FUNCTION wijkregie_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('%1', TG_TABLE_NAME);
                RETURN NULL;
            END $$)"_s.arg(QString::fromLatin1(ServerChanges::Channel)),
        uR"(CREATE OR REPLACE FUNCTION wijkregie_concat_step(acc text, item anyelement, separator text) RETURNS text
            LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN item IS NULL THEN acc WHEN acc IS NULL THEN CAST(item AS text)
            ELSE acc || separator || CAST(item AS text) END $$)"_s,
        uR"(CREATE OR REPLACE AGGREGATE group_concat(anyelement, text) (SFUNC = wijkregie_concat_step, STYPE = text))"_s,
    };
}

QString Postgresql::columnsOf(const QString& table) const
{
    return u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND "
           "table_name = "_s
        + quoted(table) + u" ORDER BY ordinal_position"_s;
}

QString Postgresql::schemaVersion() const
{
    return u"SELECT coalesce(max(CAST(value AS integer)), 0) FROM meta WHERE key = 'schema_version'"_s;
}

QString Postgresql::setUserVersion(int version) const
{
    return u"INSERT INTO meta(key, value) VALUES('schema_version', '%1') ON CONFLICT(key) DO UPDATE SET value = "
           "excluded.value"_s.arg(version);
}

QString Postgresql::beginImmediate() const
{
    return u"BEGIN"_s;
}

QString Postgresql::vacuumInto(const QString&) const
{
    notOnServer();
}

QString Postgresql::setApplicationId(quint32) const
{
    notOnServer();
}

QStringList Postgresql::connectionPragmas(bool) const
{
    return {};
}

QStringList Postgresql::purgeFreedContent() const
{
    // Rewrites the persons table without the dead row versions an erasure leaves behind. The server's own WAL and
    // its base backups are the database administrator's to manage (DESIGN.md, Team database).
    return {u"VACUUM FULL persons"_s};
}

QString Postgresql::cacheSize() const
{
    notOnServer();
}

QString Postgresql::setCacheSize(int) const
{
    notOnServer();
}

std::unique_ptr<RowReader> Postgresql::readRows(const QSqlDatabase& db, const QString& select) const
{
    return RowReader::query(db, select);
}

std::unique_ptr<RowReader> Sqlite::readRows(const QSqlDatabase& db, const QString& select) const
{
    return SqliteRows::open(db, select);
}

const Engine& postgresql()
{
    static const Postgresql engine;
    return engine;
}

const Engine& sqlite()
{
    static const Sqlite engine;
    return engine;
}

const Engine& of(const QSqlDatabase& db)
{
    if (db.driverName() == u"QSQLITE"_s) {
        return sqlite();
    }
    if (db.driverName() == u"QPSQL"_s) {
        return postgresql();
    }
    throw Error(
        QCoreApplication::translate("Dialect", "This kind of database (%1) is not supported.").arg(db.driverName()));
}

} // namespace Dialect
