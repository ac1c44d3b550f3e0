#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <optional>

class QDate;

/// Small helpers that turn Qt Sql's error codes into Error exceptions, so no failure goes unnoticed.
namespace Sql {

/// Prepares a statement; throws Error when SQLite refuses it.
QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
/// Binds the values positionally and executes; throws Error on failure.
void exec(QSqlQuery& query, const QVariantList& values = {});
/// Prepares, binds and executes in one go.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
/// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
/// How many rows of `table` have `id` in `column` (both names are the program's own, never user input).
int countReferring(const QSqlDatabase& db, const char* table, const char* column, qint64 id);

/// True when `table` has a row with this id.
bool exists(const QSqlDatabase& db, const QString& table, qint64 id);

/// Dates are stored as ISO-8601 text; a null date as NULL.
QVariant date(const QDate& d);
QDate toDate(const QVariant& v);
QVariant optionalId(const std::optional<qint64>& id);
std::optional<qint64> toOptionalId(const QVariant& v);
QVariant optionalInt(const std::optional<int>& v);
std::optional<int> toOptionalInt(const QVariant& v);
/// Escapes % and _ for a LIKE pattern with ESCAPE '\'.
QString likePattern(const QString& text);

} // namespace Sql
