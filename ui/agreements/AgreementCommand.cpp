#include "AgreementCommand.h"

#include "storage/Database.h"

#include <algorithm>

AgreementCommand::AgreementCommand(Document& document, std::optional<AgreementRecord> before,
                                   std::optional<AgreementRecord> after, const QString& text)
    : RecordCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

qint64 AgreementCommand::agreementId() const
{
    return m_after ? m_after->agreement.id : (m_before ? m_before->agreement.id : 0);
}

void AgreementCommand::apply(bool forward)
{
    const std::optional<AgreementRecord>& from = forward ? m_before : m_after;
    std::optional<AgreementRecord>& to = forward ? m_after : m_before;
    AgreementRepository& agreements = m_document.agreements();
    {
        Transaction tx(m_document.database());
        if (from && to) {
            update(*from, *to);
        } else if (to) {
            to->agreement.id = agreements.insertRecord(*to);
        } else if (from) {
            agreements.remove(from->agreement.id);
        }
        tx.commit();
    }
    if (to) {
        // Read back: new KPIs, measurements and evaluations got their ids now.
        if (auto stored = agreements.loadRecord(to->agreement.id)) {
            to = std::move(stored);
        }
    }
    m_document.notifyChanged(Document::Kind::Agreements);
}

void AgreementCommand::update(const AgreementRecord& from, AgreementRecord& to)
{
    m_document.agreements().update(to.agreement);
    KpiRepository& kpis = m_document.kpis();
    // The stored version of an item of `list` with this id, or nullptr for a new one.
    const auto stored = [](const auto& list, qint64 id) {
        const auto it = std::find_if(list.cbegin(), list.cend(), [id](const auto& x) { return x.id == id; });
        return id > 0 && it != list.cend() ? &*it : nullptr;
    };
    for (const Kpi& kpi : from.kpis) {
        if (!stored(to.kpis, kpi.id)) {
            kpis.remove(kpi.id);
        }
    }
    for (Kpi& kpi : to.kpis) {
        kpi.agreementId = to.agreement.id;
        if (const Kpi* old = stored(from.kpis, kpi.id)) {
            if (!(*old == kpi)) {
                kpis.update(kpi);
            }
        } else {
            kpi.id = kpis.insert(kpi);
        }
    }
    EvaluationRepository& evaluations = m_document.evaluations();
    for (const Evaluation& e : from.evaluations) {
        if (!stored(to.evaluations, e.id)) {
            evaluations.remove(e.id);
        }
    }
    for (Evaluation& e : to.evaluations) {
        e.agreementId = to.agreement.id;
        if (const Evaluation* old = stored(from.evaluations, e.id)) {
            if (!(*old == e)) {
                evaluations.update(e);
            }
        } else {
            e.id = evaluations.insert(e);
        }
    }
}
