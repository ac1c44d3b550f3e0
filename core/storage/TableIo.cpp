#include "TableIo.h"

#include "core/Error.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlRecord>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE")) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

[[noreturn]] void fail(sqlite3* db, const QString& sql)
{
    throw Error(QCoreApplication::translate("Sql", "The database could not carry out the operation."),
                QString::fromUtf8(sqlite3_errmsg(db)) + u" — "_s + sql.simplified().left(200));
}

} // namespace

namespace {

QString whereClause(const QString& where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where;
}

} // namespace

TableCursor::TableCursor(Database& db, const TableSelect& select)
    : TableCursor(db,
                  u"SELECT "_s + select.expressions.join(u", "_s) + u" FROM "_s + select.from
                      + whereClause(select.where) + u" ORDER BY "_s + select.orderBy)
{
}

qint64 TableCursor::count(Database& db, const TableSelect& select)
{
    return Sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + select.from + whereClause(select.where))
        .toLongLong();
}

TableCursor::TableCursor(Database& db, const QString& select)
{
    const QSqlDatabase connection = db.connection();
    if (sqlite3* handle = sqliteHandle(connection)) {
        const QByteArray sql = select.toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
            fail(handle, select);
        }
        m_columns = sqlite3_column_count(m_stmt);
        return;
    }
    m_query = Sql::exec(connection, select);
    m_columns = m_query.record().count();
    m_values.resize(m_columns);
    m_texts.resize(m_columns);
}

TableCursor::~TableCursor()
{
    sqlite3_finalize(m_stmt);
}

bool TableCursor::next()
{
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc != SQLITE_DONE) {
            fail(sqlite3_db_handle(m_stmt), QString::fromUtf8(sqlite3_sql(m_stmt)));
        }
        return false;
    }
    if (!m_query.next()) {
        m_query.finish();
        return false;
    }
    for (int i = 0; i < m_columns; ++i) {
        m_values[i] = m_query.value(i);
    }
    return true;
}

TableCursor::Kind TableCursor::kind(int column) const
{
    if (m_stmt) {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_NULL:
            return Kind::Null;
        case SQLITE_INTEGER:
            return Kind::Integer;
        case SQLITE_FLOAT:
            return Kind::Real;
        default:
            return Kind::Text;
        }
    }
    const QVariant& v = m_values.at(column);
    if (v.isNull()) {
        return Kind::Null;
    }
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return Kind::Integer;
    case QMetaType::Double:
        return Kind::Real;
    default:
        return Kind::Text;
    }
}

qint64 TableCursor::integer(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_values.at(column).toLongLong();
}

double TableCursor::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : m_values.at(column).toDouble();
}

QByteArrayView TableCursor::text(int column) const
{
    if (m_stmt) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
    }
    m_texts[column] = m_values.at(column).toString().toUtf8();
    return m_texts.at(column);
}
