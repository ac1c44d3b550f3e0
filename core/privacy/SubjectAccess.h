#pragma once

#include "core/csv/CsvDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// One file of a subject-access export, read back for the PDF.
struct SubjectAccessTable
{
    QString key; ///< persons, involvements, activities, critical_roles, offers, audit_log
    QString title; ///< translated
    QString fileName;
    QStringList headers;
    QList<QStringList> rows;
};

/// What a subject-access export wrote.
struct SubjectAccessExport
{
    qint64 personId = 0;
    QString name; ///< the person's name as registered (personal data: for the PDF, never logged)
    QString folder;
    QList<SubjectAccessTable> tables;

    qint64 recordCount() const;
};

/// The right of access (AVG art. 15) for one resident: every record that concerns them (PersonRecords: their row,
/// involvements, hours, critical roles held or backed up, offers, and the audit entries about them) as CSV files
/// (excel-nl, with personal data) in a new folder, each owner-only, and the use recorded in the audit log
/// (action "access": the tables and how many records, never a value). The readable PDF beside them is made by
/// the caller from the returned tables (ui: SubjectAccessPdf), since core draws nothing.
class SubjectAccess final
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccess)

public:
    /// Makes `folder` owner-only when it does not exist; refuses (Error) a folder that exists and is not empty,
    /// or a path that is not a folder. Nothing is written when it throws.
    static void prepareFolder(const QString& folder);
    /// Writes the CSV files into `folder` (prepareFolder first) and records the audit entry on `db` (writable).
    /// Throws Error for an unknown person or a write failure.
    static SubjectAccessExport writeCsv(Database& db, qint64 personId, const QString& folder,
                                        CsvDialect dialect = CsvDialect::ExcelNl);
    /// Records the audit entry of an export (PersonErasure and the window record theirs the same way).
    static void recordAccess(Database& db, const SubjectAccessExport& result);
};
