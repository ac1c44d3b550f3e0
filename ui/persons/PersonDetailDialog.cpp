#include "PersonDetailDialog.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/RecordTable.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/UndoActions.h"
#include "ui/involvements/InvolvementEditor.h"
#include "ui/involvements/InvolvementModel.h"
#include "ui/persons/PersonHistoryModel.h"
#include "ui/persons/PersonPrivacy.h"
#include "ui/succession/CriticalRoleEditor.h"
#include "ui/succession/CriticalRoleModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PersonDetailDialog::PersonDetailDialog(Document& document, qint64 personId, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_personId(personId)
    , m_tabs(new QTabWidget(this))
    , m_involvementModel(new InvolvementModel(document, InvolvementModel::Side::Person, personId, this))
    , m_historyModel(new PersonHistoryModel(document, personId, this))
    , m_roleModel(new CriticalRoleModel(document, CriticalRoleModel::Side::Person, personId, this))
{
    setObjectName(u"personDetailDialog"_s);
    const auto person = document.persons().find(personId);
    setWindowTitle(person ? person->fullName() : tr("Resident"));
    m_tabs->setObjectName(u"detailTabWidget"_s);

    m_initiatives = new RecordTable(
        u"initiatives"_s, m_involvementModel,
        {[this] { InvolvementEditor(m_document, 0, 0, m_personId, this).exec(); },
         [this](qint64 id) { InvolvementEditor(m_document, id, 0, m_personId, this).exec(); },
         [this](qint64 id) {
             const auto v = m_document.involvements().find(id);
             if (!v) {
                 return;
             }
             const auto initiative = m_document.initiatives().find(v->initiativeId);
             const auto answer = QMessageBox::question(
                 this, tr("Remove"),
                 tr("Do you want to remove the involvement in %1? You can undo this with Ctrl+Z.")
                     .arg(initiative ? initiative->title : QString()),
                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
             if (answer != QMessageBox::Yes) {
                 return;
             }
             try {
                 m_document.execute(std::make_unique<SaveRecordCommand<InvolvementRepository, Involvement>>(
                     m_document, Document::Kind::Involvements, v, std::nullopt, tr("Remove involvement")));
             } catch (const Error& e) {
                 QMessageBox::warning(this, tr("Cannot remove"), e.message());
             }
         }},
        this);

    auto* history = new QWidget(this);
    auto* historyTable = new QTableView(history);
    historyTable->setObjectName(u"historyTableView"_s);
    historyTable->setTabKeyNavigation(false);
    historyTable->setModel(m_historyModel);
    historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    historyTable->setAlternatingRowColors(true);
    historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* historySummary = new QLabel(history);
    historySummary->setObjectName(u"historySummaryLabel"_s);
    const auto summarize = [this, historySummary] {
        historySummary->setText(
            m_historyModel->rowCount() == 0
                ? tr("No hours registered for this resident.")
                : tr("%1 hours in %n month(s), in %2 initiative(s).", nullptr, m_historyModel->rowCount())
                      .arg(QLocale().toString(Hours::fromQuarters(m_historyModel->totalQuarters()), 'g', 8))
                      .arg(m_historyModel->initiativeCount()));
    };
    connect(m_historyModel, &QAbstractItemModel::modelReset, this, summarize);
    summarize();
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(historySummary);
    historyLayout->addWidget(historyTable, 1);

    auto* roles = new RecordTable(u"roles"_s, m_roleModel,
                                  {{},
                                   [this](qint64 id) {
                                       if (const auto r = m_document.criticalRoles().find(id)) {
                                           CriticalRoleEditor(m_document, id, r->initiativeId, this).exec();
                                       }
                                   },
                                   {}},
                                  this);

    m_initiatives->setTitle(tr("Initiatives"));
    historyTable->setAccessibleName(tr("History"));
    roles->setTitle(tr("Roles"));
    m_tabs->addTab(m_initiatives, tr("&Initiatives"));
    m_tabs->addTab(history, tr("&History"));
    m_tabs->addTab(roles, tr("&Roles"));

    const auto [undoButton, redoButton] = UndoActions::buttons(document.undoStack(), this);
    // The resident's rights (AVG): erasure; a resident already erased has nothing left to erase.
    auto* erase = new QPushButton(tr("Erase (AVG art. 17)..."), this);
    erase->setObjectName(u"eraseButton"_s);
    erase->setToolTip(tr("Erase this resident's names, contact details, notes, skills and consent; hours and roles "
                         "stay without the name"));
    erase->setAutoDefault(false);
    erase->setEnabled(person && !person->isErased());
    connect(erase, &QPushButton::clicked, this, [this] {
        if (PersonPrivacy::erase(m_document, m_personId, this)) {
            accept();
        }
    });
    auto* access = new QPushButton(tr("Subject access (AVG art. 15)..."), this);
    access->setObjectName(u"subjectAccessButton"_s);
    access->setToolTip(tr("Write every record about this resident as CSV files and a PDF into a new folder"));
    access->setAutoDefault(false);
    connect(access, &QPushButton::clicked, this,
            [this] { PersonPrivacy::subjectAccess(m_document, m_personId, this); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    bottom->addWidget(access);
    bottom->addWidget(erase);
    bottom->addWidget(buttons);
    auto* consent = new QLabel(person ? PersonPrivacy::consentText(*person) : QString(), this);
    consent->setObjectName(u"consentLabel"_s);
    consent->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(consent);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(900, 560);
}
