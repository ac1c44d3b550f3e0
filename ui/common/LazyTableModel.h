#pragma once

#include "core/csv/CsvWriter.h"
#include "core/storage/ListQuery.h"
#include "ui/common/ListColumns.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>
#include <utility>

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
    /// The titles of columnTitles() over the columns; other sections and roles as QAbstractTableModel has them.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The column titles, in the order of the columns ("Partner", "Type", ...); none by default.
    virtual QStringList columnTitles() const { return {}; }
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The database id of a row, or 0.
    virtual qint64 idAt(int row) const = 0;
    /// The row of a fetched record, or -1.
    int rowOf(qint64 id) const;

    /// For a CSV export of the list as shown: every row matching the current query (search, filters, sort), fetched
    /// from the repository in pages of pageSize without touching the model's own rows. `sink` gets each page: the
    /// records' ids and their cells (exportValue() per column); returning false stops. False when stopped.
    using ExportSink = std::function<bool(const QList<qint64>& ids, const QList<QVariantList>& rows)>;
    virtual bool exportRows(int pageSize, const ExportSink& sink) = 0;
    /// A cell in an export: typed (numbers, dates, cents) where the display text is formatted. Default: the text.
    virtual QVariant exportValue(const QModelIndex& index) const { return data(index, Qt::DisplayRole); }
    /// How a column is written in an export; matches exportValue(). Default: text.
    virtual CsvType exportType(int column) const
    {
        Q_UNUSED(column)
        return CsvType::Text;
    }
    /// A column's width in pixels when the list opens; 0 for the view's default.
    virtual int columnWidth(int column) const
    {
        Q_UNUSED(column)
        return 0;
    }
    /// Columns with personal data (names, contact details): replaced by a pseudonym unless asked for.
    virtual bool isPersonalColumn(int column) const
    {
        Q_UNUSED(column)
        return false;
    }

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
template<typename Row> class LazyRowModel : public LazyTableModel
{
public:
    using LazyTableModel::LazyTableModel;

    /// The role that holds a row's database id.
    static constexpr int IdRole = Qt::UserRole;

    /// Over the declared columns (setColumns()).
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    /// A declared column's text (Qt::DisplayRole), the alignment of its numbers and the row's id (IdRole); other
    /// roles from cellData().
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!hasRow(index) || index.column() >= m_columns.size()) {
            return {};
        }
        const Row& row = rowAt(index.row());
        if (role == IdRole) {
            return row.id;
        }
        if (std::optional<QVariant> value = ListColumns::declaredData(m_columns.at(index.column()), row, role)) {
            return *value;
        }
        return cellData(row, index.column(), role);
    }
    /// The declared titles, translated in the context of the model's class (where QT_TR_NOOP marked them).
    QStringList columnTitles() const override { return ListColumns::titles(m_columns, metaObject()->className()); }
    QVariant exportValue(const QModelIndex& index) const override
    {
        if (hasRow(index) && index.column() < m_columns.size() && m_columns.at(index.column()).exported) {
            return m_columns.at(index.column()).exported(rowAt(index.row()));
        }
        return data(index, Qt::DisplayRole);
    }
    CsvType exportType(int column) const override
    {
        return column >= 0 && column < m_columns.size() ? m_columns.at(column).type : CsvType::Text;
    }
    bool isPersonalColumn(int column) const override
    {
        return column >= 0 && column < m_columns.size() && m_columns.at(column).personal;
    }
    int columnWidth(int column) const override
    {
        return column >= 0 && column < m_columns.size() ? m_columns.at(column).width : 0;
    }

    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

    bool exportRows(int pageSize, const ExportSink& sink) override
    {
        const int columns = columnCount();
        for (int offset = 0;; offset += pageSize) {
            QList<Row> page = queryRows(query(), offset, pageSize);
            const int got = int(page.size());
            QList<qint64> ids;
            QList<QVariantList> cells;
            {
                // data() reads m_rows: it reads the page for a moment. Nothing else runs meanwhile (no signals, no
                // events), so views never see it.
                std::swap(m_rows, page);
                struct Restore
                {
                    QList<Row>& a;
                    QList<Row>& b;
                    ~Restore() { std::swap(a, b); }
                } restore {m_rows, page};
                for (int r = 0; r < got; ++r) {
                    ids << m_rows.at(r).id;
                    QVariantList row;
                    row.reserve(columns);
                    for (int c = 0; c < columns; ++c) {
                        row << exportValue(createIndex(r, c));
                    }
                    cells << row;
                }
            }
            if (got > 0 && !sink(ids, cells)) {
                return false;
            }
            if (got < pageSize) {
                return true;
            }
        }
    }

protected:
    /// The model's columns, in the order of its Column enum; call once, in the constructor.
    void setColumns(QList<ListColumn<Row>> columns) { m_columns = std::move(columns); }
    /// A cell's data for roles beyond text, alignment and id (decoration, colour, tooltip, a model's own roles).
    virtual QVariant cellData(const Row& row, int column, int role) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(role)
        return {};
    }
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
    QList<ListColumn<Row>> m_columns;
    QList<Row> m_rows;
    QList<Row> m_staged;
};

/// The rows of one repository's list: count(query) and list(query, offset, limit) of Repository, over a fixed
/// number of columns. A feature's model adds only its cells, its column titles and what its export needs.
template<typename Repository,
         typename Row = typename decltype(std::declval<const Repository&>().list(ListQuery {}, 0, 0))::value_type>
class RepositoryModel : public LazyRowModel<Row>
{
public:
    explicit RepositoryModel(Repository& repository, QObject* parent = nullptr)
        : LazyRowModel<Row>(parent)
        , m_repository(repository)
    {
    }

protected:
    Repository& repository() const { return m_repository; }
    int queryCount(const ListQuery& query) const override { return m_repository.count(query); }
    QList<Row> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return m_repository.list(query, offset, limit);
    }

private:
    Repository& m_repository;
};
