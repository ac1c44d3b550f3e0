#pragma once

#include "core/csv/CsvDialect.h"
#include "core/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>
#include <optional>

/// The order of day and month in a date such as 03/04/2026, when the user has said it (DESIGN.md, "Import from the
/// real world").
enum class DateOrder {
    Unknown, ///< not said: dates written with '-' are Dutch (day first); slash dates that read both ways are refused
    DayMonthYear, ///< dmy: 03/04/2026 is 3 April
    MonthDayYear, ///< mdy: 03/04/2026 is 4 March (tools made in the United States)
};

/// Reads cells typed as CsvWriter writes them, in either dialect, and more forgiving: dates as 31-12-2024,
/// 31-12-24, 31/12/2024 or 2024-12-31 (also with a time after it); decimals with a comma or a point; booleans as
/// true/false, yes/no, ja/nee, 1/0; enum values as key, English label or translated label (in any language the
/// application ships, so that an excel-nl export re-imports whatever the interface language).
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
                        CsvDialect dialect, DateOrder order = DateOrder::Unknown);

    /// A date read from a cell.
    struct DateResult
    {
        QDate date; ///< invalid when the text is not a date or its order cannot be known
        bool ambiguous = false; ///< the text reads as two different dates and `order` is Unknown
    };
    /// Reads ISO 2026-03-01 (a time or zone after it is ignored: the written calendar date counts), and day, month
    /// and year separated by '-', '/' or '.'. A two-digit year is 2000-2099 (the century pivot of DESIGN.md:
    /// 01-03-26 is 1 March 2026, never the year 26). Without an order, dates with '-' or '.' are read day first (the
    /// Dutch way, as the excel-nl dialect writes them) and a slash date whose day and month both lie in 1..12 and
    /// differ (03/04/2026) is ambiguous; 13/04/2026 and 04/13/2026 can only be read one way.
    static DateResult readDate(const QString& text, DateOrder order = DateOrder::Unknown);
    /// readDate()'s date; invalid when ambiguous.
    static QDate parseDate(const QString& text, DateOrder order = DateOrder::Unknown);
    /// Hours written as hours:minutes ("1:30", as time sheets and Excel's [u]:mm write them), for the hours column:
    /// the hours as a double (1.5); an error for minutes that are not on a quarter hour ("1:20": hours are kept in
    /// quarter hours, DESIGN.md, Domain: Activity), naming the quarter hours around it; a null value and no error for
    /// text that is not written that way (then it is read as a decimal).
    static Parsed readClockHours(const QString& text);
    /// "dmy" / "mdy" for the command line's --date-order; nullopt for anything else.
    static std::optional<DateOrder> dateOrderFromKey(const QString& key);
};
