#include "Migrations.h"

#include "Sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

void run(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        Sql::exec(db, statement);
    }
}

/// Version 1: the foundation. Wards, themes, policy frameworks, initiatives, persons and the audit log.
void toVersion1(const QSqlDatabase& db)
{
    run(db, {
        uR"(CREATE TABLE IF NOT EXISTS meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
        uR"(CREATE TABLE IF NOT EXISTS themes (
            id INTEGER PRIMARY KEY,
            key TEXT UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE))"_s,
        uR"(INSERT OR IGNORE INTO themes(key, name) VALUES
            ('public_space', 'Schoon, heel en veilig'),
            ('social_cohesion', 'Sociale cohesie'),
            ('meeting', 'Ontmoeting'),
            ('youth', 'Jeugd'),
            ('elderly', 'Ouderen'),
            ('green', 'Groen en duurzaamheid'),
            ('participation', 'Meedoen en armoede'),
            ('other', 'Overig'))"_s,
        uR"(CREATE TABLE IF NOT EXISTS wards (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            ward_type TEXT NOT NULL DEFAULT 'other' CHECK (ward_type IN
                ('old_working_class', 'prewar', 'postwar', 'vinex', 'centre', 'village', 'other')),
            inhabitants INTEGER CHECK (inhabitants >= 0),
            households INTEGER CHECK (households >= 0),
            notes TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE IF NOT EXISTS ward_themes (
            ward_id INTEGER NOT NULL REFERENCES wards(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
            PRIMARY KEY (ward_id, theme_id)))"_s,
        uR"(CREATE INDEX IF NOT EXISTS ward_themes_theme ON ward_themes(theme_id))"_s,
        uR"(CREATE TABLE IF NOT EXISTS frameworks (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            adopted_on TEXT,
            review_by TEXT,
            notes TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE IF NOT EXISTS persons (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            ward_id INTEGER REFERENCES wards(id) ON DELETE RESTRICT,
            engagement TEXT NOT NULL DEFAULT 'unknown' CHECK (engagement IN ('structural', 'ad_hoc', 'unknown')),
            skills TEXT NOT NULL DEFAULT '',
            consent_date TEXT,
            consent_scope TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE INDEX IF NOT EXISTS persons_ward ON persons(ward_id))"_s,
        uR"(CREATE INDEX IF NOT EXISTS persons_name ON persons(last_name, first_name))"_s,
        uR"(CREATE TABLE IF NOT EXISTS initiatives (
            id INTEGER PRIMARY KEY,
            ward_id INTEGER NOT NULL REFERENCES wards(id) ON DELETE RESTRICT,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL DEFAULT 'residents' CHECK (track IN ('residents', 'partners', 'municipality')),
            status TEXT NOT NULL DEFAULT 'idea' CHECK (status IN
                ('idea', 'applied', 'running', 'paused', 'completed', 'stopped')),
            start_date TEXT,
            planned_end TEXT,
            budget_requested_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_requested_cents >= 0),
            budget_granted_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_granted_cents >= 0),
            funding_source TEXT NOT NULL DEFAULT '',
            funding_end TEXT,
            follow_up_funding INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_funding IN (0, 1)),
            lead_type TEXT NOT NULL DEFAULT 'resident' CHECK (lead_type IN ('resident', 'partner', 'municipality')),
            fits_framework TEXT NOT NULL DEFAULT 'unknown' CHECK (fits_framework IN ('yes', 'no', 'unknown')),
            framework_id INTEGER REFERENCES frameworks(id) ON DELETE RESTRICT,
            followup_department TEXT NOT NULL DEFAULT '',
            followup_owner TEXT NOT NULL DEFAULT '',
            followup_deadline TEXT,
            followup_solution TEXT NOT NULL DEFAULT '',
            followup_status TEXT NOT NULL DEFAULT 'open' CHECK (followup_status IN ('open', 'in_progress', 'done'))))"_s,
        uR"(CREATE INDEX IF NOT EXISTS initiatives_ward ON initiatives(ward_id, status))"_s,
        uR"(CREATE INDEX IF NOT EXISTS initiatives_framework ON initiatives(framework_id))"_s,
        uR"(CREATE TABLE IF NOT EXISTS initiative_themes (
            initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
            PRIMARY KEY (initiative_id, theme_id)))"_s,
        uR"(CREATE INDEX IF NOT EXISTS initiative_themes_theme ON initiative_themes(theme_id))"_s,
        uR"(CREATE TABLE IF NOT EXISTS audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            fields TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log(entity, entity_id))"_s,
    });
}

/// Version 2: who carries an initiative. Involvements, the activity log (hours in quarter hours; events with
/// anonymous participants have no person) and the succession register.
void toVersion2(const QSqlDatabase& db)
{
    run(db, {
        uR"(CREATE TABLE IF NOT EXISTS involvements (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
            initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('lead', 'core', 'ad_hoc')),
            from_date TEXT,
            until_date TEXT,
            CHECK (from_date IS NULL OR until_date IS NULL OR from_date <= until_date)))"_s,
        uR"(CREATE INDEX IF NOT EXISTS involvements_initiative ON involvements(initiative_id))"_s,
        uR"(CREATE INDEX IF NOT EXISTS involvements_person ON involvements(person_id))"_s,
        uR"(CREATE TABLE IF NOT EXISTS activities (
            id INTEGER PRIMARY KEY,
            initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE RESTRICT,
            person_id INTEGER REFERENCES persons(id) ON DELETE RESTRICT,
            date TEXT NOT NULL,
            quarters INTEGER NOT NULL DEFAULT 0 CHECK (quarters >= 0 AND quarters <= 96),
            participants INTEGER CHECK (participants >= 0),
            kind TEXT NOT NULL DEFAULT '',
            CHECK (person_id IS NOT NULL OR participants IS NOT NULL)))"_s,
        uR"(CREATE UNIQUE INDEX IF NOT EXISTS activities_cell ON activities(initiative_id, person_id, date)
            WHERE person_id IS NOT NULL)"_s,
        uR"(CREATE INDEX IF NOT EXISTS activities_initiative_date ON activities(initiative_id, date))"_s,
        uR"(CREATE INDEX IF NOT EXISTS activities_person_date ON activities(person_id, date))"_s,
        uR"(CREATE TABLE IF NOT EXISTS critical_roles (
            id INTEGER PRIMARY KEY,
            initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE RESTRICT,
            role TEXT NOT NULL,
            holder_person_id INTEGER REFERENCES persons(id) ON DELETE RESTRICT,
            backup_person_id INTEGER REFERENCES persons(id) ON DELETE RESTRICT,
            UNIQUE (initiative_id, role),
            CHECK (backup_person_id IS NULL OR holder_person_id IS NULL OR backup_person_id <> holder_person_id)))"_s,
        uR"(CREATE INDEX IF NOT EXISTS critical_roles_holder ON critical_roles(holder_person_id))"_s,
        uR"(CREATE INDEX IF NOT EXISTS critical_roles_backup ON critical_roles(backup_person_id))"_s,
    });
}

} // namespace

void apply(const QSqlDatabase& db, int fromVersion)
{
    // Cumulative steps, each safe to run twice.
    if (fromVersion < 1) {
        toVersion1(db);
    }
    if (fromVersion < 2) {
        toVersion2(db);
    }
}

} // namespace Migrations
