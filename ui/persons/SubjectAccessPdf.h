#pragma once

#include "core/privacy/SubjectAccess.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The readable part of a subject-access export (AVG art. 15): one A4 PDF with the resident's records, table by
/// table as the CSV files hold them, in the council report's font and table style (ReportContent).
class SubjectAccessPdf final
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessPdf)

public:
    /// The PDF's file name in the export folder.
    static QString fileName();
    /// The document as HTML (for tests and the PDF).
    static QString html(const SubjectAccessExport& data, const QString& municipality);
    /// Writes the PDF to `path` through SafeOutput (owner-only; refuses `protectedFiles`). Throws Error.
    static void write(const QString& path, const SubjectAccessExport& data, const QString& municipality,
                      const QStringList& protectedFiles);
};
