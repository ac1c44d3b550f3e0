#include "AuditModel.h"

#include "ui/common/ColumnTitles.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

AuditModel::AuditModel(Database& db, QObject* parent)
    : LazyRowModel<AuditEntry>(parent)
    , m_db(db)
{
    reload();
}

void AuditModel::setFilter(const AuditQuery& filter)
{
    m_filter = filter;
    reload();
}

QString AuditModel::actionLabel(const QString& action)
{
    if (action == AuditLog::Insert) {
        return tr("added");
    }
    if (action == AuditLog::Update) {
        return tr("changed");
    }
    if (action == AuditLog::Delete) {
        return tr("deleted");
    }
    if (action == AuditLog::Erase) {
        return tr("erased (AVG art. 17)");
    }
    if (action == AuditLog::Export) {
        return tr("exported with personal data");
    }
    if (action == AuditLog::Report) {
        return tr("report with names");
    }
    if (action == AuditLog::Access) {
        return tr("subject access (AVG art. 15)");
    }
    if (action == AuditLog::Retention) {
        return tr("retention run");
    }
    return action;
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index) || role != Qt::DisplayRole) {
        return {};
    }
    const AuditEntry& e = rowAt(index.row());
    switch (index.column()) {
    case Time:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case User:
        return e.osUser;
    case Entity:
        return e.entity;
    case Record:
        return e.entityId > 0 ? QVariant(e.entityId) : QVariant();
    case Action:
        return actionLabel(e.action);
    case Fields:
        return e.fields.join(u", "_s);
    case Records:
        return e.records ? QVariant(*e.records) : QVariant();
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header(
        *this, {tr("Time"), tr("User"), tr("Entity"), tr("Record"), tr("Action"), tr("Fields"), tr("Records")}, section,
        orientation, role);
}

int AuditModel::queryCount(const ListQuery&) const
{
    return AuditLog(m_db).count(m_filter);
}

QList<AuditEntry> AuditModel::queryRows(const ListQuery&, int offset, int limit) const
{
    return AuditLog(m_db).list(m_filter, offset, limit);
}
