#include "EventModel.h"

#include "ui/Document.h"

EventModel::EventModel(Document& document, qint64 initiativeId, QObject* parent)
    : MemoryRowModel(parent)
    , m_document(document)
    , m_initiativeId(initiativeId)
{
    using namespace ListColumns;
    setColumns({
        {.title = QT_TR_NOOP("Date"),
         .shown = [](const AnonymousEvent& e) -> QVariant {
             return Inputs::listDate(e.date);
         }},
        {.title = QT_TR_NOOP("Participants"),
         .shown = [](const AnonymousEvent& e) -> QVariant { return e.participants; },
         .alignRight = true},
        text(QT_TR_NOOP("Kind"), &AnonymousEvent::kind),
    });
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Activities) {
            reload();
        }
    });
    reload();
}

void EventModel::reload()
{
    setRows(m_document.events().forInitiative(m_initiativeId));
}
