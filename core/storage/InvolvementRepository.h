#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Involvement.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>

/// Who is involved in which initiative, in which role and when.
class InvolvementRepository final : public DeclaredRepository<InvolvementRepository, Involvement>
{
    Q_DECLARE_TR_FUNCTIONS(InvolvementRepository)

public:
    explicit InvolvementRepository(Database& db);

    /// Every problem: missing person or initiative, an end before the start, an overlap with another involvement
    /// of the same person in the same initiative, or hours that the new period would leave uncovered.
    QList<FieldError> validate(const Involvement& involvement) const;
    /// Refused while hours registered in its period are not covered by another involvement.
    void remove(qint64 id);

    /// The initiative's people ("Betrokkenen"), leads first, with their hours in the 12 months before `today`.
    QList<InvolvementRow> forInitiative(qint64 initiativeId, const QDate& today) const;
    /// The person's initiatives.
    QList<InvolvementRow> forPerson(qint64 personId, const QDate& today) const;

private:
    QList<InvolvementRow> rows(const QString& where, qint64 id, const QDate& today) const;
    int uncoveredActivities(const Involvement& changed, bool removed) const;
};
