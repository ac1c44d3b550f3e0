// wijkregie person erase FILE --id N [--purge-backups]
// wijkregie person export FILE --id N --out DIR
// wijkregie retention FILE [--apply [--purge-backups]] [--months N]
// wijkregie audit FILE [--from D --to D] [--user U] [--entity E] [--action A] --out OUT.csv
#include "app/cli/CommandLine.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/CommandText.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "core/Error.h"
#include "core/csv/AuditCsv.h"
#include "core/io/SafeOutput.h"
#include "core/privacy/PersonErasure.h"
#include "core/privacy/PersonalDataUse.h"
#include "core/privacy/SubjectAccess.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/RetentionRepository.h"
#include "ui/persons/SubjectAccessPdf.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

/// The person's number from --id; 0 (with the usage error printed into *exitCode) when it is missing or no number.
qint64 personId(const QCommandLineParser& parser, const QCommandLineOption& option, int* exitCode)
{
    bool ok = false;
    const qint64 id = parser.value(option).trimmed().toLongLong(&ok);
    if (!parser.isSet(option) || !ok || id <= 0) {
        *exitCode = CommandSupport::usageError(parser.isSet(option)
                                                   ? tr("--id is not a resident's number: %1").arg(parser.value(option))
                                                   : tr("Give the resident's number with --id."));
        return 0;
    }
    return id;
}

int erase(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption idOption(u"id"_s, tr("The resident's number."), u"N"_s);
    const QCommandLineOption purgeOption(u"purge-backups"_s,
                                         tr("Also delete the backups that still hold the resident's data."));
    parser.addOptions({idOption, purgeOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"person erase"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const qint64 id = personId(parser, idOption, &exitCode);
    if (id == 0) {
        return exitCode;
    }
    const QString file = parser.positionalArguments().constFirst();
    try {
        if (!QFileInfo::exists(file)) {
            throw Error(tr("The file %1 does not exist.").arg(native(file)));
        }
        auto db = Database::open(file);
        CommandSupport::printWarnings(*db);
        PersonErasure::Options options;
        options.purgeBackups = parser.isSet(purgeOption);
        const ErasureReport report = PersonErasure::erase(*db, id, options);
        if (!report.alreadyErased) {
            Output::out(tr("Resident %1 was erased and is now \"%2\": %3 emptied.")
                            .arg(id)
                            .arg(report.erasedName, report.fields.join(u", "_s)));
            Output::out(tr("Kept, without the person's data: %n involvement(s)", nullptr, report.involvements) + u", "_s
                        + tr("%n day(s) with hours", nullptr, report.activityDays) + u", "_s
                        + tr("%n critical role(s)", nullptr, report.criticalRoles) + u", "_s
                        + tr("%n offer(s)", nullptr, report.offers) + u'.');
            Output::out(tr("The file and its journal no longer hold the erased data."));
        }
        if (report.backups.isEmpty()) {
            Output::out(tr("No backup in the backups folder holds the resident's data."));
        } else if (report.backupsPurged) {
            Output::out(
                tr("Deleted %n backup(s) that still held the resident's data:", nullptr, int(report.backups.size())));
            for (const QString& backup : report.backups) {
                Output::out(u"  "_s + native(backup));
            }
            if (!report.newBackup.isEmpty()) {
                Output::out(tr("Made a new backup without them: %1").arg(native(report.newBackup)));
            }
        } else {
            Output::out(tr("%n backup(s) still hold the resident's data:", nullptr, int(report.backups.size())));
            for (const QString& backup : report.backups) {
                Output::out(u"  "_s + native(backup));
            }
            Output::out(
                tr("Delete them with: wijkregie person erase %1 --id %2 --purge-backups").arg(native(file)).arg(id));
        }
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

int exportRecords(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption idOption(u"id"_s, tr("The resident's number."), u"N"_s);
    const QCommandLineOption outOption(u"out"_s, tr("The new (or empty) folder to write the files in."), u"DIR"_s);
    parser.addOptions({idOption, outOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"person export"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const qint64 id = personId(parser, idOption, &exitCode);
    if (id == 0) {
        return exitCode;
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        return CommandSupport::usageError(tr("Give the folder to write the files in with --out."));
    }
    const QString file = parser.positionalArguments().constFirst();
    try {
        if (!QFileInfo::exists(file)) {
            throw Error(tr("The file %1 does not exist.").arg(native(file)));
        }
        // Writable: the export is recorded in the audit log.
        auto db = Database::open(file);
        CommandSupport::printWarnings(*db);
        if (!PersonRepository(*db).find(id)) {
            throw Error(tr("There is no resident with number %1; nothing was written.").arg(id));
        }
        SubjectAccess::prepareFolder(out);
        const SubjectAccessExport result = SubjectAccess::writeCsv(*db, id, out);
        SubjectAccessPdf::write(result.folder + u'/' + SubjectAccessPdf::fileName(), result, db->municipality(),
                                {file});
        SubjectAccess::recordAccess(*db, result);
        Output::out(tr("Wrote every record about resident %1 to %2:").arg(id).arg(native(result.folder)));
        for (const SubjectAccessTable& table : result.tables) {
            Output::out(u"  "_s + tr("%1: %n record(s)", nullptr, int(table.rows.size())).arg(table.fileName));
        }
        Output::out(u"  "_s + SubjectAccessPdf::fileName());
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

} // namespace

int person(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == u"erase"_s) {
        return erase(arguments.mid(1));
    }
    if (action == u"export"_s) {
        return exportRecords(arguments.mid(1));
    }
    return CommandSupport::usageError(action.isEmpty()
                                          ? tr("Say what to do with the resident: export or erase.")
                                          : tr("Unknown action \"%1\" for person; use export or erase.").arg(action));
}

int retention(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption applyOption(u"apply"_s,
                                         tr("Anonymise the residents listed (the same erasure as "
                                            "wijkregie person erase)."));
    const QCommandLineOption purgeOption(u"purge-backups"_s,
                                         tr("With --apply: also delete the backups that still hold their data."));
    const QCommandLineOption monthsOption(u"months"_s, tr("Store a new retention period in months first."), u"N"_s);
    parser.addOptions({applyOption, purgeOption, monthsOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"retention"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    int months = 0;
    if (parser.isSet(monthsOption)) {
        bool ok = false;
        months = parser.value(monthsOption).trimmed().toInt(&ok);
        if (!ok || months < RetentionRepository::MinimumMonths || months > RetentionRepository::MaximumMonths) {
            return CommandSupport::usageError(tr("--months must be a number of months from %1 to %2, not \"%3\".")
                                                  .arg(RetentionRepository::MinimumMonths)
                                                  .arg(RetentionRepository::MaximumMonths)
                                                  .arg(parser.value(monthsOption)));
        }
    }
    if (parser.isSet(purgeOption) && !parser.isSet(applyOption)) {
        return CommandSupport::usageError(tr("--purge-backups goes with --apply."));
    }
    const QString file = parser.positionalArguments().constFirst();
    try {
        if (!QFileInfo::exists(file)) {
            throw Error(tr("The file %1 does not exist.").arg(native(file)));
        }
        Database::Options openOptions;
        if (!parser.isSet(applyOption) && months == 0) {
            openOptions.access = Database::Access::ReadOnly;
        }
        auto db = Database::open(file, openOptions);
        CommandSupport::printWarnings(*db);
        RetentionRepository retention(*db);
        if (months > 0) {
            retention.setMonths(months);
            Output::out(tr("Retention period set to %n month(s).", nullptr, months));
        }
        const QDate today = QDate::currentDate();
        const QList<RetentionCandidate> candidates = retention.candidates(today);
        if (candidates.isEmpty()) {
            Output::err(tr("Nothing to do: no resident's consent was withdrawn or has ended, and every resident has "
                           "something recorded in the last %n month(s). Nothing was changed.",
                           nullptr, retention.months()));
            return CommandLine::UserError;
        }
        Output::out(tr("%n resident(s) to anonymise (retention period %1 months):", nullptr, int(candidates.size()))
                        .arg(retention.months()));
        QList<qint64> ids;
        for (const RetentionCandidate& c : candidates) {
            Output::out(
                u"  %1  %2  %3  %4"_s.arg(c.personId).arg(c.name, c.wardCode, c.reasonText(retention.months())));
            ids << c.personId;
        }
        if (!parser.isSet(applyOption)) {
            Output::out(
                tr("Nothing was changed. Anonymise them with: wijkregie retention %1 --apply").arg(native(file)));
            return CommandLine::Success;
        }
        PersonErasure::Options options;
        options.purgeBackups = parser.isSet(purgeOption);
        const QList<ErasureReport> reports = PersonErasure::eraseForRetention(*db, ids, options);
        Output::out(tr("Anonymised %n resident(s); their hours, involvements and roles were kept without their data.",
                       nullptr, int(reports.size())));
        const QStringList backups = reports.isEmpty() ? QStringList() : reports.constFirst().backups;
        if (!backups.isEmpty()) {
            Output::out((reports.constFirst().backupsPurged
                             ? tr("Deleted %n backup(s) that still held their data:", nullptr, int(backups.size()))
                             : tr("%n backup(s) still hold their data:", nullptr, int(backups.size()))));
            for (const QString& backup : backups) {
                Output::out(u"  "_s + native(backup));
            }
        }
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

int audit(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(u"from"_s, tr("The first day (YYYY-MM-DD, UTC)."), u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, tr("The last day (YYYY-MM-DD, UTC)."), u"DATE"_s);
    const QCommandLineOption userOption(u"user"_s, tr("Only the entries of this account."), u"USER"_s);
    const QCommandLineOption entityOption(u"entity"_s, tr("Only entries about this kind of record (person, ...)."),
                                          u"ENTITY"_s);
    const QCommandLineOption actionOption(
        u"action"_s, tr("Only this action: %1.").arg(AuditLog::actions().join(u", "_s)), u"ACTION"_s);
    const QCommandLineOption outOption(u"out"_s, tr("The CSV file to write."), u"OUT"_s);
    const QCommandLineOption dialectOption(u"dialect"_s, tr("excel-nl (the default) or rfc4180."), u"DIALECT"_s,
                                           u"excel-nl"_s);
    parser.addOptions({fromOption, toOption, userOption, entityOption, actionOption, outOption, dialectOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"audit"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    AuditQuery query;
    for (const auto& [option, date] : {std::pair {&fromOption, &query.from}, std::pair {&toOption, &query.to}}) {
        if (parser.isSet(*option)) {
            *date = CommandSupport::parseDate(parser.value(*option));
            if (!date->isValid()) {
                return CommandSupport::usageError(
                    tr("--%1 is not a date (YYYY-MM-DD): %2").arg(option->names().constFirst(), parser.value(*option)));
            }
        }
    }
    if (query.from.isValid() && query.to.isValid() && query.from > query.to) {
        return CommandSupport::usageError(tr("--from lies after --to."));
    }
    query.user = parser.value(userOption).trimmed();
    query.entity = parser.value(entityOption).trimmed();
    query.action = parser.value(actionOption).trimmed();
    if (!query.action.isEmpty() && !AuditLog::actions().contains(query.action)) {
        return CommandSupport::usageError(
            tr("Unknown action \"%1\". Actions: %2.").arg(query.action, AuditLog::actions().join(u", "_s)));
    }
    const std::optional<CsvDialect> dialect = Csv::dialectFromKey(parser.value(dialectOption).trimmed());
    if (!dialect) {
        return CommandSupport::usageError(
            tr("Unknown dialect \"%1\". Use excel-nl or rfc4180.").arg(parser.value(dialectOption)));
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        return CommandSupport::usageError(tr("Give the CSV file to write with --out."));
    }
    const QString file = parser.positionalArguments().constFirst();
    try {
        if (!QFileInfo::exists(file)) {
            throw Error(tr("The file %1 does not exist.").arg(native(file)));
        }
        // The accounts in the log are the staff's: owner-only, and the export itself is logged (BIO 8.15).
        SafeOutput::Options outputOptions;
        outputOptions.protectedFiles = {file};
        outputOptions.content = OutputContent::PersonalData;
        SafeOutput::checkTarget(out, outputOptions);
        auto db = Database::open(file);
        CommandSupport::printWarnings(*db);
        AuditLog auditLog(*db);
        const QList<AuditEntry> entries = auditLog.list(query);
        SafeOutput::save(out, outputOptions, [&](QIODevice& device) { AuditCsv::write(device, *dialect, entries); });
        PersonalDataUse::record(*db, {u"audit_log"_s, AuditLog::Export, entries.size(), out});
        Output::out(tr("%n audit log entry(ies) written to %1.", nullptr, int(entries.size()))
                        .arg(native(QFileInfo(out).absoluteFilePath())));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

} // namespace Commands
