#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

class Database;
struct sqlite3_stmt;

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

/// Reads the rows of one SELECT as raw values, for exports of whole tables (the activity log has millions of
/// rows). On SQLite it steps the statement through SQLite's own API, without a QVariant or a QString per cell;
/// on any other driver it falls back to QSqlQuery. Read only; throws Error when the statement fails.
class TableCursor final
{
public:
    enum class Kind { Null, Integer, Real, Text };

    TableCursor(Database& db, const QString& select);
    /// "SELECT expressions FROM from [WHERE where] ORDER BY orderBy".
    TableCursor(Database& db, const TableSelect& select);
    ~TableCursor();
    Q_DISABLE_COPY_MOVE(TableCursor)

    /// Moves to the next row; false after the last.
    bool next();
    int columnCount() const { return m_columns; }
    /// The number of rows `select` reads (its expressions and order play no part). Throws Error when the query
    /// fails.
    static qint64 count(Database& db, const TableSelect& select);
    Kind kind(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    /// UTF-8 text of the column, valid until the next call to next().
    QByteArrayView text(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    QSqlQuery m_query; ///< the fallback
    QList<QVariant> m_values;
    mutable QList<QByteArray> m_texts;
    int m_columns = 0;
};
