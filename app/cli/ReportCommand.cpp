// wijkregie report FILE (--ward CODE | --all) --out OUT.pdf|OUT.odt [--from DATE --to DATE] [--with-names]
#include "app/cli/CommandLine.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/CommandText.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "core/Error.h"
#include "core/io/SafeOutput.h"
#include "core/privacy/PersonalDataUse.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/WardRepository.h"
#include "ui/report/ReportRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Commands {

int report(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption wardOption(u"ward"_s, tr("The ward's CBS code (may be repeated)."), u"CODE"_s);
    const QCommandLineOption allOption(u"all"_s, tr("The municipality overview of all wards."));
    const QCommandLineOption outOption(u"out"_s, tr("The PDF or ODT file to write."), u"OUT"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("First day of the period (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Last day of the period (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption namesOption(u"with-names"_s, tr("Show residents' names instead of pseudonyms."));
    parser.addOptions({wardOption, allOption, outOption, fromOption, toOption, namesOption});
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"report"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    const QStringList wardCodes = parser.values(wardOption);
    if (wardCodes.isEmpty() == !parser.isSet(allOption)) {
        return CommandSupport::usageError(tr("Give either --ward CODE or --all."));
    }
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        return CommandSupport::usageError(tr("Give the PDF or ODT file to write with --out."));
    }
    const QString out = parser.value(outOption);
    const bool odt = out.endsWith(u".odt"_s, Qt::CaseInsensitive);
    if (!odt && !out.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        return CommandSupport::usageError(tr("The output file must end in .pdf or .odt."));
    }
    ReportRequest request;
    request.overview = parser.isSet(allOption);
    request.withNames = parser.isSet(namesOption);
    if (const QString user = AuditLog::osUser(); user != u"unknown"_s) {
        request.author = user;
    }
    const QDate today = QDate::currentDate();
    request.to = today;
    if (parser.isSet(toOption)) {
        request.to = CommandSupport::parseDate(parser.value(toOption));
        if (!request.to.isValid()) {
            return CommandSupport::usageError(tr("--to is not a date (YYYY-MM-DD): %1").arg(parser.value(toOption)));
        }
    }
    request.from = QDate(request.to.year(), 1, 1);
    if (parser.isSet(fromOption)) {
        request.from = CommandSupport::parseDate(parser.value(fromOption));
        if (!request.from.isValid()) {
            return CommandSupport::usageError(
                tr("--from is not a date (YYYY-MM-DD): %1").arg(parser.value(fromOption)));
        }
    }
    if (request.to < request.from) {
        return CommandSupport::usageError(tr("The period ends before it starts."));
    }
    const QString file = parser.positionalArguments().constFirst();
    try {
        {
            // Refused at once (the database itself, a folder, a missing folder), before the file is opened.
            SafeOutput::Options target;
            target.protectedFiles = {file};
            target.allowNonRegular = false;
            SafeOutput::checkTarget(out, target);
        }
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(file, options);
        WardRepository wards(*db);
        for (const QString& code : wardCodes) {
            const auto ward = wards.findByCode(code.trimmed().toUpper());
            if (!ward) {
                throw Error(tr("There is no ward with code %1 in %2.").arg(code, QDir::toNativeSeparators(file)));
            }
            request.wardIds << ward->id;
        }
        QElapsedTimer timer;
        timer.start();
        Report::Document built = ReportBuilder(*db).build(request);
        const qint64 wardSections = built.wards.size();
        ReportRenderer renderer(std::move(built));
        renderer.setProtectedFiles({file});
        if (odt) {
            renderer.writeOdt(out);
        } else {
            renderer.writePdf(out);
        }
        if (request.withNames) {
            db.reset();
            PersonalDataUse::recordOnFile(file, {u"report"_s, AuditLog::Report, wardSections, out});
        }
        for (const QString& warning : renderer.warnings()) {
            Output::err(tr("Warning: %1").arg(warning));
        }
        Output::out(tr("Report written to %1 in %2 s.")
                        .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                        .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1)));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

} // namespace Commands
