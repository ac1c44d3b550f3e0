#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

class Database;

/// The parts of a SELECT over one table for TableCursor: the column expressions, the FROM clause (with the table's
/// alias), an optional condition and the order. Made by core from declared columns and numbers, never from text a
/// user typed.
struct TableSelect
{
    QStringList expressions;
    QString from;
    QString where; ///< empty: every row
    QString orderBy;
};

/// The rows of one SELECT, read the engine's fastest way (Dialect::Engine::readRows): raw values, no QVariant or
/// QString per cell where the engine allows. Read only.
class RowReader
{
public:
    enum class Kind { Null, Integer, Real, Text };

    virtual ~RowReader() = default;
    /// Moves to the next row; false after the last. Throws Error when the statement fails.
    virtual bool next() = 0;
    virtual int columnCount() const = 0;
    virtual Kind kind(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    /// UTF-8 text of the column, valid until the next call to next().
    virtual QByteArrayView text(int column) const = 0;

    /// Through QSqlQuery, for any driver: the reader of engines without a faster way. Throws Error when `select`
    /// fails.
    static std::unique_ptr<RowReader> query(const QSqlDatabase& db, const QString& select);
};

/// Reads the rows of one SELECT as raw values, for exports of whole tables (the activity log has millions of
/// rows), through the engine's RowReader (on SQLite its own API). Read only; throws Error when the statement fails.
class TableCursor final
{
public:
    using Kind = RowReader::Kind;

    TableCursor(Database& db, const QString& select);
    /// "SELECT expressions FROM from [WHERE where] ORDER BY orderBy".
    TableCursor(Database& db, const TableSelect& select);
    ~TableCursor();
    Q_DISABLE_COPY_MOVE(TableCursor)

    /// Moves to the next row; false after the last.
    bool next() { return m_reader->next(); }
    int columnCount() const { return m_reader->columnCount(); }
    /// The number of rows `select` reads (its expressions and order play no part). Throws Error when the query
    /// fails.
    static qint64 count(Database& db, const TableSelect& select);
    Kind kind(int column) const { return m_reader->kind(column); }
    qint64 integer(int column) const { return m_reader->integer(column); }
    double real(int column) const { return m_reader->real(column); }
    /// UTF-8 text of the column, valid until the next call to next().
    QByteArrayView text(int column) const { return m_reader->text(column); }

private:
    std::unique_ptr<RowReader> m_reader;
};
