#include "TableIo.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

QString whereClause(const QString& where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where;
}

/// QSqlQuery's rows, a QVariant per cell.
class QueryRows final : public RowReader
{
public:
    QueryRows(const QSqlDatabase& db, const QString& select)
        : m_query(Sql::exec(db, select))
        , m_columns(m_query.record().count())
    {
        m_values.resize(m_columns);
        m_texts.resize(m_columns);
    }

    bool next() override
    {
        if (!m_query.next()) {
            m_query.finish();
            return false;
        }
        for (int i = 0; i < m_columns; ++i) {
            m_values[i] = m_query.value(i);
        }
        return true;
    }
    int columnCount() const override { return m_columns; }
    Kind kind(int column) const override
    {
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
    qint64 integer(int column) const override { return m_values.at(column).toLongLong(); }
    double real(int column) const override { return m_values.at(column).toDouble(); }
    QByteArrayView text(int column) const override
    {
        m_texts[column] = m_values.at(column).toString().toUtf8();
        return m_texts.at(column);
    }

private:
    QSqlQuery m_query;
    int m_columns;
    QList<QVariant> m_values;
    mutable QList<QByteArray> m_texts;
};

} // namespace

std::unique_ptr<RowReader> RowReader::query(const QSqlDatabase& db, const QString& select)
{
    return std::make_unique<QueryRows>(db, select);
}

TableCursor::TableCursor(Database& db, const TableSelect& select)
    : TableCursor(db,
                  u"SELECT "_s + select.expressions.join(u", "_s) + u" FROM "_s + select.from
                      + whereClause(select.where) + u" ORDER BY "_s + select.orderBy)
{
}

TableCursor::TableCursor(Database& db, const QString& select)
    : m_reader(Dialect::of(db.connection()).readRows(db.connection(), select))
{
}

TableCursor::~TableCursor() = default;

qint64 TableCursor::count(Database& db, const TableSelect& select)
{
    return Sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + select.from + whereClause(select.where))
        .toLongLong();
}
