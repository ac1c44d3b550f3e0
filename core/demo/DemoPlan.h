#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <vector>

/// What the parts of the demo generator share: the initiatives as written, and who takes part in them. Kept small
/// per row, because the huge demo plans 60,000 initiatives and 600,000 persons in memory.
namespace DemoPlan {

/// How an initiative is carried (DESIGN.md, demo sizes: realistic patterns of who carries it).
enum class Pattern : quint8 {
    None, ///< no history (idea, applied)
    Solo, ///< one resident carries it; no backups
    BroadCore, ///< a broad core group, every role backed up
    MostlyAdHoc, ///< a lead and many ad-hoc helpers, events with anonymous participants
    Declining, ///< hours falling, core members leaving
    Growing, ///< new core members in the last year, hours rising
    Regular, ///< a lead, a small core and some helpers
    KeyPerson, ///< carried by a resident who carries several initiatives of the ward
};

/// One initiative as the later parts need it.
struct InitiativeInfo
{
    qint64 id = 0;
    qint64 wardId = 0;
    InitiativeStatus status = InitiativeStatus::Idea;
    QDate startDate;
    /// The last day with activity: the reference date (running), the day it paused, or the day it ended.
    QDate activeUntil;
    /// The day it ended (completed, stopped); invalid otherwise. Involvements end then.
    QDate endedOn;
    QList<qint64> themeIds;
    Pattern pattern = Pattern::None;

    bool hasHistory() const { return pattern != Pattern::None; }
    bool isActive() const { return status == InitiativeStatus::Running || status == InitiativeStatus::Paused; }
};

/// A person's part in one initiative, and how much they do.
struct Member
{
    qint64 personId = 0;
    InvolvementRole role = InvolvementRole::AdHoc;
    QDate from;
    QDate until; ///< invalid: still involved
    float perWeek = 0; ///< days with activity per week
    quint8 minQuarters = 2;
    quint8 maxQuarters = 8;
};

/// A critical role as planned; backup 0 for none.
struct Role
{
    const char16_t* key; ///< standard key or the user's own name
    qint64 holderId = 0;
    qint64 backupId = 0;
};

/// Everyone and everything taking part in one initiative.
struct Team
{
    std::vector<Member> members;
    std::vector<Role> roles;
    /// Growth of the hours over the two years: below 0 falling, above 0 rising.
    float trend = 0;
    /// Events with anonymous participants per month.
    float eventsPerMonth = 0;
};

} // namespace DemoPlan
