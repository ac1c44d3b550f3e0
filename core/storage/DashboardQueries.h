#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class Database;

/// Residents per ward of residence by engagement preference.
struct EngagementMix
{
    qint64 wardId = 0;
    QString wardCode;
    QString wardName;
    int structural = 0;
    int adHoc = 0;
    int unknown = 0;
};

/// Person hours in one calendar month.
struct MonthHours
{
    QDate month; ///< the first day of the month
    double hours = 0;
};

/// Set-based aggregations for the dashboard charts (one statement each, no query per ward).
class DashboardQueries final
{
public:
    explicit DashboardQueries(Database& db);

    /// Every ward (ordered by code) with its residents by engagement; wards without residents count zero.
    QList<EngagementMix> engagementMix(std::optional<qint64> wardId = {}) const;
    /// The person hours of the `months` calendar months up to and including `reference`'s month, oldest first;
    /// months without hours are included with 0. Anonymous events (no person) do not count.
    QList<MonthHours> hoursPerMonth(std::optional<qint64> wardId, int months, const QDate& reference) const;

private:
    Database& m_db;
};
