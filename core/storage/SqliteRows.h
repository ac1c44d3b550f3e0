#pragma once

#include "core/storage/TableIo.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

/// The SQLite dialect's RowReader (Dialect::Engine::readRows): steps `select` through SQLite's own API, without a
/// QVariant or a QString per cell; through QSqlQuery when the connection's driver gives no sqlite3 handle. Throws
/// Error when `select` fails.
namespace SqliteRows {
std::unique_ptr<RowReader> open(const QSqlDatabase& db, const QString& select);
}
