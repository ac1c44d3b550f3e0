#include "SqliteCollation.h"

#include "core/Error.h"
#include "core/domain/Collation.h"
#include "core/storage/Dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace SqliteCollation {

namespace {

int compareUtf16(void* /*context*/, int lengthA, const void* a, int lengthB, const void* b)
{
    // Lengths in bytes, text in the machine's UTF-16 (SQLITE_UTF16 is native byte order).
    return Collation::compare(QStringView(static_cast<const char16_t*>(a), lengthA / 2),
                              QStringView(static_cast<const char16_t*>(b), lengthB / 2));
}

} // namespace

void install(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3* connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3* const*>(handle.constData())
        : nullptr;
    const QByteArray name = Dialect::sqlite().sortCollation().toUtf8();
    if (!connection
        || sqlite3_create_collation_v2(connection, name.constData(), SQLITE_UTF16_ALIGNED, nullptr, compareUtf16,
                                       nullptr)
            != SQLITE_OK) {
        throw Error(QCoreApplication::translate("Dialect", "The database connection could not be prepared."),
                    connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : db.driverName());
    }
}

} // namespace SqliteCollation
