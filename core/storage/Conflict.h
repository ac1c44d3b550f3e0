#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Agreement.h"
#include "core/domain/CriticalRole.h"
#include "core/domain/Initiative.h"
#include "core/domain/Involvement.h"
#include "core/domain/Participation.h"
#include "core/domain/Partner.h"
#include "core/domain/Person.h"
#include "core/domain/PolicyFramework.h"
#include "core/domain/SupportMap.h"
#include "core/domain/Theme.h"
#include "core/domain/Ward.h"
#include "core/domain/WardGoal.h"
#include "core/storage/Database.h"

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

/// Where a record type is stored: its table and the audit log's entity (AuditEntry::entity). One line per type that
/// the window edits through SaveRecordCommand.
template<typename T> struct StoredIn;
#define WIJKREGIE_STORED_IN(Type, tableName, entityName)                                                               \
    template<> struct StoredIn<Type>                                                                                   \
    {                                                                                                                  \
        static constexpr const char* table = tableName;                                                                \
        static constexpr const char* entity = entityName;                                                              \
    };
WIJKREGIE_STORED_IN(Ward, "wards", "ward")
WIJKREGIE_STORED_IN(Theme, "themes", "theme")
WIJKREGIE_STORED_IN(PolicyFramework, "frameworks", "framework")
WIJKREGIE_STORED_IN(Initiative, "initiatives", "initiative")
WIJKREGIE_STORED_IN(Person, "persons", "person")
WIJKREGIE_STORED_IN(Involvement, "involvements", "involvement")
WIJKREGIE_STORED_IN(CriticalRole, "critical_roles", "critical_role")
WIJKREGIE_STORED_IN(Partner, "partners", "partner")
WIJKREGIE_STORED_IN(AgreementRecord, "agreements", "agreement")
WIJKREGIE_STORED_IN(WardGoal, "goals", "goal")
WIJKREGIE_STORED_IN(ParticipationMoment, "participation", "participation")
WIJKREGIE_STORED_IN(Need, "needs", "need")
WIJKREGIE_STORED_IN(Offer, "offers", "offer")
WIJKREGIE_STORED_IN(AnonymousEvent, "activities", "event")
#undef WIJKREGIE_STORED_IN

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
        throw conflict(db, QString::fromLatin1(StoredIn<T>::entity), id, !stored);
    }
}
} // namespace Conflicts
