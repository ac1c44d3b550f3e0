#pragma once

#include "core/Error.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>

class Database;

/// The typed values of one CSV row, by column key (CsvValues has read them). Absent columns and empty cells are
/// null.
class ImportRow final
{
public:
    ImportRow(const QHash<QString, int>& index, const QVariantList& values, int row = 0)
        : m_index(index)
        , m_values(values)
        , m_row(row)
    {
    }
    /// The row as a spreadsheet numbers it.
    int row() const { return m_row; }
    QVariant value(const QString& key) const
    {
        const int i = m_index.value(key, -1);
        return i < 0 ? QVariant() : m_values.at(i);
    }
    bool isEmpty(const QString& key) const { return value(key).isNull(); }
    /// True when the file has the column (empty or not).
    bool hasColumn(const QString& key) const { return m_index.contains(key); }
    QString text(const QString& key) const { return value(key).toString(); }
    std::optional<qint64> id(const QString& key) const
    {
        const QVariant v = value(key);
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
    QDate date(const QString& key) const { return value(key).toDate(); }

private:
    const QHash<QString, int>& m_index;
    const QVariantList& m_values;
    int m_row = 0;
};

/// How one table's rows are checked, matched against existing records and written. Implementations live in
/// CsvTableImport.cpp (one per importable table); the caller holds the Transaction.
class TableImport
{
public:
    /// Merged: the row was added to a record an earlier row of the same file added (a second shift on one day).
    enum class Outcome { Added, Merged, Present, Refused };

    virtual ~TableImport() = default;
    /// Checks the row; adds it when it is valid and new (and not checkOnly()). Problems (which refuse the file) and
    /// notices (which do not: a possible duplicate, a record that exists with other values) are appended with the
    /// column key as field. Sets lastId() to the record added or matched.
    virtual Outcome importRow(const ImportRow& row, QList<FieldError>& problems, QList<FieldError>& notices) = 0;
    /// When set, rows are checked but never written: a row with an unreadable cell is still checked for the rest.
    void setCheckOnly(bool checkOnly) { m_checkOnly = checkOnly; }
    bool checkOnly() const { return m_checkOnly; }
    /// The record the last row was added as, or matched when Present; 0 otherwise.
    qint64 lastId() const { return m_lastId; }
    /// Finishes prepared statements; called before commit or rollback.
    virtual void finish() { }

    /// A problem found only when all rows are read (a row that seemed present, but the rows for its record do not
    /// add up to it), with the row it belongs to.
    struct LateProblem
    {
        int row = 0;
        FieldError problem;
    };
    /// Called after the last row, before finish().
    virtual QList<LateProblem> lateProblems() { return {}; }

    /// The handler for an importable table; nullptr for any other name.
    static std::unique_ptr<TableImport> create(const QString& table, Database& db);
    /// Columns a file must have.
    static QStringList requiredColumns(const QString& table);
    /// Required columns whose cells may nevertheless be empty (an anonymous event, an unfilled role).
    static QStringList mayBeEmpty(const QString& table);

protected:
    /// Notes that `id` was added by `row` of this file.
    void added(qint64 id, int row)
    {
        m_lastId = id;
        m_addedRows.insert(id, row);
    }
    /// The row of this file that added `id`; 0 when the record was there before.
    int addedRow(qint64 id) const { return m_addedRows.value(id); }

    qint64 m_lastId = 0;

private:
    bool m_checkOnly = false;
    QHash<qint64, int> m_addedRows;
};
