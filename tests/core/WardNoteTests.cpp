// The ward director's own words (toelichting) per ward and report period: stored, audited, removed when emptied,
// keeping the ward from a silent delete, in the report data of exactly that period, and the migration that adds them.
#include "core/Error.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/Sql.h"
#include "core/storage/WardNoteRepository.h"
#include "core/storage/WardRepository.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Build;

namespace {

const QDate From(2026, 1, 1);
const QDate To(2026, 6, 30);

QStringList auditTrail(Database& db)
{
    QStringList trail;
    QSqlQuery q = Sql::exec(db.connection(),
                            u"SELECT action || ' ' || fields FROM audit_log WHERE entity = 'ward_note' ORDER BY id"_s);
    while (q.next()) {
        trail << q.value(0).toString();
    }
    return trail;
}

} // namespace

TEST_CASE("wardNotes_storedPerWardAndExactPeriod_auditedAndRemovedWhenEmptied", "[wardnotes]")
{
    TempDatabase t;
    Database& db = *t.db;
    const qint64 north = addWard(db, u"WK036301"_s, u"Noord"_s);
    const qint64 south = addWard(db, u"WK036302"_s, u"Zuid"_s);
    WardNoteRepository notes(db);
    CHECK(notes.find(north, From, To).isEmpty());

    notes.save(north, From, To, u"  De buurtkamer is weer open.\n\nTwee nieuwe trekkers.  "_s);
    notes.save(south, From, To, u"Rustig halfjaar."_s);
    notes.save(north, From, QDate(2026, 12, 31), u"Heel het jaar."_s);
    // Trimmed; a text per ward and exact period.
    CHECK(notes.find(north, From, To) == u"De buurtkamer is weer open.\n\nTwee nieuwe trekkers."_s);
    CHECK(notes.find(north, From, QDate(2026, 12, 31)) == u"Heel het jaar."_s);
    CHECK(notes.find(north, From, QDate(2026, 6, 29)).isEmpty());
    const QHash<qint64, QString> period = notes.forPeriod(From, To);
    CHECK(period.size() == 2);
    CHECK(period.value(south) == u"Rustig halfjaar."_s);

    // The same text writes nothing; a new one updates; an empty one removes.
    notes.save(south, From, To, u"Rustig halfjaar. "_s);
    notes.save(south, From, To, u"Toch nog een buurtfeest."_s);
    CHECK(notes.find(south, From, To) == u"Toch nog een buurtfeest."_s);
    notes.save(south, From, To, u"   "_s);
    CHECK(notes.find(south, From, To).isEmpty());
    CHECK_FALSE(notes.forPeriod(From, To).contains(south));
    CHECK(auditTrail(db)
          == QStringList {u"insert ward,period_from,period_to,text"_s, u"insert ward,period_from,period_to,text"_s,
                          u"insert ward,period_from,period_to,text"_s, u"update text"_s, u"delete "_s});
}

TEST_CASE("wardNotes_refuseAReversedPeriodAndAnUnknownWard", "[wardnotes]")
{
    TempDatabase t;
    const qint64 ward = addWard(*t.db, u"WK036301"_s, u"Noord"_s);
    WardNoteRepository notes(*t.db);
    CHECK_THROWS_AS(notes.save(ward, To, From, u"Verkeerd om."_s), Error);
    CHECK_THROWS_AS(notes.save(ward + 99, From, To, u"Geen wijk."_s), Error);
    CHECK(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM ward_notes"_s).toInt() == 0);
}

TEST_CASE("wardNotes_keepTheWardFromASilentDelete", "[wardnotes]")
{
    TempDatabase t;
    const qint64 ward = addWard(*t.db, u"WK036301"_s, u"Noord"_s);
    WardNoteRepository(*t.db).save(ward, From, To, u"Blijft bewaard."_s);
    WardRepository wards(*t.db);
    REQUIRE(wards.dependents(ward).size() == 1);
    CHECK(wards.dependents(ward).first().contains(u"report note"_s));
    CHECK_THROWS_AS(wards.remove(ward), Error);
    WardNoteRepository(*t.db).save(ward, From, To, QString());
    wards.remove(ward);
    CHECK_FALSE(wards.find(ward).has_value());
}

TEST_CASE("wardNotes_inTheReportDataOfThatPeriodOnly", "[wardnotes][report]")
{
    TempDatabase t;
    const qint64 north = addWard(*t.db, u"WK036301"_s, u"Noord"_s);
    const qint64 south = addWard(*t.db, u"WK036302"_s, u"Zuid"_s);
    WardNoteRepository(*t.db).save(south, From, To, u"Zuid in eigen woorden."_s);
    ReportRequest request;
    request.wardIds = {north, south};
    request.from = From;
    request.to = To;
    request.today = QDate(2026, 7, 1);
    Report::Document doc = ReportBuilder(*t.db).build(request);
    REQUIRE(doc.wards.size() == 2);
    CHECK(doc.wards.at(0).note.isEmpty());
    CHECK(doc.wards.at(1).note == u"Zuid in eigen woorden."_s);
    request.to = QDate(2026, 6, 29);
    doc = ReportBuilder(*t.db).build(request);
    CHECK(doc.wards.at(1).note.isEmpty());
}

TEST_CASE("wardNotes_migrationAddsTheTableToAnOlderFileAndIsSafeTwice", "[wardnotes][database][file]")
{
    TempDatabase t;
    t.db.reset();
    const auto setOlder = [&t](bool dropTable) {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            raw.setDatabaseName(t.path());
            REQUIRE(raw.open());
            if (dropTable) {
                REQUIRE(QSqlQuery(raw).exec(u"DROP TABLE ward_notes"_s));
            }
            REQUIRE(QSqlQuery(raw).exec(u"PRAGMA user_version = 3"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
    };
    setOlder(true);
    {
        auto db = Database::open(t.path());
        CHECK(db->schemaVersion() == Database::LatestSchemaVersion);
        const qint64 ward = addWard(*db, u"WK036301"_s, u"Noord"_s);
        WardNoteRepository(*db).save(ward, From, To, u"Na de migratie."_s);
    }
    // The table is there already: running version 4 again keeps it and its rows. (The backup made before the first
    // migration would have the same name within the same second.)
    REQUIRE(QDir(t.dir.filePath(u"backups"_s)).removeRecursively());
    setOlder(false);
    auto db = Database::open(t.path());
    CHECK(db->schemaVersion() == Database::LatestSchemaVersion);
    CHECK(Sql::scalar(db->connection(), u"SELECT text FROM ward_notes"_s).toString() == u"Na de migratie."_s);
}
