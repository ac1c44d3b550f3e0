#pragma once

#include <QSqlDatabase>

/// Ordered schema migrations. Each step brings the schema from version N-1 to N; `apply` runs every step after
/// `fromVersion`, inside the caller's transaction.
namespace Migrations {

/// The schema version the last step brings a file to: the version this build writes and reads. Adding a step adds
/// one here; Migrations.cpp checks that the two agree.
constexpr int LatestVersion = 6;

/// Runs every step after `fromVersion` (0: an empty database) on the connection's engine (Dialect::of). Throws Error.
void apply(const QSqlDatabase& db, int fromVersion);

} // namespace Migrations
