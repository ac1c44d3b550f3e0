#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

RunResult runProgram(const QString& program, const QStringList& arguments, const QStringList& extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : extra) {
        const qsizetype eq = variable.indexOf(u'=');
        env.insert(variable.left(eq), variable.mid(eq + 1));
    }
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(600000));
    RunResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

} // namespace

RunResult wijkregie(const QStringList& arguments)
{
    return runProgram(QStringLiteral(WIJKREGIE_EXECUTABLE), arguments);
}

RunResult wijkregie(const QStringList& arguments, const QStringList& environment)
{
    return runProgram(QStringLiteral(WIJKREGIE_EXECUTABLE), arguments, environment);
}

RunResult wijkregieOk(const QStringList& arguments)
{
    RunResult result = wijkregie(arguments);
    INFO(arguments.join(u' ').toStdString());
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

const QString& sharedSmallDemo()
{
    static QTemporaryDir dir;
    static const QString file = [] {
        const QString path = dir.filePath(u"demo.wijkregie"_s);
        wijkregieOk({u"demo"_s, path, u"--size"_s, u"small"_s});
        return path;
    }();
    return file;
}

QString smallDemoCopy(const QTemporaryDir& dir, const QString& name)
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(sharedSmallDemo(), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

SmallDemo::SmallDemo()
    : file(smallDemoCopy(dir, u"demo.wijkregie"_s))
{
}

QString sqlite3(const QString& file, const QString& command)
{
    const RunResult result = runProgram(u"sqlite3"_s, {file, command});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out;
}

QByteArray numberedWardsCsv(int prefix, int count, bool longNames)
{
    const QString row = longNames ? u"WK%1%2%3,Wijk %1-%4 aan de lange laan met een naam van enige lengte\r\n"_s
                                  : u"WK%1%2%3,Wijk %4\r\n"_s;
    QByteArray csv = "code,name\r\n";
    for (int i = 0; i < count; ++i) {
        csv += QString(row)
                   .arg(prefix, 2, 10, QLatin1Char('0'))
                   .arg(i / 100, 2, 10, QLatin1Char('0'))
                   .arg(i % 100, 2, 10, QLatin1Char('0'))
                   .arg(i)
                   .toUtf8();
    }
    return csv;
}

int numberedWards(const QString& file, int prefix)
{
    return sqlite3(file, u"SELECT count(*) FROM wards WHERE code LIKE 'WK%1%'"_s.arg(prefix, 2, 10, QLatin1Char('0')))
        .trimmed()
        .toInt();
}

void startSqliteShell(QProcess& shell, const QString& file, const QByteArray& sql)
{
    shell.start(u"sqlite3"_s, {file});
    REQUIRE(shell.waitForStarted());
    shell.write(sql + "\n.print ready\n");
    while (!shell.readAllStandardOutput().contains("ready")) {
        REQUIRE(shell.waitForReadyRead(60000));
    }
}

QString dumpDataTables(const QString& file)
{
    const QStringList tables
        = sqlite3(file, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log' ORDER BY name"_s)
              .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(tables.size() >= 6);
    QString dump;
    for (const QString& table : tables) {
        dump += sqlite3(file, u".dump "_s + table);
    }
    return dump;
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}
