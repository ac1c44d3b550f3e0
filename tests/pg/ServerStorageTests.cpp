#include "core/Error.h"
#include "core/csv/CsvExporter.h"
#include "core/csv/CsvTables.h"
#include "core/demo/DemoGenerator.h"
#include "core/risk/RiskEngine.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Conflict.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Publish.h"
#include "core/storage/Sql.h"
#include "core/storage/WardRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestServer.h"

#include <QBuffer>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// The small demo as the export snapshot test makes it (seed 7, reference date 2026-06-30).
struct SmallDemo
{
    SmallDemo() { Build::snapshotDemo(*file.db); }
    TempDatabase file;
};

QByteArray exported(Database& db, const QString& table, CsvDialect dialect, bool personal)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions o;
    o.dialect = dialect;
    o.withPersonalData = personal;
    CsvExporter::exportTable(db, table, buffer, o);
    return buffer.data();
}

/// Every figure of a risk table, one line per initiative.
QStringList riskLines(Database& db, const QDate& reference)
{
    RiskOptions options;
    options.referenceDate = reference;
    QStringList lines;
    for (const RiskScore& s : RiskEngine(db).scoreAll(options)) {
        QStringList parts {QString::number(s.initiativeId),
                           s.title,
                           s.wardCode,
                           QString::number(s.score),
                           QString::number(int(s.band)),
                           QString::number(s.overridden)};
        for (size_t i = 0; i < s.values.size(); ++i) {
            parts << QString::number(s.values[i], 'g', 17) << QString::number(s.contributions[i], 'g', 17);
        }
        parts << s.explanations;
        lines << parts.join(u'|');
    }
    return lines;
}

Ward ward(const QString& code, const QString& name)
{
    Ward w;
    w.code = code;
    w.name = name;
    return w;
}

std::unique_ptr<Database> openServer(const QString& url, Database::Access access = Database::Access::ReadWrite)
{
    Database::Options options;
    options.access = access;
    return Database::open(url, options);
}

} // namespace

TEST_CASE("publish the small demo: every table's export and the risk table are identical from file and server",
          "[pg][publish][csv][risk]")
{
    SmallDemo demo;
    TestServerDatabase server;
    const Publish::Result result = Publish::toServer(*demo.file.db, server.url());
    CHECK(result.tables >= 20);
    CHECK(result.rows > 20000);
    auto db = openServer(server.url(), Database::Access::ReadOnly);
    CHECK(db->isServer());
    CHECK(db->schemaVersion() == Database::LatestSchemaVersion);
    CHECK(db->municipality() == demo.file.db->municipality());
    for (const QString& table : CsvTables::exportableTables()) {
        for (const CsvDialect dialect : {CsvDialect::Rfc4180, CsvDialect::ExcelNl}) {
            for (const bool personal : {false, true}) {
                INFO(table.toStdString() << (dialect == CsvDialect::ExcelNl ? " excel-nl" : " rfc4180")
                                         << (personal ? " with personal data" : ""));
                const QByteArray fromFile = exported(*demo.file.db, table, dialect, personal);
                CHECK(fromFile.count('\n') > 1);
                CHECK(exported(*db, table, dialect, personal) == fromFile);
            }
        }
    }
    const QStringList fromFile = riskLines(*demo.file.db, QDate(2026, 6, 30));
    CHECK(fromFile.size() > 20);
    CHECK(riskLines(*db, QDate(2026, 6, 30)) == fromFile);
}

TEST_CASE("publish refuses a database that is not empty and writes nothing into it", "[pg][publish]")
{
    TempDatabase file;
    WardRepository(*file.db).insert(ward(u"WK000101"_s, u"Centrum"_s));
    TestServerDatabase server;
    server.exec(u"CREATE TABLE notes_of_someone (id integer)"_s);
    try {
        Publish::toServer(*file.db, server.url());
        FAIL("publish wrote into a database that was not empty");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"not empty"_s));
    }
    // Still only the table that was there: no schema, no rows.
    server.exec(
        u"DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') <> 1 OR to_regclass('wards') "
        "IS NOT NULL THEN RAISE EXCEPTION 'publish left something behind'; END IF; END $$"_s);

    TestServerDatabase second;
    Publish::toServer(*file.db, second.url());
    CHECK_THROWS_WITH(Publish::toServer(*file.db, second.url()), Catch::Contains("not empty"));
}

TEST_CASE("the server database takes the repositories' verbs, and new ids follow the highest published id",
          "[pg][repository]")
{
    TempDatabase file;
    const qint64 wardId = WardRepository(*file.db).insert(ward(u"WK000101"_s, u"Centrum"_s));
    PersonRepository persons(*file.db);
    Person p;
    p.firstName = u"Anna"_s;
    p.lastName = u"de Vries"_s;
    p.wardId = wardId;
    qint64 last = 0;
    for (int i = 0; i < 5; ++i) {
        last = persons.insert(p);
    }
    persons.remove(last - 1);
    TestServerDatabase server;
    Publish::toServer(*file.db, server.url());

    auto db = openServer(server.url());
    PersonRepository onServer(*db);
    Person q = p;
    q.firstName = u"Bram"_s;
    const qint64 id = onServer.insert(q);
    CHECK(id == last + 1);
    q.id = id;
    q.email = u"bram@example.org"_s;
    onServer.update(q);
    CHECK(onServer.find(id)->email == u"bram@example.org"_s);
    CHECK_FALSE(onServer.find(last - 1).has_value());
    onServer.remove(id);
    CHECK_FALSE(onServer.find(id).has_value());
    const QList<AuditEntry> entries = AuditLog(*db).forRecord(u"person"_s, id);
    CHECK(entries.size() == 3);
    // A refused change leaves nothing behind, as on a file.
    Person nameless = p;
    nameless.firstName.clear();
    CHECK_THROWS_AS(onServer.insert(nameless), Error);
    CHECK(onServer.count({}) == 4);
}

TEST_CASE("a server database is refused when empty, newer or addressed with a password", "[pg][open]")
{
    TestServerDatabase server;
    CHECK_THROWS_WITH(openServer(server.url()), Catch::Contains("publish"));
    QUrl withPassword(server.url());
    withPassword.setPassword(u"geheim"_s);
    try {
        openServer(withPassword.toString());
        FAIL("a password in the address was taken");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"pgpass"_s));
        CHECK_FALSE(e.message().contains(u"geheim"_s));
        CHECK_FALSE(e.detail().contains(u"geheim"_s));
    }
    CHECK_THROWS_AS(openServer(u"postgresql://127.0.0.1:1/"_s), Error);

    TempDatabase file;
    Publish::toServer(*file.db, server.url());
    CHECK(openServer(server.url())->check().ok);
    server.exec(u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(Database::LatestSchemaVersion + 1));
    CHECK_THROWS_WITH(openServer(server.url()), Catch::Contains("newer version"));
}

TEST_CASE("a read-only server connection refuses to write", "[pg][open]")
{
    TempDatabase file;
    TestServerDatabase server;
    Publish::toServer(*file.db, server.url());
    auto db = openServer(server.url(), Database::Access::ReadOnly);
    CHECK_THROWS_AS(WardRepository(*db).insert(ward(u"WK000102"_s, u"Noord"_s)), Error);
    CHECK(WardRepository(*db).count({}) == 0);
}

TEST_CASE("two colleagues on the server: a save that meets the other's newer change is refused with the database "
          "user and writes nothing",
          "[pg][conflict]")
{
    TempDatabase file;
    const qint64 wardId = WardRepository(*file.db).insert(ward(u"WK000101"_s, u"Centrum"_s));
    Person p;
    p.firstName = u"Anna"_s;
    p.lastName = u"de Vries"_s;
    p.wardId = wardId;
    const qint64 id = PersonRepository(*file.db).insert(p);
    TestServerDatabase server;
    Publish::toServer(*file.db, server.url());

    auto mine = openServer(server.url());
    auto theirs = openServer(server.url());
    PersonRepository myPersons(*mine);
    PersonRepository theirPersons(*theirs);
    const Person asIRead = *myPersons.find(id);
    Person theirEdit = *theirPersons.find(id);
    theirEdit.phone = u"0612345678"_s;
    theirPersons.update(theirEdit);
    // The audit log names the account the server checked, not the client's operating-system account.
    const QString serverUser = QUrl(server.url()).userName();
    REQUIRE(!serverUser.isEmpty());
    CHECK(AuditLog(*mine).forRecord(u"person"_s, id).constLast().osUser == serverUser);

    Person myEdit = asIRead;
    myEdit.email = u"anna@example.org"_s;
    const auto save = [&](const Person& expected) {
        Conflicts::guarded(
            *mine, u"persons"_s, id, [&] { Conflicts::requireUnchanged(*mine, id, myPersons.find(id), expected); },
            [&] { myPersons.update(myEdit); });
    };
    try {
        save(asIRead);
        FAIL("not refused");
    } catch (const ConflictError& e) {
        CHECK(e.user() == serverUser);
        CHECK(e.message().contains(serverUser));
        CHECK(e.at().isValid());
    }
    CHECK(myPersons.find(id)->phone == u"0612345678"_s);
    CHECK(myPersons.find(id)->email.isEmpty());

    // Against the version as it is now, the save goes through.
    myEdit.phone = u"0612345678"_s;
    save(*myPersons.find(id));
    CHECK(theirPersons.find(id)->email == u"anna@example.org"_s);
}
