#pragma once

#include "core/domain/Progress.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

/// Shared SQL for the measurements of KPIs and ward goals (tables kpi_measurements and goal_measurements).
namespace MeasurementSql {

/// The measurements of one owner, by date.
QList<Measurement> read(const QSqlDatabase& db, const QString& table, const QString& ownerColumn, qint64 ownerId);
/// Replaces the owner's measurements, keeping each measurement's id when it is set.
void write(const QSqlDatabase& db, const QString& table, const QString& ownerColumn, qint64 ownerId,
           const QList<Measurement>& measurements);
/// The WITH clause "m" over a measurements table: per owner (column owner_id) the first (rf = 1) and latest
/// (rl = 1) measurement on or before a bound date, and their count n. Binds one value: the reference date.
QString firstAndLatestCte(const QString& table, const QString& ownerColumn);
/// The select list matching readInput(), given the owner's table alias and period expressions.
QString inputColumns(const QString& alias, const QString& periodStart, const QString& periodEnd);
/// The joins that go with inputColumns().
QString inputJoins(const QString& alias);
/// Reads the columns of inputColumns(), starting at column `first`.
ProgressInput readInput(const QSqlQuery& q, int first);
/// Sets a row's baseline, target, direction and progress (Progress::compute) from the columns of inputColumns(),
/// starting at column `first`. Row is WardGoalRow or ProgressRow.
template<typename Row> void readProgress(const QSqlQuery& q, int first, Row& row)
{
    const ProgressInput in = readInput(q, first);
    row.baseline = in.baseline;
    row.target = in.target;
    row.direction = in.direction;
    row.progress = Progress::compute(in);
}

} // namespace MeasurementSql
