#include "CommandLine.h"

#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace CommandLine {

namespace {

const Translations::Context tr {"CommandLine"};

const QStringList& implemented()
{
    static const QStringList names {u"new"_s,    u"demo"_s,    u"check"_s, u"backup"_s,  u"report"_s,
                                    u"export"_s, u"import"_s,  u"risk"_s,  u"signals"_s, u"calendar"_s,
                                    u"person"_s, u"publish"_s, u"team"_s};
    return names;
}

/// Subcommands of DESIGN.md that later versions add.
const QStringList& planned()
{
    static const QStringList names;
    return names;
}

/// Options that QApplication itself understands; they mean "open the window".
bool isQtGuiOption(const QString& argument)
{
    static const QStringList options {
        u"-platform"_s,    u"-platformpluginpath"_s, u"-platformtheme"_s, u"-plugin"_s,  u"-qwindowgeometry"_s,
        u"-qwindowicon"_s, u"-qwindowtitle"_s,       u"-reverse"_s,       u"-session"_s, u"-style"_s,
        u"-stylesheet"_s,  u"-widgetcount"_s,        u"-display"_s,       u"-geometry"_s};
    return options.contains(argument);
}

int usageError(const QString& message)
{
    Output::err(message);
    Output::err(QString());
    Output::err(usage());
    return UsageError;
}

} // namespace

QString usage()
{
    return tr("Usage:\n"
              "  wijkregie [FILE]                                  open the window (the start page when no FILE)\n"
              "  wijkregie new OUT [--municipality NAME]           create an empty database\n"
              "  wijkregie demo OUT [--size small|large|huge] [--seed N]\n"
              "                                                    create a demo municipality\n"
              "  wijkregie check FILE                              check integrity, references and schema version\n"
              "  wijkregie backup FILE OUT                         write a checked copy of FILE to OUT\n"
              "  wijkregie report FILE (--ward CODE | --all) --out OUT.pdf|OUT.odt\n"
              "                 [--from DATE --to DATE] [--with-names]\n"
              "                                                    print the council report as PDF/A, or as ODT\n"
              "                                                    to edit in a word processor\n"
              "  wijkregie export FILE --table NAME --out OUT.csv [--dialect excel-nl|rfc4180] [--with-personal-data]\n"
              "                 [--format csv|xlsx]                export a table as CSV, or as an Excel workbook\n"
              "                                                    (xlsx; also for OUT.xlsx); pseudonyms unless asked\n"
              "  wijkregie import FILE --table NAME --in IN.csv [--dry-run]\n"
              "                 [--date-order dmy|mdy] [--map \"Kolom=key,...\"]\n"
              "                                                    import wards, persons, initiatives, involvements,\n"
              "                                                    activities or critical_roles; all rows or none\n"
              "  wijkregie risk FILE [--date YYYY-MM-DD] [--out OUT.csv|OUT.xlsx] [--dialect excel-nl|rfc4180]\n"
              "                                                    write the continuity risk of every active\n"
              "                                                    initiative as CSV (excel-nl unless told) or XLSX\n"
              "  wijkregie signals FILE [--date YYYY-MM-DD] [--out OUT.csv|OUT.xlsx]\n"
              "                                                    write the home screen's signals (continuity\n"
              "                                                    first, with suggested backups) as CSV or XLSX\n"
              "  wijkregie calendar FILE --out OUT.ics             write evaluations, agreement ends, follow-up\n"
              "                                                    deadlines and funding ends as iCalendar\n"
              "  wijkregie person export FILE --id N --out DIR   every record about a resident as CSV files\n"
              "                                                    and a PDF in a new folder (AVG art. 15)\n"
              "  wijkregie person erase FILE --id N [--purge-backups]\n"
              "                                                    erase a resident (AVG art. 17): names, contact\n"
              "                                                    and consent gone, hours and roles kept\n"
              "  wijkregie retention FILE [--apply [--purge-backups]] [--months N]\n"
              "                                                    list (and with --apply anonymise) residents whose\n"
              "                                                    consent ended or who were inactive longer than\n"
              "                                                    the retention period (24 months unless set)\n"
              "  wijkregie audit FILE [--from DATE --to DATE] [--user U] [--entity E] [--action A] --out OUT.csv\n"
              "                                                    write the audit log as CSV\n"
              "  wijkregie publish FILE --to postgresql://SERVER/DATABASE\n"
              "                                                    copy the file's data into a new, empty team\n"
              "                                                    database (password in ~/.pgpass)\n"
              "  wijkregie team init URL                           install the team roles (the database's owner)\n"
              "  wijkregie team add-user URL --user NAME --role wijkregisseur|teamleider|beleidsmedewerker|beheerder\n"
              "  wijkregie team assign-ward URL --user NAME --ward CODE [--remove]\n"
              "  wijkregie team list URL                           the team's members, roles and wards (beheerder)\n"
              "  wijkregie --help                                  show this text\n"
              "  wijkregie --version                               show the version\n"
              "\n"
              "FILE may also be a team database: postgresql://[user@]server[:port]/database.\n"
              "Exit status: 0 success, 1 the command could not be carried out (nothing was changed), "
              "2 usage error.");
}

bool isCommandLine(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const QString& first = arguments.at(1);
    if (implemented().contains(first) || planned().contains(first)) {
        return true;
    }
    if (first.startsWith(u'-')) {
        return !isQtGuiOption(first);
    }
    if (arguments.size() > 2) {
        // wijkregie FILE takes one argument; anything more is a usage error (or Qt's own options).
        return !isQtGuiOption(arguments.at(2));
    }
    // A bare word that is no file name and no existing path is taken as a mistyped subcommand.
    return !QFileInfo::exists(first) && !first.contains(u'.') && !first.contains(u'/');
}

int run(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        return usageError(tr("No subcommand given."));
    }
    const QString& command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        Output::out(usage());
        return Success;
    }
    if (command == u"--version"_s || command == u"-v"_s) {
        Output::out(u"wijkregie "_s + QCoreApplication::applicationVersion());
        return Success;
    }
    if (command == u"new"_s) {
        return Commands::newDatabase(rest);
    }
    if (command == u"demo"_s) {
        return Commands::demo(rest);
    }
    if (command == u"check"_s) {
        return Commands::check(rest);
    }
    if (command == u"backup"_s) {
        return Commands::backup(rest);
    }
    if (command == u"report"_s) {
        return Commands::report(rest);
    }
    if (command == u"export"_s) {
        return Commands::exportTable(rest);
    }
    if (command == u"import"_s) {
        return Commands::importTable(rest);
    }
    if (command == u"risk"_s) {
        return Commands::risk(rest);
    }
    if (command == u"signals"_s) {
        return Commands::signalList(rest);
    }
    if (command == u"calendar"_s) {
        return Commands::calendar(rest);
    }
    if (command == u"person"_s) {
        return Commands::person(rest);
    }
    if (command == u"retention"_s) {
        return Commands::retention(rest);
    }
    if (command == u"audit"_s) {
        return Commands::audit(rest);
    }
    if (command == u"publish"_s) {
        return Commands::publish(rest);
    }
    if (command == u"team"_s) {
        return Commands::team(rest);
    }
    if (planned().contains(command)) {
        return usageError(tr("The subcommand \"%1\" is not available in this version of Wijkregie.").arg(command));
    }
    if (command.startsWith(u'-')) {
        return usageError(tr("Unknown option \"%1\".").arg(command));
    }
    return usageError(tr("Unknown subcommand \"%1\".").arg(command));
}

} // namespace CommandLine
