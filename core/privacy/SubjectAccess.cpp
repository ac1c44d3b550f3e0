#include "SubjectAccess.h"

#include "core/Error.h"
#include "core/csv/AuditCsv.h"
#include "core/csv/CsvExporter.h"
#include "core/csv/CsvReader.h"
#include "core/io/SafeOutput.h"
#include "core/platform/Platform.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRecords.h"
#include "core/storage/PersonRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString titleOf(const QString& key)
{
    if (key == u"persons"_s) {
        return SubjectAccess::tr("Personal data");
    }
    if (key == u"involvements"_s) {
        return SubjectAccess::tr("Involvements in initiatives");
    }
    if (key == u"activities"_s) {
        return SubjectAccess::tr("Hours");
    }
    if (key == u"critical_roles"_s) {
        return SubjectAccess::tr("Critical roles held or backed up");
    }
    if (key == u"offers"_s) {
        return SubjectAccess::tr("Offers in the support map");
    }
    return SubjectAccess::tr("Audit log entries about the resident");
}

/// Reads a written file back: the PDF shows what the CSV holds.
void readBack(SubjectAccessTable& table, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(SubjectAccess::tr("%1 could not be read back.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    }
    CsvReader reader = CsvReader::fromDevice(file);
    QStringList cells;
    bool header = true;
    while (reader.readRow(cells)) {
        if (header) {
            table.headers = cells;
            header = false;
        } else {
            table.rows << cells;
        }
    }
}

} // namespace

qint64 SubjectAccessExport::recordCount() const
{
    qint64 n = 0;
    for (const SubjectAccessTable& t : tables) {
        n += t.rows.size();
    }
    return n;
}

void SubjectAccess::prepareFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.exists() || info.isSymLink()) {
        if (!info.isDir() || info.isSymLink()) {
            throw Error(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        }
        if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
            throw Error(tr("The folder %1 is not empty; give a new or empty folder for the subject-access export, so "
                           "that no other file is mixed in or overwritten.")
                            .arg(QDir::toNativeSeparators(folder)));
        }
        return;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        throw Error(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const Platform::Status status = Platform::createOwnerOnlyFolder(info.absoluteFilePath());
    if (!status.ok()) {
        throw Error(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)), status.detail);
    }
}

SubjectAccessExport SubjectAccess::writeCsv(Database& db, qint64 personId, const QString& folder, CsvDialect dialect)
{
    const auto person = PersonRepository(db).find(personId);
    if (!person) {
        throw Error(tr("There is no resident with number %1; nothing was written.").arg(personId));
    }
    SubjectAccessExport result;
    result.personId = personId;
    result.name = person->fullName();
    result.folder = QFileInfo(folder).absoluteFilePath();
    SafeOutput::Options output;
    output.protectedFiles = {db.path()};
    output.content = OutputContent::PersonalData;
    output.allowNonRegular = false;
    for (const PersonRecords::TableRows& rows : PersonRecords::tables(personId)) {
        SubjectAccessTable table;
        table.key = rows.table;
        table.title = titleOf(rows.table);
        table.fileName = rows.table + u".csv"_s;
        ExportOptions options;
        options.dialect = dialect;
        options.withPersonalData = true;
        options.where = rows.where;
        const QString path = result.folder + u'/' + table.fileName;
        SafeOutput::save(path, output, [&](QIODevice& out) { CsvExporter::exportTable(db, rows.table, out, options); });
        readBack(table, path);
        result.tables << table;
    }
    SubjectAccessTable audit;
    audit.key = u"audit_log"_s;
    audit.title = titleOf(audit.key);
    audit.fileName = u"audit_log.csv"_s;
    const QString auditPath = result.folder + u'/' + audit.fileName;
    const QList<AuditEntry> entries = PersonRecords::auditEntries(db, personId);
    SafeOutput::save(auditPath, output, [&](QIODevice& out) { AuditCsv::write(out, dialect, entries); });
    readBack(audit, auditPath);
    result.tables << audit;
    return result;
}

void SubjectAccess::recordAccess(Database& db, const SubjectAccessExport& result)
{
    QStringList tables;
    for (const SubjectAccessTable& t : result.tables) {
        tables << t.key;
    }
    AuditLog(db).record(u"person"_s, result.personId, AuditLog::Access, tables, result.recordCount());
}
