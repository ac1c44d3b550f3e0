#pragma once

#include "CsvDialect.h"
#include "CsvWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

/// Reads cells typed as CsvWriter writes them, in either dialect, and more forgiving: dates as 31-12-2024,
/// 31/12/2024 or 2024-12-31; decimals with a comma or a point; booleans as true/false, yes/no, ja/nee, 1/0; enum
/// values as key, English label or translated label.
class CsvValues final
{
    Q_DECLARE_TR_FUNCTIONS(CsvValues)

public:
    struct Parsed
    {
        QVariant value; ///< null for an empty cell; QString, qint64, double, qint64 cents, QDate, bool, enum key
        QString error; ///< translated; empty when the cell could be read
    };

    /// Reads one cell. `englishLabels` are the untranslated labels of an Enum column (key -> label).
    static Parsed parse(const QString& text, const CsvColumn& column, const QHash<QString, QString>& englishLabels,
                        CsvDialect dialect);
    static QDate parseDate(const QString& text);
};
