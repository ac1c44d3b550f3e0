#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <type_traits>

class RowReader;

/// What differs between the SQL engines Wijkregie runs on (DESIGN.md, Storage): collation, list aggregation,
/// month-of-date, the statements of the file itself (pragmas, backup, schema version) and how a write transaction
/// starts. Everything else is written in SQL that both SQLite 3.40 and PostgreSQL 15 accept (ON CONFLICT DO
/// NOTHING, IS NOT DISTINCT FROM, RETURNING). One implementation per engine: SQLite 3.40 (the file) and PostgreSQL
/// 15 (the team database, DESIGN.md "Team database (PostgreSQL)").
namespace Dialect {

class Engine
{
public:
    virtual ~Engine() = default;

    /// The expression compared and sorted without regard to case ("name COLLATE NOCASE"). Compare it with another
    /// caseInsensitive() expression (also for a bound value: caseInsensitive("?")).
    virtual QString caseInsensitive(const QString& expression) const = 0;
    /// The collation that sorts names and titles the Dutch way without case (SQLite: SqliteCollation; PostgreSQL: ICU).
    virtual QString sortCollation() const = 0;
    /// The expression in the sort collation, for the ORDER BY of names and titles ("p.last_name COLLATE ...").
    QString sorted(const QString& expression) const
    {
        return expression + QStringLiteral(" COLLATE ") + sortCollation();
    }
    /// The values of `expression` joined by the literal `separator` (an aggregate; order them in a subquery).
    virtual QString listAggregate(const QString& expression, const QString& separator) const = 0;
    /// A scalar subquery: the `column` of the rows of `orderedSubquery`, in its order, joined by `separator`.
    QString orderedList(const QString& column, const QString& orderedSubquery, const QString& separator) const
    {
        return QStringLiteral("(SELECT ") + listAggregate(column, separator) + QStringLiteral(" FROM (")
            + orderedSubquery + QStringLiteral(") AS ordered_items)");
    }
    /// "YYYY-MM" of an ISO-8601 date held as text.
    virtual QString monthOf(const QString& isoDate) const = 0;
    /// The operator of a pattern match that ignores the case of ASCII letters, as SQLite's LIKE does.
    virtual QString likeIgnoringCase() const = 0;

    /// A schema statement as this engine takes it. Migrations are written in SQLite's DDL; the server's dialect maps
    /// its column types and case-insensitive unique columns. One or more statements.
    virtual QStringList schema(const QString& statement) const = 0;
    /// Functions that SQL written once for both engines calls and this engine lacks, created with the schema (the
    /// CSV declarations' group_concat on PostgreSQL). Safe to run twice.
    virtual QStringList functions() const = 0;
    /// A query whose first column lists the names of the columns of `table` (a plain name).
    virtual QString columnsOf(const QString& table) const = 0;
    /// A query whose one value is the database's schema version (no row or 0: an empty database).
    virtual QString schemaVersion() const = 0;
    /// Sets the schema version.
    virtual QString setUserVersion(int version) const = 0;

    /// Starts a write transaction that takes the write lock at once.
    virtual QString beginImmediate() const = 0;
    /// Writes a consistent copy of the database to `path`.
    virtual QString vacuumInto(const QString& path) const = 0;
    virtual QString setApplicationId(quint32 id) const = 0;
    /// What every connection sends first (DESIGN.md, Storage: foreign keys, journal mode, synchronous).
    virtual QStringList connectionPragmas(bool wal) const = 0;
    /// The statements, run outside any transaction, after which no copy of deleted or overwritten values remains
    /// in the database's files (AVG art. 17): for SQLite, the WAL copied into the file and truncated, VACUUM, and the
    /// WAL truncated again. Each row a statement returns is read; a first column of 1 means "busy, not done".
    virtual QStringList purgeFreedContent() const = 0;
    /// Reads and sets the page cache of the connection: positive in pages, negative in KiB.
    virtual QString cacheSize() const = 0;
    virtual QString setCacheSize(int size) const = 0;
    /// The rows of `select` on `db`, read this engine's fastest way (core/storage/TableIo.h). Throws Error when
    /// `select` fails.
    virtual std::unique_ptr<RowReader> readRows(const QSqlDatabase& db, const QString& select) const = 0;
};

/// The engines (Dialect.cpp): SQLite 3.40 through QSQLITE, the file; PostgreSQL 15 through QPSQL, the team
/// database. On PostgreSQL text columns collate "C" and case is folded as in SQLite (ASCII letters only), so that the
/// server sorts and compares as the file does; integers are bigint, ids identity columns that also take a given id;
/// the schema version is a row of meta. The file's statements (backup, pragmas, cache) do not exist on a server:
/// there they throw Error.
const Engine& sqlite();
const Engine& postgresql();

/// An SQL expression declared once for every engine: a fixed text, or a text made for the engine at hand (a list
/// aggregated through Engine::listAggregate). Empty when default-constructed.
class Expression
{
public:
    Expression() = default;
    /// The same text on every engine.
    Expression(QString text)
        : m_make([text = std::move(text)](const Engine&) { return text; })
    {
    }
    /// The text `make` returns for the engine.
    template<typename F>
    requires std::is_invocable_r_v<QString, F, const Engine&> Expression(F make)
        : m_make(std::move(make))
    {
    }
    bool isEmpty() const { return !m_make; }
    /// The expression as `engine` takes it; empty for an empty Expression.
    QString in(const Engine& engine) const { return m_make ? m_make(engine) : QString(); }

private:
    std::function<QString(const Engine&)> m_make;
};
/// The dialect of a connection, by its driver. Throws Error for a driver without one.
const Engine& of(const QSqlDatabase& db);

/// Quoted string literal ('it''s'); the same in every engine.
QString quoted(const QString& text);

/// The SQLite file's statements, for the code that handles the file itself (Database, SqliteFile).
inline QString beginImmediate()
{
    return sqlite().beginImmediate();
}
inline QString vacuumInto(const QString& path)
{
    return sqlite().vacuumInto(path);
}
inline QString setUserVersion(int version)
{
    return sqlite().setUserVersion(version);
}
inline QString setApplicationId(quint32 id)
{
    return sqlite().setApplicationId(id);
}
inline QStringList connectionPragmas(bool wal)
{
    return sqlite().connectionPragmas(wal);
}
inline QStringList purgeFreedContent()
{
    return sqlite().purgeFreedContent();
}
inline QString cacheSize()
{
    return sqlite().cacheSize();
}
inline QString setCacheSize(int size)
{
    return sqlite().setCacheSize(size);
}

} // namespace Dialect
