#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

/// The statements behind the continuity signals, the succession help, the pipeline, the reminders and the one-pass
/// risk trend (DESIGN.md: Signals, Succession help, Reminders, Continuity risk). Each is one set-based statement over
/// the whole scope, never one per record. Active initiatives are those running or paused. Dates are ISO days.
namespace ContinuitySql {

/// Every ward's name by id.
QHash<qint64, QString> wardNames(const QSqlDatabase& db);

/// A filled critical role of an active initiative without a backup.
struct RoleGap
{
    qint64 roleId = 0;
    qint64 initiativeId = 0;
    QString initiativeTitle;
    qint64 wardId = 0;
    QString wardName;
    QString role; ///< key or the user's own name
    qint64 holderId = 0;
    QString holderName;
};
/// Every filled critical role without a backup of an active initiative (of one ward), by ward name, title, role.
QList<RoleGap> rolesWithoutBackup(const QSqlDatabase& db, std::optional<qint64> wardId);
/// Those of the roles with these ids that are filled and without a backup (of any initiative, active or not), in one
/// statement; unordered.
QList<RoleGap> gapsAmong(const QSqlDatabase& db, const QList<qint64>& roleIds);

/// An active initiative whose funding ends within a period while no follow-up funding is registered.
struct FundingEnd
{
    qint64 initiativeId = 0;
    QString title;
    qint64 wardId = 0;
    QString wardName;
    QDate fundingEnd;
};
/// Active initiatives with funding_end in [from, to] and follow_up_funding false.
QList<FundingEnd> fundingEnding(const QSqlDatabase& db, const QDate& from, const QDate& to,
                                std::optional<qint64> wardId);

/// A lead (trekker) of an active initiative without hours in it for a while.
struct InactiveLead
{
    qint64 personId = 0;
    QString name;
    qint64 initiativeId = 0;
    QString title;
    qint64 wardId = 0;
    QString wardName;
    QDate lastActive; ///< the last day with hours in the initiative on or before the reference date; invalid if none
};
/// Lead involvements current at `reference` that started on or before `since` (an open start counts), in active
/// initiatives, whose person has no hours in that initiative in (since, reference].
QList<InactiveLead> inactiveLeads(const QSqlDatabase& db, const QDate& reference, const QDate& since,
                                  std::optional<qint64> wardId);

/// A person who could back up a critical role: involved in its initiative or living in its ward, with hours
/// (anywhere) in (activeSince, reference].
struct Candidate
{
    qint64 roleId = 0;
    qint64 personId = 0;
    QString name;
    bool involved = false;
    int monthsActive = 0; ///< distinct months with hours in (windowStart, reference]
    QString skills; ///< comma separated, as stored
    int rolesHeld = 0; ///< critical roles held or backed up in active initiatives
};
/// The candidates of the given roles (the holder never is one), unordered; of each role only those who can be among
/// its first `perRole` when ranked by months active (capped at 12) first: fewer than `perRole` others of that role
/// are active in more months (ties at the boundary all come). The rest of the ranking is the caller's.
QList<Candidate> successorCandidates(const QSqlDatabase& db, const QList<qint64>& roleIds, const QDate& reference,
                                     const QDate& windowStart, const QDate& activeSince, int perRole);

/// The pipeline of one ward over (from, to] (DESIGN.md, Succession help): persons, counted once per ward.
struct Pipeline
{
    qint64 wardId = 0;
    QString wardCode;
    QString wardName;
    int adHocToCore = 0; ///< a core involvement starting in the period after an earlier ad-hoc one in the ward
    int coreToLead = 0; ///< a lead involvement starting in the period after an earlier core one in the ward
    int newcomers = 0; ///< their first involvement in the ward starts in the period
    int leavers = 0; ///< their last involvement in the ward ended in the period and none continues
    /// Leavers by the reason on their last ended involvement, indexed by LeavingReason (NULL counts as unknown).
    std::vector<int> reasons = std::vector<int>(7, 0);
};
/// The pipeline of every ward (or one), ordered by ward code.
QList<Pipeline> pipeline(const QSqlDatabase& db, const QDate& from, const QDate& to, std::optional<qint64> wardId);

/// One dated item for the calendar (DESIGN.md, Reminders).
struct CalendarItem
{
    QString kind; ///< evaluation, agreement_end, follow_up, funding_end
    qint64 id = 0; ///< the agreement's or the initiative's id
    QDate date;
    QString title; ///< agreement or initiative title
    QString context; ///< partner name, or ward name
    QString detail; ///< follow-up department, may be empty
};
/// Next evaluations and end dates of active agreements, follow-up deadlines of initiatives outside the framework
/// whose follow-up is not done, funding ends of active initiatives without follow-up funding; by date and kind.
QList<CalendarItem> calendarItems(const QSqlDatabase& db);

/// Static facts of the active initiatives for the one-pass trend.
struct TrendInitiative
{
    qint64 id = 0;
    QString title;
    qint64 wardId = 0;
    QString wardCode;
    QDate fundingEnd;
    bool followUpFunding = false;
    QString leadType;
    QString fitsFramework;
    bool followUpOwnerEmpty = true;
    QDate startDate;
};
struct TrendRole
{
    qint64 initiativeId = 0;
    std::optional<qint64> holderId;
    std::optional<qint64> backupId;
};
struct TrendAgreement
{
    qint64 initiativeId = 0;
    QDate end;
    QDate nextEvaluation;
};
/// Hours of one person in one initiative in one month ("YYYY-MM"), in quarter hours.
struct MonthHours
{
    qint64 initiativeId = 0;
    qint64 personId = 0;
    int month = 0; ///< year * 12 + month - 1
    qint64 quarters = 0;
};
struct TrendInput
{
    QList<TrendInitiative> initiatives; ///< every active initiative in scope, by ward code, title and id
    QList<TrendRole> roles; ///< critical roles of every active initiative (for key_person_load too)
    QList<TrendAgreement> agreements; ///< active agreements with an end date, per linked initiative
    std::vector<MonthHours> hours; ///< by initiative, person, month
};
/// Everything the trend needs in one pass over the activity log: person hours with a date in (from, to] of the
/// active initiatives in scope, per initiative, person and month. With a ward: its initiatives, plus every active
/// initiative in which one of their persons of that period has hours (for key_person_load).
TrendInput trendInput(const QSqlDatabase& db, const QDate& from, const QDate& to, std::optional<qint64> wardId);

} // namespace ContinuitySql
