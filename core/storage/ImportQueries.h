#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

class QDate;

/// The look-ups of the CSV import (core/csv: CsvTableImport and the activity import), which finds the same record
/// before it adds one and checks references by id. Every statement runs on both SQLite 3.40 and PostgreSQL 15; where
/// they differ it goes through Dialect::of(). Each function throws Error when the query fails.
namespace ImportQueries {

/// The tables the import checks references in and takes ids of. Their names are the only table names put into SQL.
enum class Table { Wards, Persons, Initiatives, Involvements, CriticalRoles };

/// True when `table` has a row with this id.
bool exists(const QSqlDatabase& db, Table table, qint64 id);
/// Every id of `table` (for the activity log, whose millions of rows are checked against them without a query each).
QSet<qint64> allIds(const QSqlDatabase& db, Table table);
/// The ward with this code (compared exactly); nullopt when there is none.
std::optional<qint64> wardByCode(const QSqlDatabase& db, const QString& code);
/// The theme whose key is `keyOrName` or whose name is it without regard to case, a theme with a key first;
/// nullopt when there is none.
std::optional<qint64> themeByKeyOrName(const QSqlDatabase& db, const QString& keyOrName);
/// The initiative of this ward with exactly this title; nullopt when there is none.
std::optional<qint64> initiativeByTitle(const QSqlDatabase& db, qint64 wardId, const QString& title);
/// The involvement equal in person, initiative, role (its key) and both dates (ISO-8601; null: open); nullopt when
/// there is none.
std::optional<qint64> sameInvolvement(const QSqlDatabase& db, qint64 personId, qint64 initiativeId,
                                      const QString& roleKey, const QDate& from, const QDate& until);
/// The critical role of this initiative with this role key; nullopt when there is none.
std::optional<qint64> criticalRoleOf(const QSqlDatabase& db, qint64 initiativeId, const QString& role);

/// The prepared statements of the activity import, which checks and writes the activity log row by row without
/// going through ActivityRepository (whose unit is one initiative's grid). Dates are ISO-8601 text, hours are
/// quarter hours. Every function throws Error when its statement fails. Call finish() before the transaction ends.
class ActivityStatements final
{
public:
    /// Prepares the statements on `db`; throws Error when one is refused.
    explicit ActivityStatements(const QSqlDatabase& db);
    Q_DISABLE_COPY_MOVE(ActivityStatements)

    /// The activity equal in every field: initiative, person (a null QVariant: an anonymous event), date, quarter
    /// hours, participants (null: none given) and kind (empty for none); nullopt when there is none.
    std::optional<qint64> same(qint64 initiative, const QVariant& person, const QString& date, int quarters,
                               const QVariant& participants, const QString& kind);

    /// The stored cell of a person in an initiative on a day (the hours grid's cell).
    struct Day
    {
        qint64 id = 0;
        int quarters = 0;
        QString kind; ///< empty for none
    };
    /// The cell of this person, initiative and date; nullopt when there is none.
    std::optional<Day> day(qint64 initiative, qint64 person, const QString& date);
    /// Sets an activity's quarter hours and kind.
    void update(qint64 id, int quarters, const QString& kind);
    /// True when an activity has this id.
    bool idTaken(qint64 id);
    /// True when one of the person's involvements in the initiative covers the date (open ends cover everything).
    bool covered(qint64 person, qint64 initiative, const QString& date);
    /// Inserts an activity and returns its id. `id` null: a new id; `person` null: an anonymous event;
    /// `participants` null: none given.
    qint64 insert(const QVariant& id, qint64 initiative, const QVariant& person, const QString& date, int quarters,
                  const QVariant& participants, const QString& kind);
    /// Releases the statements' results.
    void finish();

private:
    QSqlQuery m_same;
    QSqlQuery m_day;
    QSqlQuery m_update;
    QSqlQuery m_findId;
    QSqlQuery m_covered;
    QSqlQuery m_insert;
};

} // namespace ImportQueries
