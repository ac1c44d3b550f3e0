#pragma once

#include "common/SaveRecordCommand.h"
#include "domain/Activity.h"

#include <optional>

/// Adds, changes or removes an event with anonymous participants (before = nullopt adds, after = nullopt removes).
class EventCommand final : public RecordCommand
{
public:
    EventCommand(Document& document, std::optional<AnonymousEvent> before, std::optional<AnonymousEvent> after,
                 const QString& text)
        : RecordCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

protected:
    void apply(bool forward) override
    {
        const std::optional<AnonymousEvent>& from = forward ? m_before : m_after;
        std::optional<AnonymousEvent>& to = forward ? m_after : m_before;
        ActivityRepository& repo = m_document.activities();
        if (from && to) {
            repo.updateEvent(*to);
        } else if (to) {
            to->id = repo.insertEvent(*to);
        } else if (from) {
            repo.removeEvent(from->id);
        }
        m_document.notifyChanged(Document::Kind::Activities);
    }

private:
    std::optional<AnonymousEvent> m_before;
    std::optional<AnonymousEvent> m_after;
};
