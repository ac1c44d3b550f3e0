#pragma once

#include "core/Error.h"
#include "core/domain/Kpi.h"
#include "core/storage/MeasuredStore.h"

#include <QList>
#include <optional>

/// The KPIs of agreements, each saved and restored with its measurements.
class KpiRepository final
{
public:
    explicit KpiRepository(Database& db);

    /// Problems: no name, a missing agreement, a target on the wrong side of the baseline for the direction (or equal
    /// to it), a measurement without a date.
    QList<FieldError> validate(const Kpi& kpi) const;
    /// Inserts the KPI and its measurements, keeping their ids when set and free.
    qint64 insert(const Kpi& kpi);
    /// Updates the KPI and replaces its measurements with kpi.measurements.
    void update(const Kpi& kpi);
    /// Deletes the KPI with its measurements (keep find(id) to undo).
    void remove(qint64 id);

    std::optional<Kpi> find(qint64 id) const;
    /// The agreement's KPIs with their measurements, by name.
    QList<Kpi> forAgreement(qint64 agreementId) const;

    /// Progress of every KPI the query selects (one set-based query), by agreement title and KPI name.
    QList<ProgressRow> progress(const ProgressQuery& query) const;

private:
    Database& m_db;
    MeasuredStore<Kpi> m_store;
};
