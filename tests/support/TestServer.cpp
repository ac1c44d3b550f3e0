#include "TestServer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString serverUrl()
{
    const QString url = qEnvironmentVariable("WIJKREGIE_TEST_PG_URL");
    if (!url.isEmpty()) {
        return url;
    }
    QFile file(qEnvironmentVariable("WIJKREGIE_TEST_PG_URL_FILE"));
    if (!file.fileName().isEmpty() && file.open(QIODevice::ReadOnly)) {
        return QString::fromUtf8(file.readAll()).trimmed();
    }
    FAIL("No PostgreSQL test server. ctest starts one (fixture pg_cluster); by hand: "
         "scripts/pg-test-cluster.sh run -- build/release/tests/pg/pg_tests. To leave these tests out, say so: "
         "pg_tests '~[pg]' or ctest -LE pg.");
    return {};
}

/// Runs one statement through a connection of its own to the database at `url`.
void run(const QString& url, const QString& sql)
{
    withConnection(url, [&sql](QSqlDatabase& db) {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        q.finish();
    });
}

} // namespace

void withConnection(const QString& url, const std::function<void(QSqlDatabase&)>& work)
{
    const QUrl u(url);
    const QString name = u"wijkregie-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        INFO(url.toStdString());
        REQUIRE(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TestServerDatabase::TestServerDatabase()
    : m_server(serverUrl())
    // Short: the team roles' names start with the database's name and PostgreSQL cuts names at 63 bytes.
    , m_name(u"wrt_"_s + QUuid::createUuid().toString(QUuid::Id128).left(20))
{
    run(m_server, u"CREATE DATABASE "_s + m_name + u" TEMPLATE template0 ENCODING 'UTF8'"_s);
    QUrl u(m_server);
    u.setPath(u'/' + m_name);
    m_url = u.toString();
}

TestServerDatabase::~TestServerDatabase()
{
    try {
        run(m_server, u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
        // Roles are the cluster's: the team's group roles and the test's users all start with the database's name.
        run(m_server, uR"(DO $$ DECLARE r text; BEGIN
                FOR r IN SELECT rolname FROM pg_roles WHERE starts_with(rolname, '%1_') LOOP
                    EXECUTE format('DROP ROLE %I', r);
                END LOOP;
            END $$)"_s.arg(m_name));
    } catch (...) {
        // A failed drop leaves a database in a throw-away cluster; the test's own result stands.
    }
}

void TestServerDatabase::exec(const QString& sql) const
{
    run(m_url, sql);
}

QString TestServerDatabase::urlFor(const QString& user) const
{
    QUrl u(m_url);
    u.setUserName(user);
    return u.toString();
}
