#include "CliRunner.h"

#include <QDir>
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

QString sqlite3(const QString& file, const QString& command)
{
    const RunResult result = runProgram(u"sqlite3"_s, {file, command});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out;
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
