#pragma once

#include "core/storage/AuditLog.h"
#include "ui/common/LazyTableModel.h"

class Database;

/// The audit log as a list (BIO 8.15), filtered by period, account, entity and action, fetched lazily in pages.
class AuditModel final : public LazyRowModel<AuditEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { Time, User, Entity, Record, Action, Fields, Records, ColumnCount };

    explicit AuditModel(Database& db, QObject* parent = nullptr);

    const AuditQuery& filter() const { return m_filter; }
    /// Replaces the filter and reloads.
    void setFilter(const AuditQuery& filter);
    /// The translated label of an action key.
    static QString actionLabel(const QString& action);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int queryCount(const ListQuery& query) const override;
    QList<AuditEntry> queryRows(const ListQuery& query, int offset, int limit) const override;

private:
    Database& m_db;
    AuditQuery m_filter;
};
