#include "RecordTable.h"

#include "ui/common/Inputs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

void RecordTable::setTitle(const QString& title)
{
    m_table->setAccessibleName(title);
}

RecordTable::RecordTable(const QString& name, QAbstractItemModel* model, Actions actions, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(std::move(actions))
    , m_table(new QTableView(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(name + u"RecordTable"_s);
    m_table->setObjectName(name + u"TableView"_s);
    m_table->setTabKeyNavigation(false);
    setFocusProxy(m_table); // a label's mnemonic reaches the table
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const auto button = [this, &name](const QString& suffix, const QString& text, const QIcon& icon) {
        auto* b = new QPushButton(icon, text, this);
        b->setObjectName(name + suffix);
        m_buttons->addWidget(b);
        return b;
    };
    if (m_actions.add) {
        m_add = button(u"AddButton"_s, tr("&Add..."), Inputs::icon(u"list-add"_s, QStyle::SP_FileIcon));
        connect(m_add, &QPushButton::clicked, this, [this] { m_actions.add(); });
    }
    if (m_actions.edit) {
        m_edit = button(u"EditButton"_s, tr("&Edit..."),
                        Inputs::icon(u"document-edit"_s, QStyle::SP_FileDialogDetailedView));
        connect(m_edit, &QPushButton::clicked, this, [this] {
            if (const qint64 id = currentId(); id > 0) {
                m_actions.edit(id);
            }
        });
        connect(m_table, &QTableView::activated, m_edit, &QPushButton::click);
    }
    if (m_actions.remove) {
        m_remove = button(u"RemoveButton"_s, tr("&Remove"), Inputs::icon(u"list-remove"_s, QStyle::SP_TrashIcon));
        connect(m_remove, &QPushButton::clicked, this, [this] {
            if (const qint64 id = currentId(); id > 0) {
                m_actions.remove(id);
            }
        });
    }
    m_buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_buttons);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTable::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTable::updateButtons);
    updateButtons();
}

qint64 RecordTable::currentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

void RecordTable::updateButtons()
{
    const bool selected = currentId() > 0;
    if (m_edit) {
        m_edit->setEnabled(selected);
    }
    if (m_remove) {
        m_remove->setEnabled(selected);
    }
}
