#include "HoursGridView.h"

#include "ui/activities/HoursGridModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

/// A plain right-aligned line edit; Enter commits at once (the standard delegate commits Enter later, queued).
class HoursDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(u"hoursLineEdit"_s);
        edit->setFrame(false);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return edit;
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        auto* editor = qobject_cast<QWidget*>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                emit commitData(editor);
                emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }
};

} // namespace

HoursGridView::HoursGridView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(u"hoursGridView"_s);
    setItemDelegate(new HoursDelegate(this));
    // A month of days and the total fit in 1280 pixels: a point smaller than the rest, names up to 150 pixels.
    QFont gridFont = font();
    gridFont.setPointSizeF(gridFont.pointSizeF() - 1);
    setFont(gridFont);
    verticalHeader()->setMaximumWidth(150);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setWordWrap(false);
    horizontalHeader()->setMinimumSectionSize(20);
    // A month of days and the total fit in 1280 pixels: a day column is as wide as "9,75".
    horizontalHeader()->setDefaultSectionSize(
        qMax(fontMetrics().horizontalAdvance(u"9,75"_s), fontMetrics().horizontalAdvance(u"wo"_s)) + 10);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

void HoursGridView::setGridModel(HoursGridModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &HoursGridModel::refused, this, [this] { m_refused = true; });
    connect(model, &QAbstractItemModel::modelReset, this, &HoursGridView::fitColumns);
    connect(model, &QAbstractItemModel::dataChanged, this, &HoursGridView::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !currentIndex().isValid()) {
            setCurrentIndex(m_model->index(0, 0));
        }
    });
}

void HoursGridView::fitColumns()
{
    // As narrow as the values allow (a month and the total fit in 1280 pixels), one width for the days unless a
    // total needs more.
    const int minimum = fontMetrics().horizontalAdvance(u"9,75"_s) + 8;
    resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        horizontalHeader()->resizeSection(column, qMax(minimum, columnWidth(column)));
    }
    fitNames();
}

void HoursGridView::fitNames()
{
    if (!m_model) {
        return;
    }
    // A 31-day month and its total on a laptop: the names give way (elided, whole in their tooltip) before the
    // total column is cut off.
    int columns = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        columns += columnWidth(column);
    }
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    const int room = width() - 2 * frameWidth() - scrollBar - columns - 2;
    verticalHeader()->setMaximumWidth(qBound(fontMetrics().horizontalAdvance(u"Xxxxxxxxx"_s), room, 150));
}

void HoursGridView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitNames();
}

void HoursGridView::moveTo(int row, int column)
{
    if (!m_model || m_model->rowCount() == 0) {
        return;
    }
    row = qBound(0, row, m_model->rowCount() - 1);
    column = qBound(0, column, m_model->columnCount() - 1);
    setCurrentIndex(m_model->index(row, column));
}

void HoursGridView::moveDown(const QModelIndex& from, int step)
{
    // Enter goes down the persons of a day; after the last person to the first of the next day (Shift+Enter back
    // up, and from the first person to the last of the day before), never onto the totals row.
    const int persons = m_model->personCount();
    if (persons == 0 || from.row() >= persons) {
        moveTo(from.row() + step, from.column());
        return;
    }
    const int row = from.row() + step;
    if (row >= persons) {
        if (from.column() + 1 < m_model->dayCount()) {
            moveTo(0, from.column() + 1);
        }
        return;
    }
    if (row < 0) {
        if (from.column() > 0) {
            moveTo(persons - 1, from.column() - 1);
        }
        return;
    }
    moveTo(row, from.column());
}

void HoursGridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The delegate committed the value before this. A refused value keeps the cursor on its cell.
    const bool refused = std::exchange(m_refused, false);
    const QModelIndex current = currentIndex();
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    if (refused || !current.isValid()) {
        return;
    }
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache:
        moveDown(current, 1);
        break;
    case QAbstractItemDelegate::EditNextItem:
        moveTo(current.row(), current.column() + 1);
        break;
    case QAbstractItemDelegate::EditPreviousItem:
        moveTo(current.row(), current.column() - 1);
        break;
    default:
        break;
    }
}

void HoursGridView::keyPressEvent(QKeyEvent* event)
{
    if (state() != QAbstractItemView::EditingState && m_model) {
        const QModelIndex current = currentIndex();
        if (event->matches(QKeySequence::Copy)) {
            copy();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            paste();
            return;
        }
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (current.isValid()) {
                moveDown(current, (event->modifiers() & Qt::ShiftModifier) ? -1 : 1);
            }
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            clearSelectedCells();
            return;
        default:
            break;
        }
        // Only what can start a number of hours starts editing; other letters do nothing.
        const QString text = event->text();
        if (!text.isEmpty() && text.at(0).isPrint() && event->modifiers() == Qt::NoModifier) {
            const QChar c = text.at(0);
            if (!(c.isDigit() || c == u',' || c == u'.' || c == u'-' || c == u':')) {
                event->accept();
                if (current.isValid() && m_model->isEditableCell(current)) {
                    emit m_model->refused({HoursGridModel::notHours(text.left(1))});
                }
                return;
            }
        }
    }
    QTableView::keyPressEvent(event);
}

QString HoursGridView::selectionText() const
{
    if (!m_model || !selectionModel()) {
        return {};
    }
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty()) {
        return {};
    }
    int top = indexes.first().row(), bottom = top, left = indexes.first().column(), right = left;
    for (const QModelIndex& i : indexes) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c) {
            cells << m_model->index(r, c).data(Qt::DisplayRole).toString();
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void HoursGridView::copy()
{
    if (const QString text = selectionText(); !text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void HoursGridView::paste()
{
    pasteText(QApplication::clipboard()->text());
}

bool HoursGridView::pasteText(const QString& input)
{
    const QModelIndex start = currentIndex();
    if (!m_model || !start.isValid()) {
        return false;
    }
    QString text = input;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    if (lines.isEmpty()) {
        return false;
    }
    QList<Activity> cells;
    QStringList problems;
    int skipped = 0;
    const QLocale locale;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList values = lines.at(i).split(u'\t');
        for (int j = 0; j < values.size(); ++j) {
            const QModelIndex index = m_model->index(start.row() + i, start.column() + j);
            if (!index.isValid() || index.row() >= m_model->personCount() || index.column() >= m_model->dayCount()) {
                skipped += values.at(j).trimmed().isEmpty() ? 0 : 1;
                continue;
            }
            QString error;
            const auto quarters = HoursGridModel::parseQuarters(values.at(j), &error);
            const QString who = m_model->headerData(index.row(), Qt::Vertical).toString();
            const QDate date = m_model->dateAt(index.column());
            if (!quarters) {
                problems << tr("%1, %2: %3").arg(who, locale.toString(date, QLocale::ShortFormat), error);
                continue;
            }
            if (!m_model->isEditableCell(index) && *quarters == 0) {
                continue;
            }
            cells << Activity {m_model->personIdAt(index.row()), m_model->initiativeId(), date, *quarters, QString()};
        }
    }
    if (skipped > 0) {
        problems << tr("%n pasted value(s) fall outside the grid of this month; paste fewer rows or columns, or "
                       "start further up or to the left.",
                       nullptr, skipped);
    }
    if (!problems.isEmpty()) {
        emit m_model->refused(problems);
        return false;
    }
    return m_model->setCells(cells, tr("Paste hours"));
}

void HoursGridView::clearSelectedCells()
{
    if (!m_model || !selectionModel()) {
        return;
    }
    QList<Activity> cells;
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    for (const QModelIndex& index : indexes) {
        if (m_model->isEditableCell(index) && m_model->quartersAt(index.row(), index.column()) != 0) {
            cells << Activity {m_model->personIdAt(index.row()), m_model->initiativeId(),
                               m_model->dateAt(index.column()), 0, QString()};
        }
    }
    if (!cells.isEmpty()) {
        m_model->setCells(
            cells, cells.size() == 1 ? tr("Clear hours") : tr("Clear %n cell(s) of hours", nullptr, int(cells.size())));
    }
}
