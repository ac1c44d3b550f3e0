#pragma once

#include "core/report/ReportData.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/// What the user asked for: one ward, several wards, or the municipality overview; a period; names or not.
struct ReportRequest
{
    QList<qint64> wardIds; ///< the wards of a ward report (in this order); ignored for the overview
    bool overview = false; ///< all wards: a summary page, then each ward's section
    QDate from;
    QDate to;
    bool withNames = false;
    QString author;
    QDate today; ///< the print date and the reference date of "due" and "overdue"; invalid for today
};

/// Assembles a council report as plain data (Report::Document) from the database: set-based queries for all wards
/// at once, the risk engine, the agreements, goals and support map. Residents appear as stable pseudonyms unless
/// the request asks for names.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(Database& db);

    /// Throws Error when the request is not valid (no ward, an unknown ward, a period that ends before it starts).
    Report::Document build(const ReportRequest& request);

private:
    Database& m_db;
};
