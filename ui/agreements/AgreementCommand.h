#pragma once

#include "common/SaveRecordCommand.h"
#include "domain/Agreement.h"

#include <optional>

/// Inserts, updates or deletes an agreement together with its KPIs (with their measurements) and evaluations, in
/// one transaction: before = nullopt is an insert, after = nullopt a delete. After each step the record is read back,
/// so that undo and redo restore exactly the same ids.
class AgreementCommand final : public RecordCommand
{
public:
    AgreementCommand(Document& document, std::optional<AgreementRecord> before, std::optional<AgreementRecord> after,
                     const QString& text);

    /// The agreement's id (for an insert: known after it was applied).
    qint64 agreementId() const;
    qint64 recordId() const override { return agreementId(); }

protected:
    void apply(bool forward) override;

private:
    void update(const AgreementRecord& from, AgreementRecord& to);

    std::optional<AgreementRecord> m_before;
    std::optional<AgreementRecord> m_after;
};
