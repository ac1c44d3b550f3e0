#pragma once

#include "core/domain/Agreement.h"
#include "core/storage/AgreementRecordRepository.h"
#include "ui/common/SaveRecordCommand.h"

template<> struct RecordId<AgreementRecord>
{
    static qint64 get(const AgreementRecord& record) { return record.agreement.id; }
    static void set(AgreementRecord& record, qint64 id) { record.agreement.id = id; }
};

/// Inserts, updates or deletes an agreement together with its KPIs (with their measurements) and evaluations, in
/// one transaction (AgreementRecordRepository); read back after each step, so that undo and redo restore the same ids.
using AgreementCommand = SaveRecordCommand<AgreementRecordRepository, AgreementRecord>;
