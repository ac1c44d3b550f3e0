#include "PartnerEditor.h"

#include "ui/Document.h"
#include "ui/common/SaveRecordCommand.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

PartnerEditor::PartnerEditor(Document& document, qint64 id, QWidget* parent)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.partners().find(id) : std::nullopt)
    , m_name(new QLineEdit)
    , m_type(new QComboBox)
    , m_contact(new QLineEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_notes(new QPlainTextEdit)
{
    setObjectName(u"partnerEditor"_s);
    setWindowTitle(m_original ? tr("Edit partner") : tr("New partner"));
    m_name->setObjectName(u"nameLineEdit"_s);
    m_type->setObjectName(u"typeComboBox"_s);
    m_contact->setObjectName(u"contactLineEdit"_s);
    m_email->setObjectName(u"emailLineEdit"_s);
    m_phone->setObjectName(u"phoneLineEdit"_s);
    m_notes->setObjectName(u"notesPlainTextEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    for (PartnerType type : Enums::all<PartnerType>()) {
        m_type->addItem(Enums::label(type), int(type));
    }
    addRow(tr("&Name:"), u"name"_s, m_name);
    addRow(tr("&Type:"), u"type"_s, m_type);
    addRow(tr("&Contact person:"), u"contact_person"_s, m_contact);
    addRow(tr("&E-mail:"), u"email"_s, m_email);
    addRow(tr("&Phone:"), u"phone"_s, m_phone);
    addRow(tr("N&otes:"), u"notes"_s, m_notes);

    const Partner p = m_original.value_or(Partner {});
    m_name->setText(p.name);
    m_type->setCurrentIndex(m_type->findData(int(p.type)));
    m_contact->setText(p.contactPerson);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_notes->setPlainText(p.notes);
    resize(480, sizeHint().height());
}

bool PartnerEditor::save(QList<FieldError>& errors)
{
    Partner p = m_original.value_or(Partner {});
    p.name = m_name->text().trimmed();
    p.type = PartnerType(m_type->currentData().toInt());
    p.contactPerson = m_contact->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    errors << m_document.partners().validate(p);
    return saveRecord<PartnerRepository>(m_document, Document::Kind::Partners, m_original, p, errors, tr("Add partner"),
                                         tr("Edit partner"));
}
