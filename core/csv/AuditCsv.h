#pragma once

#include "core/csv/CsvWriter.h"
#include "core/storage/AuditLog.h"

#include <QList>

class QIODevice;

/// The audit log as CSV (BIO 8.15: the log can be read and handed to whoever checks it): number, time (UTC, ISO
/// 8601), OS account, entity, record number, action, fields ('|' between them) and records. The log holds no
/// personal values, so neither does this file; the accounts are the municipality's own staff.
namespace AuditCsv {

QList<CsvColumn> columns();
/// Writes the entries with a header row; returns how many were written. Throws Error on a write failure.
qint64 write(QIODevice& out, CsvDialect dialect, const QList<AuditEntry>& entries);

} // namespace AuditCsv
