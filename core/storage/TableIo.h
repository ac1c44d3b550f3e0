#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <memory>

class Database;
struct sqlite3_stmt;

/// Reads the rows of one SELECT as raw values, for exports of whole tables (the activity log has millions of
/// rows). On SQLite it steps the statement through SQLite's own API, without a QVariant or a QString per cell;
/// on any other driver it falls back to QSqlQuery. Read only; throws Error when the statement fails.
class TableCursor final
{
public:
    enum class Kind { Null, Integer, Real, Text };

    TableCursor(Database& db, const QString& select);
    ~TableCursor();
    Q_DISABLE_COPY_MOVE(TableCursor)

    /// Moves to the next row; false after the last.
    bool next();
    int columnCount() const { return m_columns; }
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
