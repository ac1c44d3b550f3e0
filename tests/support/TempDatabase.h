#pragma once

#include "core/storage/Database.h"
#include "tests/support/TestServer.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

/// A fresh Wijkregie database in a temporary folder, removed after the test.
///
/// With WIJKREGIE_TEST_ENGINE=postgresql the database is a new one on the PostgreSQL test server instead
/// (TestServerDatabase, dropped after the test), so that the storage, risk, CSV and report tests run against both
/// engines (DESIGN.md, Team database); ctest runs them so as core_tests_on_server. `dir` is there for files either way.
struct TempDatabase
{
    TempDatabase();
    QString path(const QString& name = QStringLiteral("test.wijkregie")) const { return dir.filePath(name); }
    /// True when the tests run against the server (WIJKREGIE_TEST_ENGINE=postgresql).
    static bool onServer();

    QTemporaryDir dir;
    std::unique_ptr<TestServerDatabase> server; ///< the server database, when onServer()
    std::unique_ptr<Database> db;
};

/// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString& path);
/// Writes bytes to a file, replacing it.
void writeFile(const QString& path, const QByteArray& bytes);
