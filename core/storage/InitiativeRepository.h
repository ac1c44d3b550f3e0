#pragma once

#include "core/Error.h"
#include "core/domain/Initiative.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

/// Initiatives, their themes and the follow-up when they do not fit the policy framework.
class InitiativeRepository final : public DeclaredRepository<InitiativeRepository, Initiative>
{
    Q_DECLARE_TR_FUNCTIONS(InitiativeRepository)

public:
    enum Column { Title, Ward, Status, Track, Themes, StartDate, PlannedEnd, BudgetGranted, FundingEnd, ColumnCount };

    explicit InitiativeRepository(Database& db);

    QList<FieldError> validate(const Initiative& initiative) const;
    /// Removes the initiative; refused with the dependent records named when other records refer to it.
    void remove(qint64 id);
    QStringList dependents(qint64 id) const;

    int count(const ListQuery& query) const;
    QList<InitiativeRow> list(const ListQuery& query, int offset, int limit) const;
};
