#pragma once

#include "core/Error.h"
#include "core/domain/Kpi.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

/// Evaluations of agreements (date, outcome, decision).
class EvaluationRepository final : public DeclaredRepository<EvaluationRepository, Evaluation>
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRepository)

public:
    explicit EvaluationRepository(Database& db);

    /// Problems: a missing agreement, no date.
    QList<FieldError> validate(const Evaluation& evaluation) const;

    /// The agreement's evaluations, newest first.
    QList<Evaluation> forAgreement(qint64 agreementId) const;
};
