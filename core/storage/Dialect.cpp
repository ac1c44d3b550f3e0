#include "Dialect.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Dialect {

QString beginImmediate()
{
    return u"BEGIN IMMEDIATE"_s;
}

QString quoted(const QString& text)
{
    QString t = text;
    t.replace(u'\'', u"''"_s);
    return u'\'' + t + u'\'';
}

QString cacheSize()
{
    return u"PRAGMA cache_size"_s;
}

QString setCacheSize(int size)
{
    return u"PRAGMA cache_size = %1"_s.arg(size);
}

QString vacuumInto(const QString& path)
{
    return u"VACUUM INTO "_s + quoted(path);
}

QString setUserVersion(int version)
{
    return u"PRAGMA user_version = %1"_s.arg(version);
}

QString setApplicationId(quint32 id)
{
    return u"PRAGMA application_id = %1"_s.arg(static_cast<qint32>(id));
}

QStringList connectionPragmas(bool wal)
{
    return {
        u"PRAGMA foreign_keys = ON"_s,
        wal ? u"PRAGMA journal_mode = WAL"_s : u"PRAGMA journal_mode = DELETE"_s,
        u"PRAGMA synchronous = FULL"_s,
    };
}

} // namespace Dialect
