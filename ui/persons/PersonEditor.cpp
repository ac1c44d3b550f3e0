#include "PersonEditor.h"

using namespace Qt::StringLiterals;

PersonEditor::PersonEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : RecordEditor(document, id, Document::Kind::Persons, tr("Add resident"), tr("Edit resident"), parent)
{
    setObjectName(u"personEditor"_s);
    setWindowTitle(isNew() ? tr("New resident") : tr("Edit resident"));
    if (isNew()) {
        record().wardId = wardId;
    }
    lineEdit(tr("&First name:"), u"first_name"_s, u"firstNameLineEdit"_s, &Person::firstName);
    lineEdit(tr("T&ussenvoegsel:"), u"surname_prefix"_s, u"surnamePrefixLineEdit"_s, &Person::surnamePrefix,
             TextRead::Simplified)
        ->setPlaceholderText(tr("for example: van den, de, 't"));
    lineEdit(tr("&Last name:"), u"last_name"_s, u"lastNameLineEdit"_s, &Person::lastName);
    lineEdit(tr("&E-mail:"), u"email"_s, u"emailLineEdit"_s, &Person::email);
    lineEdit(tr("&Phone:"), u"phone"_s, u"phoneLineEdit"_s, &Person::phone);
    wardBox(tr("&Ward of residence:"), u"ward"_s, u"wardComboBox"_s, &Person::wardId, document.wards().all(),
            tr("(unknown)"));
    enumBox(tr("En&gagement:"), u"engagement"_s, u"engagementComboBox"_s, &Person::engagement);
    // Skills as one line, separated by commas; each once.
    auto* skills = named(new QLineEdit, u"skillsLineEdit"_s);
    skills->setPlaceholderText(tr("for example: treasurer, gardening, social media"));
    field(
        tr("&Skills:"), u"skills"_s, skills, [skills](const Person& p) { skills->setText(p.skills.join(u", "_s)); },
        [skills](Person& p, QList<FieldError>&) {
            p.skills.clear();
            for (const QString& skill : skills->text().split(u',', Qt::SkipEmptyParts)) {
                if (const QString s = skill.trimmed(); !s.isEmpty() && !p.skills.contains(s)) {
                    p.skills << s;
                }
            }
        });
    dateEdit(tr("&Consent date:"), u"consent_date"_s, u"consentDateLineEdit"_s, &Person::consentDate);
    lineEdit(tr("Consent sc&ope:"), u"consent_scope"_s, u"consentScopeLineEdit"_s, &Person::consentScope)
        ->setPlaceholderText(tr("what the resident agreed to, e.g. contact about the initiative"));
    dateEdit(tr("Consent w&ithdrawn on:"), u"consent_withdrawn"_s, u"consentWithdrawnLineEdit"_s,
             &Person::consentWithdrawn)
        ->setToolTip(tr("The day the resident withdrew their consent (AVG art. 7(3)); they are then "
                        "listed for anonymisation"));
    dateEdit(tr("Consent e&xpires on:"), u"consent_expires"_s, u"consentExpiresLineEdit"_s, &Person::consentExpires)
        ->setToolTip(tr("The last day the consent holds, when it was given for a limited time"));
    textEdit(tr("&Notes:"), u"notes"_s, u"notesPlainTextEdit"_s, &Person::notes, TextRead::AsTyped)
        ->setMaximumHeight(80);
    load();
    resize(520, sizeHint().height());
}
