#pragma once

#include "ui/common/ColumnTitles.h"
#include "ui/common/ListColumns.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <utility>

/// A table model over a short list of rows held in memory (an initiative's events, involvements, critical roles,
/// KPIs): the rows are read in full by the concrete model's reload() and handed over with setRows(). Its columns are
/// declared once, as a LazyRowModel's are, and answer the title, text, alignment and id; cellData() the other roles.
template<typename Row> class MemoryRowModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// The role that holds a row's database id.
    static constexpr int IdRole = Qt::UserRole;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() >= m_columns.size()) {
            return {};
        }
        const Row& row = m_rows.at(index.row());
        if (role == IdRole) {
            return idAt(index.row());
        }
        if (std::optional<QVariant> value = ListColumns::declaredData(m_columns.at(index.column()), row, role)) {
            return *value;
        }
        return cellData(row, index.column(), role);
    }
    /// The declared titles, translated in the context of the model's class (where QT_TR_NOOP marked them).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        return ColumnTitles::header(*this, ListColumns::titles(m_columns, metaObject()->className()), section,
                                    orientation, role);
    }

    /// The id of a row (IdRole), or 0.
    qint64 idAt(int row) const { return row >= 0 && row < m_rows.size() ? idOf(row) : 0; }
    const Row& rowAt(int row) const { return m_rows.at(row); }

protected:
    /// The model's columns, in the order of its Column enum; call once, in the constructor.
    void setColumns(QList<ListColumn<Row>> columns) { m_columns = std::move(columns); }
    /// Replaces the rows (a model reset).
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }
    /// A cell's data for roles beyond text, alignment and id (colour, tooltip, a model's own roles).
    virtual QVariant cellData(const Row& row, int column, int role) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(role)
        return {};
    }
    /// The id of an existing row: its database id (the row's `id` member where it has one). Rows edited in memory
    /// before anything is saved use row + 1.
    virtual qint64 idOf(int row) const
    {
        if constexpr (requires(const Row& r) { r.id; }) {
            return m_rows.at(row).id;
        } else {
            return row + 1;
        }
    }

private:
    QList<ListColumn<Row>> m_columns;
    QList<Row> m_rows;
};
