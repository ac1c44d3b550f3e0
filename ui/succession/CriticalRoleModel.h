#pragma once

#include "core/domain/CriticalRole.h"

#include <QAbstractTableModel>
#include <QList>

class Document;

/// The succession register of an initiative, or the roles a person holds or backs up. A role without a backup (or
/// without a holder) is marked with an icon, a text and a colour.
class CriticalRoleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Side { Initiative, Person };
    enum Column { Role, Initiative, Holder, Backup, Status, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole, NeedsAttentionRole };

    CriticalRoleModel(Document& document, Side side, qint64 ownerId, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CriticalRoleModel)

    void reload();
    qint64 idAt(int row) const;
    /// "No backup", "No holder" or "Backup named".
    static QString statusText(const CriticalRole& role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Document& m_document;
    Side m_side;
    qint64 m_ownerId;
    QList<CriticalRoleRow> m_rows;
};
