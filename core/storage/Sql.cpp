#include "Sql.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Sql {

namespace {
[[noreturn]] void fail(const QSqlError& error, const QString& sql)
{
    if (error.nativeErrorCode() == u"42501"_s) {
        // PostgreSQL's insufficient_privilege: a grant or a row-level security policy of the team database
        // (TeamRoles) refused the statement.
        throw Error(QCoreApplication::translate("Sql",
                                                "Your role in the team database does not allow this; nothing was "
                                                "changed. A wijkregisseur changes the records of their own wards; "
                                                "the team's beheerder assigns wards."),
                    error.text() + u" — "_s + sql.simplified().left(200));
    }
    throw Error(QCoreApplication::translate("Sql", "The database could not carry out the operation."),
                error.text() + u" — "_s + sql.simplified().left(200));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        fail(query.lastError(), sql);
    }
    return query;
}

void exec(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        // A null QString would be bound as NULL; an empty text is meant. Null variants stay NULL.
        if (!v.isNull() && v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull()) {
            query.bindValue(static_cast<int>(i), QString(u""_s));
        } else {
            query.bindValue(static_cast<int>(i), v);
        }
    }
    if (!query.exec()) {
        fail(query.lastError(), query.lastQuery());
    }
}

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (values.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            fail(query.lastError(), sql);
        }
        return query;
    }
    QSqlQuery query = prepare(db, sql);
    exec(query, values);
    return query;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query = exec(db, sql, values);
    if (query.next()) {
        QVariant v = query.value(0);
        query.finish();
        return v;
    }
    return {};
}

int countReferring(const QSqlDatabase& db, const char* table, const char* column, qint64 id)
{
    return scalar(db,
                  u"SELECT count(*) FROM %1 WHERE %2 = ?"_s.arg(QLatin1StringView(table), QLatin1StringView(column)),
                  {id})
        .toInt();
}

bool exists(const QSqlDatabase& db, const QString& table, qint64 id)
{
    return scalar(db, u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s, {id}).isValid();
}

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> toOptionalId(const QVariant& v)
{
    if (v.isNull()) {
        return std::nullopt;
    }
    return v.toLongLong();
}

QVariant optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> toOptionalInt(const QVariant& v)
{
    if (v.isNull()) {
        return std::nullopt;
    }
    return v.toInt();
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace Sql
