#include "CommandSupport.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Output.h"
#include "core/Error.h"
#include "core/io/XlsxWriter.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace CommandSupport {

int usageError(const QString& message)
{
    Output::err(message);
    Output::err(QString());
    Output::err(CommandLine::usage());
    return CommandLine::UsageError;
}

int userError(const Error& e)
{
    Output::err(e.message());
    if (!e.detail().isEmpty()) {
        Output::err(QCoreApplication::translate("CommandLine", "Detail: %1").arg(e.detail()));
    }
    return CommandLine::UserError;
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, int positionals,
           int* exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {u"wijkregie "_s + command} + arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        *exitCode = usageError(
            parser.positionalArguments().size() < positionals
                ? QCoreApplication::translate("CommandLine", "An argument is missing for the subcommand \"%1\".")
                      .arg(command)
                : QCoreApplication::translate("CommandLine", "Too many arguments for the subcommand \"%1\".")
                      .arg(command));
        return false;
    }
    return true;
}

void printWarnings(const Database& db)
{
    for (const QString& warning : db.warnings()) {
        Output::err(warning);
    }
}

QDate parseDate(const QString& text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

std::optional<TableCommand> parseTableCommand(const QString& command, const QStringList& arguments, int* exitCode)
{
    const auto translated = [](const char* text) {
        return QCoreApplication::translate("Commands", text);
    };
    QCommandLineParser parser;
    const QCommandLineOption dateOption(
        u"date"_s, translated(QT_TRANSLATE_NOOP("Commands", "The reference date (YYYY-MM-DD); today when not given.")),
        u"DATE"_s);
    const QCommandLineOption outOption(
        u"out"_s, translated(QT_TRANSLATE_NOOP("Commands", "The CSV file to write; standard output when not given.")),
        u"OUT"_s);
    const QCommandLineOption dialectOption(
        u"dialect"_s, translated(QT_TRANSLATE_NOOP("Commands", "excel-nl (the default) or rfc4180.")), u"DIALECT"_s,
        u"excel-nl"_s);
    const QCommandLineOption formatOption(
        u"format"_s,
        translated(QT_TRANSLATE_NOOP(
            "Commands", "csv (the default) or xlsx (an Excel workbook; the default for OUT ending in .xlsx).")),
        u"FORMAT"_s);
    parser.addOptions({dateOption, outOption, dialectOption, formatOption});
    if (!parse(parser, command, arguments, 1, exitCode)) {
        return std::nullopt;
    }
    TableCommand result;
    result.file = parser.positionalArguments().constFirst();
    result.reference = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        result.reference = parseDate(parser.value(dateOption));
        if (!result.reference.isValid()) {
            *exitCode = usageError(translated(QT_TRANSLATE_NOOP("Commands", "--date is not a date (YYYY-MM-DD): %1"))
                                       .arg(parser.value(dateOption)));
            return std::nullopt;
        }
    }
    if (parser.isSet(outOption)) {
        if (parser.value(outOption).isEmpty()) {
            *exitCode = usageError(translated(QT_TRANSLATE_NOOP("Commands", "Give the CSV file to write with --out.")));
            return std::nullopt;
        }
        result.out = parser.value(outOption);
    }
    const std::optional<CsvDialect> dialect = Csv::dialectFromKey(parser.value(dialectOption).trimmed());
    if (!dialect) {
        *exitCode
            = usageError(translated(QT_TRANSLATE_NOOP("Commands", "Unknown dialect \"%1\". Use excel-nl or rfc4180."))
                             .arg(parser.value(dialectOption)));
        return std::nullopt;
    }
    result.dialect = *dialect;
    const QString format = parser.isSet(formatOption)
        ? parser.value(formatOption).trimmed().toLower()
        : (result.out.value_or(QString()).endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? u"xlsx"_s : u"csv"_s);
    if (format != u"csv"_s && format != u"xlsx"_s) {
        *exitCode = usageError(translated(QT_TRANSLATE_NOOP("Commands", "Unknown format \"%1\". Use csv or xlsx."))
                                   .arg(parser.value(formatOption)));
        return std::nullopt;
    }
    result.xlsx = format == u"xlsx"_s;
    if (result.xlsx && parser.isSet(dialectOption)) {
        *exitCode = usageError(translated(QT_TRANSLATE_NOOP(
            "Commands", "--dialect is for CSV; an Excel workbook has typed cells and the column names of excel-nl.")));
        return std::nullopt;
    }
    if (result.xlsx && !result.out.has_value()) {
        *exitCode = usageError(
            translated(QT_TRANSLATE_NOOP("Commands", "An Excel workbook is written to a file: give it with --out.")));
        return std::nullopt;
    }
    return result;
}

void writeTable(const TableCommand& args, const SafeOutput::Options& options, const QString& sheet,
                const QList<CsvColumn>& columns, const QList<QVariantList>& rows)
{
    if (args.xlsx) {
        SafeOutput::saveByPath(*args.out, options, [&](const QString& temporaryPath) {
            XlsxWriter::writeTable(temporaryPath, sheet, columns, rows);
        });
    } else {
        SafeOutput::save(*args.out, options,
                         [&](QIODevice& out) { CsvWriter::writeTable(out, args.dialect, columns, rows); });
    }
}

} // namespace CommandSupport
