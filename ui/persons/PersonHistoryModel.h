#pragma once

#include "core/domain/Activity.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

class Document;

/// A person's history: hours per month (rows, newest first) and initiative (columns), with a total per month.
class PersonHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ItemRole { QuartersRole = Qt::UserRole };

    PersonHistoryModel(Document& document, qint64 personId, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PersonHistoryModel)

    void reload();
    int initiativeCount() const { return int(m_initiatives.size()); }
    int totalQuarters() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int quarters(int row, int column) const;

    Document& m_document;
    qint64 m_personId;
    QList<QDate> m_months;
    QList<QPair<qint64, QString>> m_initiatives;
    QHash<QPair<int, int>, int> m_quarters; ///< (month row, initiative column) -> quarters
};
