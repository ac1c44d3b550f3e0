#include "InvolvementEditor.h"

#include <QCompleter>
#include <QLabel>

using namespace Qt::StringLiterals;

InvolvementEditor::InvolvementEditor(Document& document, qint64 id, qint64 initiativeId, qint64 personId,
                                     QWidget* parent)
    : RecordEditor(document, id, Document::Kind::Involvements, tr("Add involvement"), tr("Edit involvement"), parent)
    , m_choosePerson(personId <= 0)
{
    setObjectName(u"involvementEditor"_s);
    setWindowTitle(isNew() ? tr("New involvement") : tr("Edit involvement"));
    if (isNew()) {
        record().initiativeId = initiativeId;
        record().personId = personId;
        record().from = QDate::currentDate();
    }
    addOtherField();
    enumBox(tr("&Role:"), u"role"_s, u"roleComboBox"_s, &Involvement::role);
    dateEdit(tr("&From:"), u"from"_s, u"fromLineEdit"_s, &Involvement::from);
    QLineEdit* until = dateEdit(tr("&Until:"), u"until"_s, u"untilLineEdit"_s, &Involvement::until);
    until->setPlaceholderText(tr("dd-mm-yyyy, empty while still involved"));
    // Asked once there is an until date (stored after it), by its key; the first item is no choice.
    auto* reason = named(new QComboBox, u"leavingReasonComboBox"_s);
    reason->addItem(tr("(choose why the involvement ended)"), QString());
    for (LeavingReason r : Enums::all<LeavingReason>()) {
        reason->addItem(Enums::label(r), Enums::key(r));
    }
    reason->setToolTip(tr("Asked when the involvement has an end date: counted per ward in the pipeline"));
    field(
        tr("Reason for &leaving:"), u"leaving_reason"_s, reason,
        [reason](const Involvement& v) {
            reason->setCurrentIndex(v.leavingReason ? qMax(0, reason->findData(Enums::key(*v.leavingReason))) : 0);
        },
        [reason](Involvement& v, QList<FieldError>&) {
            v.leavingReason.reset();
            if (v.until.isValid()) {
                v.leavingReason = Enums::fromKey<LeavingReason>(reason->currentData().toString());
            }
        });
    const auto updateReason = [reason, until] {
        reason->setEnabled(!until->text().trimmed().isEmpty());
    };
    connect(until, &QLineEdit::textChanged, this, updateReason);
    load();
    updateReason();
    resize(480, sizeHint().height());
}

void InvolvementEditor::addOtherField()
{
    m_other = new QComboBox;
    m_other->setEditable(true);
    m_other->setInsertPolicy(QComboBox::NoInsert);
    m_other->completer()->setFilterMode(Qt::MatchContains);
    m_other->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // An edited combo text that matches no entry counts as no choice.
    const auto store = [this](Involvement& v, QList<FieldError>&) {
        const int index = m_other->findText(m_other->currentText());
        const qint64 other = index > 0 ? m_other->itemData(index).toLongLong() : 0;
        (m_choosePerson ? v.personId : v.initiativeId) = other;
    };
    const Involvement& v = record();
    if (m_choosePerson) {
        m_other->setObjectName(u"personComboBox"_s);
        if (const auto initiative = document().initiatives().find(v.initiativeId)) {
            row(tr("Initiative:"), u"initiative"_s, named(new QLabel(initiative->title), u"initiativeLabel"_s));
        }
        m_allWards = named(new QCheckBox(tr("Residents of &all wards")), u"allWardsCheckBox"_s);
        m_allWards->setToolTip(tr("Also list residents who live in another ward than the initiative's"));
        field(
            tr("&Person:"), u"person"_s, m_other, [this](const Involvement&) { fillPersons(); }, store);
        form()->addRow(QString(), m_allWards);
        connect(m_allWards, &QCheckBox::toggled, this, &InvolvementEditor::fillPersons);
    } else {
        m_other->setObjectName(u"initiativeComboBox"_s);
        if (const auto person = document().persons().find(v.personId)) {
            row(tr("Person:"), u"person"_s, named(new QLabel(person->fullName()), u"personLabel"_s));
        }
        m_other->addItem(tr("(choose an initiative)"), qint64(0));
        ListQuery query;
        InitiativeRepository& initiatives = document().initiatives();
        for (const InitiativeRow& r : initiatives.list(query, 0, initiatives.count(query))) {
            m_other->addItem(u"%1 (%2)"_s.arg(r.title, r.wardName.isEmpty() ? r.wardCode : r.wardName), r.id);
        }
        field(
            tr("&Initiative:"), u"initiative"_s, m_other,
            [this](const Involvement& i) { m_other->setCurrentIndex(qMax(0, m_other->findData(i.initiativeId))); },
            store);
    }
}

void InvolvementEditor::fillPersons()
{
    const qint64 current = m_other->currentIndex() > 0 ? m_other->currentData().toLongLong() : record().personId;
    m_other->clear();
    m_other->addItem(tr("(choose a person)"), qint64(0));
    ListQuery query;
    query.sortColumn = PersonRepository::LastName;
    if (!m_allWards->isChecked()) {
        if (const auto initiative = document().initiatives().find(record().initiativeId)) {
            query.wardId = initiative->wardId;
        }
    }
    bool found = false;
    PersonRepository& persons = document().persons();
    for (const PersonRow& p : persons.list(query, 0, persons.count(query))) {
        m_other->addItem(p.sortName(), p.id);
        found = found || p.id == current;
    }
    if (!found && current > 0) {
        if (const auto person = persons.find(current)) {
            m_other->addItem(person->sortName(), person->id);
        }
    }
    m_other->setCurrentIndex(qMax(0, m_other->findData(current)));
}

void InvolvementEditor::check(const Involvement& involvement, QList<FieldError>& errors) const
{
    if (!errors.isEmpty()) {
        return;
    }
    // Every problem at once: the record's own (an end before the start, hours outside) and the missing reason.
    errors << repository().validate(involvement);
    if (involvement.until.isValid() && !involvement.leavingReason) {
        errors.append({u"leaving_reason"_s, tr("Choose why the involvement ended (\"unknown\" if nobody knows).")});
    }
}
