#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

/// Events with anonymous participants (a count, no persons): rows of the activities table without a person.
class EventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    /// Events are rows of the activity log without a person; the audit log names them "event".
    static QString table() { return QStringLiteral("activities"); }
    static QString entity() { return QStringLiteral("event"); }

    explicit EventRepository(Database& db);

    /// Problems: a missing initiative, no date, fewer than one participant.
    QList<FieldError> validate(const AnonymousEvent& event) const;
    qint64 insert(const AnonymousEvent& event);
    void update(const AnonymousEvent& event);
    void remove(qint64 id);
    std::optional<AnonymousEvent> find(qint64 id) const;
    /// The initiative's events, newest first.
    QList<AnonymousEvent> forInitiative(qint64 initiativeId) const;

private:
    Database& m_db;
};
