#include "CriticalRoleEditor.h"

#include <QLabel>
#include <algorithm>

using namespace Qt::StringLiterals;

CriticalRoleEditor::CriticalRoleEditor(Document& document, qint64 id, qint64 initiativeId, QWidget* parent)
    : RecordEditor(document, id, Document::Kind::CriticalRoles, tr("Add critical role"), tr("Edit critical role"),
                   parent)
{
    setObjectName(u"criticalRoleEditor"_s);
    setWindowTitle(isNew() ? tr("New critical role") : tr("Edit critical role"));
    if (isNew()) {
        record().initiativeId = initiativeId;
    }
    const CriticalRole& role = record();

    // The people of the initiative, and whoever the role names now: each once, two of the same name both, as a
    // sorted name list ("Berg, Jan van den").
    QList<qint64> ids;
    for (const InvolvementRow& r : document.involvements().forInitiative(role.initiativeId, QDate::currentDate())) {
        ids << r.involvement.personId;
    }
    for (const auto& personId : {role.holderId, role.backupId}) {
        if (personId) {
            ids << *personId;
        }
    }
    QList<Person> people;
    for (const qint64 personId : std::as_const(ids)) {
        if (std::none_of(people.cbegin(), people.cend(), [personId](const Person& p) { return p.id == personId; })) {
            if (const auto p = document.persons().find(personId)) {
                people << *p;
            }
        }
    }
    std::sort(people.begin(), people.end(), Person::sortsBefore);
    const auto personBox = [&people](const QString& none) {
        return [&people, none](QComboBox* combo) {
            combo->addItem(none, qint64(0));
            for (const Person& p : std::as_const(people)) {
                combo->addItem(p.sortName(), p.id);
            }
        };
    };

    if (const auto initiative = document.initiatives().find(role.initiativeId)) {
        row(tr("Initiative:"), u"initiative"_s, named(new QLabel(initiative->title), u"initiativeLabel"_s));
    }
    // A standard role by its label, or the user's own typed in.
    auto* name = named(new QComboBox, u"roleComboBox"_s);
    name->setEditable(true);
    name->setInsertPolicy(QComboBox::NoInsert);
    name->lineEdit()->setPlaceholderText(tr("a standard role, or type your own"));
    for (const QString& key : CriticalRole::standardRoles()) {
        name->addItem(CriticalRole::label(key), key);
    }
    field(
        tr("&Role:"), u"role"_s, name,
        [this, name](const CriticalRole& r) {
            if (isNew()) {
                name->setCurrentIndex(-1);
                name->setEditText(QString());
            } else if (const int standard = name->findData(r.role); standard >= 0) {
                name->setCurrentIndex(standard);
            } else {
                name->setEditText(r.role);
            }
        },
        [name](CriticalRole& r, QList<FieldError>&) { r.role = CriticalRole::keyFor(name->currentText()); });
    idBox(tr("&Holder:"), u"holder"_s, u"holderComboBox"_s, &CriticalRole::holderId, personBox(tr("(nobody)")));
    idBox(tr("&Backup:"), u"backup"_s, u"backupComboBox"_s, &CriticalRole::backupId, personBox(tr("(no backup)")));
    auto* hint = new QLabel(tr("The holder and backup are chosen from the people involved in the initiative."));
    hint->setWordWrap(true);
    form()->addRow(QString(), hint);
    load();
    resize(460, sizeHint().height());
}
