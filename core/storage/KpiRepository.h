#pragma once

#include "core/Error.h"
#include "core/domain/Kpi.h"
#include "core/storage/MeasuredStore.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

/// The KPIs of agreements, each saved and restored with its measurements.
class KpiRepository final : public DeclaredRepository<KpiRepository, Kpi, MeasuredStore<Kpi>>
{
    Q_DECLARE_TR_FUNCTIONS(KpiRepository)

public:
    explicit KpiRepository(Database& db);

    /// Problems: no name, a missing agreement, a target on the wrong side of the baseline for the direction (or equal
    /// to it), a measurement without a date.
    QList<FieldError> validate(const Kpi& kpi) const;
    /// Adds the problems of a KPI's or a ward goal's target and measurements: a target on the wrong side of the
    /// baseline for the direction (or equal to it), a measurement without a date.
    static void checkTarget(const std::optional<double>& baseline, double target, Direction direction,
                            const QList<Measurement>& measurements, QList<FieldError>& errors);

    /// The agreement's KPIs with their measurements, by name.
    QList<Kpi> forAgreement(qint64 agreementId) const;

    /// Progress of every KPI the query selects (one set-based query), by agreement title and KPI name.
    QList<ProgressRow> progress(const ProgressQuery& query) const;
};
