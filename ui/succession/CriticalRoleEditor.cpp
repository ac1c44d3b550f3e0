#include "CriticalRoleEditor.h"

#include "ui/Document.h"
#include "ui/common/SaveRecordCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>

using namespace Qt::StringLiterals;

CriticalRoleEditor::CriticalRoleEditor(Document& document, qint64 id, qint64 initiativeId, QWidget* parent)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.criticalRoles().find(id) : std::nullopt)
    , m_name(new QComboBox)
    , m_holder(new QComboBox)
    , m_backup(new QComboBox)
{
    setObjectName(u"criticalRoleEditor"_s);
    setWindowTitle(m_original ? tr("Edit critical role") : tr("New critical role"));
    m_role = m_original.value_or(CriticalRole {});
    if (!m_original) {
        m_role.initiativeId = initiativeId;
    }
    m_name->setObjectName(u"roleComboBox"_s);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->lineEdit()->setPlaceholderText(tr("a standard role, or type your own"));
    for (const QString& key : CriticalRole::standardRoles()) {
        m_name->addItem(CriticalRole::label(key), key);
    }
    m_holder->setObjectName(u"holderComboBox"_s);
    m_backup->setObjectName(u"backupComboBox"_s);
    m_holder->addItem(tr("(nobody)"), qint64(0));
    m_backup->addItem(tr("(no backup)"), qint64(0));

    // The people of the initiative, and whoever the role names now: each once, two of the same name both, as a
    // sorted name list ("Berg, Jan van den").
    QList<qint64> ids;
    for (const InvolvementRow& r : document.involvements().forInitiative(m_role.initiativeId, QDate::currentDate())) {
        ids << r.involvement.personId;
    }
    for (const auto& personId : {m_role.holderId, m_role.backupId}) {
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
    for (const Person& p : std::as_const(people)) {
        m_holder->addItem(p.sortName(), p.id);
        m_backup->addItem(p.sortName(), p.id);
    }

    if (const auto initiative = document.initiatives().find(m_role.initiativeId)) {
        auto* title = new QLabel(initiative->title);
        title->setObjectName(u"initiativeLabel"_s);
        addRow(tr("Initiative:"), u"initiative"_s, title);
    }
    addRow(tr("&Role:"), u"role"_s, m_name);
    addRow(tr("&Holder:"), u"holder"_s, m_holder);
    addRow(tr("&Backup:"), u"backup"_s, m_backup);
    auto* hint = new QLabel(tr("The holder and backup are chosen from the people involved in the initiative."));
    hint->setWordWrap(true);
    form()->addRow(QString(), hint);

    if (m_original) {
        const int standard = m_name->findData(m_role.role);
        if (standard >= 0) {
            m_name->setCurrentIndex(standard);
        } else {
            m_name->setEditText(m_role.role);
        }
    } else {
        m_name->setCurrentIndex(-1);
        m_name->setEditText(QString());
    }
    m_holder->setCurrentIndex(qMax(0, m_holder->findData(m_role.holderId.value_or(0))));
    m_backup->setCurrentIndex(qMax(0, m_backup->findData(m_role.backupId.value_or(0))));
    resize(460, sizeHint().height());
}

bool CriticalRoleEditor::save(QList<FieldError>& errors)
{
    CriticalRole r = m_role;
    r.role = CriticalRole::keyFor(m_name->currentText());
    const qint64 holder = m_holder->currentData().toLongLong();
    const qint64 backup = m_backup->currentData().toLongLong();
    r.holderId = holder > 0 ? std::optional<qint64>(holder) : std::nullopt;
    r.backupId = backup > 0 ? std::optional<qint64>(backup) : std::nullopt;
    errors << m_document.criticalRoles().validate(r);
    return saveRecord<CriticalRoleRepository>(m_document, Document::Kind::CriticalRoles, m_original, r, errors,
                                              tr("Add critical role"), tr("Edit critical role"));
}
