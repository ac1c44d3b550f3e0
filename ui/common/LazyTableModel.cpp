#include "LazyTableModel.h"

#include "ui/common/ColumnTitles.h"

LazyTableModel::LazyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LazyTableModel::setQuery(const ListQuery& query)
{
    m_query = query;
    reload();
}

void LazyTableModel::reload()
{
    // No fetching from slots connected to the reset signals (views and QAbstractItemModelTester do that).
    m_busy = true;
    beginResetModel();
    clearRows();
    m_loaded = 0;
    m_total = queryCount(m_query);
    if (m_total > 0) {
        m_loaded = stageRows(m_query, 0, PageSize);
        commitStagedRows();
    }
    endResetModel();
    m_busy = false;
    emit totalCountChanged(m_total);
}

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

bool LazyTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !m_busy && !parent.isValid() && m_loaded < m_total;
}

void LazyTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const int got = stageRows(m_query, m_loaded, PageSize);
    if (got <= 0) {
        // The database holds fewer rows than counted (changed behind our back): stop fetching.
        m_total = m_loaded;
        commitStagedRows();
        emit totalCountChanged(m_total);
        return;
    }
    m_busy = true;
    beginInsertRows({}, m_loaded, m_loaded + got - 1);
    commitStagedRows();
    m_loaded += got;
    endInsertRows();
    m_busy = false;
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount()) {
        return;
    }
    if (m_query.sortColumn == column && m_query.order == order) {
        return;
    }
    m_query.sortColumn = column;
    m_query.order = order;
    reload();
}

int LazyTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_loaded; ++row) {
        if (idAt(row) == id) {
            return row;
        }
    }
    return -1;
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList titles = columnTitles();
    return titles.isEmpty() ? QAbstractTableModel::headerData(section, orientation, role)
                            : ColumnTitles::header(*this, titles, section, orientation, role);
}
