#pragma once

#include "core/domain/Involvement.h"

#include <QAbstractTableModel>
#include <QList>

class Document;

/// Involvements from one side: an initiative's people ("Involved") or a person's initiatives.
class InvolvementModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Side { Initiative, Person };
    enum Column { Name, Role, From, Until, HoursLast12Months, LastActive, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole };

    InvolvementModel(Document& document, Side side, qint64 ownerId, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvolvementModel)

    void reload();
    qint64 idAt(int row) const;
    const InvolvementRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Document& m_document;
    Side m_side;
    qint64 m_ownerId;
    QList<InvolvementRow> m_rows;
};
