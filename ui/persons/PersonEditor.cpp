#include "PersonEditor.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/WardPicker.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {
QLineEdit* lineEdit(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    return edit;
}
} // namespace

PersonEditor::PersonEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.persons().find(id) : std::nullopt)
    , m_firstName(lineEdit(u"firstNameLineEdit"_s))
    , m_surnamePrefix(lineEdit(u"surnamePrefixLineEdit"_s))
    , m_lastName(lineEdit(u"lastNameLineEdit"_s))
    , m_email(lineEdit(u"emailLineEdit"_s))
    , m_phone(lineEdit(u"phoneLineEdit"_s))
    , m_ward(new QComboBox)
    , m_engagement(new QComboBox)
    , m_skills(lineEdit(u"skillsLineEdit"_s))
    , m_consentDate(Inputs::makeDateLineEdit(u"consentDateLineEdit"_s))
    , m_consentWithdrawn(Inputs::makeDateLineEdit(u"consentWithdrawnLineEdit"_s))
    , m_consentExpires(Inputs::makeDateLineEdit(u"consentExpiresLineEdit"_s))
    , m_consentScope(lineEdit(u"consentScopeLineEdit"_s))
    , m_notes(new QPlainTextEdit)
{
    setObjectName(u"personEditor"_s);
    setWindowTitle(m_original ? tr("Edit resident") : tr("New resident"));
    m_ward->setObjectName(u"wardComboBox"_s);
    m_engagement->setObjectName(u"engagementComboBox"_s);
    m_notes->setObjectName(u"notesPlainTextEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_surnamePrefix->setPlaceholderText(tr("for example: van den, de, 't"));
    m_skills->setPlaceholderText(tr("for example: treasurer, gardening, social media"));
    m_consentScope->setPlaceholderText(tr("what the resident agreed to, e.g. contact about the initiative"));

    WardPicker::fill(m_ward, document.wards().all(), tr("(unknown)"));
    for (Engagement e : Enums::all<Engagement>()) {
        m_engagement->addItem(Enums::label(e), int(e));
    }

    addRow(tr("&First name:"), u"first_name"_s, m_firstName);
    addRow(tr("T&ussenvoegsel:"), u"surname_prefix"_s, m_surnamePrefix);
    addRow(tr("&Last name:"), u"last_name"_s, m_lastName);
    addRow(tr("&E-mail:"), u"email"_s, m_email);
    addRow(tr("&Phone:"), u"phone"_s, m_phone);
    addRow(tr("&Ward of residence:"), u"ward"_s, m_ward);
    addRow(tr("En&gagement:"), u"engagement"_s, m_engagement);
    addRow(tr("&Skills:"), u"skills"_s, m_skills);
    addRow(tr("&Consent date:"), u"consent_date"_s, m_consentDate);
    addRow(tr("Consent sc&ope:"), u"consent_scope"_s, m_consentScope);
    addRow(tr("Consent w&ithdrawn on:"), u"consent_withdrawn"_s, m_consentWithdrawn);
    addRow(tr("Consent e&xpires on:"), u"consent_expires"_s, m_consentExpires);
    addRow(tr("&Notes:"), u"notes"_s, m_notes);

    Person p = m_original.value_or(Person {});
    if (!m_original) {
        p.wardId = wardId;
    }
    m_firstName->setText(p.firstName);
    m_surnamePrefix->setText(p.surnamePrefix);
    m_lastName->setText(p.lastName);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_ward->setCurrentIndex(qMax(0, m_ward->findData(p.wardId.value_or(0))));
    m_engagement->setCurrentIndex(m_engagement->findData(int(p.engagement)));
    m_skills->setText(p.skills.join(u", "_s));
    Inputs::setDate(m_consentDate, p.consentDate);
    m_consentScope->setText(p.consentScope);
    Inputs::setDate(m_consentWithdrawn, p.consentWithdrawn);
    Inputs::setDate(m_consentExpires, p.consentExpires);
    m_consentWithdrawn->setToolTip(tr("The day the resident withdrew their consent (AVG art. 7(3)); they are then "
                                      "listed for anonymisation"));
    m_consentExpires->setToolTip(tr("The last day the consent holds, when it was given for a limited time"));
    m_notes->setPlainText(p.notes);
    resize(520, sizeHint().height());
}

bool PersonEditor::save(QList<FieldError>& errors)
{
    Person p = m_original.value_or(Person {});
    p.firstName = m_firstName->text().trimmed();
    p.surnamePrefix = m_surnamePrefix->text().simplified();
    p.lastName = m_lastName->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    const qint64 ward = m_ward->currentData().toLongLong();
    p.wardId = ward > 0 ? std::optional<qint64>(ward) : std::nullopt;
    p.engagement = Engagement(m_engagement->currentData().toInt());
    p.skills.clear();
    for (const QString& skill : m_skills->text().split(u',', Qt::SkipEmptyParts)) {
        if (const QString s = skill.trimmed(); !s.isEmpty() && !p.skills.contains(s)) {
            p.skills << s;
        }
    }
    p.consentDate = Inputs::readDate(m_consentDate, u"consent_date"_s, errors);
    p.consentScope = m_consentScope->text().trimmed();
    p.consentWithdrawn = Inputs::readDate(m_consentWithdrawn, u"consent_withdrawn"_s, errors);
    p.consentExpires = Inputs::readDate(m_consentExpires, u"consent_expires"_s, errors);
    p.notes = m_notes->toPlainText();
    errors << m_document.persons().validate(p);
    return saveRecord<PersonRepository>(m_document, Document::Kind::Persons, m_original, p, errors, tr("Add resident"),
                                        tr("Edit resident"));
}
