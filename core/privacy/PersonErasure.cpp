#include "PersonErasure.h"

#include "core/Error.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/SqliteFile.h"
#include "core/storage/Tables.h"

using namespace Qt::StringLiterals;

ErasureReport PersonErasure::erase(Database& db, qint64 id, const Options& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    PersonRepository persons(db);
    const auto person = persons.find(id);
    if (!person) {
        throw Error(tr("There is no resident with number %1; nothing was changed.").arg(id));
    }
    ErasureReport report;
    report.personId = id;
    report.alreadyErased = person->isErased();
    if (report.alreadyErased && !options.purgeBackups) {
        throw Error(tr("Resident %1 was already erased on %2; nothing was changed.")
                        .arg(id)
                        .arg(person->erasedOn.toString(Qt::ISODate)));
    }
    const PersonRepository::References references = persons.references(id);
    report.involvements = references.involvements;
    report.activityDays = references.activityDays;
    report.criticalRoles = references.criticalRoles;
    report.offers = references.offers;
    if (!report.alreadyErased) {
        const Person erased = persons.erase(id, today, PersonRepository::erasedName(id));
        report.erasedName = erased.lastName;
        report.fields = Tables::persons().changedFields(*person, erased);
    } else {
        report.erasedName = person->lastName;
    }
    db.purgeFreedContent();
    report.backups = backupsHolding(db, {id});
    if (options.purgeBackups && !report.backups.isEmpty()) {
        SqliteFile::removeBackups(report.backups);
        report.backupsPurged = true;
        AuditLog(db).record(u"backup"_s, id, AuditLog::Delete, {}, report.backups.size());
        report.newBackup = db.makeDailyBackup(today);
    }
    return report;
}

QList<ErasureReport> PersonErasure::eraseForRetention(Database& db, const QList<qint64>& ids, const Options& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    PersonRepository persons(db);
    QList<ErasureReport> reports;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (options.progress && !options.progress(int(i * 100 / ids.size()))) {
            break; // those erased so far are still purged and logged below
        }
        const qint64 id = ids.at(i);
        const auto person = persons.find(id);
        if (!person || person->isErased()) {
            continue;
        }
        ErasureReport report;
        report.personId = id;
        const Person erased = persons.erase(id, today, PersonRepository::erasedName(id));
        report.erasedName = erased.lastName;
        report.fields = Tables::persons().changedFields(*person, erased);
        reports << report;
    }
    if (reports.isEmpty()) {
        return reports;
    }
    AuditLog(db).record(u"person"_s, 0, AuditLog::Retention, {}, reports.size());
    db.purgeFreedContent();
    QList<qint64> erasedIds;
    for (const ErasureReport& r : std::as_const(reports)) {
        erasedIds << r.personId;
    }
    const QStringList backups = backupsHolding(db, erasedIds);
    QString newBackup;
    if (options.purgeBackups && !backups.isEmpty()) {
        newBackup = purgeBackups(db, backups, options);
    }
    for (ErasureReport& r : reports) {
        r.backups = backups;
        r.backupsPurged = options.purgeBackups && !backups.isEmpty();
        r.newBackup = newBackup;
    }
    return reports;
}

QStringList PersonErasure::backupsHolding(Database& db, const QList<qint64>& ids)
{
    QStringList backups;
    if (db.isServer()) {
        return backups; // a server's backups are its administrator's (DESIGN.md, Team database)
    }
    for (const qint64 id : ids) {
        for (const QString& b : SqliteFile::backupsHoldingPerson(db.path(), id)) {
            if (!backups.contains(b)) {
                backups << b;
            }
        }
    }
    backups.sort();
    return backups;
}

QString PersonErasure::purgeBackups(Database& db, const QStringList& backups, const Options& options)
{
    if (backups.isEmpty()) {
        return {};
    }
    SqliteFile::removeBackups(backups);
    AuditLog(db).record(u"backup"_s, 0, AuditLog::Delete, {}, backups.size());
    return db.makeDailyBackup(options.today.isValid() ? options.today : QDate::currentDate());
}
