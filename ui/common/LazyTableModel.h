#pragma once

#include "storage/ListQuery.h"

#include <QAbstractTableModel>
#include <QList>

/// A table model over a repository's list(): it knows the total count and fetches rows in pages of PageSize as the
/// view scrolls (canFetchMore/fetchMore). Sorting and filtering re-query the repository.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;

    explicit LazyTableModel(QObject* parent = nullptr);

    const ListQuery& query() const { return m_query; }
    /// Replaces search, filters and sort, and reloads.
    void setQuery(const ListQuery& query);
    /// Throws the cached rows away and fetches the first page again (after a change in the database).
    void reload();
    /// Rows matching the query in the database (not only the fetched ones).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The database id of a row, or 0.
    virtual qint64 idAt(int row) const = 0;
    /// The row of a fetched record, or -1.
    int rowOf(qint64 id) const;

signals:
    void totalCountChanged(int count);

protected:
    virtual int queryCount(const ListQuery& query) const = 0;
    /// Fetches up to `limit` rows from `offset` into a staging area; returns how many it got.
    virtual int stageRows(const ListQuery& query, int offset, int limit) = 0;
    /// Moves the staged rows to the end of the model's rows.
    virtual void commitStagedRows() = 0;
    virtual void clearRows() = 0;

private:
    ListQuery m_query;
    int m_total = 0;
    int m_loaded = 0;
    bool m_busy = false;
};

/// The row storage of a LazyTableModel for one repository row type.
template<typename Row>
class LazyRowModel : public LazyTableModel
{
public:
    using LazyTableModel::LazyTableModel;

    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

protected:
    virtual QList<Row> queryRows(const ListQuery& query, int offset, int limit) const = 0;
    const Row& rowAt(int row) const { return m_rows.at(row); }
    bool hasRow(const QModelIndex& index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < m_rows.size();
    }

    int stageRows(const ListQuery& query, int offset, int limit) override
    {
        m_staged = queryRows(query, offset, limit);
        return int(m_staged.size());
    }
    void commitStagedRows() override
    {
        m_rows.append(m_staged);
        m_staged.clear();
    }
    void clearRows() override
    {
        m_rows.clear();
        m_staged.clear();
    }

private:
    QList<Row> m_rows;
    QList<Row> m_staged;
};
