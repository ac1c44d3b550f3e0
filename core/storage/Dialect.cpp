#include "Dialect.h"

#include "Error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Dialect {

QString quoted(const QString& text)
{
    QString t = text;
    t.replace(u'\'', u"''"_s);
    return u'\'' + t + u'\'';
}

QString Sqlite::caseInsensitive(const QString& expression) const
{
    return expression + u" COLLATE NOCASE"_s;
}

QString Sqlite::sortCollation() const
{
    // Registered on each connection by SqliteCollation::install (Dutch order through QCollator).
    return u"wijkregie_nl"_s;
}

QString Sqlite::listAggregate(const QString& expression, const QString& separator) const
{
    return u"group_concat("_s + expression + u", "_s + quoted(separator) + u')';
}

QString Sqlite::monthOf(const QString& isoDate) const
{
    return u"substr("_s + isoDate + u", 1, 7)"_s;
}

QString Sqlite::beginImmediate() const
{
    return u"BEGIN IMMEDIATE"_s;
}

QString Sqlite::cacheSize() const
{
    return u"PRAGMA cache_size"_s;
}

QString Sqlite::setCacheSize(int size) const
{
    return u"PRAGMA cache_size = %1"_s.arg(size);
}

QString Sqlite::vacuumInto(const QString& path) const
{
    return u"VACUUM INTO "_s + quoted(path);
}

QString Sqlite::setUserVersion(int version) const
{
    return u"PRAGMA user_version = %1"_s.arg(version);
}

QString Sqlite::setApplicationId(quint32 id) const
{
    return u"PRAGMA application_id = %1"_s.arg(static_cast<qint32>(id));
}

QStringList Sqlite::connectionPragmas(bool wal) const
{
    return {
        u"PRAGMA foreign_keys = ON"_s,
        wal ? u"PRAGMA journal_mode = WAL"_s : u"PRAGMA journal_mode = DELETE"_s,
        u"PRAGMA synchronous = FULL"_s,
        // Deleted and overwritten values are zeroed in the pages, not left in free space (AVG art. 17).
        u"PRAGMA secure_delete = ON"_s,
    };
}

QStringList Sqlite::purgeFreedContent() const
{
    // The checkpoint first: VACUUM then rewrites every page through a WAL that holds no older copies.
    return {u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s};
}

const Engine& sqlite()
{
    static const Sqlite engine;
    return engine;
}

const Engine& of(const QSqlDatabase& db)
{
    if (db.driverName() == u"QSQLITE"_s) {
        return sqlite();
    }
    throw Error(
        QCoreApplication::translate("Dialect", "This kind of database (%1) is not supported.").arg(db.driverName()));
}

} // namespace Dialect
