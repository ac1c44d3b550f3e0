#pragma once

#include "domain/Initiative.h"
#include "domain/Person.h"
#include "domain/PolicyFramework.h"
#include "domain/Ward.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

class Database;

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

    /// True when the database holds no wards, frameworks, initiatives or persons yet.
    bool isEmpty() const;
    /// The ids of the default themes by their key ("youth", "green", ...).
    QHash<QString, qint64> themeIdsByKey() const;

    /// Each insert keeps the record's id, which must be set and free; themes are written with it.
    void insertWard(const Ward& ward);
    void insertFramework(const PolicyFramework& framework);
    void insertInitiative(const Initiative& initiative);
    void insertPerson(const Person& person);

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
    int m_previousCacheSize = 0;
};
