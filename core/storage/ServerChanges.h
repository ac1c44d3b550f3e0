#pragma once

/// Live lists on the team database (DESIGN.md, Team database): the server announces each committed change of a
/// table on this LISTEN/NOTIFY channel, with the table's name as the payload (a statement trigger per table,
/// Dialect::Postgresql::schema); every window listens (QSqlDriver::subscribeToNotification) and refreshes the lists
/// of that table.
namespace ServerChanges {

inline constexpr const char* Channel = "wijkregie_changes";

} // namespace ServerChanges
