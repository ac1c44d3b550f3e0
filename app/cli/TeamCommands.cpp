// wijkregie team init URL
// wijkregie team add-user URL --user NAME --role wijkregisseur|teamleider|beleidsmedewerker|beheerder
// wijkregie team assign-ward URL --user NAME --ward CODE [--remove]
// wijkregie team list URL
#include "app/cli/CommandLine.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/CommandText.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "core/Error.h"
#include "core/storage/Database.h"
#include "core/storage/TeamRoles.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

/// Opens the team database named by the first positional argument; a file is a usage error (nullptr, status in
/// *exitCode).
std::unique_ptr<Database> openTeamDatabase(const QCommandLineParser& parser, int* exitCode)
{
    const QString url = parser.positionalArguments().at(0);
    if (!Database::isServerUrl(url)) {
        *exitCode = CommandSupport::usageError(
            tr("Team roles exist on a team database only; give it as postgresql://server/database, not \"%1\".")
                .arg(url));
        return nullptr;
    }
    return Database::open(url);
}

int init(const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"team init"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    try {
        auto db = openTeamDatabase(parser, &exitCode);
        if (!db) {
            return exitCode;
        }
        TeamRoles::install(*db);
        Output::out(tr("The team roles are installed: wijkregisseur, teamleider, beleidsmedewerker and beheerder. "
                       "Add users with wijkregie team add-user."));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

int addUser(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(u"user"_s, tr("The user's name on the server (their login)."), u"NAME"_s);
    const QCommandLineOption roleOption(
        u"role"_s, tr("The team role: wijkregisseur, teamleider, beleidsmedewerker or beheerder."), u"ROLE"_s);
    parser.addOptions({userOption, roleOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"team add-user"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const QString user = parser.value(userOption).trimmed();
    if (user.isEmpty()) {
        return CommandSupport::usageError(tr("Give the user's name with --user."));
    }
    const auto role = TeamRoles::fromKey(parser.value(roleOption));
    if (!role) {
        return CommandSupport::usageError(
            tr("Give the role with --role: wijkregisseur, teamleider, beleidsmedewerker or beheerder."));
    }
    try {
        auto db = openTeamDatabase(parser, &exitCode);
        if (!db) {
            return exitCode;
        }
        TeamRoles::addUser(*db, user, *role);
        Output::out(tr("%1 is %2 in this team database. Their password is set on the server (never on a command "
                       "line); a wijkregisseur gets wards with wijkregie team assign-ward.")
                        .arg(user, TeamRoles::label(*role)));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

int assignWard(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(u"user"_s, tr("The member's name on the server."), u"NAME"_s);
    const QCommandLineOption wardOption(u"ward"_s, tr("The ward's code."), u"CODE"_s);
    const QCommandLineOption removeOption(u"remove"_s, tr("Take the ward away from the member instead."));
    parser.addOptions({userOption, wardOption, removeOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"team assign-ward"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const QString user = parser.value(userOption).trimmed();
    const QString ward = parser.value(wardOption).trimmed();
    if (user.isEmpty() || ward.isEmpty()) {
        return CommandSupport::usageError(tr("Give the member with --user and the ward's code with --ward."));
    }
    const bool remove = parser.isSet(removeOption);
    try {
        auto db = openTeamDatabase(parser, &exitCode);
        if (!db) {
            return exitCode;
        }
        TeamRoles::assignWard(*db, user, ward, !remove);
        Output::out(remove ? tr("%1 no longer edits ward %2.").arg(user, ward)
                           : tr("%1 edits ward %2.").arg(user, ward));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

int list(const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"team list"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    try {
        auto db = openTeamDatabase(parser, &exitCode);
        if (!db) {
            return exitCode;
        }
        const QList<TeamRoles::Member> members = TeamRoles::members(db->connection());
        if (members.isEmpty()) {
            Output::out(tr("The team has no members yet; add them with wijkregie team add-user."));
        }
        for (const TeamRoles::Member& m : members) {
            Output::out(m.wardCodes.isEmpty()
                            ? tr("%1: %2").arg(m.user, TeamRoles::label(m.role))
                            : tr("%1: %2, wards %3").arg(m.user, TeamRoles::label(m.role), m.wardCodes.join(u", "_s)));
        }
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

} // namespace

int team(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == u"init"_s) {
        return init(arguments.mid(1));
    }
    if (action == u"add-user"_s) {
        return addUser(arguments.mid(1));
    }
    if (action == u"assign-ward"_s) {
        return assignWard(arguments.mid(1));
    }
    if (action == u"list"_s) {
        return list(arguments.mid(1));
    }
    return CommandSupport::usageError(
        action.isEmpty() ? tr("Say what to do with the team: init, add-user, assign-ward or list.")
                         : tr("Unknown action \"%1\" for team; use init, add-user, assign-ward or list.").arg(action));
}

} // namespace Commands
