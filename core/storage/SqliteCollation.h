#pragma once

#include <QSqlDatabase>

/// The SQLite side of the sort collation that Dialect::Sqlite names (Dialect::Engine::sortCollation).
namespace SqliteCollation {

/// Registers the sort collation on an open QSQLITE connection, comparing through Collation::compare (Dutch order,
/// without regard to case). SQLite forgets it when the connection closes, so every connection that may sort names
/// calls this after opening. The collation is used in queries only, never in the schema, so that any SQLite tool can
/// still read a Wijkregie file. Throws Error when the driver gives no SQLite handle or SQLite refuses.
void install(const QSqlDatabase& db);

} // namespace SqliteCollation
