#pragma once

#include <QSqlDatabase>
#include <QString>

/// Ordered schema migrations. Each step brings the schema from version N-1 to N; `apply` runs every step after
/// `fromVersion`, inside the caller's transaction.
namespace Migrations {

/// Runs every step after `fromVersion` (0: an empty database) on the connection's engine (Dialect::of). Throws Error.
void apply(const QSqlDatabase& db, int fromVersion);
/// True when `table` has the column (for steps that add one: ALTER TABLE ... ADD COLUMN is not safe to run twice).
bool hasColumn(const QSqlDatabase& db, const QString& table, const QString& column);

} // namespace Migrations
