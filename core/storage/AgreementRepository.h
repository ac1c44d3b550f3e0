#pragma once

#include "core/Error.h"
#include "core/domain/Agreement.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Database;

/// Filters of the agreements list beyond ListQuery (which gives search, ward and agreementStatus):
/// what the charts and signals click through to.
struct AgreementFilter
{
    std::optional<qint64> partnerId;
    std::optional<qint64> initiativeId; ///< agreements linked to this initiative
    QDate endFrom; ///< end date on or after (inclusive); invalid = no bound
    QDate endTo; ///< end date on or before (inclusive)
    QDate evaluationFrom; ///< next evaluation on or after
    QDate evaluationTo; ///< next evaluation on or before
    bool withoutMonitoringOnly = false; ///< only agreements without M&E agreed
};

/// Agreements with their wards and linked initiatives. KPIs and evaluations have their own repositories
/// (KpiRepository, EvaluationRepository); loadRecord/insertRecord move an agreement with all of them at once.
class AgreementRepository final : public DeclaredRepository<AgreementRepository, Agreement>
{
    Q_DECLARE_TR_FUNCTIONS(AgreementRepository)

public:
    enum Column {
        Title,
        Partner,
        Wards,
        Status,
        StartDate,
        EndDate,
        Budget,
        Monitoring,
        MonitoringAgreed,
        NextEvaluation,
        Kpis,
        ColumnCount
    };

    explicit AgreementRepository(Database& db);

    /// Problems: no title, no (existing) partner, no ward, a missing ward or initiative, end before start, a
    /// negative budget.
    QList<FieldError> validate(const Agreement& agreement) const;
    /// What is deleted with the agreement ("3 KPIs", "2 evaluations"), for the confirmation question.
    QStringList contents(qint64 id) const;

    /// The agreement with its KPIs (with measurements) and evaluations.
    std::optional<AgreementRecord> loadRecord(qint64 id) const;
    /// Inserts a whole record in one transaction, keeping every id: undoes remove(). Returns the agreement's id.
    qint64 insertRecord(const AgreementRecord& record);
    /// Updates the agreement and brings its KPIs (with measurements) and evaluations to the record's in one
    /// transaction: items missing from the record are deleted, new ones (id 0) inserted, changed ones updated.
    void updateRecord(const AgreementRecord& record);

    int count(const ListQuery& query, const AgreementFilter& filter = {}) const;
    QList<AgreementRow> list(const ListQuery& query, int offset, int limit, const AgreementFilter& filter = {}) const;

    /// Active agreements ending and evaluations due per month, for `months` months from the month of `from`
    /// (every month present, zeros included). Optionally for one ward.
    QList<MonthlyDue> monthlyDue(const QDate& from, int months = 12, std::optional<qint64> wardId = {}) const;
};
