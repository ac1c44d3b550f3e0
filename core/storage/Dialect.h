#pragma once

#include <QString>

/// Every statement that is specific to SQLite lives here, so that a later PostgreSQL backend has one place to
/// change.
namespace Dialect {

QString beginImmediate();
QString vacuumInto(const QString& path);
QString setUserVersion(int version);
QString setApplicationId(quint32 id);
QStringList connectionPragmas(bool wal);
/// Reads and sets the page cache of the connection: positive in pages, negative in KiB.
QString cacheSize();
QString setCacheSize(int size);
/// Quoted string literal ('it''s').
QString quoted(const QString& text);

} // namespace Dialect
