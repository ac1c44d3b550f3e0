#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// The activity log (inzet): hours per person, initiative and day. Events with anonymous participants, kept in the
/// same table, have EventRepository.
class ActivityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(Database& db);

    /// The hours registered for an initiative between two dates (inclusive), by person and date.
    QList<Activity> forInitiative(qint64 initiativeId, const QDate& from, const QDate& to) const;
    /// Problems with a set of cells for one initiative, each named with the person's name and the date: negative
    /// hours, more than 24 hours on one day (counting the person's other initiatives), a date outside the
    /// person's involvement. Field keys are "hours:<personId>:<ISO date>".
    QList<FieldError> validate(qint64 initiativeId, const QList<Activity>& cells) const;
    /// Writes the cells in one transaction (0 quarters removes a cell). Throws ValidationError, writing nothing,
    /// when any cell is refused.
    void setHours(qint64 initiativeId, const QList<Activity>& cells);

    /// A person's hours per initiative and month, newest first.
    QList<MonthlyHours> personHistory(qint64 personId) const;

private:
    Database& m_db;
};
