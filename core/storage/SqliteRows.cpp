// Large exports step their statement through SQLite's own API (the library the QSQLITE driver uses).
#include "SqliteRows.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
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

class StatementRows final : public RowReader
{
public:
    StatementRows(sqlite3* handle, const QString& select)
    {
        const QByteArray sql = select.toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
            fail(handle, select);
        }
        m_columns = sqlite3_column_count(m_stmt);
    }
    ~StatementRows() override { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(StatementRows)

    bool next() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc != SQLITE_DONE) {
            fail(sqlite3_db_handle(m_stmt), QString::fromUtf8(sqlite3_sql(m_stmt)));
        }
        return false;
    }
    int columnCount() const override { return m_columns; }
    Kind kind(int column) const override
    {
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
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    QByteArrayView text(int column) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_columns = 0;
};

} // namespace

std::unique_ptr<RowReader> SqliteRows::open(const QSqlDatabase& db, const QString& select)
{
    if (sqlite3* handle = sqliteHandle(db)) {
        return std::make_unique<StatementRows>(handle, select);
    }
    return RowReader::query(db, select);
}
