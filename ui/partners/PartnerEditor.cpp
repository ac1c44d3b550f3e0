#include "PartnerEditor.h"

using namespace Qt::StringLiterals;

PartnerEditor::PartnerEditor(Document& document, qint64 id, QWidget* parent)
    : RecordEditor(document, id, Document::Kind::Partners, tr("Add partner"), tr("Edit partner"), parent)
{
    setObjectName(u"partnerEditor"_s);
    setWindowTitle(isNew() ? tr("New partner") : tr("Edit partner"));
    lineEdit(tr("&Name:"), u"name"_s, u"nameLineEdit"_s, &Partner::name);
    enumBox(tr("&Type:"), u"type"_s, u"typeComboBox"_s, &Partner::type);
    lineEdit(tr("&Contact person:"), u"contact_person"_s, u"contactLineEdit"_s, &Partner::contactPerson);
    lineEdit(tr("&E-mail:"), u"email"_s, u"emailLineEdit"_s, &Partner::email);
    lineEdit(tr("&Phone:"), u"phone"_s, u"phoneLineEdit"_s, &Partner::phone);
    textEdit(tr("N&otes:"), u"notes"_s, u"notesPlainTextEdit"_s, &Partner::notes, TextRead::Trimmed)
        ->setMaximumHeight(90);
    load();
    resize(480, sizeHint().height());
}
