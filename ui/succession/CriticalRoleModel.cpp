#include "CriticalRoleModel.h"

#include "ui/Document.h"
#include "ui/common/ColumnTitles.h"
#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

CriticalRoleModel::CriticalRoleModel(Document& document, Side side, qint64 ownerId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_side(side)
    , m_ownerId(ownerId)
{
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
    beginResetModel();
    m_rows = m_side == Side::Initiative ? m_document.criticalRoles().forInitiative(m_ownerId)
                                        : m_document.criticalRoles().forPerson(m_ownerId);
    endResetModel();
}

qint64 CriticalRoleModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).role.id : 0;
}

QString CriticalRoleModel::statusText(const CriticalRole& role)
{
    if (!role.isFilled()) {
        return tr("No holder");
    }
    return role.hasBackup() ? tr("Backup named") : tr("No backup");
}

int CriticalRoleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CriticalRoleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriticalRoleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const CriticalRoleRow& r = m_rows.at(index.row());
    const bool attention = !r.role.isFilled() || !r.role.hasBackup();
    switch (role) {
    case IdRole:
        return r.role.id;
    case NeedsAttentionRole:
        return attention;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Role:
            return CriticalRole::label(r.role.role);
        case Initiative:
            return r.initiativeTitle;
        case Holder:
            return r.role.isFilled() ? r.holderName : tr("(nobody)");
        case Backup:
            return r.role.hasBackup() ? r.backupName : tr("(no backup)");
        case Status:
            return statusText(r.role);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Status) {
            return attention ? Inputs::icon(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning)
                             : Inputs::icon(u"dialog-ok-apply"_s, QStyle::SP_DialogApplyButton);
        }
        return {};
    case Qt::ForegroundRole:
        if (attention && (index.column() == Status || index.column() == (r.role.isFilled() ? Backup : Holder))) {
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

QVariant CriticalRoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header(*this, {tr("Role"), tr("Initiative"), tr("Holder"), tr("Backup"), tr("Succession")},
                                section, orientation, role);
}
