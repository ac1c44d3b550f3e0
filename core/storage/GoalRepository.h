#pragma once

#include "core/Error.h"
#include "core/domain/Kpi.h"
#include "core/domain/WardGoal.h"
#include "core/storage/ListQuery.h"
#include "core/storage/MeasuredStore.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

/// Ward goals (wijkdoelen), each saved and restored with its measurements.
class GoalRepository final : public DeclaredRepository<GoalRepository, WardGoal, MeasuredStore<WardGoal>>
{
    Q_DECLARE_TR_FUNCTIONS(GoalRepository)

public:
    enum Column { Ward, Indicator, Unit, Baseline, Target, LatestValue, Progress, TargetDate, Framework, ColumnCount };

    explicit GoalRepository(Database& db);

    /// Problems: no indicator, a missing ward or framework, a target on the wrong side of the baseline for the
    /// direction (or equal to it), a target date before the start date, a measurement without a date.
    QList<FieldError> validate(const WardGoal& goal) const;

    /// Filters: search (indicator), wardId; progress at query.today().
    int count(const ListQuery& query) const;
    QList<WardGoalRow> list(const ListQuery& query, int offset, int limit) const;
    /// Progress of every goal (optionally of one ward), one set-based query, by ward and indicator.
    QList<ProgressRow> progress(const ProgressQuery& query) const;
};
