#include "Migrations.h"

#include "core/domain/Person.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

/// True when `table` has the column, asked through the driver rather than an engine's catalogue (SQLite and
/// PostgreSQL alike): for steps that add one, since ALTER TABLE ... ADD COLUMN is not safe to run twice.
bool hasColumn(const QSqlDatabase& db, const QString& table, const QString& column)
{
    return db.record(table).indexOf(column) >= 0;
}

/// Runs statements written in SQLite's DDL, as the connection's engine takes them (Dialect::Engine::schema).
void run(const QSqlDatabase& db, const QStringList& statements)
{
    const Dialect::Engine& d = Dialect::of(db);
    for (const QString& statement : statements) {
        for (const QString& translated : d.schema(statement)) {
            Sql::exec(db, translated);
        }
    }
}

/// Version 1: the foundation. Wards, themes, policy frameworks, initiatives, persons and the audit log.
void toVersion1(const QSqlDatabase& db)
{
    run(db,
        {
            uR"(CREATE TABLE IF NOT EXISTS meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
            uR"(CREATE TABLE IF NOT EXISTS themes (
            id INTEGER PRIMARY KEY,
            key TEXT UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE))"_s,
            uR"(INSERT INTO themes(key, name) VALUES
            ('public_space', 'Schoon, heel en veilig'),
            ('social_cohesion', 'Sociale cohesie'),
            ('meeting', 'Ontmoeting'),
            ('youth', 'Jeugd'),
            ('elderly', 'Ouderen'),
            ('green', 'Groen en duurzaamheid'),
            ('participation', 'Meedoen en armoede'),
            ('other', 'Overig') ON CONFLICT DO NOTHING)"_s,
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
    run(db,
        {
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

/// Version 3: partners and agreements with KPIs and evaluations, ward goals, participation moments, the support
/// map, and per-database settings (the risk weights).
void toVersion3(const QSqlDatabase& db)
{
    run(db,
        {
            uR"(CREATE TABLE IF NOT EXISTS settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
            uR"(CREATE TABLE IF NOT EXISTS partners (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            partner_type TEXT NOT NULL DEFAULT 'other' CHECK (partner_type IN ('police', 'youth_work', 'housing',
                'entrepreneurs', 'care', 'welfare', 'education', 'sport', 'religious', 'other')),
            contact_person TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE IF NOT EXISTS agreements (
            id INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT,
            budget_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
            monitoring TEXT NOT NULL DEFAULT 'none' CHECK (monitoring IN
                ('none', 'monthly', 'quarterly', 'half_yearly', 'yearly')),
            me_agreed INTEGER NOT NULL DEFAULT 0 CHECK (me_agreed IN (0, 1)),
            next_evaluation TEXT,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'expired', 'ended')),
            CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)))"_s,
            uR"(CREATE INDEX IF NOT EXISTS agreements_partner ON agreements(partner_id))"_s,
            uR"(CREATE INDEX IF NOT EXISTS agreements_end ON agreements(status, end_date))"_s,
            uR"(CREATE TABLE IF NOT EXISTS agreement_wards (
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            ward_id INTEGER NOT NULL REFERENCES wards(id) ON DELETE RESTRICT,
            PRIMARY KEY (agreement_id, ward_id)))"_s,
            uR"(CREATE INDEX IF NOT EXISTS agreement_wards_ward ON agreement_wards(ward_id))"_s,
            uR"(CREATE TABLE IF NOT EXISTS agreement_initiatives (
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE RESTRICT,
            PRIMARY KEY (agreement_id, initiative_id)))"_s,
            uR"(CREATE INDEX IF NOT EXISTS agreement_initiatives_initiative ON agreement_initiatives(initiative_id))"_s,
            uR"(CREATE TABLE IF NOT EXISTS kpis (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            baseline REAL,
            target REAL NOT NULL,
            direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower'))))"_s,
            uR"(CREATE INDEX IF NOT EXISTS kpis_agreement ON kpis(agreement_id))"_s,
            uR"(CREATE TABLE IF NOT EXISTS kpi_measurements (
            id INTEGER PRIMARY KEY,
            kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            value REAL NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE INDEX IF NOT EXISTS kpi_measurements_kpi ON kpi_measurements(kpi_id, date))"_s,
            uR"(CREATE TABLE IF NOT EXISTS evaluations (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL CHECK (decision IN ('continue', 'adjust', 'stop'))))"_s,
            uR"(CREATE INDEX IF NOT EXISTS evaluations_agreement ON evaluations(agreement_id, date))"_s,
            uR"(CREATE TABLE IF NOT EXISTS goals (
            id INTEGER PRIMARY KEY,
            ward_id INTEGER NOT NULL REFERENCES wards(id) ON DELETE RESTRICT,
            framework_id INTEGER REFERENCES frameworks(id) ON DELETE RESTRICT,
            indicator TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            baseline REAL,
            target REAL NOT NULL,
            direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
            start_date TEXT,
            target_date TEXT,
            CHECK (start_date IS NULL OR target_date IS NULL OR start_date <= target_date)))"_s,
            uR"(CREATE INDEX IF NOT EXISTS goals_ward ON goals(ward_id))"_s,
            uR"(CREATE TABLE IF NOT EXISTS goal_measurements (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            value REAL NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE INDEX IF NOT EXISTS goal_measurements_goal ON goal_measurements(goal_id, date))"_s,
            uR"(CREATE TABLE IF NOT EXISTS participation (
            id INTEGER PRIMARY KEY,
            ward_id INTEGER NOT NULL REFERENCES wards(id) ON DELETE RESTRICT,
            date TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('residents_evening', 'ward_walk', 'consultation_hour',
                'online_poll', 'survey', 'neighbourhood_app', 'other')),
            channel TEXT NOT NULL CHECK (channel IN ('physical', 'digital', 'both')),
            participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
            notes TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE INDEX IF NOT EXISTS participation_ward ON participation(ward_id, date))"_s,
            uR"(CREATE TABLE IF NOT EXISTS needs (
            id INTEGER PRIMARY KEY,
            ward_id INTEGER NOT NULL REFERENCES wards(id) ON DELETE RESTRICT,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
            description TEXT NOT NULL,
            signalled_by TEXT NOT NULL DEFAULT '',
            signalled_on TEXT,
            severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
            open INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1))))"_s,
            uR"(CREATE INDEX IF NOT EXISTS needs_ward_theme ON needs(ward_id, theme_id))"_s,
            uR"(CREATE TABLE IF NOT EXISTS offers (
            id INTEGER PRIMARY KEY,
            ward_id INTEGER NOT NULL REFERENCES wards(id) ON DELETE RESTRICT,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
            description TEXT NOT NULL,
            initiative_id INTEGER REFERENCES initiatives(id) ON DELETE RESTRICT,
            partner_id INTEGER REFERENCES partners(id) ON DELETE RESTRICT,
            person_id INTEGER REFERENCES persons(id) ON DELETE RESTRICT,
            capacity TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            CHECK ((initiative_id IS NOT NULL) + (partner_id IS NOT NULL) + (person_id IS NOT NULL) = 1)))"_s,
            uR"(CREATE INDEX IF NOT EXISTS offers_ward_theme ON offers(ward_id, theme_id))"_s,
        });
}

} // namespace

/// Version 4: the reason for leaving on an involvement that ended (DESIGN.md, Domain: Involvement). NULL while the
/// involvement runs, or when an older file had no reason; the application shows NULL as unknown. And the ward
/// director's own text (toelichting) per ward and report period, printed at the top of the ward's section of a
/// council report (DESIGN.md, Reports, also as ODT); a ward with texts is not deleted silently.
void toVersion4(const QSqlDatabase& db)
{
    run(db,
        {
            uR"(CREATE TABLE IF NOT EXISTS ward_notes (
            id INTEGER PRIMARY KEY,
            ward_id INTEGER NOT NULL REFERENCES wards(id) ON DELETE RESTRICT,
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (ward_id, period_from, period_to),
            CHECK (period_from <= period_to)))"_s,
        });
    if (!hasColumn(db, u"involvements"_s, u"leaving_reason"_s)) {
        run(db, {uR"(ALTER TABLE involvements ADD COLUMN leaving_reason TEXT CHECK (leaving_reason IS NULL OR
            leaving_reason IN ('moved', 'health', 'time', 'conflict', 'deceased', 'other', 'unknown')))"_s});
    }
}

/// Version 5: the surname prefix (tussenvoegsel) of a person in a column of its own (DESIGN.md, Domain: Person),
/// so that "Jan van den Berg" is listed as "Berg, Jan van den" under B. SQL that SQLite 3.40 and PostgreSQL 15 both
/// accept; the column is looked up through the driver (QSqlDatabase::record) instead of an engine's catalogue. Last
/// names stored before with their prefix are split only where Person::splitPrefix is certain ("van den Berg"); the
/// rest ("Van den Berg") is left as it was.
void toVersion5(const QSqlDatabase& db)
{
    if (!hasColumn(db, u"persons"_s, u"surname_prefix"_s)) {
        run(db, {u"ALTER TABLE persons ADD COLUMN surname_prefix TEXT NOT NULL DEFAULT ''"_s});
    }
    QList<QPair<qint64, std::pair<QString, QString>>> splits;
    {
        // Only names with a space can hold a prefix; a second run finds every split done (the prefix filled).
        QSqlQuery q = Sql::exec(db,
                                u"SELECT id, last_name FROM persons WHERE surname_prefix = '' AND last_name LIKE "
                                "'% %'"_s);
        while (q.next()) {
            auto split = Person::splitPrefix(q.value(1).toString());
            if (!split.first.isEmpty()) {
                splits.append({q.value(0).toLongLong(), std::move(split)});
            }
        }
    }
    for (const auto& [id, split] : std::as_const(splits)) {
        Sql::exec(db, u"UPDATE persons SET surname_prefix = ?, last_name = ? WHERE id = ?"_s,
                  {split.first, split.second, id});
    }
}

/// Version 6: privacy (DESIGN.md, Privacy (AVG) and logging (BIO)). On persons, the day consent was withdrawn
/// (AVG art. 7(3)), an optional end of the consent, and the day the person was erased (art. 17). The audit log
/// (BIO 8.15) also records erasures, exports and reports with personal data, subject-access exports and retention
/// runs, with how many records they concerned: its action list grows, which SQLite can only do by making the table
/// anew (the rows keep their ids). Each step is skipped when already done.
void toVersion6(const QSqlDatabase& db)
{
    for (const QString& column : {u"consent_withdrawn"_s, u"consent_expires"_s, u"erased_on"_s}) {
        if (!hasColumn(db, u"persons"_s, column)) {
            run(db, {u"ALTER TABLE persons ADD COLUMN "_s + column + u" TEXT"_s});
        }
    }
    if (!hasColumn(db, u"audit_log"_s, u"records"_s)) {
        run(db,
            {
                uR"(DROP TABLE IF EXISTS audit_log_next)"_s,
                uR"(CREATE TABLE audit_log_next (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'erase', 'export', 'report',
                'access', 'retention')),
            fields TEXT NOT NULL DEFAULT '',
            records INTEGER CHECK (records IS NULL OR records >= 0)))"_s,
                uR"(INSERT INTO audit_log_next(id, at, os_user, entity, entity_id, action, fields)
            SELECT id, at, os_user, entity, entity_id, action, fields FROM audit_log)"_s,
                uR"(DROP TABLE audit_log)"_s,
                uR"(ALTER TABLE audit_log_next RENAME TO audit_log)"_s,
            });
    }
    run(db,
        {
            uR"(CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log(entity, entity_id))"_s,
            uR"(CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log(at))"_s,
        });
}

void apply(const QSqlDatabase& db, int fromVersion)
{
    // Step N brings the schema from version N-1 to N. Cumulative steps, each safe to run twice.
    using Step = void (*)(const QSqlDatabase&);
    static constexpr std::array<Step, LatestVersion> steps {toVersion1, toVersion2, toVersion3,
                                                            toVersion4, toVersion5, toVersion6};
    static_assert(steps.back() != nullptr, "one step per schema version up to LatestVersion");
    if (fromVersion < 1) {
        for (const QString& statement : Dialect::of(db).functions()) {
            Sql::exec(db, statement);
        }
    }
    for (int version = std::max(fromVersion, 0); version < LatestVersion; ++version) {
        steps.at(version)(db);
    }
}

} // namespace Migrations
