#include "Publish.h"

#include "core/Cancelled.h"
#include "core/Error.h"
#include "core/i18n/Translations.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/TeamRoles.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Publish {

namespace {

const Translations::Context tr {"Publish"};

/// Rows per INSERT: few round trips, and a statement far below the server's limit of 65535 parameters.
constexpr int BatchRows = 500;

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList columns;
    QSqlQuery q = Sql::exec(db, Dialect::of(db).columnsOf(table));
    while (q.next()) {
        columns << q.value(0).toString();
    }
    return columns;
}

/// The server schema's tables, each after the tables it refers to.
QStringList tablesInReferenceOrder(const QSqlDatabase& server)
{
    QStringList tables;
    QSqlQuery t = Sql::exec(server,
                            u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname"_s);
    while (t.next()) {
        tables << t.value(0).toString();
    }
    QHash<QString, QSet<QString>> refersTo;
    QSqlQuery r = Sql::exec(server,
                            u"SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON c.oid = "
                            "k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = "
                            "c.relnamespace WHERE k.contype = 'f' AND n.nspname = current_schema()"_s);
    while (r.next()) {
        if (r.value(0).toString() != r.value(1).toString()) {
            refersTo[r.value(0).toString()].insert(r.value(1).toString());
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString& table : std::as_const(tables)) {
            if (!placed.contains(table) && placed.contains(refersTo.value(table))) {
                ordered << table;
                placed.insert(table);
            }
        }
        if (ordered.size() == before) {
            throw Error(tr("The tables of the database refer to each other in a circle; they cannot be copied."));
        }
    }
    return ordered;
}

QString insertStatement(const QString& table, const QStringList& columns, int rows)
{
    const QString row = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES "_s
        + QStringList(rows, row).join(u", "_s);
}

qint64 copyTable(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table,
                 const std::function<bool()>& goOn)
{
    const QStringList columns = columnsOf(to, table);
    const QStringList present = columnsOf(from, table);
    for (const QString& column : columns) {
        if (!present.contains(column)) {
            throw Error(tr("The file has no column %1 in table %2; open it for writing once to bring it up to "
                           "date.")
                            .arg(column, table));
        }
    }
    QSqlQuery read = Sql::exec(from, u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table + u" ORDER BY 1"_s);
    QSqlQuery full = Sql::prepare(to, insertStatement(table, columns, BatchRows));
    QVariantList values;
    values.reserve(BatchRows * columns.size());
    qint64 copied = 0;
    int pending = 0;
    const auto flush = [&](QSqlQuery& insert) {
        Sql::exec(insert, values);
        copied += pending;
        pending = 0;
        values.clear();
        if (goOn && !goOn()) {
            throw Cancelled();
        }
    };
    while (read.next()) {
        for (int c = 0; c < columns.size(); ++c) {
            values << (read.isNull(c) ? QVariant() : read.value(c));
        }
        if (++pending == BatchRows) {
            flush(full);
        }
    }
    if (read.lastError().isValid()) {
        throw Error(tr("The file could not be read."), read.lastError().text());
    }
    if (pending > 0) {
        QSqlQuery rest = Sql::prepare(to, insertStatement(table, columns, pending));
        flush(rest);
    }
    if (columns.contains(u"id"_s)) {
        // The next id the server gives is the one after the highest copied id (the insert trigger moves it too).
        Sql::exec(to,
                  u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce((SELECT max(id) FROM %1), 0) + 1, "
                  "false) WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL"_s.arg(table));
    }
    return copied;
}

} // namespace

Result toServer(Database& file, const QString& url, const std::function<bool()>& goOn)
{
    if (file.isServer()) {
        throw Error(tr("Publish copies a Wijkregie file to a server; %1 is a server database already.")
                        .arg(QUrl(file.path()).toDisplayString(QUrl::RemovePassword)));
    }
    if (file.schemaVersion() != Database::LatestSchemaVersion) {
        throw Error(
            tr("The file %1 has an older schema and must be opened for writing once to be updated.").arg(file.path()));
    }
    const std::unique_ptr<Database> server = Database::connectServer(url);
    const QString shown = QUrl(url).toDisplayString(QUrl::RemovePassword);
    if (!server->isEmptyServerDatabase()) {
        throw Error(tr("The database %1 is not empty. Publish copies a file into a new, empty database only, so that "
                       "nothing on the server is overwritten or mixed with other data; ask the server's administrator "
                       "for a new database (createdb).")
                        .arg(shown));
    }
    const QSqlDatabase from = file.connection();
    const QSqlDatabase to = server->connection();
    Result result;
    Transaction tx(*server);
    server->createServerSchema();
    const QStringList tables = tablesInReferenceOrder(to);
    // The schema comes with its starting rows (the themes, the schema version): the file's rows replace them.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        Sql::exec(to, u"DELETE FROM "_s + *it);
    }
    for (const QString& table : tables) {
        result.rows += copyTable(from, to, table, goOn);
        ++result.tables;
    }
    Sql::exec(to, Dialect::of(to).setUserVersion(Database::LatestSchemaVersion));
    // The team's roles, enforced by the server from the first moment the data is there.
    TeamRoles::install(to);
    tx.commit();
    return result;
}

} // namespace Publish
