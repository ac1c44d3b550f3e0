#include "CriticalRoleModel.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

CriticalRoleModel::CriticalRoleModel(Document& document, Side side, qint64 ownerId, QObject* parent)
    : MemoryRowModel(parent)
    , m_document(document)
    , m_side(side)
    , m_ownerId(ownerId)
{
    setColumns({
        {.title = QT_TR_NOOP("Role"),
         .shown = [](const CriticalRoleRow& r) -> QVariant {
             return CriticalRole::label(r.role.role);
         }},
        ListColumns::text(QT_TR_NOOP("Initiative"), &CriticalRoleRow::initiativeTitle),
        {.title = QT_TR_NOOP("Holder"),
         .shown = [](const CriticalRoleRow& r) -> QVariant {
             return r.role.isFilled() ? r.holderName : tr("(nobody)");
         }},
        {.title = QT_TR_NOOP("Backup"),
         .shown = [](const CriticalRoleRow& r) -> QVariant {
             return r.role.hasBackup() ? r.backupName : tr("(no backup)");
         }},
        {.title = QT_TR_NOOP("Succession"),
         .shown = [](const CriticalRoleRow& r) -> QVariant {
             return statusText(r.role);
         }},
    });
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::CriticalRoles || kind == Document::Kind::Persons
            || kind == Document::Kind::Initiatives) {
            reload();
        }
    });
    reload();
}

void CriticalRoleModel::reload()
{
    setRows(m_side == Side::Initiative ? m_document.criticalRoles().forInitiative(m_ownerId)
                                       : m_document.criticalRoles().forPerson(m_ownerId));
}

QString CriticalRoleModel::statusText(const CriticalRole& role)
{
    if (!role.isFilled()) {
        return tr("No holder");
    }
    return role.hasBackup() ? tr("Backup named") : tr("No backup");
}

QVariant CriticalRoleModel::cellData(const CriticalRoleRow& r, int column, int role) const
{
    const bool attention = !r.role.isFilled() || !r.role.hasBackup();
    switch (role) {
    case NeedsAttentionRole:
        return attention;
    case Qt::DecorationRole:
        if (column == Status) {
            return attention ? Inputs::icon(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning)
                             : Inputs::icon(u"dialog-ok-apply"_s, QStyle::SP_DialogApplyButton);
        }
        return {};
    case Qt::ForegroundRole:
        if (attention && (column == Status || column == (r.role.isFilled() ? Backup : Holder))) {
            return QBrush(Palette::text(Palette::Text::Warning));
        }
        return {};
    case Qt::BackgroundRole:
        return attention ? QVariant(QBrush(Palette::background(Palette::Background::Attention))) : QVariant();
    case Qt::ToolTipRole:
        if (!r.role.isFilled()) {
            return tr("Nobody holds this role: the initiative depends on finding someone.");
        }
        if (!r.role.hasBackup()) {
            return tr("Nobody can take over this role when %1 stops: name a backup.").arg(r.holderName);
        }
        return {};
    default:
        return {};
    }
}
