#pragma once

#include "core/domain/Activity.h"
#include "ui/common/MemoryRowModel.h"

class Document;

/// An initiative's events with anonymous participants ("Meetings"), newest first.
class EventModel final : public MemoryRowModel<AnonymousEvent>
{
    Q_OBJECT

public:
    enum Column { Date, Participants, Kind, ColumnCount };

    EventModel(Document& document, qint64 initiativeId, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(EventModel)

    void reload();

private:
    Document& m_document;
    qint64 m_initiativeId;
};
