#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Progress.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

/// A measurable result agreed in an agreement, with its measurements.
struct Kpi
{
    qint64 id = 0;
    qint64 agreementId = 0;
    QString name;
    QString unit;
    std::optional<double> baseline;
    double target = 0.0;
    Direction direction = Direction::Higher;
    QList<Measurement> measurements; ///< by date; saved and restored with the KPI

    bool operator==(const Kpi&) const = default;
};

/// An evaluation of an agreement.
struct Evaluation
{
    qint64 id = 0;
    qint64 agreementId = 0;
    QDate date;
    QString outcome;
    EvaluationDecision decision = EvaluationDecision::Continue;

    bool operator==(const Evaluation&) const = default;
};

/// Whose progress a ProgressRow describes.
enum class ProgressSubject { Kpi, Goal };

/// One line of the KPI and ward-goal progress chart and lists.
struct ProgressRow
{
    ProgressSubject subject = ProgressSubject::Kpi;
    qint64 id = 0; ///< KPI or goal id
    qint64 ownerId = 0; ///< the agreement (KPI) or the ward (goal)
    QString ownerTitle; ///< the agreement's title, or the ward's name
    QString name; ///< KPI name or goal indicator
    QString unit;
    QString wards; ///< ward names, comma separated
    std::optional<qint64> wardId; ///< the goal's ward, or the agreement's first ward (lowest id)
    std::optional<double> baseline;
    double target = 0.0;
    Direction direction = Direction::Higher;
    Progress progress;
};
