#pragma once

#include "common/SaveRecordCommand.h"
#include "domain/SupportMap.h"

/// Inserts, updates or deletes a need or an offer of the support map (SaveRecordCommand's rules: before = nullopt is
/// an insert, after = nullopt a delete).
template<typename T> class SupportMapCommand final : public RecordCommand
{
public:
    SupportMapCommand(Document& document, std::optional<T> before, std::optional<T> after, const QString& text)
        : RecordCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    qint64 recordId() const override { return m_after ? m_after->id : (m_before ? m_before->id : 0); }

protected:
    void apply(bool forward) override
    {
        const std::optional<T>& from = forward ? m_before : m_after;
        std::optional<T>& to = forward ? m_after : m_before;
        SupportMapRepository& map = m_document.supportMap();
        if constexpr (std::is_same_v<T, Need>) {
            if (from && to) {
                map.updateNeed(*to);
            } else if (to) {
                to->id = map.insertNeed(*to);
            } else if (from) {
                map.removeNeed(from->id);
            }
        } else {
            if (from && to) {
                map.updateOffer(*to);
            } else if (to) {
                to->id = map.insertOffer(*to);
            } else if (from) {
                map.removeOffer(from->id);
            }
        }
        m_document.notifyChanged(Document::Kind::SupportMap);
    }

private:
    std::optional<T> m_before;
    std::optional<T> m_after;
};
