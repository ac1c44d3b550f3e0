// The team database's roles, enforced by the server (TeamRoles): each role is tried in plain SQL, as a modified
// client would send it, and through the application's own verbs; and the command line's team subcommand.
#include "core/Error.h"
#include "core/csv/CsvExporter.h"
#include "core/demo/DemoGenerator.h"
#include "core/risk/RiskEngine.h"
#include "core/storage/Database.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Publish.h"
#include "core/storage/Sql.h"
#include "core/storage/TeamRoles.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestServer.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// What one plain SQL statement gave: the first value, the rows it changed, or the server's error code.
struct Outcome
{
    QVariant value;
    int changed = -1;
    QString error; ///< SQLSTATE, empty when it succeeded
};

/// Runs one statement as `url`'s user through a connection of its own: plain SQL, no Wijkregie code in between.
Outcome plain(const QString& url, const QString& sql)
{
    Outcome o;
    withConnection(url, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(sql)) {
            o.changed = q.numRowsAffected();
            if (q.next()) {
                o.value = q.value(0);
            }
        } else {
            o.error = q.lastError().nativeErrorCode();
        }
        q.finish();
    });
    return o;
}

qint64 count(const QString& url, const QString& sql)
{
    const Outcome o = plain(url, sql);
    INFO(sql.toStdString() << " as " << QUrl(url).userName().toStdString() << ": " << o.error.toStdString());
    REQUIRE(o.error.isEmpty());
    return o.value.toLongLong();
}

const QString InsufficientPrivilege = u"42501"_s;

/// The small demo published to a new server database, with one member of each role; `anna` edits the first ward.
struct Team
{
    Team()
    {
        Build::snapshotDemo(*file.db);
        Publish::toServer(*file.db, server.url());
        auto owner = Database::open(server.url());
        const QSqlDatabase db = owner->connection();
        REQUIRE(TeamRoles::installed(db));
        TeamRoles::addUser(db, user(u"anna"_s), TeamRoles::Role::Wijkregisseur);
        TeamRoles::addUser(db, user(u"tess"_s), TeamRoles::Role::Teamleider);
        TeamRoles::addUser(db, user(u"ben"_s), TeamRoles::Role::Beleidsmedewerker);
        TeamRoles::addUser(db, user(u"bea"_s), TeamRoles::Role::Beheerder);
        ownWard = Sql::scalar(db, u"SELECT id FROM wards ORDER BY code LIMIT 1"_s).toLongLong();
        otherWard = Sql::scalar(db, u"SELECT id FROM wards ORDER BY code LIMIT 1 OFFSET 1"_s).toLongLong();
        ownCode = Sql::scalar(db, u"SELECT code FROM wards WHERE id = ?"_s, {ownWard}).toString();
        persons = Sql::scalar(db, u"SELECT count(*) FROM persons"_s).toLongLong();
        ownPersons = Sql::scalar(db, u"SELECT count(*) FROM persons WHERE ward_id = ?"_s, {ownWard}).toLongLong();
        // Outside the team: a login of the server that nobody gave a role.
        server.exec(u"CREATE ROLE %1 LOGIN"_s.arg(user(u"olaf"_s)));
    }
    QString user(const QString& who) const { return server.name() + u'_' + who; }
    QString as(const QString& who) const { return server.urlFor(user(who)); }

    TempDatabase file;
    TestServerDatabase server;
    qint64 ownWard = 0;
    qint64 otherWard = 0;
    QString ownCode;
    qint64 persons = 0;
    qint64 ownPersons = 0;
};

QByteArray exported(Database& db, const QString& table, bool personal)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions o;
    o.withPersonalData = personal;
    CsvExporter::exportTable(db, table, buffer, o);
    return buffer.data();
}

QStringList riskLines(Database& db)
{
    RiskOptions options;
    options.referenceDate = QDate(2026, 6, 30);
    QStringList lines;
    for (const RiskScore& s : RiskEngine(db).scoreAll(options)) {
        lines << QString::number(s.initiativeId) + u'|' + s.title + u'|' + QString::number(s.score, 'g', 17);
    }
    return lines;
}

} // namespace

TEST_CASE("each team role sees and changes exactly what it may, also in plain SQL", "[pg][team]")
{
    Team team;
    TeamRoles::assignWard(Database::open(team.server.url())->connection(), team.user(u"anna"_s), team.ownCode);
    REQUIRE(team.ownPersons > 0);
    REQUIRE(team.ownPersons < team.persons);
    const QString own = QString::number(team.ownWard);
    const QString other = QString::number(team.otherWard);
    const QString named = u"SELECT count(*) FROM persons WHERE first_name <> '' OR email <> '' OR phone <> ''"_s;

    SECTION("wijkregisseur: every resident, with names only in their own ward; edits only their own ward")
    {
        const QString anna = team.as(u"anna"_s);
        CHECK(count(anna, u"SELECT count(*) FROM persons"_s) == team.persons);
        CHECK(count(anna, named) <= team.ownPersons);
        CHECK(count(anna, u"SELECT count(*) FROM persons WHERE ward_id = %1 AND last_name <> 'P-' || id"_s.arg(own))
              == team.ownPersons);
        CHECK(count(anna,
                    u"SELECT count(*) FROM persons WHERE ward_id <> %1 AND (first_name <> '' OR email <> '' "
                    "OR last_name <> 'P-' || id)"_s.arg(own))
              == 0);
        // The table itself, past the masking view: only the own ward's rows.
        CHECK(count(anna, u"SELECT count(*) FROM public.persons"_s) == team.ownPersons);
        // Another ward's records are not changed: invisible to an update, refused for an insert.
        CHECK(plain(anna, u"UPDATE initiatives SET title = 'x' WHERE ward_id = %1"_s.arg(other)).changed == 0);
        CHECK(count(team.server.url(), u"SELECT count(*) FROM initiatives WHERE title = 'x'"_s) == 0);
        CHECK(plain(anna,
                    u"UPDATE public.activities SET quarters = 0 WHERE initiative_id IN (SELECT id FROM "
                    "initiatives WHERE ward_id = %1)"_s.arg(other))
                  .changed
              == 0);
        CHECK(plain(anna, u"INSERT INTO initiatives(ward_id, title) VALUES (%1, 'x')"_s.arg(other)).error
              == InsufficientPrivilege);
        CHECK(plain(anna, u"UPDATE persons SET first_name = 'x' WHERE ward_id = %1"_s.arg(other)).error
              == InsufficientPrivilege);
        CHECK(plain(anna, u"UPDATE persons SET ward_id = %1 WHERE ward_id = %2"_s.arg(other, own)).error
              == InsufficientPrivilege);
        // Their own ward: changed, and a new resident added.
        CHECK(plain(anna, u"UPDATE initiatives SET description = description || '.' WHERE ward_id = %1"_s.arg(own))
                  .changed
              > 0);
        CHECK(plain(anna,
                    u"INSERT INTO persons(first_name, last_name, ward_id) VALUES ('Nieuw', 'Lid', %1) "
                    "RETURNING id"_s.arg(own))
                  .value.toLongLong()
              > 0);
        // Not theirs: the team's structure, the risk weights, the members.
        CHECK(plain(anna, u"UPDATE settings SET value = value"_s).error == InsufficientPrivilege);
        CHECK(plain(anna, u"DELETE FROM themes"_s).error == InsufficientPrivilege);
        CHECK(plain(anna, u"SELECT wijkregie_team.assign_ward('%1', %2, true)"_s.arg(team.user(u"anna"_s), other)).error
              == InsufficientPrivilege);
        CHECK(plain(anna,
                    u"INSERT INTO wijkregie_team.ward_assignments VALUES ('%1', %2)"_s.arg(team.user(u"anna"_s), other))
                  .error
              == InsufficientPrivilege);
        // The audit log under their own name only.
        CHECK(plain(anna,
                    u"INSERT INTO audit_log(at, os_user, entity, entity_id, action) VALUES ('2026-11-30', "
                    "'%1', 'x', 1, 'insert')"_s.arg(team.user(u"tess"_s)))
                  .error
              == InsufficientPrivilege);
        CHECK(plain(anna, u"UPDATE audit_log SET fields = ''"_s).error == InsufficientPrivilege);
    }

    SECTION("teamleider: every name; the risk weights and beleidskaders, not the wards' records")
    {
        const QString tess = team.as(u"tess"_s);
        CHECK(count(tess, named) == count(team.server.url(), named));
        CHECK(count(tess, u"SELECT count(*) FROM persons WHERE last_name = 'P-' || id"_s) == 0);
        CHECK(plain(tess, u"INSERT INTO settings(key, value) VALUES ('x', '1')"_s).error.isEmpty());
        CHECK(plain(tess, u"UPDATE frameworks SET notes = notes"_s).error.isEmpty());
        CHECK(plain(tess, u"UPDATE initiatives SET title = title"_s).error == InsufficientPrivilege);
        CHECK(plain(tess, u"UPDATE persons SET notes = notes"_s).error == InsufficientPrivilege);
    }

    SECTION("beleidsmedewerker: everything pseudonymised, nothing changed")
    {
        const QString ben = team.as(u"ben"_s);
        CHECK(count(ben, u"SELECT count(*) FROM persons"_s) == team.persons);
        CHECK(count(ben, named) == 0);
        CHECK(count(ben, u"SELECT count(*) FROM partners WHERE contact_person <> '' OR email <> '' OR phone <> ''"_s)
              == 0);
        CHECK(count(team.server.url(), u"SELECT count(*) FROM partners WHERE contact_person <> ''"_s) > 0);
        CHECK(count(ben, u"SELECT count(*) FROM activities"_s)
              == count(team.server.url(),
                       u"SELECT count(*) FROM "
                       "activities"_s));
        // Past the masking views: refused.
        CHECK(plain(ben, u"SELECT first_name FROM public.persons"_s).error == InsufficientPrivilege);
        CHECK(plain(ben, u"SELECT contact_person FROM public.partners"_s).error == InsufficientPrivilege);
        CHECK(plain(ben, u"UPDATE initiatives SET title = title"_s).error == InsufficientPrivilege);
        CHECK(plain(ben, u"UPDATE persons SET notes = notes"_s).error == InsufficientPrivilege);
        CHECK(plain(ben, u"UPDATE settings SET value = value"_s).error == InsufficientPrivilege);
        // Their own use of data goes into the audit log (BIO), under their own name.
        CHECK(plain(ben,
                    u"INSERT INTO audit_log(at, os_user, entity, entity_id, action) VALUES ('2026-11-30', "
                    "'%1', 'report', 0, 'report')"_s.arg(team.user(u"ben"_s)))
                  .error.isEmpty());
    }

    SECTION("beheerder: members and wards, and residents' records for AVG requests")
    {
        const QString bea = team.as(u"bea"_s);
        CHECK(plain(bea, u"SELECT wijkregie_team.assign_ward('%1', %2, true)"_s.arg(team.user(u"anna"_s), other))
                  .error.isEmpty());
        CHECK(count(team.as(u"anna"_s), u"SELECT count(*) FROM public.persons"_s)
              == count(team.server.url(), u"SELECT count(*) FROM persons WHERE ward_id IN (%1, %2)"_s.arg(own, other)));
        CHECK(count(bea, named) == count(team.server.url(), named));
        CHECK(plain(bea, u"UPDATE persons SET notes = notes WHERE ward_id = %1"_s.arg(other)).changed > 0);
        CHECK(plain(bea, u"UPDATE initiatives SET title = title"_s).error == InsufficientPrivilege);
        CHECK(plain(bea, u"SELECT wijkregie_team.add_user('%1', 'teamleider')"_s.arg(team.user(u"bea"_s)))
                  .error.isEmpty());
        CHECK(TeamRoles::currentRole(Database::open(bea)->connection()) == TeamRoles::Role::Teamleider);
    }

    SECTION("outside the team: nothing at all")
    {
        const QString olaf = team.as(u"olaf"_s);
        for (const QString& table : {u"wards"_s, u"persons"_s, u"initiatives"_s, u"activities"_s, u"audit_log"_s,
                                     u"wijkregie_team.persons"_s, u"wijkregie_team.members"_s}) {
            INFO(table.toStdString());
            // Refused (42501), or not even found: the schema itself is closed to them (42P01).
            const Outcome o = plain(olaf, u"SELECT count(*) FROM "_s + table);
            CHECK_FALSE(o.value.isValid());
            CHECK((o.error == InsufficientPrivilege || o.error == u"42P01"_s));
        }
        CHECK(plain(olaf, u"SELECT wijkregie_team.add_user('%1', 'beheerder')"_s.arg(team.user(u"olaf"_s))).error
              == InsufficientPrivilege);
    }
}

TEST_CASE("every role opens the team database in Wijkregie: risk and pseudonymised exports are the same for all",
          "[pg][team][risk][csv]")
{
    Team team;
    TeamRoles::assignWard(Database::open(team.server.url())->connection(), team.user(u"anna"_s), team.ownCode);
    auto owner = Database::open(team.server.url());
    const QStringList risk = riskLines(*owner);
    REQUIRE(risk.size() > 20);
    for (const QString& who : {u"anna"_s, u"tess"_s, u"ben"_s, u"bea"_s}) {
        INFO(who.toStdString());
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(team.as(who), options);
        CHECK(TeamRoles::currentRole(db->connection()).has_value());
        CHECK(riskLines(*db) == risk);
        for (const QString& table : {u"persons"_s, u"partners"_s, u"initiatives"_s, u"activities"_s}) {
            INFO(table.toStdString());
            CHECK(exported(*db, table, false) == exported(*owner, table, false));
        }
    }
}

TEST_CASE("a wijkregisseur's save in another ward is refused in Dutch words and changes nothing", "[pg][team]")
{
    Team team;
    TeamRoles::assignWard(Database::open(team.server.url())->connection(), team.user(u"anna"_s), team.ownCode);
    auto anna = Database::open(team.as(u"anna"_s));
    CHECK(TeamRoles::currentRole(anna->connection()) == TeamRoles::Role::Wijkregisseur);
    PersonRepository persons(*anna);
    const qint64 otherId
        = Sql::scalar(anna->connection(), u"SELECT min(id) FROM persons WHERE ward_id = ?"_s, {team.otherWard})
              .toLongLong();
    std::optional<Person> other = persons.find(otherId);
    REQUIRE(other);
    CHECK(other->lastName == u"P-"_s + QString::number(otherId)); // a pseudonym
    // Even with names filled in (the pseudonym alone does not pass the editor's checks), the server refuses.
    other->firstName = u"Iemand"_s;
    other->lastName = u"Anders"_s;
    other->notes = u"aangepast"_s;
    try {
        persons.update(*other);
        FAIL("the server accepted a change in another ward");
    } catch (const Error& e) {
        INFO(e.fullText().toStdString());
        CHECK(e.message().contains(u"rol"_s)); // "Uw rol in de teamdatabase ..." (English: "Your role ...")
    }
    auto owner = Database::open(team.server.url());
    CHECK(Sql::scalar(owner->connection(), u"SELECT notes FROM persons WHERE id = ?"_s, {otherId}).toString()
          != u"aangepast"_s);
    CHECK(Sql::scalar(owner->connection(), u"SELECT last_name FROM persons WHERE id = ?"_s, {otherId}).toString()
          != u"P-"_s + QString::number(otherId));

    const qint64 ownId
        = Sql::scalar(anna->connection(), u"SELECT min(id) FROM persons WHERE ward_id = ?"_s, {team.ownWard})
              .toLongLong();
    std::optional<Person> mine = persons.find(ownId);
    REQUIRE(mine);
    CHECK_FALSE(mine->lastName.startsWith(u"P-"_s));
    mine->notes = u"aangepast"_s;
    persons.update(*mine);
    CHECK(Sql::scalar(owner->connection(), u"SELECT notes FROM persons WHERE id = ?"_s, {ownId}).toString()
          == u"aangepast"_s);
    CHECK(Sql::scalar(owner->connection(),
                      u"SELECT os_user FROM audit_log WHERE entity = 'person' AND entity_id = ? "
                      "ORDER BY id DESC LIMIT 1"_s,
                      {ownId})
              .toString()
          == team.user(u"anna"_s));
}

TEST_CASE("wijkregie team: the beheerder adds users and assigns wards, and anyone else is refused", "[pg][team][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"demo.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, file, u"--size"_s, u"small"_s, u"--seed"_s, u"3"_s}).exitCode == 0);
    TestServerDatabase server;
    REQUIRE(wijkregie({u"publish"_s, file, u"--to"_s, server.url()}).exitCode == 0);
    const QString bea = server.name() + u"_bea"_s;
    const QString anna = server.name() + u"_anna"_s;
    RunResult r = wijkregieOk({u"team"_s, u"add-user"_s, server.url(), u"--user"_s, bea, u"--role"_s, u"beheerder"_s});
    CHECK(r.out.contains(u"beheerder"_s));
    CHECK_FALSE(r.err.contains(u"WARNING"_s));
    QUrl asBea(server.url());
    asBea.setUserName(bea);
    r = wijkregieOk({u"team"_s, u"add-user"_s, asBea.toString(), u"--user"_s, anna, u"--role"_s, u"wijkregisseur"_s});
    r = wijkregieOk({u"team"_s, u"assign-ward"_s, asBea.toString(), u"--user"_s, anna, u"--ward"_s, u"WK099901"_s});
    r = wijkregie({u"team"_s, u"list"_s, asBea.toString()});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(anna + u": wijkregisseur, wijken WK099901"_s));

    // The wijkregisseur cannot give themselves another ward, nor make users.
    QUrl asAnna(server.url());
    asAnna.setUserName(anna);
    // Their signals are computed through the masking views (a grouping that leant on the persons table's key failed
    // on a view).
    r = wijkregie({u"signals"_s, asAnna.toString(), u"--out"_s, dir.filePath(u"signals.csv"_s)});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    r = wijkregie({u"team"_s, u"assign-ward"_s, asAnna.toString(), u"--user"_s, anna, u"--ward"_s, u"WK099902"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"Uw rol in de teamdatabase"_s));
    r = wijkregie({u"team"_s, u"add-user"_s, asAnna.toString(), u"--user"_s, server.name() + u"_x"_s, u"--role"_s,
                   u"beheerder"_s});
    CHECK(r.exitCode == 1);
    // Usage: an unknown role, a file instead of a server, an unknown ward.
    CHECK(wijkregie({u"team"_s, u"add-user"_s, server.url(), u"--user"_s, anna, u"--role"_s, u"baas"_s}).exitCode == 2);
    CHECK(wijkregie({u"team"_s, u"list"_s, file}).exitCode == 2);
    r = wijkregie({u"team"_s, u"assign-ward"_s, asBea.toString(), u"--user"_s, anna, u"--ward"_s, u"XX"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"XX"_s));
}
