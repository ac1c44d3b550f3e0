#pragma once

#include <QStringList>
#include <optional>

/// One function per subcommand. Each gets the arguments after the subcommand's name and returns the exit status
/// (CommandLine::ExitCode). They print results on stdout and problems on stderr.
namespace Commands {

int newDatabase(const QStringList& arguments);
int demo(const QStringList& arguments);
int check(const QStringList& arguments);
int backup(const QStringList& arguments);
int report(const QStringList& arguments);
int exportTable(const QStringList& arguments);
int importTable(const QStringList& arguments);
int risk(const QStringList& arguments);
int signalList(const QStringList& arguments);
int calendar(const QStringList& arguments);
/// person export FILE --id N --out DIR (AVG art. 15), person erase FILE --id N [--purge-backups] (AVG art. 17).
int person(const QStringList& arguments);
/// retention FILE [--apply [--purge-backups]] [--months N] (AVG art. 5(1)(e)).
int retention(const QStringList& arguments);
/// audit FILE [--from D --to D] [--user U] [--entity E] [--action A] --out OUT.csv (BIO 8.15).
int audit(const QStringList& arguments);
/// `publish FILE --to URL`: the file's data into a new, empty PostgreSQL database (Publish::toServer).
int publish(const QStringList& arguments);
/// `team init|add-user|assign-ward|list URL ...`: the team database's roles (TeamRoles; DESIGN.md, Team database).
int team(const QStringList& arguments);

} // namespace Commands
