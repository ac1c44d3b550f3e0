#include "ListView.h"

#include "Document.h"
#include "Error.h"
#include "common/Inputs.h"
#include "common/LazyTableModel.h"
#include "csv/CsvExportDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ListView::ListView(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_filterLayout(new QHBoxLayout)
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(Inputs::icon(u"document-new"_s, QStyle::SP_FileIcon), tr("&New..."), this))
    , m_edit(new QPushButton(Inputs::icon(u"document-edit"_s, QStyle::SP_FileDialogDetailedView), tr("&Edit..."), this))
    , m_delete(new QPushButton(Inputs::icon(u"edit-delete"_s, QStyle::SP_TrashIcon), tr("&Delete"), this))
    , m_export(new QPushButton(Inputs::icon(u"document-export"_s, QStyle::SP_DialogSaveButton), tr("E&xport..."), this))
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search..."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_table->setObjectName(u"tableView"_s);
    m_count->setObjectName(u"countLabel"_s);
    m_new->setObjectName(u"newButton"_s);
    m_edit->setObjectName(u"editButton"_s);
    m_delete->setObjectName(u"deleteButton"_s);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setToolTip(tr("Export this list as CSV, as shown: columns, search, filters and sort"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ListView::applyQuery);

    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableView::doubleClicked, this, &ListView::editCurrent);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addLayout(m_filterLayout);
    top->addStretch(1);
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    top->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_new, &QPushButton::clicked, this, &ListView::newRecord);
    connect(m_edit, &QPushButton::clicked, this, &ListView::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ListView::deleteCurrent);
    connect(m_export, &QPushButton::clicked, this, &ListView::exportList);
    updateButtons();
}

ListView::~ListView() = default;

QComboBox* ListView::addFilterComboBox(const QString& objectName, const QString& toolTip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLayout->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &ListView::applyQuery);
    return combo;
}

void ListView::setDocument(Document* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_document = document;
    refreshFilters(document);
    if (document) {
        m_model = createModel(*document);
        m_model->setParent(this);
        connect(m_model, &LazyTableModel::totalCountChanged, this, &ListView::updateCount);
        connect(document, &Document::changed, this, [this](Document::Kind kind) {
            if (kind == Document::Kind::Themes) {
                refreshFilters(m_document);
            }
            if (m_model) {
                const qint64 current = currentId();
                m_model->reload();
                if (const int row = m_model->rowOf(current); row >= 0) {
                    m_table->selectRow(row);
                }
            }
        });
        m_table->setModel(m_model);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListView::updateButtons);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ListView::updateButtons);
        setColumnWidths();
        applyQuery();
    }
    updateButtons();
}

void ListView::setWardFilter(std::optional<qint64> wardId)
{
    if (m_wardFilter == wardId) {
        return;
    }
    m_wardFilter = wardId;
    applyQuery();
}

void ListView::applyQuery()
{
    m_debounce->stop();
    if (!m_model) {
        return;
    }
    ListQuery query;
    query.search = m_search->text().trimmed();
    query.wardId = m_wardFilter;
    query.sortColumn = m_model->query().sortColumn;
    query.order = m_model->query().order;
    fillQuery(query);
    m_model->setQuery(query);
}

qint64 ListView::currentId() const
{
    if (!m_model || !m_table->selectionModel()) {
        return 0;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
}

void ListView::newRecord()
{
    if (m_document) {
        openEditor(*m_document, 0);
    }
}

void ListView::editCurrent()
{
    if (const qint64 id = currentId(); m_document && id > 0) {
        openEditor(*m_document, id);
    }
}

void ListView::deleteCurrent()
{
    const qint64 id = currentId();
    if (!m_document || id <= 0) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete"),
        tr("Do you want to delete %1? You can undo this with Edit > Undo.").arg(describe(*m_document, id)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        deleteRecord(*m_document, id);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Cannot delete"), e.message());
    }
}

void ListView::exportList()
{
    if (!m_model) {
        return;
    }
    QString name = objectName();
    if (name.endsWith(u"View"_s)) {
        name.chop(4);
    }
    CsvExportDialog dialog(*m_model, name.isEmpty() ? tr("list") : name, this);
    dialog.exec();
}

void ListView::updateCount()
{
    m_count->setText(m_model ? countText(m_model->totalCount()) : QString());
}

void ListView::updateButtons()
{
    const bool open = m_document != nullptr;
    const bool selected = currentId() > 0;
    m_new->setEnabled(open);
    m_export->setEnabled(open);
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}
