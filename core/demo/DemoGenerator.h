#pragma once

#include "core/Error.h"

#include <QDate>
#include <QString>
#include <functional>

class Database;

/// What generateDemo() makes.
struct DemoOptions
{
    /// small: one fictional municipality of 8 wards, 60 initiatives, 600 persons, ~20,000 activities; large:
    /// Amsterdam scale (110 wards, 3,000 initiatives, 30,000 persons, ~1.5 million activities); huge: national
    /// scale (3,400 wards, 60,000 initiatives, 600,000 persons, ~20 million activities). Every size has every
    /// record of the schema: involvements, two years of activities and events, critical roles, partners,
    /// agreements with KPIs and evaluations, ward goals, participation moments and the support map.
    enum class Size { Small, Large, Huge } size = Size::Small;
    quint32 seed = 1;
    /// The municipality's name; empty for "Gemeente Lindeveen".
    QString municipality;
    /// The day every date is relative to (start dates, funding ends, the two years of activities up to and
    /// including it, evaluations, measurements); invalid for today. The same seed and reference date give a
    /// byte-for-byte identical set of records.
    QDate referenceDate;
};

/// Thrown by generateDemo() when its progress callback asked to stop. Nothing was written.
class DemoCancelled : public Error
{
public:
    DemoCancelled();
};

/// Fills an empty database with a fictional demo municipality, deterministically from options.seed (and the
/// reference date). Everything is written in one transaction: on failure or cancel the database is left as it was.
/// `progress` is called with 0..100 as the work goes on; returning false cancels (DemoCancelled is thrown).
/// Rows are written set-based (DemoWriter), not through the repositories; the generation records one audit entry
/// (entity "demo", id 0, action insert, fields: the tables it filled). Throws Error when the database is not empty.
void generateDemo(Database& db, const DemoOptions& options, const std::function<bool(int percent)>& progress = {});

/// The key of a size ("small", "large", "huge") and back; nullopt for an unknown key.
QString demoSizeKey(DemoOptions::Size size);
std::optional<DemoOptions::Size> demoSizeFromKey(const QString& key);
