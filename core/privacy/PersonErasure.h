#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class Database;

/// What an erasure did, in counts only (never a value of the erased data).
struct ErasureReport
{
    qint64 personId = 0;
    QString erasedName; ///< "Verwijderde bewoner N"
    QStringList fields; ///< the emptied fields' keys
    int involvements = 0; ///< kept
    int activityDays = 0; ///< kept: days with hours
    int criticalRoles = 0; ///< kept: roles held or backed up
    int offers = 0; ///< kept
    bool alreadyErased = false; ///< the person had been erased before (only the backups were looked at)
    /// Backups in the `backups` folder that still hold the person's data (SqliteFile::backupsHoldingPerson); after
    /// a purge, the ones deleted.
    QStringList backups;
    bool backupsPurged = false;
    QString newBackup; ///< the clean backup made after a purge
};

/// The right to erasure (AVG art. 17) for one resident, as the command line and the window carry it out:
/// the person's row erased (PersonRepository::erase: names, contact, notes, skills, ward and consent gone; hours,
/// involvements, roles and offers kept with the same id, so hour totals and risk scores do not change), the freed
/// bytes purged from the file and its WAL (Database::purgeFreedContent: secure_delete, checkpoint with truncate,
/// VACUUM), the audit log's entry naming what and how many (never the values; the audit log never holds values),
/// and the backups that still hold the person listed, or deleted when asked (a new clean backup is then made, so
/// that the file is not left without one).
class PersonErasure final
{
    Q_DECLARE_TR_FUNCTIONS(PersonErasure)

public:
    struct Options
    {
        bool purgeBackups = false;
        QDate today; ///< invalid: the real today
        /// eraseForRetention only: called with 0..100 as the persons are erased; returning false stops before the
        /// next person (those erased so far are purged from the file and logged as usual).
        std::function<bool(int percent)> progress;
    };

    /// Erases person `id` of the open database. Throws Error for an unknown id, and for a person already erased
    /// unless options.purgeBackups (then only their remaining backups are purged). Nothing is changed when it
    /// throws before the erasure; a failure to purge after it (another program reading the file) throws Error too,
    /// with the erasure itself kept.
    static ErasureReport erase(Database& db, qint64 id, const Options& options);
    static ErasureReport erase(Database& db, qint64 id) { return erase(db, id, Options {}); }
    /// Erases several persons (a retention run): each in its own transaction with its audit entry, then one
    /// purge of the file, one "retention" audit entry with how many, and one look at the backups. Persons already
    /// erased or unknown are skipped. Returns one report per person erased; every report carries the backups that
    /// still hold any of them. Throws Error as erase() does.
    static QList<ErasureReport> eraseForRetention(Database& db, const QList<qint64>& ids, const Options& options);
    /// The backups in the `backups` folder that still hold any of the persons `ids`, sorted
    /// (SqliteFile::backupsHoldingPerson).
    static QStringList backupsHolding(Database& db, const QList<qint64>& ids);
    /// Deletes `backups` (those backupsHolding() listed), records that in the audit log and makes a new clean
    /// daily backup, whose path it returns: the purge of eraseForRetention with purgeBackups, when it is asked for
    /// after the run. Throws Error.
    static QString purgeBackups(Database& db, const QStringList& backups, const Options& options);
};
