#include "InvolvementEditor.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

InvolvementEditor::InvolvementEditor(Document& document, qint64 id, qint64 initiativeId, qint64 personId,
                                     QWidget* parent)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.involvements().find(id) : std::nullopt)
    , m_choosePerson(personId <= 0)
    , m_other(new QComboBox)
    , m_role(new QComboBox)
    , m_from(Inputs::makeDateLineEdit(u"fromLineEdit"_s))
    , m_until(Inputs::makeDateLineEdit(u"untilLineEdit"_s))
    , m_reason(new QComboBox)
{
    setObjectName(u"involvementEditor"_s);
    setWindowTitle(m_original ? tr("Edit involvement") : tr("New involvement"));
    m_involvement = m_original.value_or(Involvement {});
    if (!m_original) {
        m_involvement.initiativeId = initiativeId;
        m_involvement.personId = personId;
        m_involvement.from = QDate::currentDate();
    }
    m_role->setObjectName(u"roleComboBox"_s);
    for (InvolvementRole r : Enums::all<InvolvementRole>()) {
        m_role->addItem(Enums::label(r), int(r));
    }
    m_other->setEditable(true);
    m_other->setInsertPolicy(QComboBox::NoInsert);
    m_other->completer()->setFilterMode(Qt::MatchContains);
    m_other->completer()->setCompletionMode(QCompleter::PopupCompletion);

    if (m_choosePerson) {
        m_other->setObjectName(u"personComboBox"_s);
        const auto initiative = document.initiatives().find(m_involvement.initiativeId);
        if (initiative) {
            auto* fixed = new QLabel(initiative->title);
            fixed->setObjectName(u"initiativeLabel"_s);
            addRow(tr("Initiative:"), u"initiative"_s, fixed);
        }
        m_allWards = new QCheckBox(tr("Residents of &all wards"));
        m_allWards->setObjectName(u"allWardsCheckBox"_s);
        m_allWards->setToolTip(tr("Also list residents who live in another ward than the initiative's"));
        addRow(tr("&Person:"), u"person"_s, m_other);
        form()->addRow(QString(), m_allWards);
        connect(m_allWards, &QCheckBox::toggled, this, &InvolvementEditor::fillPersons);
        fillPersons();
    } else {
        m_other->setObjectName(u"initiativeComboBox"_s);
        if (const auto person = document.persons().find(m_involvement.personId)) {
            auto* fixed = new QLabel(person->fullName());
            fixed->setObjectName(u"personLabel"_s);
            addRow(tr("Person:"), u"person"_s, fixed);
        }
        m_other->addItem(tr("(choose an initiative)"), qint64(0));
        ListQuery query;
        for (const InitiativeRow& row : document.initiatives().list(query, 0, document.initiatives().count(query))) {
            m_other->addItem(u"%1 (%2)"_s.arg(row.title, row.wardName.isEmpty() ? row.wardCode : row.wardName), row.id);
        }
        m_other->setCurrentIndex(qMax(0, m_other->findData(m_involvement.initiativeId)));
        addRow(tr("&Initiative:"), u"initiative"_s, m_other);
    }
    addRow(tr("&Role:"), u"role"_s, m_role);
    addRow(tr("&From:"), u"from"_s, m_from);
    addRow(tr("&Until:"), u"until"_s, m_until);
    m_until->setPlaceholderText(tr("dd-mm-yyyy, empty while still involved"));
    m_reason->setObjectName(u"leavingReasonComboBox"_s);
    m_reason->addItem(tr("(choose why the involvement ended)"), QString());
    for (LeavingReason r : Enums::all<LeavingReason>()) {
        m_reason->addItem(Enums::label(r), Enums::key(r));
    }
    m_reason->setToolTip(tr("Asked when the involvement has an end date: counted per ward in the pipeline"));
    addRow(tr("Reason for &leaving:"), u"leaving_reason"_s, m_reason);
    m_reason->setCurrentIndex(
        m_involvement.leavingReason ? qMax(0, m_reason->findData(Enums::key(*m_involvement.leavingReason))) : 0);
    const auto updateReason = [this] {
        m_reason->setEnabled(!m_until->text().trimmed().isEmpty());
    };
    connect(m_until, &QLineEdit::textChanged, this, updateReason);
    m_role->setCurrentIndex(m_role->findData(int(m_involvement.role)));
    Inputs::setDate(m_from, m_involvement.from);
    Inputs::setDate(m_until, m_involvement.until);
    updateReason();
    resize(480, sizeHint().height());
}

void InvolvementEditor::fillPersons()
{
    const qint64 current = m_other->currentIndex() > 0 ? m_other->currentData().toLongLong() : m_involvement.personId;
    m_other->clear();
    m_other->addItem(tr("(choose a person)"), qint64(0));
    ListQuery query;
    query.sortColumn = PersonRepository::LastName;
    if (!m_allWards->isChecked()) {
        if (const auto initiative = m_document.initiatives().find(m_involvement.initiativeId)) {
            query.wardId = initiative->wardId;
        }
    }
    bool found = false;
    for (const PersonRow& p : m_document.persons().list(query, 0, m_document.persons().count(query))) {
        m_other->addItem(p.sortName(), p.id);
        found = found || p.id == current;
    }
    if (!found && current > 0) {
        if (const auto person = m_document.persons().find(current)) {
            m_other->addItem(person->sortName(), person->id);
        }
    }
    m_other->setCurrentIndex(qMax(0, m_other->findData(current)));
}

bool InvolvementEditor::save(QList<FieldError>& errors)
{
    Involvement v = m_involvement;
    // An edited combo text that matches no entry counts as no choice.
    const int index = m_other->findText(m_other->currentText());
    const qint64 other = index > 0 ? m_other->itemData(index).toLongLong() : 0;
    if (m_choosePerson) {
        v.personId = other;
    } else {
        v.initiativeId = other;
    }
    v.role = InvolvementRole(m_role->currentData().toInt());
    v.from = Inputs::readDate(m_from, u"from"_s, errors);
    v.until = Inputs::readDate(m_until, u"until"_s, errors);
    v.leavingReason.reset();
    if (v.until.isValid()) {
        v.leavingReason = Enums::fromKey<LeavingReason>(m_reason->currentData().toString());
    }
    if (!errors.isEmpty()) {
        return false;
    }
    // Every problem at once: the record's own (an end before the start, hours outside) and the missing reason.
    errors << m_document.involvements().validate(v);
    if (v.until.isValid() && !v.leavingReason) {
        errors.append({u"leaving_reason"_s, tr("Choose why the involvement ended (\"unknown\" if nobody knows).")});
    }
    return saveRecord<InvolvementRepository>(m_document, Document::Kind::Involvements, m_original, v, errors,
                                             tr("Add involvement"), tr("Edit involvement"));
}
