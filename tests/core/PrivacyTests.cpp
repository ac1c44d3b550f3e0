// The right to erasure (AVG art. 17) on a small demo, with the file open: no byte of the erased person's name,
// e-mail or phone in the database file, its WAL or a backup made afterwards; hour totals and risk unchanged.
#include "core/demo/DemoGenerator.h"
#include "core/privacy/PersonErasure.h"
#include "core/privacy/SubjectAccess.h"
#include "core/risk/RiskEngine.h"
#include "core/signals/SignalService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/RetentionRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/SqliteFile.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate Reference(2026, 6, 30);

/// A person with hours, e-mail and phone whose name, e-mail and phone no other record holds.
struct Subject
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;

    /// How the values lie in SQLite's records and index: the columns' bytes one after the other.
    QList<QByteArray> needles() const
    {
        return {(firstName + lastName).toUtf8(), (lastName + firstName).toUtf8(),
                (firstName + u' ' + lastName).toUtf8(), email.toUtf8(), phone.toUtf8()};
    }
};

Subject pickSubject(Database& db)
{
    QSqlQuery q = Sql::exec(db.connection(), uR"(SELECT p.id, p.first_name, p.last_name, p.email, p.phone
        FROM persons p WHERE p.email <> '' AND p.phone <> ''
        AND EXISTS (SELECT 1 FROM activities a WHERE a.person_id = p.id)
        AND EXISTS (SELECT 1 FROM critical_roles r WHERE r.holder_person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM persons o WHERE o.id <> p.id AND (o.email = p.email OR o.phone = p.phone
            OR (o.first_name || o.last_name) LIKE '%' || p.first_name || p.last_name || '%'
            OR (o.last_name || o.first_name) LIKE '%' || p.last_name || p.first_name || '%'))
        ORDER BY p.id LIMIT 1)"_s);
    REQUIRE(q.next());
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()};
}

/// The demo at Reference generated into the database, and its subject.
Subject demoSubject(Database& db)
{
    DemoOptions demo;
    demo.referenceDate = Reference;
    generateDemo(db, demo);
    return pickSubject(db);
}

QMap<qint64, qint64> quartersPerInitiative(Database& db)
{
    QMap<qint64, qint64> totals;
    QSqlQuery q
        = Sql::exec(db.connection(), u"SELECT initiative_id, sum(quarters) FROM activities GROUP BY initiative_id"_s);
    while (q.next()) {
        totals.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return totals;
}

QStringList riskLines(Database& db)
{
    RiskOptions options;
    options.referenceDate = Reference;
    QStringList lines;
    for (const RiskScore& s : RiskEngine(db).scoreAll(options)) {
        lines << u"%1 %2 %3 %4"_s.arg(s.initiativeId).arg(s.score).arg(int(s.band)).arg(s.concentrationK);
    }
    return lines;
}

void requireAbsent(const QString& path, const Subject& subject)
{
    const QByteArray bytes = bytesOf(path);
    for (const QByteArray& needle : subject.needles()) {
        INFO(path.toStdString() + " holds " + needle.toStdString());
        CHECK(!bytes.contains(needle));
    }
}

} // namespace

TEST_CASE("erasure_leavesNoNameEmailOrPhoneInTheFileItsWalOrALaterBackup", "[privacy][erasure][file]")
{
    TempDatabase t;
    const Subject subject = demoSubject(*t.db);
    // A backup of the day before: it still holds the person.
    const QString before = t.db->makeDailyBackup(Reference.addDays(-1));
    REQUIRE(!before.isEmpty());
    REQUIRE(QByteArray(bytesOf(t.path()) + bytesOf(t.path() + u"-wal"_s)).contains(subject.email.toUtf8()));
    const auto totals = quartersPerInitiative(*t.db);
    const QStringList risk = riskLines(*t.db);
    const int auditEntries = AuditLog(*t.db).count({});

    PersonErasure::Options options;
    options.today = Reference;
    const ErasureReport report = PersonErasure::erase(*t.db, subject.id, options);

    // With the connection still open: the file and its WAL.
    requireAbsent(t.path(), subject);
    requireAbsent(t.path() + u"-wal"_s, subject);
    const QString after = t.dir.filePath(u"na.wijkregie"_s);
    t.db->backupTo(after);
    requireAbsent(after, subject);

    CHECK(quartersPerInitiative(*t.db) == totals);
    CHECK(riskLines(*t.db) == risk);

    const auto erased = PersonRepository(*t.db).find(subject.id);
    REQUIRE(erased);
    CHECK(erased->isErased());
    CHECK(erased->erasedOn == Reference);
    CHECK(erased->fullName() == PersonRepository::erasedName(subject.id));
    CHECK(erased->email.isEmpty());
    CHECK(erased->phone.isEmpty());
    CHECK(erased->notes.isEmpty());
    CHECK(erased->skills.isEmpty());
    CHECK(!erased->consentDate.isValid());
    CHECK(!erased->wardId);
    CHECK(report.activityDays > 0);
    CHECK(report.criticalRoles > 0);
    CHECK(report.fields.contains(u"email"_s));
    CHECK(report.backups == QStringList {QFileInfo(before).absoluteFilePath()});

    // The audit log: one entry, what and how many, never a value.
    const QList<AuditEntry> entries = AuditLog(*t.db).forRecord(u"person"_s, subject.id);
    REQUIRE(!entries.isEmpty());
    CHECK(entries.constLast().action == AuditLog::Erase);
    CHECK(entries.constLast().records == 1);
    CHECK(entries.constLast().fields.contains(u"first_name"_s));
    CHECK(AuditLog(*t.db).count({}) == auditEntries + 1);

    SECTION("erasing again is refused and changes nothing")
    {
        const QByteArray file = fileHash(t.path());
        REQUIRE_THROWS_AS(PersonErasure::erase(*t.db, subject.id, options), Error);
        CHECK(fileHash(t.path()) == file);
        CHECK(AuditLog(*t.db).count({}) == auditEntries + 1);
    }
    SECTION("an unknown number is refused and changes nothing")
    {
        const QByteArray file = fileHash(t.path());
        REQUIRE_THROWS_AS(PersonErasure::erase(*t.db, 999999, options), Error);
        CHECK(fileHash(t.path()) == file);
    }
    SECTION("the backups that still hold the person can be purged afterwards, leaving a clean backup")
    {
        options.purgeBackups = true;
        const ErasureReport purged = PersonErasure::erase(*t.db, subject.id, options);
        CHECK(purged.alreadyErased);
        CHECK(purged.backupsPurged);
        CHECK(!QFileInfo::exists(before));
        REQUIRE(!purged.newBackup.isEmpty());
        requireAbsent(purged.newBackup, subject);
        CHECK(SqliteFile::backupsHoldingPerson(t.path(), subject.id).isEmpty());
    }
}

TEST_CASE("erasure_anErasedPersonCannotBeEditedBackIn", "[privacy][erasure]")
{
    TempDatabase t;
    PersonRepository persons(*t.db);
    Person p = Build::person(u"Anna"_s, u"Jansen"_s);
    p.email = u"anna@example.org"_s;
    p.id = persons.insert(p);
    PersonErasure::erase(*t.db, p.id);
    auto erased = persons.find(p.id);
    REQUIRE(erased);
    erased->firstName = u"Anna"_s;
    CHECK_THROWS_AS(persons.update(*erased), Error);
    CHECK(persons.find(p.id)->firstName.isEmpty());
}

TEST_CASE("retention_listsWithdrawnExpiredAndInactivePersonsButNotTheErased", "[privacy][retention]")
{
    TempDatabase t;
    PersonRepository persons(*t.db);
    const QDate today = QDate::currentDate();
    const auto add = [&](const QString& last, const QDate& consent, const QDate& withdrawn, const QDate& expires) {
        Person p;
        p.firstName = u"Test"_s;
        p.lastName = last;
        p.consentDate = consent;
        p.consentScope = consent.isValid() ? u"contact"_s : QString();
        p.consentWithdrawn = withdrawn;
        p.consentExpires = expires;
        return persons.insert(p);
    };
    const qint64 withdrawn = add(u"Ingetrokken"_s, today.addYears(-1), today.addDays(-3), {});
    const qint64 expired = add(u"Verlopen"_s, today.addYears(-1), {}, today.addDays(-1));
    const qint64 current = add(u"Actief"_s, today.addMonths(-2), {}, today.addYears(1));
    // Inactive: only a consent of three years ago. Its audit entry is today's, so move it back as well.
    const qint64 inactive = add(u"Stil"_s, today.addYears(-3), {}, {});
    Sql::exec(t.db->connection(), u"UPDATE audit_log SET at = ? WHERE entity = 'person' AND entity_id = ?"_s,
              {QString(today.addYears(-3).toString(Qt::ISODate) + u"T10:00:00.000Z"_s), inactive});

    RetentionRepository retention(*t.db);
    CHECK(retention.months() == RetentionRepository::DefaultMonths);
    QMap<qint64, RetentionCandidate::Reason> reasons;
    for (const RetentionCandidate& c : retention.candidates(today)) {
        reasons.insert(c.personId, c.reason);
    }
    CHECK(reasons.value(withdrawn) == RetentionCandidate::Reason::ConsentWithdrawn);
    CHECK(reasons.value(expired) == RetentionCandidate::Reason::ConsentExpired);
    CHECK(reasons.value(inactive) == RetentionCandidate::Reason::Inactive);
    CHECK(!reasons.contains(current));

    // A longer period keeps the inactive one; the setting is stored in the file and audited.
    retention.setMonths(48);
    CHECK(RetentionRepository(*t.db).months() == 48);
    CHECK_THROWS_AS(retention.setMonths(0), Error);
    bool listed = false;
    for (const RetentionCandidate& c : retention.candidates(today)) {
        listed = listed || c.personId == inactive;
    }
    CHECK(!listed);

    // The consent signals name the withdrawn and expired residents only.
    QList<qint64> signalled;
    for (const Signal& s : SignalService(*t.db).ofKind(SignalKind::ConsentEnded)) {
        CHECK(s.entity == SignalEntity::Person);
        signalled << s.entityId;
    }
    std::sort(signalled.begin(), signalled.end());
    CHECK(signalled == QList<qint64> {withdrawn, expired});

    // Applied: both reasons anonymised, one retention entry with how many, nothing left to do.
    retention.setMonths(24);
    QList<qint64> ids;
    for (const RetentionCandidate& c : retention.candidates(today)) {
        ids << c.personId;
    }
    const QList<ErasureReport> reports = PersonErasure::eraseForRetention(*t.db, ids, {});
    CHECK(reports.size() == 3);
    CHECK(retention.candidates(today).isEmpty());
    CHECK(persons.find(current)->lastName == u"Actief"_s);
    AuditQuery runs;
    runs.action = AuditLog::Retention;
    const QList<AuditEntry> entries = AuditLog(*t.db).list(runs);
    REQUIRE(entries.size() == 1);
    CHECK(entries.constFirst().records == 3);
}

TEST_CASE("retention_stopsBetweenResidentsWhenCancelled_andStillPurgesAndLogsThoseDone", "[privacy][retention][file]")
{
    TempDatabase t;
    PersonRepository persons(*t.db);
    QList<qint64> ids;
    for (const QString& last : {u"Qwertyzand"_s, u"Twee"_s, u"Drie"_s}) {
        Person p;
        p.firstName = u"Test"_s;
        p.lastName = last;
        ids << persons.insert(p);
    }
    // Cancelled before the first: nothing erased, nothing logged.
    PersonErasure::Options options;
    options.progress = [](int) {
        return false;
    };
    CHECK(PersonErasure::eraseForRetention(*t.db, ids, options).isEmpty());
    AuditQuery runs;
    runs.action = AuditLog::Retention;
    CHECK(AuditLog(*t.db).count(runs) == 0);
    // Cancelled after the first: that one erased and logged as a run of one; the others kept.
    int calls = 0;
    options.progress = [&calls](int) {
        return ++calls == 1;
    };
    const QList<ErasureReport> reports = PersonErasure::eraseForRetention(*t.db, ids, options);
    REQUIRE(reports.size() == 1);
    CHECK(reports.constFirst().personId == ids.at(0));
    CHECK(persons.find(ids.at(0))->isErased());
    CHECK(persons.find(ids.at(1))->lastName == u"Twee"_s);
    CHECK(persons.find(ids.at(2))->lastName == u"Drie"_s);
    const QList<AuditEntry> entries = AuditLog(*t.db).list(runs);
    REQUIRE(entries.size() == 1);
    CHECK(entries.constFirst().records == 1);
    // Nothing of the erased name is left in the file.
    t.db->checkpoint();
    QFile file(t.db->path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("Qwertyzand"));
}

TEST_CASE("consent_withdrawalIsValidated", "[privacy][retention]")
{
    TempDatabase t;
    PersonRepository persons(*t.db);
    Person p = Build::person(u"Test"_s, u"Persoon"_s);
    p.consentDate = QDate::currentDate().addMonths(-1);
    p.consentScope = u"contact"_s;
    p.consentWithdrawn = QDate::currentDate().addDays(2);
    p.consentExpires = p.consentDate.addDays(-1);
    QStringList fields;
    for (const FieldError& e : persons.validate(p)) {
        fields << e.field;
    }
    CHECK(fields.contains(u"consent_withdrawn"_s));
    CHECK(fields.contains(u"consent_expires"_s));
    p.consentWithdrawn = QDate::currentDate();
    p.consentExpires = {};
    CHECK(persons.validate(p).isEmpty());
    p.id = persons.insert(p);
    CHECK(persons.find(p.id)->consentWithdrawn == QDate::currentDate());
    CHECK(persons.find(p.id)->consentEnded(QDate::currentDate()));
}

TEST_CASE("auditLog_filtersByPeriodUserEntityAndAction", "[privacy][audit]")
{
    TempDatabase t;
    AuditLog audit(*t.db);
    audit.record(u"person"_s, 1, AuditLog::Insert, {u"first_name"_s});
    audit.record(u"person"_s, 1, AuditLog::Export, {u"personal_data"_s}, 5);
    audit.record(u"ward"_s, 2, AuditLog::Update, {u"name"_s});
    Sql::exec(t.db->connection(), u"UPDATE audit_log SET at = '2025-01-15T09:00:00.000Z' WHERE entity = 'ward'"_s);
    Sql::exec(t.db->connection(),
              u"INSERT INTO audit_log(at, os_user, entity, entity_id, action, fields) "
              "VALUES('2025-02-01T00:00:00.000Z', 'collega', 'person', 3, 'delete', '')"_s);
    const int all = audit.count({});
    AuditQuery q;
    q.entity = u"person"_s;
    CHECK(audit.count(q) == all - 1);
    q = {};
    q.action = AuditLog::Export;
    REQUIRE(audit.list(q).size() == 1);
    CHECK(audit.list(q).constFirst().records == 5);
    q = {};
    q.user = u"collega"_s;
    CHECK(audit.count(q) == 1);
    q = {};
    q.from = QDate(2025, 1, 15);
    q.to = QDate(2025, 1, 31);
    REQUIRE(audit.list(q).size() == 1);
    CHECK(audit.list(q).constFirst().entity == u"ward"_s);
    q.to = QDate(2025, 2, 1);
    CHECK(audit.count(q) == 2);
    CHECK(audit.list({}, 1, 2).size() == 2);
    CHECK(audit.users().contains(u"collega"_s));
    CHECK(audit.entities() == QStringList {u"person"_s, u"ward"_s});
}

TEST_CASE("subjectAccess_holdsEveryRecordOfThePersonThatTheDatabaseHolds", "[privacy][access]")
{
    TempDatabase t;
    const Subject subject = demoSubject(*t.db);
    const QString folder = t.dir.filePath(u"inzage"_s);
    SubjectAccess::prepareFolder(folder);
    const SubjectAccessExport result = SubjectAccess::writeCsv(*t.db, subject.id, folder);
    SubjectAccess::recordAccess(*t.db, result);
    const QMap<QString, QString> counts {
        {u"persons"_s, u"SELECT count(*) FROM persons WHERE id = ?"_s},
        {u"involvements"_s, u"SELECT count(*) FROM involvements WHERE person_id = ?"_s},
        {u"activities"_s, u"SELECT count(*) FROM activities WHERE person_id = ?"_s},
        {u"critical_roles"_s,
         u"SELECT count(*) FROM critical_roles WHERE holder_person_id = ?1 OR backup_person_id = ?1"_s},
        {u"offers"_s, u"SELECT count(*) FROM offers WHERE person_id = ?"_s},
    };
    QStringList written;
    for (const SubjectAccessTable& table : result.tables) {
        written << table.key;
        const QFileDevice::Permissions others
            = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        CHECK(!(QFile::permissions(folder + u'/' + table.fileName) & others));
        if (table.key == u"audit_log"_s) {
            continue;
        }
        QSqlQuery q = Sql::prepare(t.db->connection(), counts.value(table.key).replace(u"?1"_s, u"?"_s));
        q.addBindValue(subject.id);
        if (table.key == u"critical_roles"_s) {
            q.addBindValue(subject.id);
        }
        REQUIRE(q.exec());
        REQUIRE(q.next());
        INFO(table.key.toStdString());
        CHECK(table.rows.size() == q.value(0).toLongLong());
    }
    CHECK(written
          == QStringList {u"persons"_s, u"involvements"_s, u"activities"_s, u"critical_roles"_s, u"offers"_s,
                          u"audit_log"_s});
    // The person's own row with their name: the export is with personal data.
    CHECK(result.tables.constFirst().rows.constFirst().contains(subject.email));
    // The export is logged: what and how many.
    const QList<AuditEntry> entries = AuditLog(*t.db).forRecord(u"person"_s, subject.id);
    REQUIRE(!entries.isEmpty());
    CHECK(entries.constLast().action == AuditLog::Access);
    CHECK(entries.constLast().records == result.recordCount());
    // A folder that is not empty is refused.
    CHECK_THROWS_AS(SubjectAccess::prepareFolder(folder), Error);
}
