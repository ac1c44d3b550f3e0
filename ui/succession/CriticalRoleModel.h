#pragma once

#include "core/domain/CriticalRole.h"
#include "ui/common/MemoryRowModel.h"

class Document;

/// The succession register of an initiative, or the roles a person holds or backs up. A role without a backup (or
/// without a holder) is marked with an icon, a text and a colour.
class CriticalRoleModel final : public MemoryRowModel<CriticalRoleRow>
{
    Q_OBJECT

public:
    enum class Side { Initiative, Person };
    enum Column { Role, Initiative, Holder, Backup, Status, ColumnCount };
    enum ItemRole { NeedsAttentionRole = IdRole + 1 };

    CriticalRoleModel(Document& document, Side side, qint64 ownerId, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CriticalRoleModel)

    void reload();
    /// "No backup", "No holder" or "Backup named".
    static QString statusText(const CriticalRole& role);

protected:
    QVariant cellData(const CriticalRoleRow& row, int column, int role) const override;
    qint64 idOf(int row) const override { return rowAt(row).role.id; }

private:
    Document& m_document;
    Side m_side;
    qint64 m_ownerId;
};
