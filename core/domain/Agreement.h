#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Kpi.h"

#include <QDate>
#include <QList>
#include <QString>

/// An agreement (samenwerkingsafspraak) with a partner, for one or more wards. Amounts in euro cents.
struct Agreement
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString title;
    QString description;
    QDate startDate;
    QDate endDate;
    qint64 budgetCents = 0;
    MonitoringFrequency monitoring = MonitoringFrequency::None;
    bool monitoringAgreed = false; ///< monitoring and evaluation laid down in the agreement
    QDate nextEvaluation;
    AgreementStatus status = AgreementStatus::Draft;
    QList<qint64> wardIds; ///< sorted ascending when read
    QList<qint64> initiativeIds; ///< sorted ascending when read

    bool operator==(const Agreement&) const = default;
};

/// An agreement with everything that is deleted with it: what the UI keeps to undo a delete.
struct AgreementRecord
{
    Agreement agreement;
    QList<Kpi> kpis;
    QList<Evaluation> evaluations;

    bool operator==(const AgreementRecord&) const = default;
};

/// A row of the agreements list.
struct AgreementRow
{
    qint64 id = 0;
    QString title;
    qint64 partnerId = 0;
    QString partnerName;
    QString wards; ///< ward names, comma separated
    AgreementStatus status = AgreementStatus::Draft;
    QDate startDate;
    QDate endDate;
    qint64 budgetCents = 0;
    MonitoringFrequency monitoring = MonitoringFrequency::None;
    bool monitoringAgreed = false;
    QDate nextEvaluation;
    int kpiCount = 0;
};

/// Agreements ending and evaluations due in one calendar month (chart).
struct MonthlyDue
{
    QDate month; ///< the first day of the month
    int agreementsEnding = 0;
    int evaluationsDue = 0;
};
