// wijkregie export FILE --table NAME --out OUT.csv [--dialect excel-nl|rfc4180] [--with-personal-data]
//                  [--format csv|xlsx]
// wijkregie import FILE --table NAME --in IN.csv [--dry-run] [--date-order dmy|mdy] [--map "Kolom=key,..."]
#include "app/cli/CommandLine.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/CommandText.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "core/Error.h"
#include "core/csv/CsvExporter.h"
#include "core/csv/CsvImporter.h"
#include "core/csv/CsvTables.h"
#include "core/csv/XlsxExporter.h"
#include "core/io/SafeOutput.h"
#include "core/privacy/PersonalDataUse.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

volatile std::sig_atomic_t csvInterrupted = 0;

extern "C" void onCsvInterrupt(int)
{
    csvInterrupted = 1;
}

/// Ctrl+C stops an export or import through its progress callback, so that nothing is left half-written.
class InterruptGuard final
{
public:
    InterruptGuard()
    {
        csvInterrupted = 0;
        m_previous = std::signal(SIGINT, onCsvInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

    static bool goOn(int /*percent*/) { return csvInterrupted == 0; }

private:
    void (*m_previous)(int) = nullptr;
};

/// Seconds with one decimal in the language of the output ("0,8" in Dutch).
QString seconds(qint64 milliseconds)
{
    return QLocale().toString(milliseconds / 1000.0, 'f', 1);
}

/// "row 12, column hours: ..." as the spreadsheet numbers the row; the file as a whole has row 0.
QString describe(const CsvProblem& problem)
{
    if (problem.row <= 0) {
        return problem.column.isEmpty() ? problem.message : tr("column %1: %2").arg(problem.column, problem.message);
    }
    if (problem.column.isEmpty()) {
        return tr("row %1: %2").arg(problem.row).arg(problem.message);
    }
    return tr("row %1, column %2: %3").arg(problem.row).arg(problem.column, problem.message);
}

QString rowList(const QList<int>& rows)
{
    constexpr int Shown = 20;
    QStringList numbers;
    for (int i = 0; i < rows.size() && i < Shown; ++i) {
        numbers << QString::number(rows.at(i));
    }
    QString text = numbers.join(u", "_s);
    if (rows.size() > Shown) {
        text += u", ..."_s;
    }
    return text;
}

void printReport(const ImportReport& report, const QString& in)
{
    Output::out(
        tr("%1: table %2, dialect %3, encoding %4")
            .arg(native(in), report.table, Csv::dialectKey(report.dialect), CsvReader::encodingName(report.encoding)));
    QStringList ignored;
    for (const ImportColumn& c : report.columns) {
        if (c.ignored && !c.header.isEmpty()) {
            ignored << c.header;
        }
    }
    if (!ignored.isEmpty()) {
        Output::out(tr("Columns ignored as asked: %1").arg(ignored.join(u", "_s)));
    }
    Output::out(tr("Rows read: %1").arg(report.rowsRead));
    Output::out(tr("New rows: %1").arg(report.rowsNew));
    Output::out(tr("Rows already present (not added): %1").arg(report.presentRows.size()));
    if (!report.presentRows.isEmpty()) {
        Output::out(tr("Already present, %n row(s): %1", nullptr, int(report.presentRows.size()))
                        .arg(rowList(report.presentRows)));
    }
    if (!report.mergedRows.isEmpty()) {
        Output::out(
            tr("Added to the day total of an earlier row, %n row(s): %1", nullptr, int(report.mergedRows.size()))
                .arg(rowList(report.mergedRows)));
    }
    if (!report.repeatedRows.isEmpty()) {
        Output::out(
            tr("Repeated within the file (stored once), %n row(s): %1", nullptr, int(report.repeatedRows.size()))
                .arg(rowList(report.repeatedRows)));
    }
    for (const CsvProblem& notice : report.notices) {
        Output::out(tr("Note: %1").arg(describe(notice)));
    }
    for (const CsvProblem& problem : report.problems) {
        Output::err(describe(problem));
    }
    if (report.problemCount > report.problems.size()) {
        Output::err(tr("... and %n more problem(s).", nullptr, int(report.problemCount - report.problems.size())));
    }
}

} // namespace

int exportTable(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tableOption(u"table"_s, tr("The table to export."), u"NAME"_s);
    const QCommandLineOption outOption(u"out"_s, tr("The CSV file to write."), u"OUT"_s);
    const QCommandLineOption dialectOption(u"dialect"_s, tr("excel-nl (the default) or rfc4180."), u"DIALECT"_s,
                                           u"excel-nl"_s);
    const QCommandLineOption formatOption(
        u"format"_s, tr("csv (the default) or xlsx (an Excel workbook; the default for OUT ending in .xlsx)."),
        u"FORMAT"_s);
    const QCommandLineOption personalOption(u"with-personal-data"_s,
                                            tr("Names and contact details instead of pseudonyms."));
    parser.addOptions({tableOption, outOption, dialectOption, formatOption, personalOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"export"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const QString table = parser.value(tableOption).trimmed();
    if (table.isEmpty()) {
        return CommandSupport::usageError(
            tr("Give the table to export with --table. Tables: %1.").arg(CsvTables::exportableTables().join(u", "_s)));
    }
    if (table == u"risk"_s) {
        return CommandSupport::usageError(
            tr("The risk scores are exported with \"wijkregie risk FILE --out OUT.csv\"."));
    }
    if (!CsvTables::exportableTables().contains(table)) {
        return CommandSupport::usageError(tr("There is no table \"%1\" to export. Tables: %2.")
                                              .arg(table, CsvTables::exportableTables().join(u", "_s)));
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
    const QString format = parser.isSet(formatOption)
        ? parser.value(formatOption).trimmed().toLower()
        : (out.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? u"xlsx"_s : u"csv"_s);
    if (format != u"csv"_s && format != u"xlsx"_s) {
        return CommandSupport::usageError(
            tr("Unknown format \"%1\". Use csv or xlsx.").arg(parser.value(formatOption)));
    }
    const bool xlsx = format == u"xlsx"_s;
    if (xlsx && parser.isSet(dialectOption)) {
        return CommandSupport::usageError(tr("--dialect is for CSV; an Excel workbook has typed cells and the "
                                             "column names of excel-nl."));
    }
    const QString file = parser.positionalArguments().constFirst();
    ExportOptions options;
    options.dialect = *dialect;
    options.withPersonalData = parser.isSet(personalOption);
    const InterruptGuard interrupt;
    options.progress = &InterruptGuard::goOn;
    try {
        if (!Database::isServerUrl(file) && !QFileInfo::exists(file)) {
            throw Error(tr("The file %1 does not exist.").arg(native(file)));
        }
        SafeOutput::Options outputOptions;
        outputOptions.protectedFiles = {file};
        outputOptions.content = options.withPersonalData ? OutputContent::PersonalData : OutputContent::NoPersonalData;
        outputOptions.allowNonRegular = !xlsx; // a workbook is a zip file: written to a temporary file, renamed
        SafeOutput::checkTarget(out, outputOptions); // refused before anything is read
        Database::Options openOptions;
        openOptions.access = Database::Access::ReadOnly;
        auto db = Database::open(file, openOptions);
        QElapsedTimer timer;
        timer.start();
        std::optional<qint64> rows;
        if (xlsx) {
            qint64 written = 0;
            ExportOptions counted = options;
            counted.rowsWritten = &written;
            SafeOutput::saveByPath(out, outputOptions, [&](const QString& temporaryPath) {
                XlsxExporter::exportTable(*db, table, temporaryPath, counted);
            });
            rows = written;
        } else {
            SafeOutput save(out, outputOptions);
            save.open();
            qint64 written = 0;
            ExportOptions counted = options;
            counted.rowsWritten = &written;
            const QStringList warnings = CsvExporter::exportTable(*db, table, save, counted);
            rows = written;
            save.commit();
            for (const QString& warning : warnings) {
                Output::err(warning);
            }
        }
        if (options.withPersonalData) {
            db.reset();
            PersonalDataUse::recordOnFile(file, {table, AuditLog::Export, rows, out});
        }
        Output::out(tr("Table %1 written to %2 (%3) in %4 s.")
                        .arg(table, native(QFileInfo(out).absoluteFilePath()),
                             xlsx ? u"xlsx"_s : Csv::dialectKey(*dialect), seconds(timer.elapsed())));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

int importTable(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tableOption(u"table"_s, tr("The table to import into."), u"NAME"_s);
    const QCommandLineOption inOption(u"in"_s, tr("The CSV file to read."), u"IN"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, tr("Check and report only; write nothing."));
    const QCommandLineOption dateOrderOption(
        u"date-order"_s, tr("The order of dates such as 03/04/2026 in the file: dmy (day first) or mdy (month first)."),
        u"ORDER"_s);
    const QCommandLineOption mapOption(
        u"map"_s, tr("Columns of the file as keys: \"Kolom=key,Andere kolom=-\" (- ignores the column)."), u"MAP"_s);
    parser.addOptions({tableOption, inOption, dryRunOption, dateOrderOption, mapOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"import"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const QString table = parser.value(tableOption).trimmed();
    if (!CsvTables::importableTables().contains(table)) {
        return CommandSupport::usageError((table.isEmpty() ? tr("Give the table to import into with --table.")
                                                           : tr("The table \"%1\" cannot be imported.").arg(table))
                                          + u' ' + tr("Tables: %1.").arg(CsvTables::importableTables().join(u", "_s)));
    }
    const QString in = parser.value(inOption);
    if (in.isEmpty()) {
        return CommandSupport::usageError(tr("Give the CSV file to read with --in."));
    }
    ImportOptions options;
    if (parser.isSet(dateOrderOption)) {
        const auto order = CsvValues::dateOrderFromKey(parser.value(dateOrderOption).trimmed());
        if (!order) {
            return CommandSupport::usageError(tr("Unknown date order \"%1\". Use dmy (day first) or mdy (month first).")
                                                  .arg(parser.value(dateOrderOption)));
        }
        options.dateOrder = *order;
    }
    for (const QString& map : parser.values(mapOption)) {
        QString error;
        if (!ImportOptions::parseColumnMap(map, options.columnMap, error)) {
            return CommandSupport::usageError(error);
        }
    }
    const QString file = parser.positionalArguments().constFirst();
    const bool dryRun = parser.isSet(dryRunOption);
    const InterruptGuard interrupt;
    try {
        if (!Database::isServerUrl(file) && !QFileInfo::exists(file)) {
            throw Error(tr("The file %1 does not exist.").arg(native(file)));
        }
        QFile input(in);
        if (!input.open(QIODevice::ReadOnly)) {
            throw Error(tr("Cannot read %1.").arg(native(in)), input.errorString());
        }
        Database::Options openOptions;
        // A dry run too: the rows are checked inside a write transaction that is rolled back; dryRun keeps the
        // file byte-identical (no migration, no backup, an older file checked against an updated copy).
        openOptions.access = Database::Access::ReadWrite;
        openOptions.dryRun = dryRun;
        auto db = Database::open(file, openOptions);
        CommandSupport::printWarnings(*db);
        QElapsedTimer timer;
        timer.start();
        options.dryRun = dryRun;
        options.progress = &InterruptGuard::goOn;
        const ImportReport report = CsvImporter::import(*db, table, input, options);
        printReport(report, in);
        if (!report.ok()) {
            Output::err(tr("The file was refused: %n problem(s). Nothing was written.", nullptr, report.problemCount));
            return CommandLine::UserError;
        }
        if (dryRun) {
            Output::out(tr("Dry run: the file can be imported. Nothing was written."));
        } else {
            Output::out(tr("Imported %n new row(s) into %1 in %2 s.", nullptr, report.rowsNew)
                            .arg(table, seconds(timer.elapsed())));
        }
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

} // namespace Commands
