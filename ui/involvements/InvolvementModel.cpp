#include "InvolvementModel.h"

#include "ui/Document.h"

#include <QLocale>

InvolvementModel::InvolvementModel(Document& document, Side side, qint64 ownerId, QObject* parent)
    : MemoryRowModel(parent)
    , m_document(document)
    , m_side(side)
    , m_ownerId(ownerId)
{
    const char* name = side == Side::Initiative ? QT_TR_NOOP("Person") : QT_TR_NOOP("Initiative");
    setColumns({
        {.title = name,
         .shown = [this](const InvolvementRow& r) -> QVariant {
             return m_side == Side::Initiative ? r.personName : r.initiativeTitle;
         }},
        {.title = QT_TR_NOOP("Role"),
         .shown = [](const InvolvementRow& r) -> QVariant {
             return Enums::label(r.involvement.role);
         }},
        {.title = QT_TR_NOOP("From"),
         .shown = [](const InvolvementRow& r) -> QVariant {
             return Inputs::listDate(r.involvement.from);
         }},
        {.title = QT_TR_NOOP("Until"),
         .shown = [](const InvolvementRow& r) -> QVariant {
             return Inputs::listDate(r.involvement.until);
         }},
        {.title = QT_TR_NOOP("Hours (12 months)"),
         .shown = [](const InvolvementRow& r) -> QVariant { return QLocale().toString(r.hoursLast12Months, 'f', 2); },
         .alignRight = true},
        {.title = QT_TR_NOOP("Last active"),
         .shown = [](const InvolvementRow& r) -> QVariant {
             return r.lastActive.isValid() ? Inputs::listDate(r.lastActive) : tr("never");
         }},
    });
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Involvements || kind == Document::Kind::Activities
            || kind == Document::Kind::Persons || kind == Document::Kind::Initiatives) {
            reload();
        }
    });
    reload();
}

void InvolvementModel::reload()
{
    const QDate today = QDate::currentDate();
    setRows(m_side == Side::Initiative ? m_document.involvements().forInitiative(m_ownerId, today)
                                       : m_document.involvements().forPerson(m_ownerId, today));
}
