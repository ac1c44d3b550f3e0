#include "TeamRoles.h"

#include "core/Error.h"
#include "core/i18n/Translations.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace TeamRoles {

namespace {

const Translations::Context tr {"TeamRoles"};

const QString Schema = u"wijkregie_team"_s;

/// A PostgreSQL identifier in double quotes.
QString ident(const QString& name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

/// A PostgreSQL string literal.
QString literal(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

constexpr Role AllRoles[] = {Role::Wijkregisseur, Role::Teamleider, Role::Beleidsmedewerker, Role::Beheerder};

/// Who may write a table, beside the owner.
enum class Writers {
    None, ///< read only (the schema version)
    Ward, ///< the wijkregisseur, for rows of their own wards; the teamleider and beheerder never
    Team, ///< the wijkregisseurs and the teamleider, every row (the agreements with partners)
    Lead, ///< the teamleider (risk weights, beleidskaders, themes)
    Audit, ///< every member adds rows under their own name; nobody changes or deletes one
};

/// Every table of the schema, with who writes it and, for Ward, the ward a row belongs to (an expression over the
/// row's columns). A table missing here has no grant at all (deny by default); the tests check that none is.
struct TableRule
{
    const char* table;
    Writers writers;
    const char* wardOf = nullptr;
};

const QList<TableRule>& rules()
{
    static const char* initiativeWard = "(SELECT i.ward_id FROM public.initiatives i WHERE i.id = initiative_id)";
    static const QList<TableRule> r {
        {"meta", Writers::None},
        {"audit_log", Writers::Audit},
        {"settings", Writers::Lead},
        {"themes", Writers::Lead},
        {"frameworks", Writers::Lead},
        {"wards", Writers::Ward, "id"},
        {"ward_themes", Writers::Ward, "ward_id"},
        {"persons", Writers::Ward, "ward_id"},
        {"initiatives", Writers::Ward, "ward_id"},
        {"initiative_themes", Writers::Ward, initiativeWard},
        {"involvements", Writers::Ward, initiativeWard},
        {"activities", Writers::Ward, initiativeWard},
        {"critical_roles", Writers::Ward, initiativeWard},
        {"goals", Writers::Ward, "ward_id"},
        {"goal_measurements", Writers::Ward, "(SELECT g.ward_id FROM public.goals g WHERE g.id = goal_id)"},
        {"participation", Writers::Ward, "ward_id"},
        {"needs", Writers::Ward, "ward_id"},
        {"offers", Writers::Ward, "ward_id"},
        {"ward_notes", Writers::Ward, "ward_id"},
        {"partners", Writers::Team},
        {"agreements", Writers::Team},
        {"agreement_wards", Writers::Team},
        {"agreement_initiatives", Writers::Team},
        {"kpis", Writers::Team},
        {"kpi_measurements", Writers::Team},
        {"evaluations", Writers::Team},
    };
    return r;
}

struct Names
{
    QString database;
    QString group(Role role) const { return ident(database + u'_' + key(role)); }
    QString groupLiteral(Role role) const { return literal(database + u'_' + key(role)); }
    QString all() const
    {
        QStringList g;
        for (Role role : AllRoles) {
            g << group(role);
        }
        return g.join(u", "_s);
    }
};

Names namesOf(const QSqlDatabase& db)
{
    if (db.driverName() != u"QPSQL"_s) {
        throw Error(tr("Team roles exist on a team database (PostgreSQL) only, not in a file."));
    }
    Names n {Sql::scalar(db, u"SELECT current_database()"_s).toString()};
    // PostgreSQL cuts names at 63 bytes, which would make two roles one.
    if (n.database.toUtf8().size() + 1 + int(qstrlen("beleidsmedewerker")) > 63) {
        throw Error(tr("The database name %1 is too long for the team's role names; give the database a name of at "
                       "most 45 characters.")
                        .arg(n.database));
    }
    return n;
}

void run(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& s : statements) {
        Sql::exec(db, s);
    }
}

/// The columns of a table of the schema, in order, with their defaults (for the masking views).
QList<std::pair<QString, QVariant>> columnsWithDefaults(const QSqlDatabase& db, const QString& table)
{
    QList<std::pair<QString, QVariant>> columns;
    QSqlQuery q = Sql::exec(db,
                            u"SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = "
                            "'public' AND table_name = ? ORDER BY ordinal_position"_s,
                            {table});
    while (q.next()) {
        columns.append({q.value(0).toString(), q.value(1)});
    }
    return columns;
}

/// A view `wijkregie_team.<table>` that shows every row of public.<table>, with the personal-data columns (as
/// declared in Tables) replaced where `shown` (an expression over alias x) is false: the last name by the pseudonym
/// "P-<id>" (persons), the rest by ''. Writes through the view go to the table as the user who writes, so its
/// grants and policies decide; an update sets only the columns that changed, so that a pseudonym is never written.
QStringList maskingView(const QSqlDatabase& db, const QString& table, const QStringList& personal, const QString& shown)
{
    const auto columns = columnsWithDefaults(db, table);
    const QString view = Schema + u'.' + table;
    QStringList selected, names, values, sets;
    for (const auto& [name, def] : columns) {
        if (personal.contains(name)) {
            const QString masked = name == u"last_name"_s ? u"'P-' || x.id"_s : u"''"_s;
            selected << u"CASE WHEN %1 THEN x.%2 ELSE %3 END AS %2"_s.arg(shown, name, masked);
        } else {
            selected << u"x."_s + name;
        }
        names << name;
        values << u"NEW."_s + name;
        if (name != u"id"_s) {
            sets << u"%1 = CASE WHEN NEW.%1 IS DISTINCT FROM OLD.%1 THEN NEW.%1 ELSE t.%1 END"_s.arg(name);
        }
    }
    QStringList s;
    s << u"DROP VIEW IF EXISTS %1"_s.arg(view);
    s << u"CREATE VIEW %1 WITH (security_barrier) AS SELECT %2 FROM public.%3 x"_s.arg(view, selected.join(u", "_s),
                                                                                       table);
    for (const auto& [name, def] : columns) {
        if (!def.isNull() && name != u"id"_s) {
            s << u"ALTER VIEW %1 ALTER COLUMN %2 SET DEFAULT %3"_s.arg(view, name, def.toString());
        }
    }
    const QString notAllowed
        = u"RAISE EXCEPTION 'wijkregie: % % is not yours to change', TG_TABLE_NAME, OLD.id USING ERRCODE = "
          "'insufficient_privilege';"_s;
    s << uR"(CREATE OR REPLACE FUNCTION %1.%2_write() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO public.%2 (%3) VALUES (%4) RETURNING id INTO NEW.id;
                RETURN NEW;
            ELSIF TG_OP = 'UPDATE' THEN
                UPDATE public.%2 t SET %5 WHERE t.id = OLD.id;
                IF NOT FOUND THEN %6 END IF;
                RETURN NEW;
            ELSE
                DELETE FROM public.%2 WHERE id = OLD.id;
                IF NOT FOUND THEN %6 END IF;
                RETURN OLD;
            END IF;
        END $$)"_s.arg(Schema, table, names.join(u", "_s), values.join(u", "_s), sets.join(u", "_s), notAllowed);
    s << u"CREATE TRIGGER %1_write INSTEAD OF INSERT OR UPDATE OR DELETE ON %2 FOR EACH ROW EXECUTE FUNCTION "
         "%3.%1_write()"_s.arg(table, view, Schema);
    return s;
}

QStringList personalColumns(const auto& declaration)
{
    QStringList personal;
    for (const auto& c : declaration.columns) {
        if (c.personal && c.stored) {
            personal << c.name;
        }
    }
    return personal;
}

void requireInstalled(const QSqlDatabase& db)
{
    if (!installed(db)) {
        throw Error(tr("This team database has no team roles yet; its owner installs them with wijkregie team init."));
    }
}

} // namespace

QString key(Role role)
{
    switch (role) {
    case Role::Wijkregisseur:
        return u"wijkregisseur"_s;
    case Role::Teamleider:
        return u"teamleider"_s;
    case Role::Beleidsmedewerker:
        return u"beleidsmedewerker"_s;
    case Role::Beheerder:
        return u"beheerder"_s;
    }
    return {};
}

std::optional<Role> fromKey(const QString& text)
{
    for (Role role : AllRoles) {
        if (key(role) == text.trimmed().toLower()) {
            return role;
        }
    }
    return std::nullopt;
}

QString label(Role role)
{
    switch (role) {
    case Role::Wijkregisseur:
        return tr("wijkregisseur");
    case Role::Teamleider:
        return tr("teamleider");
    case Role::Beleidsmedewerker:
        return tr("beleidsmedewerker");
    case Role::Beheerder:
        return tr("beheerder");
    }
    return {};
}

bool installed(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL"_s
        && Sql::scalar(db, u"SELECT to_regnamespace('wijkregie_team') IS NOT NULL"_s).toBool();
}

void install(const QSqlDatabase& db)
{
    const Names n = namesOf(db);
    const QString everyone = n.all();
    const QString lead = n.group(Role::Teamleider);
    const QString ward = n.group(Role::Wijkregisseur);
    const QString admin = n.group(Role::Beheerder);
    QStringList s;
    for (Role role : AllRoles) {
        s << uR"(DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN CREATE ROLE %2 NOLOGIN; END IF;
            END $$)"_s.arg(n.groupLiteral(role), n.group(role));
    }
    s << u"CREATE SCHEMA IF NOT EXISTS wijkregie_team"_s;
    s << u"REVOKE ALL ON SCHEMA wijkregie_team FROM PUBLIC"_s;
    s << u"REVOKE ALL ON SCHEMA public FROM PUBLIC"_s;
    s << u"GRANT USAGE ON SCHEMA public, wijkregie_team TO %1"_s.arg(everyone);
    s << uR"(CREATE TABLE IF NOT EXISTS wijkregie_team.members (
            db_user TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('wijkregisseur', 'teamleider', 'beleidsmedewerker', 'beheerder')),
            added_on DATE NOT NULL DEFAULT current_date))"_s;
    s << uR"(CREATE TABLE IF NOT EXISTS wijkregie_team.ward_assignments (
            db_user TEXT NOT NULL REFERENCES wijkregie_team.members(db_user) ON DELETE CASCADE,
            ward_id BIGINT NOT NULL REFERENCES public.wards(id) ON DELETE CASCADE,
            PRIMARY KEY (db_user, ward_id)))"_s;
    s << u"REVOKE ALL ON ALL TABLES IN SCHEMA wijkregie_team FROM PUBLIC"_s;
    s << u"GRANT SELECT ON wijkregie_team.members, wijkregie_team.ward_assignments TO %1"_s.arg(everyone);
    // Row tests, as the user who asks (current_user): the policies and the masking views call them.
    s << uR"(CREATE OR REPLACE FUNCTION wijkregie_team.edits_ward(ward BIGINT) RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT EXISTS (SELECT 1 FROM wijkregie_team.ward_assignments a
                                 WHERE a.db_user = current_user AND a.ward_id = ward) $$)"_s;
    s << uR"(CREATE OR REPLACE FUNCTION wijkregie_team.sees_names(ward BIGINT) RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT pg_has_role(current_user, %1, 'MEMBER') OR pg_has_role(current_user, %2, 'MEMBER')
                  OR (pg_has_role(current_user, %3, 'MEMBER') AND wijkregie_team.edits_ward(ward)) $$)"_s.arg(
        n.groupLiteral(Role::Teamleider), n.groupLiteral(Role::Beheerder), n.groupLiteral(Role::Wijkregisseur));
    s << uR"(CREATE OR REPLACE FUNCTION wijkregie_team.sees_contacts() RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT pg_has_role(current_user, %1, 'MEMBER') OR pg_has_role(current_user, %2, 'MEMBER')
                  OR pg_has_role(current_user, %3, 'MEMBER') $$)"_s.arg(
        n.groupLiteral(Role::Teamleider), n.groupLiteral(Role::Beheerder), n.groupLiteral(Role::Wijkregisseur));

    // Every table: no grant but those below, row-level security on, and the rules' policies made anew.
    QStringList declared;
    for (const TableRule& rule : rules()) {
        const QString t = u"public."_s + QString::fromLatin1(rule.table);
        declared << QString::fromLatin1(rule.table);
        s << u"REVOKE ALL ON %1 FROM PUBLIC, %2"_s.arg(t, everyone);
        s << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(t);
        for (const char* name : {"team_read", "team_write", "ward_write", "audit_insert", "avg_write"}) {
            s << u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(QString::fromLatin1(name), t);
        }
        const bool personal = qstrcmp(rule.table, "persons") == 0 || qstrcmp(rule.table, "partners") == 0;
        if (qstrcmp(rule.table, "persons") == 0) {
            // Read through the masking view; the table itself only the rows a member may see with names.
            s << u"GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2, %3"_s.arg(t, ward, admin);
            s << u"CREATE POLICY team_read ON %1 FOR SELECT TO %2 USING (true)"_s.arg(t, admin);
            s << u"CREATE POLICY avg_write ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true)"_s.arg(t, admin);
        } else if (qstrcmp(rule.table, "partners") == 0) {
            s << u"GRANT SELECT ON %1 TO %2, %3, %4"_s.arg(t, ward, lead, admin);
            s << u"CREATE POLICY team_read ON %1 FOR SELECT TO %2, %3, %4 USING (true)"_s.arg(t, ward, lead, admin);
        }
        if (!personal) {
            s << u"GRANT SELECT ON %1 TO %2"_s.arg(t, everyone);
            s << u"CREATE POLICY team_read ON %1 FOR SELECT TO %2 USING (true)"_s.arg(t, everyone);
        }
        switch (rule.writers) {
        case Writers::None:
            break;
        case Writers::Audit:
            s << u"GRANT INSERT ON %1 TO %2"_s.arg(t, everyone);
            s << u"CREATE POLICY audit_insert ON %1 FOR INSERT TO %2 WITH CHECK (os_user = session_user)"_s.arg(
                t, everyone);
            break;
        case Writers::Lead:
            s << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(t, lead);
            s << u"CREATE POLICY team_write ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true)"_s.arg(t, lead);
            if (qstrcmp(rule.table, "settings") == 0) {
                // The retention period (AVG) is the beheerder's, beside the teamleider's risk weights.
                s << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(t, admin);
                s << u"CREATE POLICY avg_write ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true)"_s.arg(t, admin);
            }
            break;
        case Writers::Team:
            s << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2, %3"_s.arg(t, ward, lead);
            s << u"CREATE POLICY team_write ON %1 FOR ALL TO %2, %3 USING (true) WITH CHECK (true)"_s.arg(t, ward,
                                                                                                          lead);
            break;
        case Writers::Ward: {
            const QString inWard = u"wijkregie_team.edits_ward(%1)"_s.arg(QString::fromLatin1(rule.wardOf));
            if (qstrcmp(rule.table, "wards") == 0) {
                // A wijkregisseur describes their own wards; the teamleider adds and removes wards.
                s << u"GRANT UPDATE ON %1 TO %2"_s.arg(t, ward);
                s << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(t, lead);
                s << u"CREATE POLICY team_write ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true)"_s.arg(t, lead);
            } else if (qstrcmp(rule.table, "persons") != 0) {
                s << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(t, ward);
            }
            s << u"CREATE POLICY ward_write ON %1 FOR ALL TO %2 USING (%3) WITH CHECK (%3)"_s.arg(t, ward, inWard);
            break;
        }
        }
    }
    s << u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1, %2, %3"_s.arg(ward, lead, admin);
    // Every member writes the audit log (a beleidsmedewerker's export with personal data too): its id sequence.
    s << uR"(DO $$ BEGIN
            EXECUTE format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE %s TO %s', pg_get_serial_sequence('public.audit_log',
                           'id'), %1);
        END $$)"_s.arg(literal(n.group(Role::Beleidsmedewerker)));

    // The masking views, before the tables in each member's search_path.
    s << maskingView(db, u"persons"_s, personalColumns(Tables::persons()), u"wijkregie_team.sees_names(x.ward_id)"_s);
    s << maskingView(db, u"partners"_s, personalColumns(Tables::partners()), u"wijkregie_team.sees_contacts()"_s);
    s << u"GRANT SELECT ON wijkregie_team.persons, wijkregie_team.partners TO %1"_s.arg(everyone);
    s << u"GRANT INSERT, UPDATE, DELETE ON wijkregie_team.persons TO %1, %2"_s.arg(ward, admin);
    s << u"GRANT INSERT, UPDATE, DELETE ON wijkregie_team.partners TO %1, %2"_s.arg(ward, lead);

    // The beheerder's verbs: functions that run as the owner, who may make roles, and check what they are given.
    s << uR"(CREATE OR REPLACE FUNCTION wijkregie_team.add_user(member TEXT, team_role TEXT) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            r TEXT;
        BEGIN
            IF team_role NOT IN ('wijkregisseur', 'teamleider', 'beleidsmedewerker', 'beheerder') THEN
                RAISE EXCEPTION 'wijkregie: unknown team role %', team_role USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF member !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
                RAISE EXCEPTION 'wijkregie: % is not a user name', member USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member AND (rolsuper OR rolcreaterole OR NOT rolcanlogin))
            THEN
                RAISE EXCEPTION 'wijkregie: % is an administrator or no login', member
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member) THEN
                EXECUTE format('CREATE ROLE %I LOGIN', member);
            END IF;
            FOREACH r IN ARRAY ARRAY['wijkregisseur', 'teamleider', 'beleidsmedewerker', 'beheerder'] LOOP
                IF r = team_role THEN
                    EXECUTE format('GRANT %I TO %I', current_database() || '_' || r, member);
                ELSIF pg_has_role(member, current_database() || '_' || r, 'MEMBER') THEN
                    EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || r, member);
                END IF;
            END LOOP;
            EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = wijkregie_team, public', member,
                           current_database());
            INSERT INTO wijkregie_team.members(db_user, role) VALUES (member, team_role)
                ON CONFLICT (db_user) DO UPDATE SET role = excluded.role;
        END $$)"_s;
    s << uR"(CREATE OR REPLACE FUNCTION wijkregie_team.assign_ward(member TEXT, ward BIGINT, assigned BOOLEAN)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM wijkregie_team.members m WHERE m.db_user = member) THEN
                RAISE EXCEPTION 'wijkregie: % is no member of the team', member USING ERRCODE = 'no_data_found';
            END IF;
            IF assigned THEN
                INSERT INTO wijkregie_team.ward_assignments(db_user, ward_id) VALUES (member, ward)
                    ON CONFLICT DO NOTHING;
            ELSE
                DELETE FROM wijkregie_team.ward_assignments a WHERE a.db_user = member AND a.ward_id = ward;
            END IF;
        END $$)"_s;
    s << u"REVOKE ALL ON FUNCTION wijkregie_team.add_user(TEXT, TEXT), wijkregie_team.assign_ward(TEXT, BIGINT, "
         "BOOLEAN) FROM PUBLIC"_s;
    s << u"GRANT EXECUTE ON FUNCTION wijkregie_team.add_user(TEXT, TEXT), wijkregie_team.assign_ward(TEXT, BIGINT, "
         "BOOLEAN) TO %1"_s.arg(admin);

    // Deny by default: a table the rules do not name would be readable by nobody but the owner; refuse to leave one
    // behind unnoticed.
    QSqlQuery tables
        = Sql::exec(db, u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"_s);
    QStringList unknown;
    while (tables.next()) {
        if (!declared.contains(tables.value(0).toString())) {
            unknown << tables.value(0).toString();
        }
    }
    if (!unknown.isEmpty()) {
        throw Error(tr("The team roles do not know the table(s) %1 of this database; update Wijkregie.")
                        .arg(unknown.join(u", "_s)));
    }
    run(db, s);
}

void addUser(const QSqlDatabase& db, const QString& user, Role role)
{
    requireInstalled(db);
    Sql::exec(db, u"SELECT wijkregie_team.add_user(?, ?)"_s, {user.trimmed(), key(role)});
}

void assignWard(const QSqlDatabase& db, const QString& user, const QString& wardCode, bool assigned)
{
    requireInstalled(db);
    const QVariant ward = Sql::scalar(db, u"SELECT id FROM public.wards WHERE code = ?"_s, {wardCode.trimmed()});
    if (!ward.isValid()) {
        throw Error(tr("There is no ward with code %1.").arg(wardCode.trimmed()));
    }
    if (!Sql::scalar(db, u"SELECT 1 FROM wijkregie_team.members WHERE db_user = ?"_s, {user.trimmed()}).isValid()) {
        throw Error(
            tr("%1 is not a member of the team; add them first with wijkregie team add-user.").arg(user.trimmed()));
    }
    Sql::exec(db, u"SELECT wijkregie_team.assign_ward(?, ?, ?)"_s, {user.trimmed(), ward, assigned});
}

void install(Database& db)
{
    Transaction tx(db);
    install(db.connection());
    tx.commit();
}

void addUser(Database& db, const QString& user, Role role)
{
    Transaction tx(db);
    addUser(db.connection(), user, role);
    tx.commit();
}

void assignWard(Database& db, const QString& user, const QString& wardCode, bool assigned)
{
    Transaction tx(db);
    assignWard(db.connection(), user, wardCode, assigned);
    tx.commit();
}

QList<Member> members(const QSqlDatabase& db)
{
    requireInstalled(db);
    QList<Member> result;
    QSqlQuery q = Sql::exec(db,
                            u"SELECT m.db_user, m.role, coalesce(string_agg(w.code, ',' ORDER BY w.code), '') "
                            "FROM wijkregie_team.members m LEFT JOIN wijkregie_team.ward_assignments a ON "
                            "a.db_user = m.db_user LEFT JOIN public.wards w ON w.id = a.ward_id "
                            "GROUP BY m.db_user, m.role ORDER BY m.db_user"_s);
    while (q.next()) {
        Member m;
        m.user = q.value(0).toString();
        m.role = fromKey(q.value(1).toString()).value_or(Role::Wijkregisseur);
        const QString codes = q.value(2).toString();
        m.wardCodes = codes.isEmpty() ? QStringList() : codes.split(u',');
        result << m;
    }
    return result;
}

std::optional<Role> currentRole(const QSqlDatabase& db)
{
    if (!installed(db)) {
        return std::nullopt;
    }
    const Names n = namesOf(db);
    for (Role role : AllRoles) {
        // Superusers are members of every role; they are the owner here, not a member of the team.
        if (Sql::scalar(db,
                        u"SELECT pg_has_role(current_user, %1, 'MEMBER') AND NOT (SELECT rolsuper FROM pg_roles "
                        "WHERE rolname = current_user)"_s.arg(n.groupLiteral(role)))
                .toBool()) {
            return role;
        }
    }
    return std::nullopt;
}

std::optional<Member> currentMember(const QSqlDatabase& db)
{
    const std::optional<Role> role = currentRole(db);
    if (!role) {
        return std::nullopt;
    }
    Member m;
    m.user = Sql::scalar(db, u"SELECT current_user"_s).toString();
    m.role = *role;
    QSqlQuery q = Sql::exec(db,
                            u"SELECT w.code FROM wijkregie_team.ward_assignments a JOIN public.wards w ON w.id = "
                            "a.ward_id WHERE a.db_user = current_user ORDER BY w.code"_s);
    while (q.next()) {
        m.wardCodes << q.value(0).toString();
    }
    return m;
}

} // namespace TeamRoles
