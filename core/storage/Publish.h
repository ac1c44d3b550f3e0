#pragma once

#include <QString>
#include <functional>

class Database;

/// `wijkregie publish FILE --to URL` (DESIGN.md, Team database): a Wijkregie file's data moved to a new, empty
/// PostgreSQL database, where a team shares it.
namespace Publish {

struct Result
{
    int tables = 0; ///< tables copied (every table of the schema, also the empty ones)
    qint64 rows = 0; ///< rows copied, over all tables
};

/// Creates the schema at the latest version in the empty server database at `url` and copies every row of every
/// table of `file` into it, ids kept, each identity sequence set after the highest id; one transaction, so the
/// server database ends complete or stays empty. `file` must be at the latest schema version (open it for writing
/// once). Refuses, with nothing written, a URL with a password (~/.pgpass holds it), a server that cannot be
/// reached and a database that holds any table, sequence or function. `goOn` is asked between batches of rows;
/// false cancels (throws Cancelled, nothing written). Throws Error.
Result toServer(Database& file, const QString& url, const std::function<bool()>& goOn = {});

} // namespace Publish
