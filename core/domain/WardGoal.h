#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Progress.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

/// A measurable goal of one ward (wijkdoel), optionally under a policy framework.
struct WardGoal
{
    qint64 id = 0;
    qint64 wardId = 0;
    std::optional<qint64> frameworkId;
    QString indicator;
    QString unit;
    std::optional<double> baseline;
    double target = 0.0;
    Direction direction = Direction::Higher;
    QDate startDate; ///< when the goal starts to run (the baseline's date); optional
    QDate targetDate;
    QList<Measurement> measurements; ///< saved and restored with the goal

    bool operator==(const WardGoal&) const = default;
};

/// A row of the ward goals list, with its progress at the list's reference date.
struct WardGoalRow
{
    qint64 id = 0;
    qint64 wardId = 0;
    QString wardCode;
    QString wardName;
    QString indicator;
    QString unit;
    std::optional<double> baseline;
    double target = 0.0;
    Direction direction = Direction::Higher;
    QDate targetDate;
    QString frameworkTitle;
    bool frameworkOutdated = false;
    Progress progress;
};
