// wijkregie signals FILE [--date D] [--out OUT.csv]
// wijkregie calendar FILE --out OUT.ics
#include "app/cli/CommandLine.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/CommandText.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "core/Error.h"
#include "core/csv/CsvWriter.h"
#include "core/io/SafeOutput.h"
#include "core/privacy/PersonalDataUse.h"
#include "core/signals/Calendar.h"
#include "core/signals/SignalService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Commands {

namespace {

QString entityKey(SignalEntity entity)
{
    switch (entity) {
    case SignalEntity::Agreement:
        return u"agreement"_s;
    case SignalEntity::Framework:
        return u"framework"_s;
    case SignalEntity::Initiative:
        return u"initiative"_s;
    case SignalEntity::Need:
        return u"need"_s;
    case SignalEntity::Kpi:
        return u"kpi"_s;
    case SignalEntity::Person:
        return u"person"_s;
    }
    return {};
}

/// The signals list in the rfc4180 dialect: the home screen's list, continuity first.
QList<CsvColumn> signalColumns()
{
    return {
        {u"kind"_s, tr("Kind"), CsvType::Enum, CsvWriter::labelsOf(EnumTable<SignalKind>::entries)},
        {u"severity"_s, tr("Severity"), CsvType::Enum, CsvWriter::labelsOf(EnumTable<Severity>::entries)},
        {u"date"_s, tr("Date"), CsvType::Date, {}},
        {u"ward"_s, tr("Ward"), CsvType::Text, {}},
        {u"entity"_s, tr("Record"), CsvType::Text, {}},
        {u"entity_id"_s, tr("Record id"), CsvType::Integer, {}},
        {u"initiative_id"_s, tr("Initiative id"), CsvType::Integer, {}},
        {u"critical_role_id"_s, tr("Critical role id"), CsvType::Integer, {}},
        {u"text"_s, tr("Signal"), CsvType::Text, {}},
        {u"suggestions"_s, tr("Suggested backups"), CsvType::Text, {}},
    };
}

QList<QVariantList> signalRows(const QList<Signal>& list)
{
    const auto optional = [](const std::optional<qint64>& id) {
        return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
    };
    QList<QVariantList> rows;
    rows.reserve(list.size());
    for (const Signal& s : list) {
        QStringList suggestions;
        for (const SuccessorSuggestion& c : s.suggestions) {
            suggestions << u"%1. %2 (id %3): %4"_s.arg(c.rank).arg(c.name).arg(c.personId).arg(c.reason);
        }
        rows << QVariantList {Enums::key(s.kind),
                              Enums::key(s.severity),
                              s.date.isValid() ? QVariant(s.date) : QVariant(QMetaType::fromType<QDate>()),
                              s.wards,
                              entityKey(s.entity),
                              s.entityId,
                              optional(s.initiativeId),
                              optional(s.criticalRoleId),
                              s.text,
                              suggestions.join(u" | "_s)};
    }
    return rows;
}

/// Written through SafeOutput: never onto the database, never half-written. `content` decides the permissions.
void writeFile(const QString& database, const QString& path, OutputContent content,
               const std::function<void(QIODevice&)>& write)
{
    SafeOutput::Options options;
    options.protectedFiles = {database};
    options.content = content;
    SafeOutput::save(path, options, write);
}

} // namespace

int signalList(const QStringList& arguments)
{
    int exitCode = 0;
    const std::optional<CommandSupport::TableCommand> args
        = CommandSupport::parseTableCommand(u"signals"_s, arguments, &exitCode);
    if (!args) {
        return exitCode;
    }
    const QString& file = args->file;
    const QDate reference = args->reference;
    const CsvDialect dialect = args->dialect;
    try {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(file, options);
        SignalQuery query;
        query.referenceDate = reference;
        const QList<Signal> list = SignalService(*db).collect(query);
        const QList<QVariantList> rows = signalRows(list);
        // The signals name residents (the register's list): owner-only, and recorded in the audit log.
        db.reset();
        if (!args->out.has_value()) {
            // The terminal cannot be taken back: recorded first, then written.
            PersonalDataUse::recordOnFile(file, {u"signals"_s, AuditLog::Export, list.size(), {}});
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly)) {
                throw Error(tr("Standard output cannot be written."));
            }
            CsvWriter::writeTable(out, dialect, signalColumns(), rows);
            out.flush();
            return CommandLine::Success;
        }
        const QString path = *args->out;
        SafeOutput::Options outputOptions;
        outputOptions.protectedFiles = {file};
        outputOptions.content = OutputContent::PersonalData;
        CommandSupport::writeTable(*args, outputOptions, u"signals"_s, signalColumns(), rows);
        PersonalDataUse::recordOnFile(file, {u"signals"_s, AuditLog::Export, list.size(), path});
        Output::out(
            tr("%n signal(s) at %1 written to %2.", nullptr, int(list.size()))
                .arg(reference.toString(Qt::ISODate), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

int calendar(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(u"out"_s, tr("The iCalendar file (.ics) to write."), u"OUT"_s);
    parser.addOption(outOption);
    int exitCode = 0;
    if (!CommandSupport::parse(parser, u"calendar"_s, arguments, 1, &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        return CommandSupport::usageError(tr("Give the iCalendar file to write with --out."));
    }
    const QString file = parser.positionalArguments().constFirst();
    const QString path = parser.value(outOption);
    try {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(file, options);
        SafeOutput::Options check;
        check.protectedFiles = {file};
        SafeOutput::checkTarget(path, check);
        const QByteArray ics = Calendar::ics(*db);
        const int events = Calendar::eventCount(*db);
        // Agreements, initiatives, partners and wards: nobody's personal data.
        writeFile(file, path, OutputContent::NoPersonalData, [&](QIODevice& out) {
            if (out.write(ics) != ics.size()) {
                throw Error(tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
            }
        });
        Output::out(tr("%n reminder(s) written to %1.", nullptr, events)
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    } catch (const Error& e) {
        return CommandSupport::userError(e);
    }
    return CommandLine::Success;
}

} // namespace Commands
