#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class Database;

/// One output that holds personal data, as the audit log records it: what and how many, never a value.
struct PersonalDataOutput
{
    /// What went out: the table ("persons"), "list", "report", "signals", "audit_log".
    QString entity;
    /// AuditLog::Export (a file or the terminal) or AuditLog::Report (a report with names, saved or printed).
    QString action;
    /// How many records (rows, wards of a report); nullopt when not known.
    std::optional<qint64> records;
    /// The file written, removed again when the entry cannot be recorded. Empty for an output that cannot be taken
    /// back (the terminal, a printer): record it before writing it.
    QString path;
};

/// The one way an output with personal data is recorded in the audit log, from the command line and the window
/// alike (BIO 8.15, logging; DESIGN.md, Privacy (AVG) and logging (BIO): "it also records exports and reports made
/// with personal data"). Every writer of an OutputContent::PersonalData output calls it; a backup is not an output
/// in this sense (SqliteFile). The entry names the entity, the action, the field `personal_data` and the count.
///
/// No use of personal data without its entry: when the entry cannot be written, the output's file (a regular file
/// only; never a device or pipe) is removed again and Error is thrown, naming why.
class PersonalDataUse final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataUse)

public:
    /// Records `output` through the open, writable connection `db` (in its own transaction when none is open).
    /// Throws Error (after removing output.path) when it cannot.
    static void record(Database& db, const PersonalDataOutput& output);
    /// Records `output` through a writable connection of its own to the database file at `databasePath`, for a
    /// reader whose own connection is read-only (close that one first). Throws Error (after removing output.path)
    /// when it cannot.
    static void recordOnFile(const QString& databasePath, const PersonalDataOutput& output);
};
