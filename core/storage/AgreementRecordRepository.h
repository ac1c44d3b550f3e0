#pragma once

#include "core/storage/AgreementRepository.h"

/// An agreement together with its KPIs (with their measurements) and evaluations, through the verbs every
/// repository has (insert, update, remove, and reload for reading a record back), each in one transaction.
class AgreementRecordRepository final
{
public:
    explicit AgreementRecordRepository(Database& db)
        : m_agreements(db)
    {
    }

    /// Inserts the whole record, keeping every id that is set and free. Returns the agreement's id.
    qint64 insert(const AgreementRecord& record) { return m_agreements.insertRecord(record); }
    /// See AgreementRepository::updateRecord.
    void update(const AgreementRecord& record) { m_agreements.updateRecord(record); }
    /// Deletes the agreement with its KPIs, measurements and evaluations.
    void remove(qint64 id) { m_agreements.remove(id); }
    std::optional<AgreementRecord> reload(qint64 id) const { return m_agreements.loadRecord(id); }

private:
    AgreementRepository m_agreements;
};
