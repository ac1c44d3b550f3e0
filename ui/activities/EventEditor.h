#pragma once

#include "core/domain/Activity.h"
#include "ui/common/RecordEditor.h"

/// Adds (id 0) or edits an event with anonymous participants: date, how many took part, and what it was.
class EventEditor final : public RecordEditor<EventRepository, AnonymousEvent>
{
    Q_OBJECT

public:
    /// `initiativeId` is the initiative of a new event.
    EventEditor(Document& document, qint64 id, qint64 initiativeId, QWidget* parent = nullptr);

protected:
    /// The repository's messages once the date and the number could be read.
    void check(const AnonymousEvent& event, QList<FieldError>& errors) const override;
};
