#include "InitiativeDetailDialog.h"

#include "ui/Document.h"
#include "ui/activities/EventEditor.h"
#include "ui/activities/EventModel.h"
#include "ui/activities/HoursGridWidget.h"
#include "ui/common/Inputs.h"
#include "ui/common/RecordTable.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/UndoActions.h"
#include "ui/involvements/InvolvementEditor.h"
#include "ui/involvements/InvolvementModel.h"
#include "ui/succession/CriticalRoleEditor.h"
#include "ui/succession/CriticalRoleModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InitiativeDetailDialog::InitiativeDetailDialog(Document& document, qint64 initiativeId, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_initiativeId(initiativeId)
    , m_tabs(new QTabWidget(this))
    , m_involvementModel(new InvolvementModel(document, InvolvementModel::Side::Initiative, initiativeId, this))
    , m_eventModel(new EventModel(document, initiativeId, this))
    , m_roleModel(new CriticalRoleModel(document, CriticalRoleModel::Side::Initiative, initiativeId, this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"initiativeDetailDialog"_s);
    const auto initiative = document.initiatives().find(initiativeId);
    setWindowTitle(initiative ? initiative->title : tr("Initiative"));
    m_tabs->setObjectName(u"detailTabWidget"_s);

    m_involved = new RecordTable(
        u"involved"_s, m_involvementModel,
        {[this] { InvolvementEditor(m_document, 0, m_initiativeId, 0, this).exec(); },
         [this](qint64 id) { InvolvementEditor(m_document, id, m_initiativeId, 0, this).exec(); },
         [this](qint64 id) {
             const auto v = m_document.involvements().find(id);
             if (!v) {
                 return;
             }
             const auto person = m_document.persons().find(v->personId);
             confirmRemove(tr("the involvement of %1").arg(person ? person->fullName() : QString()), [this, v] {
                 m_document.execute(std::make_unique<SaveRecordCommand<InvolvementRepository, Involvement>>(
                     m_document, Document::Kind::Involvements, v, std::nullopt, tr("Remove involvement")));
             });
         }},
        this);
    m_hours = new HoursGridWidget(document, initiativeId, this);
    m_meetings = new RecordTable(
        u"meetings"_s, m_eventModel,
        {[this] { EventEditor(m_document, 0, m_initiativeId, this).exec(); },
         [this](qint64 id) { EventEditor(m_document, id, m_initiativeId, this).exec(); },
         [this](qint64 id) {
             const auto e = m_document.events().find(id);
             if (!e) {
                 return;
             }
             confirmRemove(tr("the meeting of %1").arg(Inputs::listDate(e->date)), [this, e] {
                 m_document.execute(std::make_unique<SaveRecordCommand<EventRepository, AnonymousEvent>>(
                     m_document, Document::Kind::Activities, e, std::nullopt, tr("Remove meeting")));
             });
         }},
        this);
    m_succession = new RecordTable(
        u"succession"_s, m_roleModel,
        {[this] { CriticalRoleEditor(m_document, 0, m_initiativeId, this).exec(); },
         [this](qint64 id) { CriticalRoleEditor(m_document, id, m_initiativeId, this).exec(); },
         [this](qint64 id) {
             const auto r = m_document.criticalRoles().find(id);
             if (!r) {
                 return;
             }
             confirmRemove(tr("the role %1").arg(CriticalRole::label(r->role)), [this, r] {
                 m_document.execute(std::make_unique<SaveRecordCommand<CriticalRoleRepository, CriticalRole>>(
                     m_document, Document::Kind::CriticalRoles, r, std::nullopt, tr("Remove critical role")));
             });
         }},
        this);
    m_succession->tableView()->hideColumn(CriticalRoleModel::Initiative);
    m_summary->setObjectName(u"successionSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_succession->layout()->addWidget(m_summary);

    m_involved->setTitle(tr("Involved"));
    m_meetings->setTitle(tr("Meetings"));
    m_succession->setTitle(tr("Succession"));
    m_tabs->addTab(m_involved, tr("&Involved"));
    m_tabs->addTab(m_hours, tr("&Hours"));
    m_tabs->addTab(m_meetings, tr("&Meetings"));
    //: The succession register (opvolgingsregister): who takes over a critical role. Not the follow-up
    //: (vervolgactie) of an initiative outside the policy framework.
    m_tabs->addTab(m_succession, tr("Succession &register"));

    const auto [undoButton, redoButton] = UndoActions::buttons(document.undoStack(), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    // Enter belongs to the grid and the tables, not to the Close button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_roleModel, &QAbstractItemModel::modelReset, this, &InitiativeDetailDialog::updateSummary);
    updateSummary();
    // Wide enough for a 31-day month and its total; no wider than the screen (WindowFit).
    resize(1340, 640);
}

void InitiativeDetailDialog::confirmRemove(const QString& what, const std::function<void()>& remove)
{
    const auto answer = QMessageBox::question(this, tr("Remove"),
                                              tr("Do you want to remove %1? You can undo this with Ctrl+Z.").arg(what),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        remove();
    } catch (const ValidationError& e) {
        QStringList messages;
        for (const FieldError& f : e.fieldErrors()) {
            messages << f.message;
        }
        QMessageBox::warning(this, tr("Cannot remove"), messages.join(u'\n'));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Cannot remove"), e.message());
    }
}

void InitiativeDetailDialog::updateSummary()
{
    int withoutBackup = 0;
    for (int row = 0; row < m_roleModel->rowCount(); ++row) {
        withoutBackup += m_roleModel->index(row, 0).data(CriticalRoleModel::NeedsAttentionRole).toBool() ? 1 : 0;
    }
    if (m_roleModel->rowCount() == 0) {
        m_summary->setText(tr("No critical roles registered yet. Add the roles this initiative cannot run without: "
                              "lead, treasurer, contact with the municipality, key management, or your own."));
    } else if (withoutBackup > 0) {
        m_summary->setText(
            tr("⚠ %n role(s) without a backup: if the holder stops, nobody takes over.", nullptr, withoutBackup));
    } else {
        m_summary->setText(tr("Every role has a holder and a backup."));
    }
    m_tabs->setTabText(SuccessionTab,
                       withoutBackup > 0 ? tr("Succession &register (%1 ⚠)").arg(withoutBackup)
                                         : tr("Succession &register"));
}
