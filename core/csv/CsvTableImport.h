#pragma once

#include "Error.h"

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
    ImportRow(const QHash<QString, int>& index, const QVariantList& values)
        : m_index(index)
        , m_values(values)
    {
    }
    QVariant value(const QString& key) const
    {
        const int i = m_index.value(key, -1);
        return i < 0 ? QVariant() : m_values.at(i);
    }
    bool isEmpty(const QString& key) const { return value(key).isNull(); }
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
};

/// How one table's rows are checked, matched against existing records and written. Implementations live in
/// CsvTableImport.cpp (one per importable table); the caller holds the Transaction.
class TableImport
{
public:
    enum class Outcome { Added, Present, Refused };

    virtual ~TableImport() = default;
    /// Checks the row; adds it when it is valid and new. Problems are appended with the column key as field.
    virtual Outcome importRow(const ImportRow& row, QList<FieldError>& problems) = 0;
    /// Finishes prepared statements; called before commit or rollback.
    virtual void finish() { }

    /// The handler for an importable table; nullptr for any other name.
    static std::unique_ptr<TableImport> create(const QString& table, Database& db);
    /// Columns a file must have.
    static QStringList requiredColumns(const QString& table);
    /// Required columns whose cells may nevertheless be empty (an anonymous event, an unfilled role).
    static QStringList mayBeEmpty(const QString& table);
};
