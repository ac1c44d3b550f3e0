#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class Database;

/// Roles on the team database, enforced by the PostgreSQL server itself (DESIGN.md, Team database): grants and
/// row-level security, deny by default. What a client does not send, it cannot get by sending other SQL.
///
/// - wijkregisseur: reads everything but the names and contact details of residents of wards not assigned to them
///   (those come as a pseudonym, "P-<id>", as in a CSV export without personal data); edits only the records of their
///   own wards and the team-wide agreements with partners.
/// - teamleider: reads everything, with names; edits the risk weights, beleidskaders and themes, and the wards.
/// - beleidsmedewerker: reads everything pseudonymised (residents and partners' contact persons); edits nothing.
/// - beheerder: adds users and assigns wards; handles AVG requests (residents' records: access, erasure).
///
/// How: four group roles per database ("<database>_wijkregisseur", ...; roles are cluster-wide, so they carry the
/// database's name), a schema `wijkregie_team` with the members, their ward assignments, and masking views of
/// `persons` and `partners` that a member's search_path puts before the tables (so that the application's SQL is
/// the same for every role), and row-level security on every table of the schema. The members' own login roles are
/// made by add-user (no password: the server's administrator sets one, or the server signs in by peer, LDAP or
/// Kerberos; never on a command line).
namespace TeamRoles {

enum class Role { Wijkregisseur, Teamleider, Beleidsmedewerker, Beheerder };

/// The role's key as stored and typed on the command line ("wijkregisseur", ...).
QString key(Role role);
/// The role for a key; nullopt for any other text.
std::optional<Role> fromKey(const QString& key);
/// The role's name for the user (translated; the Dutch terms are the field's own).
QString label(Role role);

/// A member of the team: a login role of the server with one team role and the wards it edits.
struct Member
{
    QString user; ///< the login role's name on the server
    Role role = Role::Wijkregisseur;
    QStringList wardCodes; ///< the wards assigned (wijkregisseur), by code, sorted
};

/// True when the server database has the team roles installed (the schema `wijkregie_team` exists).
bool installed(const QSqlDatabase& db);

/// Installs, or brings up to date after a migration, the group roles, grants, policies and views on a server
/// database at the latest schema version. Safe to run twice; run by the database's owner (publish does, and
/// `wijkregie team init`), who needs CREATEROLE for the group roles. Run it inside the caller's transaction.
/// Throws Error (not a server database, a database name too long for the role names, the server refused).
void install(const QSqlDatabase& db);

/// Adds a member: makes a login role `user` (when the server has none by that name) and gives it `role` (in place
/// of any other team role it had). Only the beheerder (or the owner) may; the server refuses anyone else. A user
/// who is a superuser, or may create roles, is refused: the team roles would not bind them. Throws Error.
void addUser(const QSqlDatabase& db, const QString& user, Role role);

/// Assigns the ward with this code to a member (a wijkregisseur edits the wards assigned to them), or with
/// `assigned` false takes it away. Throws Error for an unknown member or ward, or when the server refuses.
void assignWard(const QSqlDatabase& db, const QString& user, const QString& wardCode, bool assigned = true);

/// install(), addUser() and assignWard(), each in a transaction of its own on `db` (`wijkregie team`): all of it
/// or, when the server refuses a part, nothing. Throw Error as those do.
void install(Database& db);
void addUser(Database& db, const QString& user, Role role);
void assignWard(Database& db, const QString& user, const QString& wardCode, bool assigned = true);

/// The members, by user name, with their wards. Throws Error.
QList<Member> members(const QSqlDatabase& db);

/// The team role of the connection's own user; nullopt when it has none (the owner, or someone outside the team).
std::optional<Role> currentRole(const QSqlDatabase& db);
/// The connection's own user as a member of the team, with their wards; nullopt as for currentRole. Throws Error.
std::optional<Member> currentMember(const QSqlDatabase& db);

} // namespace TeamRoles
