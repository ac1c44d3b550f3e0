// Never lose, overwrite or leak a resident's data: concurrent processes, outputs onto the database, a full disk,
// permissions, dry runs, damaged files and the smaller kinds, each with the real wijkregie executable on real files.
#include "tests/cli/CliRunner.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// Every file under `folder` (recursively) with its SHA-256; folders and special files by name only.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        result.insert(QDir(folder).relativeFilePath(path), info.isFile() && !info.isSymLink() ? fileHash(path) : "-");
    }
    return result;
}

QString disk(const RunResult& r)
{
    return r.out + r.err;
}

/// Expects exit status 1, a message, and every file in `folder` byte-identical.
void requireRefusedUntouched(const QStringList& arguments, const QString& folder)
{
    const auto before = snapshot(folder);
    const RunResult r = wijkregie(arguments);
    INFO(arguments.join(u' ').toStdString());
    INFO(disk(r).toStdString());
    CHECK(r.exitCode == 1);
    CHECK(!r.err.trimmed().isEmpty());
    CHECK(snapshot(folder) == before);
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    return env;
}

void startWijkregie(QProcess& process, const QStringList& arguments)
{
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(WIJKREGIE_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted());
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

TEST_CASE("three processes: a read-only command ending while two imports run loses no import", "[cli][safety]")
{
    std::signal(SIGPIPE, SIG_IGN);
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    const QString outFifo = dir.filePath(u"uit.fifo"_s);
    const QString inFifo = dir.filePath(u"in.fifo"_s);
    REQUIRE(::mkfifo(QFile::encodeName(outFifo).constData(), 0600) == 0);
    REQUIRE(::mkfifo(QFile::encodeName(inFifo).constData(), 0600) == 0);
    const QString csvB = dir.filePath(u"b.csv"_s);
    writeFile(csvB, numberedWardsCsv(95, 500));
    const QByteArray csvA = numberedWardsCsv(90, 3000);
    REQUIRE(csvA.size() > 128 * 1024); // more than a pipe holds: writing it proves the reader is reading

    // 1. A read-only export that holds the file open: its output goes into a pipe nobody drains yet.
    QProcess exporter;
    startWijkregie(exporter, {u"export"_s, db, u"--table"_s, u"activities"_s, u"--out"_s, outFifo});
    const int out = ::open(QFile::encodeName(outFifo).constData(), O_RDONLY | O_NONBLOCK);
    REQUIRE(out >= 0);
    pollfd waitForData {out, POLLIN, 0};
    while (::poll(&waitForData, 1, 100) == 0 || !(waitForData.revents & POLLIN)) {
        REQUIRE(exporter.state() == QProcess::Running);
        waitForData.revents = 0;
    }
    // The export has the database open and is blocked writing into the full pipe.

    // 2. Import A opens the file for writing and then reads its CSV from a pipe that we keep open.
    QProcess importA;
    startWijkregie(importA, {u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, inFifo});
    int in = -1;
    while ((in = ::open(QFile::encodeName(inFifo).constData(), O_WRONLY | O_NONBLOCK)) < 0) {
        REQUIRE(errno == ENXIO);
        REQUIRE(importA.state() == QProcess::Running);
        QThread::msleep(20);
    }
    ::fcntl(in, F_SETFL, ::fcntl(in, F_GETFL) & ~O_NONBLOCK);
    const qsizetype half = csvA.size() / 2;
    // Blocks until import A reads, which it does only after it has opened the database.
    REQUIRE(::write(in, csvA.constData(), size_t(half)) == half);

    // 3. The export ends (drain its pipe) while import A has the file open.
    QByteArray exported;
    ::fcntl(out, F_SETFL, ::fcntl(out, F_GETFL) & ~O_NONBLOCK);
    char buffer[65536];
    for (ssize_t n; (n = ::read(out, buffer, sizeof buffer)) > 0;) {
        exported.append(buffer, n);
    }
    ::close(out);
    REQUIRE(exporter.waitForFinished(120000));
    CHECK(exporter.exitCode() == 0);
    CHECK(exported.count('\n') > 1000);
    CHECK(QFileInfo(outFifo).exists());

    // 4. Import B runs from start to end meanwhile.
    const RunResult b = wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csvB});
    INFO(disk(b).toStdString());
    CHECK(b.exitCode == 0);

    // 5. Import A gets the rest of its file and finishes.
    REQUIRE(::write(in, csvA.constData() + half, size_t(csvA.size() - half)) == csvA.size() - half);
    ::close(in);
    REQUIRE(importA.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(importA.readAllStandardError()).toStdString());
    CHECK(importA.exitCode() == 0);

    CHECK(numberedWards(db, 90) == 3000);
    CHECK(numberedWards(db, 95) == 500);
    CHECK(sqlite3(db, u"PRAGMA integrity_check"_s).trimmed() == u"ok"_s);
}

TEST_CASE("no output is written onto the database, its journal, another database or a device", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    REQUIRE(wijkregie({u"backup"_s, db, dir.filePath(u"kopie.wijkregie"_s)}).exitCode == 0);
    REQUIRE(QFile::copy(dir.filePath(u"kopie.wijkregie"_s), dir.filePath(u"kopie.pdf"_s)));
    REQUIRE(QFile::link(db, dir.filePath(u"link.csv"_s)));
    REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(dir.filePath(u"hard.csv"_s)).constData()) == 0);
    const QStringList targets {db,
                               QString(db + u"-wal"_s),
                               QString(db + u"-shm"_s),
                               dir.filePath(u"kopie.wijkregie"_s),
                               dir.filePath(u"link.csv"_s),
                               dir.filePath(u"hard.csv"_s),
                               dir.path()};
    for (const QString& target : targets) {
        requireRefusedUntouched({u"export"_s, db, u"--table"_s, u"wards"_s, u"--out"_s, target}, dir.path());
        requireRefusedUntouched({u"risk"_s, db, u"--out"_s, target}, dir.path());
    }
    requireRefusedUntouched({u"report"_s, db, u"--all"_s, u"--out"_s, dir.filePath(u"kopie.pdf"_s)}, dir.path());
    requireRefusedUntouched({u"backup"_s, db, db}, dir.path());

    // A pipe is written directly and stays a pipe; a character device stays a device.
    const QString fifo = dir.filePath(u"pijp"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess reader;
    reader.start(u"cat"_s, {fifo});
    REQUIRE(reader.waitForStarted());
    const RunResult piped = wijkregie({u"risk"_s, db, u"--out"_s, fifo, u"--date"_s, u"2026-01-31"_s});
    INFO(disk(piped).toStdString());
    CHECK(piped.exitCode == 0);
    REQUIRE(reader.waitForFinished());
    CHECK(reader.readAllStandardOutput().startsWith("\xEF\xBB\xBF"));
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK(wijkregie({u"export"_s, db, u"--table"_s, u"wards"_s, u"--out"_s, u"/dev/null"_s}).exitCode == 0);
    REQUIRE(::stat("/dev/null", &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
    CHECK(wijkregie({u"backup"_s, db, u"/dev/null"_s}).exitCode == 1);
    CHECK(sqlite3(db, u"PRAGMA integrity_check"_s).trimmed() == u"ok"_s);
}

TEST_CASE("a full disk is exit 1 with 'the disk is full', the old file untouched and no .part", "[cli][safety]")
{
    // A real full disk: a 512 KiB tmpfs in a mount namespace of its own (unshare needs no administrator).
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    const QString mount = dir.filePath(u"vol"_s);
    const QString results = dir.filePath(u"uitkomst"_s);
    QDir().mkpath(mount);
    QDir().mkpath(results);
    const QString script = uR"(set -u
mount -t tmpfs -o size=512k tmpfs "$MNT" || exit 97
printf 'oud\r\n' > "$MNT/lijst.csv"
printf 'oud\r\n' > "$MNT/risico.csv"
printf 'oud\r\n' > "$MNT/lijst.xlsx"
dd if=/dev/zero of="$MNT/vulling" bs=4096 2>/dev/null
"$WIJKREGIE" export "$DB" --table activities --out "$MNT/lijst.csv" 2> "$RES/export.err"; echo $? > "$RES/export.rc"
"$WIJKREGIE" risk "$DB" --out "$MNT/risico.csv" 2> "$RES/risk.err"; echo $? > "$RES/risk.rc"
"$WIJKREGIE" export "$DB" --table activities --out "$MNT/lijst.xlsx" 2> "$RES/xlsx.err"; echo $? > "$RES/xlsx.rc"
"$WIJKREGIE" backup "$DB" "$MNT/kopie.wijkregie" 2> "$RES/backup.err"; echo $? > "$RES/backup.rc"
cp "$MNT/lijst.csv" "$MNT/risico.csv" "$MNT/lijst.xlsx" "$RES/"
ls -A "$MNT" > "$RES/ls"
)"_s;
    QProcess shell;
    QProcessEnvironment env = cliEnvironment();
    env.insert(u"MNT"_s, mount);
    env.insert(u"RES"_s, results);
    env.insert(u"DB"_s, db);
    env.insert(u"WIJKREGIE"_s, QStringLiteral(WIJKREGIE_EXECUTABLE));
    shell.setProcessEnvironment(env);
    shell.start(u"unshare"_s, {u"--map-root-user"_s, u"--mount"_s, u"sh"_s, u"-c"_s, script});
    REQUIRE(shell.waitForFinished(300000));
    INFO(QString::fromLocal8Bit(shell.readAllStandardError()).toStdString());
    INFO("unshare must be allowed to make a user and mount namespace (kernel.unprivileged_userns_clone=1)");
    REQUIRE(shell.exitCode() == 0);
    for (const QString& command : {u"export"_s, u"risk"_s, u"backup"_s, u"xlsx"_s}) {
        INFO(command.toStdString());
        const QString err = QString::fromLocal8Bit(readAll(results + u'/' + command + u".err"_s));
        INFO(err.toStdString());
        CHECK(readAll(results + u'/' + command + u".rc"_s).trimmed() == "1");
        CHECK((err.contains(u"the disk is full"_s) || err.contains(u"de schijf is vol"_s)));
    }
    CHECK(readAll(results + u"/lijst.csv"_s) == "oud\r\n");
    CHECK(readAll(results + u"/risico.csv"_s) == "oud\r\n");
    CHECK(readAll(results + u"/lijst.xlsx"_s) == "oud\r\n");
    CHECK(QString::fromUtf8(readAll(results + u"/ls"_s)).split(u'\n', Qt::SkipEmptyParts)
          == QStringList {u"lijst.csv"_s, u"lijst.xlsx"_s, u"risico.csv"_s, u"vulling"_s});
}

TEST_CASE("files and folders with personal data are owner-only and a planted backups link is refused", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    const auto ownerOnly = [](const QString& path) {
        struct stat info
        {
        };
        REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
        return (info.st_mode & 077) == 0;
    };
    REQUIRE(wijkregie({u"backup"_s, db, dir.filePath(u"kopie.wijkregie"_s)}).exitCode == 0);
    CHECK(ownerOnly(dir.filePath(u"kopie.wijkregie"_s)));
    REQUIRE(wijkregie({u"export"_s, db, u"--table"_s, u"persons"_s, u"--with-personal-data"_s, u"--out"_s,
                       dir.filePath(u"namen.csv"_s)})
                .exitCode
            == 0);
    CHECK(ownerOnly(dir.filePath(u"namen.csv"_s)));
    const RunResult report
        = wijkregie({u"report"_s, db, u"--all"_s, u"--with-names"_s, u"--out"_s, dir.filePath(u"rapport.pdf"_s)});
    INFO(disk(report).toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(ownerOnly(dir.filePath(u"rapport.pdf"_s)));
    REQUIRE(wijkregie({u"new"_s, dir.filePath(u"nieuw.wijkregie"_s)}).exitCode == 0);
    CHECK(ownerOnly(dir.filePath(u"nieuw.wijkregie"_s)));

    // An older schema is migrated after a backup, into an owner-only backups folder.
    sqlite3(db, u"PRAGMA user_version = 2"_s);
    const QString csv = dir.filePath(u"w.csv"_s);
    writeFile(csv, numberedWardsCsv(91, 3));
    QTemporaryDir elsewhere;
    REQUIRE(QFile::link(elsewhere.path(), dir.filePath(u"backups"_s)));
    requireRefusedUntouched({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv}, dir.path());
    CHECK(QDir(elsewhere.path()).isEmpty());
    QFile::remove(dir.filePath(u"backups"_s));
    const RunResult migrated = wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv});
    INFO(disk(migrated).toStdString());
    REQUIRE(migrated.exitCode == 0);
    CHECK(ownerOnly(dir.filePath(u"backups"_s)));
    const QStringList backups = QDir(dir.filePath(u"backups"_s)).entryList(QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(ownerOnly(dir.filePath(u"backups/"_s + backups.first())));
}

TEST_CASE("a dry run and every read-only command leave every file byte-identical", "[cli][safety]")
{
    QTemporaryDir dir;
    QTemporaryDir outputs;
    const QString db = smallDemoCopy(dir);
    sqlite3(db, u"PRAGMA user_version = 2"_s); // older: a writing open would migrate it and make a backup
    const QString csv = outputs.filePath(u"w.csv"_s);
    writeFile(csv, numberedWardsCsv(92, 10));
    const auto before = snapshot(dir.path());
    const QList<QStringList> commands {
        {u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv, u"--dry-run"_s},
        {u"check"_s, db},
        {u"backup"_s, db, outputs.filePath(u"b.wijkregie"_s)},
    };
    for (const QStringList& command : commands) {
        const RunResult r = wijkregie(command);
        INFO(command.join(u' ').toStdString());
        INFO(disk(r).toStdString());
        CHECK(r.exitCode != 2);
        CHECK(snapshot(dir.path()) == before);
    }
    // Readers need the current schema: with it, export, risk and report change nothing either.
    sqlite3(db, u"PRAGMA user_version = %1"_s.arg(Database::LatestSchemaVersion));
    const auto current = snapshot(dir.path());
    const QList<QStringList> readers {
        {u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv, u"--dry-run"_s},
        {u"check"_s, db},
        {u"export"_s, db, u"--table"_s, u"persons"_s, u"--out"_s, outputs.filePath(u"p.csv"_s)},
        {u"risk"_s, db, u"--out"_s, outputs.filePath(u"r.csv"_s)},
        {u"report"_s, db, u"--all"_s, u"--out"_s, outputs.filePath(u"r.pdf"_s)},
        {u"backup"_s, db, outputs.filePath(u"c.wijkregie"_s)},
    };
    for (const QStringList& command : readers) {
        const RunResult r = wijkregie(command);
        INFO(command.join(u' ').toStdString());
        INFO(disk(r).toStdString());
        CHECK(r.exitCode == 0);
        CHECK(snapshot(dir.path()) == current);
    }
}

TEST_CASE("a damaged file is not written into and the newest backup is named", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    QDir(dir.path()).mkdir(u"backups"_s);
    const QString backup = dir.filePath(u"backups/gemeente-2026-01-02.wijkregie"_s);
    REQUIRE(wijkregie({u"backup"_s, db, backup}).exitCode == 0);
    QByteArray bytes = readAll(db);
    const qsizetype middle = bytes.size() / 2 / 4096 * 4096;
    for (qsizetype i = middle; i < middle + 4096; ++i) {
        bytes[i] = static_cast<char>((i * 7919) & 0xff);
    }
    writeFile(db, bytes);
    const QString csv = dir.filePath(u"w.csv"_s);
    writeFile(csv, numberedWardsCsv(93, 5));
    for (const QStringList& command :
         {QStringList {u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv}, QStringList {u"check"_s, db}}) {
        const auto before = snapshot(dir.path());
        const RunResult r = wijkregie(command);
        INFO(disk(r).toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QDir::toNativeSeparators(backup)));
        CHECK((r.err.contains(u"damaged"_s) || r.err.contains(u"beschadigd"_s)));
        CHECK(snapshot(dir.path()) == before);
    }
}

TEST_CASE("smaller kinds: NUL cells, the audit user, a huge header, someone's .part, formulas in risk", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    const QString csv = dir.filePath(u"w.csv"_s);

    SECTION("a NUL byte in a cell refuses the file")
    {
        writeFile(csv, QByteArray("code,name\r\nWK940001,Wijk") + '\0' + QByteArray("verborgen staart\r\n"));
        const auto before = snapshot(dir.path());
        const RunResult r = wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv});
        INFO(disk(r).toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"NUL"_s));
        CHECK(snapshot(dir.path()) == before);
    }
    SECTION("the audit log names the OS account, whatever $USER says")
    {
        writeFile(csv, numberedWardsCsv(94, 2));
        QProcess process;
        QProcessEnvironment env = cliEnvironment();
        env.insert(u"USER"_s, u"mallory"_s);
        env.insert(u"LOGNAME"_s, u"mallory"_s);
        env.insert(u"USERNAME"_s, u"mallory"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(WIJKREGIE_EXECUTABLE),
                      {u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv});
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitCode() == 0);
        QProcess id;
        id.start(u"id"_s, {u"-un"_s});
        REQUIRE(id.waitForFinished());
        const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        CHECK(sqlite3(db, u"SELECT DISTINCT os_user FROM audit_log WHERE entity = 'ward' ORDER BY id DESC LIMIT 1"_s)
                  .trimmed()
              == account);
        CHECK(sqlite3(db, u"SELECT count(*) FROM audit_log WHERE os_user = 'mallory'"_s).trimmed() == u"0"_s);
    }
    SECTION("a 4 MB header is not echoed back")
    {
        writeFile(csv, "code," + QByteArray(4 * 1024 * 1024, 'x') + "\r\nWK940002,y\r\n");
        const RunResult r = wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv});
        CHECK(r.exitCode == 1);
        CHECK(r.err.size() < 4000);
        CHECK((r.err.contains(u"characters)"_s) || r.err.contains(u"tekens)"_s))); // the length said instead
    }
    SECTION("backup leaves someone else's .part alone")
    {
        writeFile(dir.filePath(u"notities.part"_s), "van een ander");
        const RunResult r = wijkregie({u"backup"_s, db, dir.filePath(u"notities"_s)});
        CHECK(r.exitCode == 0);
        CHECK(readAll(dir.filePath(u"notities.part"_s)) == "van een ander");
    }
    SECTION("risk writes excel-nl by default, with formulas guarded")
    {
        sqlite3(
            db,
            uR"(UPDATE initiatives SET title = '=HYPERLINK("http://example.invalid","klik")' WHERE id = (SELECT id FROM initiatives WHERE status IN ('running', 'paused') ORDER BY id LIMIT 1))"_s);
        const RunResult r = wijkregie({u"risk"_s, db, u"--out"_s, dir.filePath(u"risico.csv"_s)});
        INFO(disk(r).toStdString());
        REQUIRE(r.exitCode == 0);
        const QByteArray bytes = readAll(dir.filePath(u"risico.csv"_s));
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.contains("'=HYPERLINK"));
        CHECK(!bytes.contains(";=HYPERLINK"));
        CHECK(!bytes.contains(";\"=HYPERLINK"));
        const RunResult stdoutRun = wijkregie({u"risk"_s, db});
        CHECK(stdoutRun.out.contains(u"'=HYPERLINK"_s));
    }
    SECTION("a file in a synced folder gets the warning")
    {
        QDir(dir.path()).mkpath(u"Nextcloud/wijken"_s);
        const QString synced = dir.filePath(u"Nextcloud/wijken/gemeente.wijkregie"_s);
        REQUIRE(QFile::copy(db, synced));
        const RunResult r = wijkregie({u"check"_s, synced});
        CHECK(r.exitCode == 0);
        CHECK(disk(r).contains(u"Nextcloud"_s));
    }
}

TEST_CASE("a busy file says who holds it and what to do and a read-only folder is not called damaged", "[cli][safety]")
{
    QTemporaryDir dir;
    const QString db = smallDemoCopy(dir);
    QString csv = dir.filePath(u"w.csv"_s);
    writeFile(csv, numberedWardsCsv(96, 2));
    QProcess holder;
    startSqliteShell(holder, db, "BEGIN IMMEDIATE; INSERT INTO meta(key, value) VALUES('bezet', 'ja');");
    const qint64 holderPid = holder.processId(); // 0 once it has ended
    const RunResult busy = wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv});
    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished());
    INFO(disk(busy).toStdString());
    CHECK(busy.exitCode == 1);
    CHECK(busy.err.contains(u"sqlite3"_s));
    CHECK(busy.err.contains(u"%1"_s.arg(holderPid)));
    CHECK(!busy.err.contains(u"database is locked"_s));
    CHECK(numberedWards(db, 96) == 0);

    // A read-only folder: as another account when running as root (root may write anywhere).
    QTemporaryDir locked;
    const QString lockedDb = locked.filePath(u"gemeente.wijkregie"_s);
    REQUIRE(QFile::copy(sharedSmallDemo(), lockedDb));
    QFile::setPermissions(
        lockedDb, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOwner);
    QFile::setPermissions(locked.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup);
    csv = locked.filePath(u"w.csv"_s);
    writeFile(csv, numberedWardsCsv(96, 2));
    QFile::setPermissions(csv, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QStringList prefix;
    if (isRoot()) {
        prefix = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    } else {
        QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    for (const QString& command : {u"check"_s, u"import"_s}) {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        QStringList arguments = prefix;
        arguments << QStringLiteral(WIJKREGIE_EXECUTABLE) << command << lockedDb;
        if (command == u"import"_s) {
            arguments << u"--table"_s << u"wards"_s << u"--in"_s << csv;
        }
        process.start(arguments.takeFirst(), arguments);
        REQUIRE(process.waitForFinished(120000));
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        INFO(command.toStdString() + ": " + err.toStdString());
        CHECK(!err.contains(u"damaged"_s));
        CHECK(!err.contains(u"beschadigd"_s));
        if (process.exitCode() != 0) {
            CHECK((err.contains(u"read-only"_s) || err.contains(u"alleen-lezen"_s) || err.contains(u"may not write"_s)
                   || err.contains(u"folder"_s) || err.contains(u"map"_s)));
        }
    }
    QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}
