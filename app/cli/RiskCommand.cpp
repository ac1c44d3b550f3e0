// wijkregie risk FILE [--date YYYY-MM-DD] [--out OUT.csv]
#include "app/cli/CommandLine.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/CommandText.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "core/Error.h"
#include "core/csv/CsvDialect.h"
#include "core/csv/CsvWriter.h"
#include "core/io/SafeOutput.h"
#include "core/risk/RiskEngine.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

/// The columns of DESIGN.md's risk table (rfc4180 keys), in that order.
QList<CsvColumn> riskColumns()
{
    QList<CsvColumn> columns {
        {u"initiative_id"_s, tr("Initiative id"), CsvType::Integer, {}},
        {u"initiative_title"_s, tr("Initiative"), CsvType::Text, {}},
        {u"ward_code"_s, tr("Ward code"), CsvType::Text, {}},
        {u"score"_s, tr("Score"), CsvType::Integer, {}},
        {u"band"_s, tr("Band"), CsvType::Enum, CsvWriter::labelsOf(EnumTable<RiskBand>::entries)},
    };
    for (const auto& entry : EnumTable<RiskIndicator>::entries) {
        columns << CsvColumn {
            QString::fromLatin1(entry.key), QCoreApplication::translate("Enums", entry.label), CsvType::Decimal, {}};
    }
    return columns;
}

QList<QVariantList> riskRows(const QList<RiskScore>& scores)
{
    QList<QVariantList> rows;
    rows.reserve(scores.size());
    for (const RiskScore& s : scores) {
        QVariantList row {s.initiativeId, s.title, s.wardCode, s.score, Enums::key(s.band)};
        for (double value : s.values) {
            row << value;
        }
        rows << row;
    }
    return rows;
}

} // namespace

int risk(const QStringList& arguments)
{
    int exitCode = 0;
    const std::optional<CommandSupport::TableCommand> args
        = CommandSupport::parseTableCommand(u"risk"_s, arguments, &exitCode);
    if (!args) {
        return exitCode;
    }
    const QString& file = args->file;
    const QDate reference = args->reference;
    const CsvDialect dialect = args->dialect;
    SafeOutput::Options outputOptions;
    outputOptions.protectedFiles = {file};
    outputOptions.content = OutputContent::NoPersonalData;
    try {
        outputOptions.allowNonRegular = !args->xlsx; // a workbook is renamed into place
        if (args->out.has_value()) {
            SafeOutput::checkTarget(*args->out, outputOptions);
        }
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(file, options);
        RiskOptions riskOptions;
        riskOptions.referenceDate = reference;
        const QList<RiskScore> scores = RiskEngine(*db).scoreAll(riskOptions);
        const QList<QVariantList> rows = riskRows(scores);
        if (!args->out.has_value()) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly)) {
                throw Error(tr("Standard output cannot be written."));
            }
            CsvWriter::writeTable(out, dialect, riskColumns(), rows);
            if (!out.flush()) {
                throw Error(tr("Standard output cannot be written."), out.errorString());
            }
            return CommandLine::Success;
        }
        const QString path = *args->out;
        CommandSupport::writeTable(*args, outputOptions, u"risk"_s, riskColumns(), rows);
        Output::out(
            tr("Risk of %n initiative(s) at %1 written to %2.", nullptr, int(scores.size()))
                .arg(reference.toString(Qt::ISODate), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

} // namespace Commands
