#pragma once

#include "core/domain/Activity.h"

#include <QAbstractTableModel>
#include <QList>

class Document;

/// An initiative's events with anonymous participants ("Meetings"), newest first.
class EventModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Participants, Kind, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole };

    EventModel(Document& document, qint64 initiativeId, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(EventModel)

    void reload();
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Document& m_document;
    qint64 m_initiativeId;
    QList<AnonymousEvent> m_events;
};
