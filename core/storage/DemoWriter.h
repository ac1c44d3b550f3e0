#pragma once

#include "core/domain/Initiative.h"
#include "core/domain/Person.h"
#include "core/domain/PolicyFramework.h"
#include "core/domain/Ward.h"
#include "core/storage/Sql.h"
#include "core/storage/TableDeclaration.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <array>
#include <functional>
#include <map>
#include <optional>

class Database;

/// The tables without a declaration (Tables.h) that the demo fills row by row, with the columns
/// DemoWriter::insertRow() expects in order.
enum class DemoTable {
    KpiMeasurement, ///< kpi_id, date, value, note
    GoalMeasurement, ///< goal_id, date, value, note
    Count
};

/// Set-based writing for the demo generator: one prepared statement per table, reused for every row, inside the
/// caller's Transaction. It bypasses the repositories (no validation, no audit entry per row) because a large demo
/// writes hundreds of thousands of rows; the generator produces valid records and records one audit entry itself.
class DemoWriter final
{
public:
    /// Prepares the statements. The caller must hold a Transaction on `db` for as long as the writer is used.
    explicit DemoWriter(Database& db);
    ~DemoWriter();
    Q_DISABLE_COPY_MOVE(DemoWriter)

    /// True when the database holds no wards, frameworks, initiatives, persons or partners yet.
    bool isEmpty() const;
    /// The ids of the default themes by their key ("youth", "green", ...).
    QHash<QString, qint64> themeIdsByKey() const;

    /// Each insert keeps the record's id, which must be set and free; themes are written with it. Through the
    /// declarations (Tables.h).
    void insertWard(const Ward& ward);
    void insertFramework(const PolicyFramework& framework);
    /// The follow-up is written only for an initiative that does not fit the policy framework.
    void insertInitiative(const Initiative& initiative);
    void insertPerson(const Person& person);

    /// An involvement with the given id; invalid dates are open ends; a reason for leaving only with an end. Through
    /// the declaration of involvements.
    void insertInvolvement(qint64 id, qint64 personId, qint64 initiativeId, InvolvementRole role, const QDate& from,
                           const QDate& until, std::optional<LeavingReason> reason = std::nullopt);
    /// Hours of one person on one day (quarters = hours × 4); the row id is SQLite's next.
    void insertActivity(qint64 initiativeId, qint64 personId, const QDate& date, int quarters, const QString& kind);
    /// An event with only an anonymous participant count.
    void insertEvent(qint64 initiativeId, const QDate& date, int participants, const QString& kind);
    /// A critical role; a holder or backup of 0 is none. Through the declaration of critical roles.
    void insertCriticalRole(qint64 initiativeId, const QString& role, qint64 holderId, qint64 backupId);
    /// A row of one of the schema-3 tables, values in the order DemoTable lists; dates as Sql::date().
    void insertRow(DemoTable table, const QVariantList& values);
    /// A record of a declared table with its links (keeping its id when set; otherwise the next one), through one
    /// prepared statement per table. A record with links must have its id set.
    template<typename R> void insert(const TableDeclaration<R>& table, const R& record)
    {
        Sql::exec(statement(table.name, [&table] { return table.insertStatement(false); }), table.insertValues(record));
        for (const auto& link : table.links) {
            QSqlQuery& q = statement(link.table.name, [&link] { return link.table.insertStatement(); });
            for (const qint64 id : record.*link.member) {
                Sql::exec(q, {record.id, id});
            }
        }
    }

    /// Finishes every statement; call before committing.
    void finish();

private:
    /// The prepared INSERT of `table`, prepared from `sql()` on first use.
    QSqlQuery& statement(const QString& table, const std::function<QString()>& sql);

    Database& m_db;
    QSqlQuery m_activity;
    QSqlQuery m_event;
    std::array<QSqlQuery, static_cast<size_t>(DemoTable::Count)> m_rows;
    std::map<QString, QSqlQuery> m_declared;
    int m_previousCacheSize = 0;
};
