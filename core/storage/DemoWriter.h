#pragma once

#include "domain/Initiative.h"
#include "domain/Person.h"
#include "domain/PolicyFramework.h"
#include "domain/Ward.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <array>

class Database;

/// The tables of schema 3 the demo fills row by row, with the columns DemoWriter::insertRow() expects in order.
enum class DemoTable {
    Partner, ///< id, name, partner_type, contact_person, email, phone, notes
    Agreement, ///< id, partner_id, title, description, start_date, end_date, budget_cents, monitoring, me_agreed,
               ///< next_evaluation, status
    AgreementWard, ///< agreement_id, ward_id
    AgreementInitiative, ///< agreement_id, initiative_id
    Kpi, ///< id, agreement_id, name, unit, baseline, target, direction
    KpiMeasurement, ///< kpi_id, date, value, note
    Evaluation, ///< agreement_id, date, outcome, decision
    Goal, ///< id, ward_id, framework_id, indicator, unit, baseline, target, direction, target_date
    GoalMeasurement, ///< goal_id, date, value, note
    Participation, ///< ward_id, date, kind, channel, participants, notes
    Need, ///< ward_id, theme_id, description, signalled_by, signalled_on, severity, open
    Offer, ///< ward_id, theme_id, description, initiative_id, partner_id, person_id, capacity, active
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

    /// Each insert keeps the record's id, which must be set and free; themes are written with it.
    void insertWard(const Ward& ward);
    void insertFramework(const PolicyFramework& framework);
    void insertInitiative(const Initiative& initiative);
    void insertPerson(const Person& person);

    /// An involvement with the given id; invalid dates are open ends.
    void insertInvolvement(qint64 id, qint64 personId, qint64 initiativeId, InvolvementRole role, const QDate& from,
                           const QDate& until);
    /// Hours of one person on one day (quarters = hours × 4); the row id is SQLite's next.
    void insertActivity(qint64 initiativeId, qint64 personId, const QDate& date, int quarters, const QString& kind);
    /// An event with only an anonymous participant count.
    void insertEvent(qint64 initiativeId, const QDate& date, int participants, const QString& kind);
    /// A critical role; a holder or backup of 0 is none.
    void insertCriticalRole(qint64 initiativeId, const QString& role, qint64 holderId, qint64 backupId);
    /// A row of one of the schema-3 tables, values in the order DemoTable lists; dates as Sql::date().
    void insertRow(DemoTable table, const QVariantList& values);

    /// Finishes every statement; call before committing.
    void finish();

private:
    Database& m_db;
    QSqlQuery m_ward;
    QSqlQuery m_wardTheme;
    QSqlQuery m_framework;
    QSqlQuery m_initiative;
    QSqlQuery m_initiativeTheme;
    QSqlQuery m_person;
    QSqlQuery m_involvement;
    QSqlQuery m_activity;
    QSqlQuery m_event;
    QSqlQuery m_criticalRole;
    std::array<QSqlQuery, static_cast<size_t>(DemoTable::Count)> m_rows;
    int m_previousCacheSize = 0;
};
