#pragma once

#include "core/storage/AuditLog.h"

#include <QList>
#include <QString>

class Database;

/// Every record that concerns one resident (AVG art. 15, the right of access): which rows of which table, as SQL
/// conditions on the table's alias x0, made from the person's number alone. The subject-access export writes these
/// rows; its test counts them.
namespace PersonRecords {

struct TableRows
{
    QString table; ///< a CsvTables key: persons, involvements, activities, critical_roles, offers
    QString where; ///< condition on alias x0
};

/// The person's own row, their involvements, their hours (activities), the critical roles they hold or back up,
/// and their offers in the support map.
QList<TableRows> tables(qint64 personId);
/// The condition on audit_log (alias x0) for the entries about the person: the person's own entries and those of
/// their involvements, activities, critical roles and offers (by the ids those records have now).
QString auditWhere(qint64 personId);
/// The audit entries about the person, oldest first.
QList<AuditEntry> auditEntries(Database& db, qint64 personId);

} // namespace PersonRecords
