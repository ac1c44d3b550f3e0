#include "InvolvementModel.h"

#include "ui/Document.h"
#include "ui/common/ColumnTitles.h"
#include "ui/common/Inputs.h"

#include <QLocale>

InvolvementModel::InvolvementModel(Document& document, Side side, qint64 ownerId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_side(side)
    , m_ownerId(ownerId)
{
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Involvements || kind == Document::Kind::Activities
            || kind == Document::Kind::Persons || kind == Document::Kind::Initiatives) {
            reload();
        }
    });
    reload();
}

void InvolvementModel::reload()
{
    beginResetModel();
    const QDate today = QDate::currentDate();
    m_rows = m_side == Side::Initiative ? m_document.involvements().forInitiative(m_ownerId, today)
                                        : m_document.involvements().forPerson(m_ownerId, today);
    endResetModel();
}

qint64 InvolvementModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).involvement.id : 0;
}

int InvolvementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvolvementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvolvementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const InvolvementRow& r = m_rows.at(index.row());
    if (role == IdRole) {
        return r.involvement.id;
    }
    if (role == Qt::TextAlignmentRole && index.column() == HoursLast12Months) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return m_side == Side::Initiative ? r.personName : r.initiativeTitle;
    case Role:
        return Enums::label(r.involvement.role);
    case From:
        return Inputs::listDate(r.involvement.from);
    case Until:
        return Inputs::listDate(r.involvement.until);
    case HoursLast12Months:
        return QLocale().toString(r.hoursLast12Months, 'f', 2);
    case LastActive:
        return r.lastActive.isValid() ? Inputs::listDate(r.lastActive) : tr("never");
    default:
        return {};
    }
}

QVariant InvolvementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header(*this,
                                {m_side == Side::Initiative ? tr("Person") : tr("Initiative"), tr("Role"), tr("From"),
                                 tr("Until"), tr("Hours (12 months)"), tr("Last active")},
                                section, orientation, role);
}
