#include "EventEditor.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

EventEditor::EventEditor(Document& document, qint64 id, qint64 initiativeId, QWidget* parent)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.events().find(id) : std::nullopt)
    , m_date(Inputs::makeDateLineEdit(u"dateLineEdit"_s))
    , m_participants(new QLineEdit)
    , m_kind(new QLineEdit)
{
    setObjectName(u"eventEditor"_s);
    setWindowTitle(m_original ? tr("Edit meeting") : tr("New meeting"));
    m_event = m_original.value_or(AnonymousEvent {});
    if (!m_original) {
        m_event.initiativeId = initiativeId;
        m_event.date = QDate::currentDate();
    }
    m_participants->setObjectName(u"participantsLineEdit"_s);
    m_participants->setMaximumWidth(100);
    m_kind->setObjectName(u"kindLineEdit"_s);
    m_kind->setPlaceholderText(tr("for example: clean-up, coffee morning, meeting"));
    addRow(tr("&Date:"), u"date"_s, m_date);
    addRow(tr("&Participants:"), u"participants"_s, m_participants);
    addRow(tr("&Kind:"), u"kind"_s, m_kind);
    Inputs::setDate(m_date, m_event.date);
    Inputs::setOptionalInt(m_participants, m_original ? std::optional<int>(m_event.participants) : std::nullopt);
    m_kind->setText(m_event.kind);
    resize(420, sizeHint().height());
}

bool EventEditor::save(QList<FieldError>& errors)
{
    AnonymousEvent e = m_event;
    e.date = Inputs::readDate(m_date, u"date"_s, errors);
    e.participants = Inputs::readOptionalInt(m_participants, u"participants"_s, errors).value_or(0);
    e.kind = m_kind->text().trimmed();
    if (!errors.isEmpty()) {
        return false;
    }
    errors << m_document.events().validate(e);
    return saveRecord<EventRepository>(m_document, Document::Kind::Activities, m_original, e, errors, tr("Add meeting"),
                                       tr("Edit meeting"));
}
