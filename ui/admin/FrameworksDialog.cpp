#include "FrameworksDialog.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FrameworkEditor::FrameworkEditor(Document& document, qint64 id, QWidget* parent)
    : RecordEditor(document, id, Document::Kind::Frameworks, tr("Add policy framework"), tr("Edit policy framework"),
                   parent)
{
    setObjectName(u"frameworkEditor"_s);
    setWindowTitle(isNew() ? tr("New policy framework") : tr("Edit policy framework"));
    lineEdit(tr("&Title:"), u"title"_s, u"titleLineEdit"_s, &PolicyFramework::title);
    dateEdit(tr("&Adopted on:"), u"adopted_on"_s, u"adoptedOnLineEdit"_s, &PolicyFramework::adoptedOn);
    dateEdit(tr("&Review by:"), u"review_by"_s, u"reviewByLineEdit"_s, &PolicyFramework::reviewBy);
    textEdit(tr("&Notes:"), u"notes"_s, u"notesPlainTextEdit"_s, &PolicyFramework::notes, TextRead::AsTyped)
        ->setMaximumHeight(90);
    load();
    resize(480, sizeHint().height());
}

FrameworksDialog::FrameworksDialog(Document& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(new QTableWidget(this))
    , m_edit(new QPushButton(tr("&Edit..."), this))
    , m_delete(new QPushButton(Inputs::icon(u"edit-delete"_s, QStyle::SP_TrashIcon), tr("&Delete"), this))
{
    setObjectName(u"frameworksDialog"_s);
    setWindowTitle(tr("Policy frameworks"));
    m_table->setObjectName(u"frameworksTableWidget"_s);
    m_table->setAccessibleName(tr("Policy frameworks"));
    m_table->setTabKeyNavigation(false);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Adopted on"), tr("Review by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* add = new QPushButton(Inputs::icon(u"list-add"_s, QStyle::SP_FileIcon), tr("&Add..."), this);
    add->setObjectName(u"addButton"_s);
    m_edit->setObjectName(u"editButton"_s);
    m_delete->setObjectName(u"deleteButton"_s);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(currentId()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { edit(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, &FrameworksDialog::deleteFramework);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(currentId() > 0);
        m_delete->setEnabled(currentId() > 0);
    });
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Frameworks) {
            reload();
        }
    });
    reload();
    resize(640, 380);
}

void FrameworksDialog::reload()
{
    const QDate today = QDate::currentDate();
    m_table->setRowCount(0);
    for (const PolicyFramework& f : m_document.frameworks().all()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* title = new QTableWidgetItem(f.isOutdated(today) ? tr("%1 (outdated)").arg(f.title) : f.title);
        title->setData(Qt::UserRole, f.id);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, new QTableWidgetItem(Inputs::listDate(f.adoptedOn)));
        m_table->setItem(row, 2, new QTableWidgetItem(Inputs::listDate(f.reviewBy)));
    }
    m_edit->setEnabled(currentId() > 0);
    m_delete->setEnabled(currentId() > 0);
}

qint64 FrameworksDialog::currentId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return 0;
    }
    const QTableWidgetItem* item = m_table->item(selected.first()->row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void FrameworksDialog::edit(qint64 id)
{
    FrameworkEditor editor(m_document, id, this);
    editor.exec();
}

void FrameworksDialog::deleteFramework()
{
    const auto framework = m_document.frameworks().find(currentId());
    if (!framework) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete policy framework"),
                              tr("Do you want to delete the policy framework %1?").arg(framework->title))
        != QMessageBox::Yes) {
        return;
    }
    try {
        m_document.execute(std::make_unique<SaveRecordCommand<FrameworkRepository, PolicyFramework>>(
            m_document, Document::Kind::Frameworks, framework, std::nullopt, tr("Delete policy framework")));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Cannot delete"), e.message());
    }
}
