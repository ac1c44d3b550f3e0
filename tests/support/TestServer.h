#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

/// A new, empty database on the PostgreSQL test server, dropped after the test.
///
/// The server: WIJKREGIE_TEST_PG_URL (postgresql://user@host:port/maintenance-database, a role that may create
/// databases), else the URL in the file named by WIJKREGIE_TEST_PG_URL_FILE (ctest's pg_cluster fixture starts a
/// throw-away cluster and writes it there). Without either the test fails: a test that needs the server never
/// passes without one. README, Testing, says how to run these tests by hand or leave them out.
class TestServerDatabase
{
public:
    TestServerDatabase();
    ~TestServerDatabase();
    TestServerDatabase(const TestServerDatabase&) = delete;
    TestServerDatabase& operator=(const TestServerDatabase&) = delete;

    /// postgresql://user@host:port/name of the new database.
    const QString& url() const { return m_url; }
    /// The new database's name (the team roles' names and a test's users start with it).
    const QString& name() const { return m_name; }
    /// The new database's URL for another user of the server.
    QString urlFor(const QString& user) const;
    /// Runs a statement on the new database through a connection of its own (for plain SQL in a test).
    void exec(const QString& sql) const;

private:
    QString m_server;
    QString m_name;
    QString m_url;
};

/// Runs `work` on a connection of its own to the database at `url` (postgresql://user@host:port/name), as the URL's
/// user: plain SQL, no Wijkregie code in between. The connection is closed and removed afterwards.
void withConnection(const QString& url, const std::function<void(QSqlDatabase&)>& work);
