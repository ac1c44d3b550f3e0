#pragma once

#include "core/Error.h"
#include "core/domain/Person.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/// Active residents and volunteers.
class PersonRepository final : public DeclaredRepository<PersonRepository, Person>
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    enum Column { LastName, FirstName, Ward, Engagement, Skills, Email, ConsentDate, ColumnCount };
    /// Sort keys beyond the columns above, for the activity figures of PersonRow.
    enum ExtraSort { SortLastActive = ColumnCount, SortHoursLast12Months };
    /// A person without activity for this many months counts as inactive.
    static constexpr int InactiveAfterMonths = 6;

    explicit PersonRepository(Database& db);

    QList<FieldError> validate(const Person& person) const;
    void update(const Person& person);
    /// Erases the person (AVG art. 17): names, contact details, notes, skills, ward of residence and consent emptied
    /// (every column the declaration marks erasable), the last name set to "Verwijderde bewoner N" (`erasedName`),
    /// the erasure date set; hours, involvements, critical roles and offers stay with the same id, so hour totals and
    /// risk scores do not change. One transaction with an "erase" audit entry naming the fields. The caller purges
    /// the freed bytes (Database::purgeFreedContent); PersonErasure does both. Throws Error for an unknown id or a
    /// person already erased. Returns the erased record.
    Person erase(qint64 id, const QDate& day, const QString& erasedName);
    /// The name an erased person gets: "Verwijderde bewoner N", from the Dutch translation.
    static QString erasedName(qint64 id);
    /// Removes the person; refused with the dependent records named when other records refer to them.
    void remove(qint64 id);
    QStringList dependents(qint64 id) const;
    /// The records that refer to a person: counts of rows, 0 for an unknown id. Throws Error when a query fails.
    struct References
    {
        int involvements = 0;
        int activityDays = 0; ///< rows of the activity log (one per initiative and day)
        int criticalRoles = 0; ///< as holder or backup
        int offers = 0;
    };
    References references(qint64 id) const;

    /// Every person with id, names, ward, e-mail and phone filled (the rest left empty), ordered by id: what the CSV
    /// import compares a new row with to find the same or possibly the same person.
    QList<Person> identities() const;
    int count(const ListQuery& query) const;
    QList<PersonRow> list(const ListQuery& query, int offset, int limit) const;

    static bool isValidEmail(const QString& email);
    static bool isValidPhone(const QString& phone);
};
