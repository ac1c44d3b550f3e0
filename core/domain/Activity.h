#pragma once

#include <QDate>
#include <QString>

/// Hours are kept in quarter hours, so sums are exact.
namespace Hours {
constexpr int QuartersPerHour = 4;
constexpr int MaxQuartersPerDay = 24 * QuartersPerHour;
inline double fromQuarters(qint64 quarters)
{
    return static_cast<double>(quarters) / QuartersPerHour;
}
} // namespace Hours

/// Hours one person gave to one initiative on one day (inzet).
struct Activity
{
    qint64 personId = 0;
    qint64 initiativeId = 0;
    QDate date;
    int quarters = 0; ///< hours × 4
    QString kind; ///< optional: "vergadering", "activiteit", ...

    bool operator==(const Activity&) const = default;
};

/// An event with anonymous participants: only the count is recorded.
struct AnonymousEvent
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    QDate date;
    int participants = 0;
    QString kind;

    bool operator==(const AnonymousEvent&) const = default;
};

/// A month of one person's hours per initiative: for the person's history.
struct MonthlyHours
{
    qint64 initiativeId = 0;
    QString initiativeTitle;
    QDate month; ///< the first day of the month
    int quarters = 0;
};
