#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Agreement.h"
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"
#include "core/storage/Tables.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

/// A save refused because the record is no longer what the editor read: someone else (a colleague on the team
/// database, or a second window on the same file) changed or deleted it meanwhile (DESIGN.md, Team database:
/// conflicts). The message names who and when, from the audit log; nothing was written.
class ConflictError final : public Error
{
public:
    ConflictError(QString message, QString user, QDateTime at);
    /// The account that made the last change (the audit log's user), empty when the log does not know.
    const QString& user() const noexcept { return m_user; }
    /// When (UTC); invalid when the log does not know.
    const QDateTime& at() const noexcept { return m_at; }

private:
    QString m_user;
    QDateTime m_at;
};

/// Where a record type is stored: its table and the audit log's entity (AuditEntry::entity), from its table's
/// declaration (Tables::of). A type stored otherwise specialises it.
template<typename T> struct StoredIn
{
    static QString table() { return Tables::of<T>().name; }
    static QString entity() { return Tables::of<T>().entity; }
};
/// An agreement with its KPIs and evaluations is stored as its agreement.
template<> struct StoredIn<AgreementRecord> : StoredIn<Agreement>
{
};
/// An anonymous event is a row of the activity log without a person.
template<> struct StoredIn<AnonymousEvent>
{
    static QString table() { return EventRepository::table(); }
    static QString entity() { return EventRepository::entity(); }
};

/// Optimistic concurrency for edits (DESIGN.md, Team database: "a save that meets a colleague's newer change is
/// refused with who and when"). An editor keeps the record as it read it; the save compares that with the stored
/// row inside the write transaction, after locking the row, and writes only when they are equal. Works the same on
/// the file (two windows, or a window and an import) and on the server (colleagues).
namespace Conflicts {

/// Runs `write` in one transaction, after locking the row `id` of `table` against other writers until the commit
/// (an UPDATE that changes nothing: a row lock on PostgreSQL; SQLite's write transaction already excludes every
/// other writer) and calling `check`, which throws ConflictError to refuse. Throws what `check` and `write` throw;
/// then nothing is written.
void guarded(Database& db, const QString& table, qint64 id, const std::function<void()>& check,
             const std::function<void()>& write);

/// The error for a record changed (or, with `deleted`, deleted) by someone else since it was read, naming the last
/// entry of the audit log for it (entity, id).
ConflictError conflict(Database& db, const QString& entity, qint64 id, bool deleted);

/// Throws ConflictError unless `stored` (the row as it is now; nullopt: deleted) equals `expected` (as the editor
/// read it). The message names the last change of the record in the audit log: `entity` and `id`.
template<typename T> void requireUnchanged(Database& db, qint64 id, const std::optional<T>& stored, const T& expected)
{
    if (!stored || !(*stored == expected)) {
        throw conflict(db, StoredIn<T>::entity(), id, !stored);
    }
}
} // namespace Conflicts
