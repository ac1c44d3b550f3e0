#include "ParticipationEditor.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/WardPicker.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

ParticipationEditor::ParticipationEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.participation().find(id) : std::nullopt)
    , m_ward(new QComboBox)
    , m_date(Inputs::makeDateLineEdit(u"dateLineEdit"_s))
    , m_kind(new QComboBox)
    , m_channel(new QComboBox)
    , m_participants(new QLineEdit)
    , m_notes(new QPlainTextEdit)
{
    setObjectName(u"participationEditor"_s);
    setWindowTitle(m_original ? tr("Edit participation moment") : tr("New participation moment"));
    m_ward->setObjectName(u"wardComboBox"_s);
    m_kind->setObjectName(u"kindComboBox"_s);
    m_channel->setObjectName(u"channelComboBox"_s);
    m_participants->setObjectName(u"participantsLineEdit"_s);
    m_participants->setMaximumWidth(120);
    m_notes->setObjectName(u"notesPlainTextEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    WardPicker::fill(m_ward, document.wards().all(), tr("Choose a ward..."));
    for (ParticipationKind k : Enums::all<ParticipationKind>()) {
        m_kind->addItem(Enums::label(k), int(k));
    }
    for (Channel c : Enums::all<Channel>()) {
        m_channel->addItem(Enums::label(c), int(c));
    }
    addRow(tr("&Ward:"), u"ward"_s, m_ward);
    addRow(tr("&Date:"), u"date"_s, m_date);
    addRow(tr("&Kind:"), u"kind"_s, m_kind);
    addRow(tr("&Channel:"), u"channel"_s, m_channel);
    addRow(tr("&Participants:"), u"participants"_s, m_participants);
    addRow(tr("N&otes:"), u"notes"_s, m_notes);

    ParticipationMoment m = m_original.value_or(ParticipationMoment {});
    if (!m_original) {
        m.date = QDate::currentDate();
        m.wardId = wardId.value_or(0);
    }
    m_ward->setCurrentIndex(qMax(0, m_ward->findData(m.wardId)));
    Inputs::setDate(m_date, m.date);
    m_kind->setCurrentIndex(m_kind->findData(int(m.kind)));
    m_channel->setCurrentIndex(m_channel->findData(int(m.channel)));
    Inputs::setOptionalInt(m_participants, m_original ? std::optional<int>(m.participants) : std::nullopt);
    m_notes->setPlainText(m.notes);
    resize(440, sizeHint().height());
}

bool ParticipationEditor::save(QList<FieldError>& errors)
{
    ParticipationMoment m = m_original.value_or(ParticipationMoment {});
    m.wardId = m_ward->currentData().toLongLong();
    m.date = Inputs::readDate(m_date, u"date"_s, errors);
    const bool dateRead = errors.isEmpty();
    m.kind = ParticipationKind(m_kind->currentData().toInt());
    m.channel = Channel(m_channel->currentData().toInt());
    m.participants = Inputs::readOptionalInt(m_participants, u"participants"_s, errors).value_or(0);
    m.notes = m_notes->toPlainText().trimmed();
    for (const FieldError& e : m_document.participation().validate(m)) {
        if (dateRead || e.field != u"date"_s) {
            errors << e;
        }
    }
    return saveRecord<ParticipationRepository>(m_document, Document::Kind::Participation, m_original, m, errors,
                                               tr("Add participation moment"), tr("Edit participation moment"));
}
