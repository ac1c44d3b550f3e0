#include "Commands.h"

#include "app/cli/CommandLine.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/CommandText.h"
#include "app/cli/Output.h"
#include "core/Error.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Publish.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/WardRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

using CommandSupport::parse;
using CommandSupport::usageError;
using CommandSupport::userError;

volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

/// A name beside `out` that does not exist yet, for writing before the final rename.
QString temporaryPathBeside(const QString& out)
{
    const QFileInfo info(out);
    for (;;) {
        QString candidate = info.absolutePath() + u"/."_s + info.fileName() + u'.'
            + QString::number(QRandomGenerator::global()->generate(), 36) + u".part"_s;
        if (!QFileInfo::exists(candidate)) {
            return candidate;
        }
    }
}

/// Removes the unfinished demo file, whose connection is closed (SQLite has removed its journal files then).
void removeUnfinished(const QString& path)
{
    QFile::remove(path);
}

std::unique_ptr<Database> openReadOnly(const QString& path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    return Database::open(path, options);
}

} // namespace

int newDatabase(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"OUT"_s, tr("The new database file."));
    parser.addOption({u"municipality"_s, tr("The municipality's name."), u"NAME"_s});
    int exitCode = 0;
    if (!parse(parser, u"new"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const QString out = parser.positionalArguments().at(0);
    try {
        Database::create(out, parser.value(u"municipality"_s));
    } catch (const Error& e) {
        return userError(e);
    }
    Output::out(tr("Created the empty database %1.").arg(native(out)));
    return CommandLine::Success;
}

int demo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"OUT"_s, tr("The new database file."));
    parser.addOption({u"size"_s, tr("small, large or huge."), u"SIZE"_s, u"small"_s});
    parser.addOption({u"seed"_s, tr("The seed: the same seed gives the same municipality."), u"N"_s, u"1"_s});
    parser.addOption({u"municipality"_s, tr("The municipality's name."), u"NAME"_s});
    int exitCode = 0;
    if (!parse(parser, u"demo"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    DemoOptions options;
    const auto size = demoSizeFromKey(parser.value(u"size"_s));
    if (!size) {
        return usageError(tr("Unknown size \"%1\"; choose small, large or huge.").arg(parser.value(u"size"_s)));
    }
    options.size = *size;
    bool seedOk = false;
    const QString seedText = parser.value(u"seed"_s);
    options.seed = seedText.toUInt(&seedOk, 10);
    if (!seedOk || seedText.startsWith(u'+')) {
        return usageError(tr("The seed must be a whole number from 0 to 4294967295, not \"%1\".").arg(seedText));
    }
    options.municipality = parser.value(u"municipality"_s);

    const QString out = parser.positionalArguments().at(0);
    const QFileInfo target(out);
    if (!target.dir().exists()) {
        return userError(Error(tr("The folder %1 does not exist.").arg(native(target.absolutePath()))));
    }
    if (target.exists() || target.isSymLink()) {
        return userError(Error(tr("The file %1 already exists; Wijkregie does not overwrite it.").arg(native(out))));
    }

    const QString temp = temporaryPathBeside(out);
    const bool showProgress = Output::stderrIsTerminal();
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QElapsedTimer timer;
    timer.start();
    qint64 wards = 0;
    qint64 initiatives = 0;
    qint64 persons = 0;
    try {
        auto db = Database::create(temp, options.municipality);
        generateDemo(*db, options, [showProgress](int percent) {
            if (showProgress) {
                std::fprintf(stderr, "\r%s",
                             tr("Generating the demo municipality: %1%").arg(percent).toLocal8Bit().constData());
                std::fflush(stderr);
            }
            return interrupted == 0;
        });
        if (showProgress) {
            std::fputs("\n", stderr);
        }
        wards = WardRepository(*db).count({});
        initiatives = InitiativeRepository(*db).count({});
        persons = PersonRepository(*db).count({});
        db.reset(); // closes the connection, which checkpoints the journal into the file
        if (interrupted != 0) {
            throw DemoCancelled();
        }
        if (QFileInfo::exists(out) || !QFile::rename(temp, out)) {
            throw Error(tr("The file %1 could not be written; nothing was changed.").arg(native(out)));
        }
    } catch (const Error& e) {
        if (showProgress) {
            std::fputs("\n", stderr);
        }
        removeUnfinished(temp);
        return userError(e);
    }
    const QLocale locale;
    Output::out(tr("Wrote the %1 demo municipality to %2 in %3 s: %4 wards, %5 initiatives, %6 persons (seed %7).")
                    .arg(demoSizeKey(options.size), native(out), locale.toString(timer.elapsed() / 1000.0, 'f', 1),
                         locale.toString(wards), locale.toString(initiatives), locale.toString(persons))
                    .arg(options.seed));
    return CommandLine::Success;
}

int check(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, tr("The database to check."));
    int exitCode = 0;
    if (!parse(parser, u"check"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const QString file = parser.positionalArguments().at(0);
    try {
        Output::out(tr("Checking %1").arg(native(file)));
        auto db = openReadOnly(file);
        CommandSupport::printWarnings(*db);
        const CheckResult result = db->check();
        if (result.damaged) {
            // No counts from a damaged file: reading its pages fails, and the message that matters is the backup.
            for (const QString& problem : result.problems) {
                Output::err(problem);
            }
            Output::err(SqliteFile::damagedError(file).message());
            return CommandLine::UserError;
        }
        const QLocale locale;
        Output::out(tr("Municipality: %1").arg(db->municipality()));
        Output::out(tr("Schema version: %1 (this version reads up to %2)")
                        .arg(result.schemaVersion)
                        .arg(Database::LatestSchemaVersion));
        Output::out(tr("Integrity and references: %1").arg(result.ok ? tr("ok") : tr("PROBLEMS FOUND")));
        Output::out(tr("Wards: %1").arg(locale.toString(WardRepository(*db).count({}))));
        Output::out(tr("Initiatives: %1").arg(locale.toString(InitiativeRepository(*db).count({}))));
        Output::out(tr("Persons: %1").arg(locale.toString(PersonRepository(*db).count({}))));
        if (!result.ok) {
            for (const QString& problem : result.problems) {
                Output::err(problem);
            }
            Output::err(tr("The file %1 has problems; restore it from a backup.").arg(native(file)));
            return CommandLine::UserError;
        }
    } catch (const Error& e) {
        return userError(e);
    }
    Output::out(tr("No problems found."));
    return CommandLine::Success;
}

int backup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, tr("The database to copy."));
    parser.addPositionalArgument(u"OUT"_s, tr("The backup file to write."));
    int exitCode = 0;
    if (!parse(parser, u"backup"_s, arguments, 2, &exitCode)) {
        return exitCode;
    }
    const QString file = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);
    try {
        auto db = openReadOnly(file);
        db->backupTo(out);
    } catch (const Error& e) {
        return userError(e);
    }
    Output::out(tr("Wrote a checked backup of %1 to %2.").arg(native(file), native(out)));
    return CommandLine::Success;
}

int publish(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, tr("The Wijkregie file to publish."));
    const QCommandLineOption toOption(
        u"to"_s, tr("The new, empty server database: postgresql://[user@]server[:port]/database."), u"URL"_s);
    parser.addOption(toOption);
    int exitCode = 0;
    if (!parse(parser, u"publish"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const QString file = parser.positionalArguments().at(0);
    const QString url = parser.value(toOption).trimmed();
    if (url.isEmpty()) {
        return usageError(tr("Give the server database to publish to with --to postgresql://server/database."));
    }
    if (!Database::isServerUrl(url)) {
        return usageError(tr("\"%1\" is not a server database; write postgresql://server/database.").arg(url));
    }
    if (Database::isServerUrl(file)) {
        return usageError(tr("Publish copies a Wijkregie file to a server; give the file first."));
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    try {
        if (!QFileInfo::exists(file)) {
            throw Error(tr("The file %1 does not exist.").arg(native(file)));
        }
        QElapsedTimer timer;
        timer.start();
        auto db = openReadOnly(file);
        CommandSupport::printWarnings(*db);
        const Publish::Result result = Publish::toServer(*db, url, [] { return interrupted == 0; });
        // (Not qMin with a template argument here: lupdate's parser loops on it.)
        const int rows = result.rows > INT_MAX ? INT_MAX : int(result.rows);
        Output::out(QCoreApplication::translate("Commands", "Published %n row(s) of %1 to %2 in %3 s.", nullptr, rows)
                        .arg(native(file), url, QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
    } catch (const Error& e) {
        return userError(e);
    }
    return CommandLine::Success;
}

} // namespace Commands
