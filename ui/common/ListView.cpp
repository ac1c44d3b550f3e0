#include "ListView.h"

#include "core/Error.h"
#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/csv/CsvExportDialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

ListView::ListView(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_filterLayout(new QHBoxLayout)
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(Inputs::icon(u"document-new"_s, QStyle::SP_FileIcon), tr("New..."), this))
    , m_edit(new QPushButton(Inputs::icon(u"document-edit"_s, QStyle::SP_FileDialogDetailedView), tr("Edit..."), this))
    , m_delete(new QPushButton(Inputs::icon(u"edit-delete"_s, QStyle::SP_TrashIcon), tr("Delete"), this))
    , m_export(new QPushButton(Inputs::icon(u"document-export"_s, QStyle::SP_DialogSaveButton), tr("Export..."), this))
    , m_debounce(new QTimer(this))
    , m_note(new QFrame(this))
    , m_noteLabel(new QLabel(m_note))
{
    m_note->setObjectName(u"filterNoteFrame"_s);
    m_note->setFrameShape(QFrame::StyledPanel);
    m_noteLabel->setObjectName(u"filterNoteLabel"_s);
    m_noteLabel->setWordWrap(true);
    // No mnemonic, like the buttons under the list: the letters belong to the menu bar (Alt+W is Bewerken).
    auto* clearNote
        = new QPushButton(Inputs::icon(u"edit-clear"_s, QStyle::SP_DialogResetButton), tr("Clear filter"), m_note);
    clearNote->setObjectName(u"clearFilterButton"_s);
    connect(clearNote, &QPushButton::clicked, this, [this] {
        const auto clear = std::exchange(m_clearNote, nullptr);
        hideFilterNote();
        if (clear) {
            clear();
        }
    });
    auto* noteLayout = new QHBoxLayout(m_note);
    noteLayout->setContentsMargins(8, 4, 4, 4);
    noteLayout->addWidget(m_noteLabel, 1);
    noteLayout->addWidget(clearNote);
    m_note->hide();

    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search..."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(320);
    m_table->setObjectName(u"tableView"_s);
    m_count->setObjectName(u"countLabel"_s);
    m_new->setObjectName(u"newButton"_s);
    m_edit->setObjectName(u"editButton"_s);
    m_delete->setObjectName(u"deleteButton"_s);
    m_export->setObjectName(u"exportButton"_s);
    // No mnemonics here: Alt+letter belongs to the menu bar (in Dutch "&Bewerken..." took Alt+B from "&Bestand").
    // The Edit menu has the same commands with shortcuts (Ctrl+Shift+N, F2, Delete).
    m_export->setToolTip(
        tr("Export this list as CSV or as an Excel workbook, as shown: columns, search, filters and sort"));

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
    // Arrows move between the rows; Tab and Shift+Tab leave the table.
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableView::doubleClicked, this, &ListView::editCurrent);

    // Search and filters above the list; the count and the buttons under it, so that neither row needs more than a
    // laptop's width (1366 pixels, less the navigation).
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addLayout(m_filterLayout);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_new);
    bottom->addWidget(m_edit);
    bottom->addWidget(m_delete);
    bottom->addWidget(m_export);

    m_buttonLayout = bottom;
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_new, &QPushButton::clicked, this, &ListView::newRecord);
    connect(m_edit, &QPushButton::clicked, this, &ListView::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ListView::deleteCurrent);
    connect(m_export, &QPushButton::clicked, this, &ListView::exportList);
    updateButtons();
}

ListView::~ListView() = default;

QComboBox* ListView::addFilterComboBox(const QString& objectName, const QString& toolTip,
                                       const QList<std::pair<QString, QVariant>>& choices)
{
    QComboBox* combo = addFilterComboBox(objectName, toolTip);
    const QSignalBlocker blocker(combo);
    for (const auto& [text, value] : choices) {
        combo->addItem(text, value);
    }
    return combo;
}

QString ListView::countText(int count) const
{
    return QCoreApplication::translate(metaObject()->className(), m_countText, nullptr, count);
}

QComboBox* ListView::addFilterComboBox(const QString& objectName, const QString& toolTip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setAccessibleName(toolTip);
    // As wide as its longest choice up to about twenty characters; a longer theme name is shown whole in the list
    // that opens, not by making the row wider than the screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setMaximumWidth(combo->fontMetrics().horizontalAdvance(QString(22, u'x')) + 40);
    const auto widenPopup = [combo] {
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    };
    connect(combo->model(), &QAbstractItemModel::rowsInserted, combo, widenPopup);
    connect(combo->model(), &QAbstractItemModel::modelReset, combo, widenPopup);
    m_filterLayout->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &ListView::applyQuery);
    return combo;
}

void ListView::fitHeaders()
{
    // No clipped headers: a column is at least as wide as its title (with room for the sort arrow).
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const int needed = header->sectionSizeHint(column);
        if (!header->isSectionHidden(column) && needed > header->sectionSize(column)) {
            header->resizeSection(column, needed);
        }
    }
}

void ListView::addFilterWidget(QWidget* widget)
{
    m_filterLayout->addWidget(widget);
}

void ListView::addButton(QWidget* button)
{
    m_buttonLayout->insertWidget(m_buttonLayout->indexOf(m_new), button);
}

void ListView::addBelowList(QWidget* widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_table) + 1, widget);
}

void ListView::addAboveList(QWidget* widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_table), widget);
}

void ListView::setListName(const QString& name)
{
    m_table->setAccessibleName(name);
    m_search->setAccessibleName(tr("Search in %1").arg(name));
    m_count->setAccessibleName(tr("Number of records"));
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
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (const int width = m_model->columnWidth(column); width > 0) {
                m_table->horizontalHeader()->resizeSection(column, width);
            }
        }
        setColumnWidths();
        fitHeaders();
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
    if (!m_document) {
        return;
    }
    QUndoStack* stack = m_document->undoStack();
    const int before = stack->index();
    openEditor(*m_document, 0);
    // The record just added is the one selected, so that Edit and Delete act on it.
    if (m_document && stack->index() == before + 1) {
        if (const auto* command = dynamic_cast<const RecordCommand*>(stack->command(stack->index() - 1))) {
            selectRecord(command->recordId());
        }
    }
}

bool ListView::selectRecord(qint64 id)
{
    if (!m_model || id <= 0) {
        return false;
    }
    int row = m_model->rowOf(id);
    // A record far down a long list is not worth fetching thousands of rows for.
    for (int pages = 0; row < 0 && pages < 50 && m_model->canFetchMore({}); ++pages) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        return false;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
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
    if (const QStringList refer = dependents(*m_document, id); !refer.isEmpty()) {
        QString what = describe(*m_document, id);
        if (!what.isEmpty()) {
            what[0] = what.at(0).toUpper();
        }
        QMessageBox::information(this, tr("Cannot delete"),
                                 tr("%1 cannot be deleted because other records refer to it: %2. Move or delete "
                                    "those first.")
                                     .arg(what, refer.join(u", "_s)));
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

void ListView::showFilterNote(const QString& text, std::function<void()> clear)
{
    m_noteLabel->setText(text);
    m_clearNote = std::move(clear);
    m_note->show();
}

void ListView::hideFilterNote()
{
    m_clearNote = nullptr;
    m_note->hide();
}

QString ListView::filterNote() const
{
    return m_note->isHidden() ? QString() : m_noteLabel->text();
}

void ListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListView::exportList()
{
    if (!m_model) {
        return;
    }
    if (m_document) {
        CsvExportDialog(*m_model, listName(), m_document->database(), this).exec();
    } else {
        CsvExportDialog(*m_model, listName(), this).exec();
    }
}

QString ListView::listName() const
{
    // The name of what the list counts, as shown under it: "2 initiatives" without the number.
    // (Without a translation the English source's "(s)" is still in it.)
    const QString name = countText(2).section(u' ', 1).remove(u"(s)"_s).trimmed();
    return name.isEmpty() ? tr("list") : name;
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

void ListView::moveColumns(std::initializer_list<int> columns, int position)
{
    QHeaderView* header = m_table->horizontalHeader();
    for (const int column : columns) {
        header->moveSection(header->visualIndex(column), position++);
    }
}

void ListView::refillFilter(QComboBox* combo, const QString& all, const QList<std::pair<QString, qint64>>& records)
{
    const QSignalBlocker blocker(combo);
    const qint64 current = combo->currentData().toLongLong();
    combo->clear();
    combo->addItem(all, qint64(0));
    for (const auto& [name, id] : records) {
        combo->addItem(name, id);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}
