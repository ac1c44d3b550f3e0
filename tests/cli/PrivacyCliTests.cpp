// wijkregie person erase, person export, retention and audit end to end: the real executable on a small demo; the raw
// bytes of the database file, its WAL and a backup made afterwards searched for the erased person's name, e-mail and
// phone.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestFiles.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString disk(const RunResult& r)
{
    return u"exit %1\n%2\n%3"_s.arg(r.exitCode).arg(r.out, r.err);
}

/// A person with hours, e-mail and phone whose name, e-mail and phone no other person has: id, first name, last
/// name, e-mail, phone.
QStringList pickSubject(const QString& db)
{
    const QString row = sqlite3(db, uR"(SELECT p.id, p.first_name, p.last_name, p.email, p.phone
        FROM persons p WHERE p.email <> '' AND p.phone <> ''
        AND EXISTS (SELECT 1 FROM activities a WHERE a.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM persons o WHERE o.id <> p.id AND (o.email = p.email OR o.phone = p.phone
            OR instr(o.first_name || o.last_name, p.first_name || p.last_name) > 0
            OR instr(o.last_name || o.first_name, p.last_name || p.first_name) > 0))
        ORDER BY p.id DESC LIMIT 1)"_s)
                            .trimmed();
    const QStringList fields = row.split(u'|');
    REQUIRE(fields.size() == 5);
    return fields;
}

void requireAbsent(const QString& path, const QStringList& subject)
{
    const QByteArray bytes = bytesOf(path);
    const QList<QByteArray> needles {(subject[1] + subject[2]).toUtf8(), (subject[2] + subject[1]).toUtf8(),
                                     (subject[1] + u' ' + subject[2]).toUtf8(), subject[3].toUtf8(),
                                     subject[4].toUtf8()};
    for (const QByteArray& needle : needles) {
        INFO(path.toStdString() + " holds " + needle.toStdString());
        CHECK(!bytes.contains(needle));
    }
}

const QString HoursPerInitiative
    = u"SELECT initiative_id, sum(quarters) FROM activities GROUP BY initiative_id ORDER BY initiative_id"_s;

} // namespace

TEST_CASE("person erase leaves no name, e-mail or phone in the file, its WAL or a later backup", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    const QStringList subject = pickSubject(db);
    const QString id = subject[0];
    // An older backup in the backups folder, which still holds the person.
    QDir(dir.path()).mkdir(u"backups"_s);
    QFile::setPermissions(dir.filePath(u"backups"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString older = dir.filePath(u"backups/gemeente-2026-01-01.wijkregie"_s);
    REQUIRE(wijkregie({u"backup"_s, db, older}).exitCode == 0);
    const QString hours = sqlite3(db, HoursPerInitiative);
    const QString riskBefore = dir.filePath(u"risk-voor.csv"_s);
    const QString riskAfter = dir.filePath(u"risk-na.csv"_s);
    REQUIRE(wijkregie({u"risk"_s, db, u"--date"_s, u"2026-06-30"_s, u"--out"_s, riskBefore}).exitCode == 0);

    const RunResult erased = wijkregie({u"person"_s, u"erase"_s, db, u"--id"_s, id});
    INFO(disk(erased).toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.contains(QDir::toNativeSeparators(older)));
    CHECK(erased.out.contains(u"--purge-backups"_s));

    requireAbsent(db, subject);
    requireAbsent(db + u"-wal"_s, subject);
    const QString later = dir.filePath(u"later.wijkregie"_s);
    REQUIRE(wijkregie({u"backup"_s, db, later}).exitCode == 0);
    requireAbsent(later, subject);
    CHECK(sqlite3(db, HoursPerInitiative) == hours);
    REQUIRE(wijkregie({u"risk"_s, db, u"--date"_s, u"2026-06-30"_s, u"--out"_s, riskAfter}).exitCode == 0);
    CHECK(bytesOf(riskAfter) == bytesOf(riskBefore));
    CHECK(sqlite3(db,
                  u"SELECT first_name || '|' || email || '|' || phone || '|' || (erased_on IS NOT NULL) "
                  "FROM persons WHERE id = "_s
                      + id)
              .trimmed()
          == u"|||1"_s);
    CHECK(sqlite3(db,
                  u"SELECT action || ' ' || records FROM audit_log WHERE entity = 'person' AND entity_id = "_s + id
                      + u" ORDER BY id DESC LIMIT 1"_s)
              .trimmed()
          == u"erase 1"_s);

    SECTION("erasing again, or an unknown number, is refused with exit 1 and changes nothing")
    {
        const QByteArray file = bytesOf(db);
        for (const QString& which : {id, u"987654"_s}) {
            const RunResult again = wijkregie({u"person"_s, u"erase"_s, db, u"--id"_s, which});
            INFO(disk(again).toStdString());
            CHECK(again.exitCode == 1);
            CHECK(!again.err.trimmed().isEmpty());
            CHECK(bytesOf(db) == file);
        }
        CHECK(QFileInfo::exists(older));
    }
    SECTION("--purge-backups deletes the backups that still hold the person and makes a clean one")
    {
        const RunResult purged = wijkregie({u"person"_s, u"erase"_s, db, u"--id"_s, id, u"--purge-backups"_s});
        INFO(disk(purged).toStdString());
        REQUIRE(purged.exitCode == 0);
        CHECK(!QFileInfo::exists(older));
        const QStringList left = QDir(dir.filePath(u"backups"_s)).entryList(QDir::Files);
        REQUIRE(left.size() == 1);
        requireAbsent(dir.filePath(u"backups/"_s + left.constFirst()), subject);
    }
}

TEST_CASE("person erase without a number or with a wrong action is a usage error", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    const QByteArray file = bytesOf(db);
    CHECK(wijkregie({u"person"_s, u"erase"_s, db}).exitCode == 2);
    CHECK(wijkregie({u"person"_s, u"erase"_s, db, u"--id"_s, u"abc"_s}).exitCode == 2);
    CHECK(wijkregie({u"person"_s, u"forget"_s, db, u"--id"_s, u"1"_s}).exitCode == 2);
    CHECK(bytesOf(db) == file);
}

TEST_CASE("person export writes every record about the resident as CSV and a readable PDF", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    const QString id = sqlite3(db,
                               u"SELECT p.id FROM persons p WHERE EXISTS (SELECT 1 FROM critical_roles r "
                               "WHERE r.holder_person_id = p.id) AND p.email <> '' ORDER BY p.id LIMIT 1"_s)
                           .trimmed();
    const QString name
        = sqlite3(db,
                  u"SELECT first_name || ' ' || coalesce(nullif(surname_prefix, '') || ' ', '') || last_name "
                  "FROM persons WHERE id = "_s
                      + id)
              .trimmed();
    const QString out = dir.filePath(u"inzage"_s);
    const RunResult made = wijkregie({u"person"_s, u"export"_s, db, u"--id"_s, id, u"--out"_s, out});
    INFO(disk(made).toStdString());
    REQUIRE(made.exitCode == 0);
    const QMap<QString, QString> counts {
        {u"persons"_s, u"SELECT count(*) FROM persons WHERE id = %1"_s},
        {u"involvements"_s, u"SELECT count(*) FROM involvements WHERE person_id = %1"_s},
        {u"activities"_s, u"SELECT count(*) FROM activities WHERE person_id = %1"_s},
        {u"critical_roles"_s,
         u"SELECT count(*) FROM critical_roles WHERE holder_person_id = %1 OR backup_person_id = %1"_s},
        {u"offers"_s, u"SELECT count(*) FROM offers WHERE person_id = %1"_s},
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // The rows of each CSV, read by Python's csv module, against the database's count.
        INFO(it.key().toStdString());
        const QString rows = toolOutput(u"python3"_s,
                                        {u"-c"_s,
                                         u"import csv,sys;f=open(sys.argv[1],newline='',encoding='utf-8-sig');"
                                         "print(sum(1 for _ in csv.reader(f,delimiter=';'))-1)"_s,
                                         out + u'/' + it.key() + u".csv"_s},
                                        30000);
        CHECK(rows.trimmed() == sqlite3(db, it.value().arg(id)).trimmed());
    }
    CHECK(sqlite3(db, u"SELECT count(*) FROM critical_roles WHERE holder_person_id = "_s + id).trimmed() != u"0"_s);
    // Owner-only files, a PDF with the resident's name and their records.
    for (const QString& entry : folderEntries(out)) {
        CHECK(
            !(QFile::permissions(out + u'/' + entry)
              & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    }
    const QString text = toolOutput(u"pdftotext"_s, {out + u"/subject-access.pdf"_s, u"-"_s}, 30000).simplified();
    CHECK(text.contains(name));
    CHECK(text.contains(u"AVG art. 15"_s));
    // Logged: what and how many.
    CHECK(sqlite3(db,
                  u"SELECT action FROM audit_log WHERE entity = 'person' AND entity_id = "_s + id
                      + u" ORDER BY id DESC LIMIT 1"_s)
              .trimmed()
          == u"access"_s);

    SECTION("into a folder that is not empty, or for an unknown resident: refused, nothing written")
    {
        const QStringList before = folderEntries(out);
        const RunResult again = wijkregie({u"person"_s, u"export"_s, db, u"--id"_s, id, u"--out"_s, out});
        CHECK(again.exitCode == 1);
        CHECK(folderEntries(out) == before);
        const QString other = dir.filePath(u"ander"_s);
        const RunResult unknown = wijkregie({u"person"_s, u"export"_s, db, u"--id"_s, u"987654"_s, u"--out"_s, other});
        CHECK(unknown.exitCode == 1);
        CHECK(!QFileInfo::exists(other));
    }
}

TEST_CASE("retention lists and anonymises residents whose consent was withdrawn, then has nothing to do",
          "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    // A consent withdrawn yesterday, and the retention period shortened so that the demo's long-quiet residents
    // are listed too.
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    sqlite3(db, u"UPDATE persons SET consent_withdrawn = '%1' WHERE id = 1"_s.arg(yesterday));
    const QByteArray file = bytesOf(db);
    const RunResult listed = wijkregie({u"retention"_s, db});
    INFO(disk(listed).toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(u"--apply"_s));
    CHECK(bytesOf(db) == file);
    const RunResult applied = wijkregie({u"retention"_s, db, u"--apply"_s});
    INFO(disk(applied).toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(sqlite3(db, u"SELECT erased_on IS NOT NULL AND first_name = '' FROM persons WHERE id = 1"_s).trimmed()
          == u"1"_s);
    CHECK(sqlite3(db, u"SELECT count(*) FROM audit_log WHERE action = 'retention'"_s).trimmed() == u"1"_s);
    const QByteArray after = bytesOf(db);
    const RunResult nothing = wijkregie({u"retention"_s, db, u"--apply"_s});
    INFO(disk(nothing).toStdString());
    CHECK(nothing.exitCode == 1);
    CHECK(!nothing.err.trimmed().isEmpty());
    CHECK(bytesOf(db) == after);
}

TEST_CASE("audit writes the log as CSV for a period, and exports with personal data are in it", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    REQUIRE(wijkregie({u"export"_s, db, u"--table"_s, u"persons"_s, u"--with-personal-data"_s, u"--out"_s,
                       dir.filePath(u"namen.csv"_s)})
                .exitCode
            == 0);
    // Pseudonymised: read-only, not logged.
    REQUIRE(wijkregie({u"export"_s, db, u"--table"_s, u"persons"_s, u"--out"_s, dir.filePath(u"p.csv"_s)}).exitCode
            == 0);
    CHECK(sqlite3(db, u"SELECT entity || ' ' || records FROM audit_log WHERE action = 'export'"_s).trimmed()
          == u"persons "_s + sqlite3(db, u"SELECT count(*) FROM persons"_s).trimmed());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString csv = dir.filePath(u"audit.csv"_s);
    const RunResult written = wijkregie({u"audit"_s, db, u"--from"_s, today, u"--to"_s, today, u"--action"_s,
                                         u"export"_s, u"--dialect"_s, u"rfc4180"_s, u"--out"_s, csv});
    INFO(disk(written).toStdString());
    REQUIRE(written.exitCode == 0);
    const QStringList lines = QString::fromUtf8(bytesOf(csv)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.constFirst() == u"id,at,os_user,entity,entity_id,action,fields,records"_s);
    CHECK(lines.at(1).contains(u",persons,0,export,personal_data,"_s));
    // The audit export is logged itself; a period before anything was logged is empty.
    CHECK(sqlite3(db, u"SELECT count(*) FROM audit_log WHERE entity = 'audit_log' AND action = 'export'"_s).trimmed()
          == u"1"_s);
    const RunResult empty = wijkregie({u"audit"_s, db, u"--to"_s, u"2000-01-01"_s, u"--dialect"_s, u"rfc4180"_s,
                                       u"--out"_s, dir.filePath(u"leeg.csv"_s)});
    REQUIRE(empty.exitCode == 0);
    CHECK(QString::fromUtf8(bytesOf(dir.filePath(u"leeg.csv"_s))).split(u"\r\n"_s, Qt::SkipEmptyParts).size() == 1);
    CHECK(wijkregie({u"audit"_s, db, u"--from"_s, u"gisteren"_s, u"--out"_s, csv}).exitCode == 2);
    CHECK(wijkregie({u"audit"_s, db, u"--action"_s, u"lezen"_s, u"--out"_s, csv}).exitCode == 2);
}

TEST_CASE("every output with personal data leaves one audit entry naming what and how many", "[cli][privacy][audit]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    const auto entries = [&db] {
        return sqlite3(db,
                       u"SELECT entity || ' ' || action || ' ' || fields || ' ' || ifnull(records, '-') "
                       "FROM audit_log WHERE action IN ('export', 'report') ORDER BY id"_s)
            .trimmed()
            .split(u'\n', Qt::SkipEmptyParts);
    };
    REQUIRE(entries().isEmpty());
    const QString signalCount = QString::number(
        wijkregie({u"signals"_s, db, u"--dialect"_s, u"rfc4180"_s}).out.split(u"\r\n"_s, Qt::SkipEmptyParts).size()
        - 1);
    // The signals to standard output (above), to a CSV file and to a workbook: each logged with the signals' count.
    REQUIRE(wijkregie({u"signals"_s, db, u"--out"_s, dir.filePath(u"signalen.csv"_s)}).exitCode == 0);
    REQUIRE(wijkregie({u"signals"_s, db, u"--out"_s, dir.filePath(u"signalen.xlsx"_s)}).exitCode == 0);
    // A workbook with names: the rows counted as for CSV.
    REQUIRE(wijkregie({u"export"_s, db, u"--table"_s, u"persons"_s, u"--with-personal-data"_s, u"--out"_s,
                       dir.filePath(u"namen.xlsx"_s)})
                .exitCode
            == 0);
    // A report with names: how many wards it covers.
    const RunResult report
        = wijkregie({u"report"_s, db, u"--all"_s, u"--with-names"_s, u"--out"_s, dir.filePath(u"raad.pdf"_s)});
    INFO(disk(report).toStdString());
    REQUIRE(report.exitCode == 0);
    const QString persons = sqlite3(db, u"SELECT count(*) FROM persons"_s).trimmed();
    const QString wards = sqlite3(db, u"SELECT count(*) FROM wards"_s).trimmed();
    CHECK(entries()
          == QStringList({u"signals export personal_data "_s + signalCount,
                          u"signals export personal_data "_s + signalCount,
                          u"signals export personal_data "_s + signalCount,
                          u"persons export personal_data "_s + persons, u"report report personal_data "_s + wards}));
    // Without names nothing is logged: a pseudonymised export and a report without names.
    REQUIRE(wijkregie({u"export"_s, db, u"--table"_s, u"persons"_s, u"--out"_s, dir.filePath(u"p.xlsx"_s)}).exitCode
            == 0);
    REQUIRE(wijkregie({u"report"_s, db, u"--all"_s, u"--out"_s, dir.filePath(u"anoniem.pdf"_s)}).exitCode == 0);
    CHECK(entries().size() == 5);
}

TEST_CASE("an output with personal data that cannot be logged is not handed out", "[cli][privacy][audit]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    // The audit log refuses every entry (for root as for anyone): the signals may then not go out.
    sqlite3(db,
            u"CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END"_s);
    const QString out = dir.filePath(u"signalen.csv"_s);
    const RunResult toFile = wijkregie({u"signals"_s, db, u"--out"_s, out});
    INFO(disk(toFile).toStdString());
    CHECK(toFile.exitCode == 1);
    CHECK(toFile.err.contains(u"audit"_s));
    CHECK_FALSE(QFileInfo::exists(out));
    const RunResult toTerminal = wijkregie({u"signals"_s, db});
    INFO(disk(toTerminal).toStdString());
    CHECK(toTerminal.exitCode == 1);
    CHECK(toTerminal.out.isEmpty());
    // Through a symbolic link: the file it points to (which the export replaced) goes, the link is left dangling.
    const QString real = dir.filePath(u"echt.csv"_s);
    const QString link = dir.filePath(u"link.csv"_s);
    {
        QFile previous(real);
        REQUIRE(previous.open(QIODevice::WriteOnly));
        previous.write("vorige inhoud\n");
    }
    REQUIRE(QFile::link(real, link));
    const RunResult linked
        = wijkregie({u"export"_s, db, u"--table"_s, u"persons"_s, u"--with-personal-data"_s, u"--out"_s, link});
    INFO(disk(linked).toStdString());
    CHECK(linked.exitCode == 1);
    CHECK(linked.err.contains(u"audit"_s));
    CHECK_FALSE(QFileInfo::exists(real));
    CHECK(QFileInfo(link).isSymLink());
}
