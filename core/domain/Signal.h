#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>
#include <optional>

/// The record a signal clicks through to.
enum class SignalEntity { Agreement, Framework, Initiative, Need, Kpi };

/// Something on the home screen that needs the wijkregisseur's attention this week.
struct Signal
{
    SignalKind kind = SignalKind::EvaluationDue;
    Severity severity = Severity::Medium;
    QString text; ///< one translated sentence
    SignalEntity entity = SignalEntity::Agreement;
    qint64 entityId = 0;
    std::optional<qint64> agreementId; ///< for a KPI: its agreement
    std::optional<qint64> wardId; ///< the (first) ward; none for a framework
    QString wards; ///< ward names, comma separated
    QDate date; ///< the date that matters: due, end, review, deadline or signalled date
};
