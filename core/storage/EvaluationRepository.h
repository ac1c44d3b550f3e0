#pragma once

#include "core/Error.h"
#include "core/domain/Kpi.h"
#include "core/storage/RecordStore.h"

#include <QList>
#include <optional>

/// Evaluations of agreements (date, outcome, decision).
class EvaluationRepository final
{
public:
    explicit EvaluationRepository(Database& db);

    /// Problems: a missing agreement, no date.
    QList<FieldError> validate(const Evaluation& evaluation) const;
    /// Inserts the evaluation, keeping evaluation.id when set and free.
    qint64 insert(const Evaluation& evaluation);
    void update(const Evaluation& evaluation);
    void remove(qint64 id);

    std::optional<Evaluation> find(qint64 id) const;
    /// The agreement's evaluations, newest first.
    QList<Evaluation> forAgreement(qint64 agreementId) const;

private:
    Database& m_db;
    RecordStore<Evaluation> m_store;
};
