#include "EventEditor.h"

using namespace Qt::StringLiterals;

EventEditor::EventEditor(Document& document, qint64 id, qint64 initiativeId, QWidget* parent)
    : RecordEditor(document, id, Document::Kind::Activities, tr("Add meeting"), tr("Edit meeting"), parent)
{
    setObjectName(u"eventEditor"_s);
    setWindowTitle(isNew() ? tr("New meeting") : tr("Edit meeting"));
    if (isNew()) {
        record().initiativeId = initiativeId;
        record().date = QDate::currentDate();
    }
    dateEdit(tr("&Date:"), u"date"_s, u"dateLineEdit"_s, &AnonymousEvent::date);
    numberEdit(tr("&Participants:"), u"participants"_s, u"participantsLineEdit"_s, &AnonymousEvent::participants)
        ->setMaximumWidth(100);
    lineEdit(tr("&Kind:"), u"kind"_s, u"kindLineEdit"_s, &AnonymousEvent::kind)
        ->setPlaceholderText(tr("for example: clean-up, coffee morning, meeting"));
    load();
    resize(420, sizeHint().height());
}

void EventEditor::check(const AnonymousEvent& event, QList<FieldError>& errors) const
{
    if (errors.isEmpty()) {
        errors << repository().validate(event);
    }
}
