#pragma once

#include "core/demo/DemoDice.h"
#include "core/demo/DemoPlan.h"
#include "core/domain/Enums.h"

#include <QDate>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class DemoWriter;

/// The demo's record of who carries each initiative: involvements, two years of activities in quarter
/// hours, events with anonymous participants, and the succession register. Planned first (plan()), because the
/// persons' engagement preference follows from their part, then written after the persons (write()).
///
/// Guarantees: every activity lies within an involvement of that person in that initiative; a person is involved
/// in at most MaxInvolvements initiatives and works at most 4 hours a day per initiative, so never over 24 hours
/// a day; only initiatives with a history (running, paused, completed, stopped) have involvements.
class DemoHistory final
{
public:
    static constexpr int MaxInvolvements = 4;
    static constexpr int MaxQuartersPerActivity = 16;

    /// `activityRate` scales the number of activity days (1 for small and large).
    DemoHistory(quint32 seed, const QDate& today, double activityRate);

    /// Plans the teams of the initiatives that have a pattern. `personWard[id - 1]` is the ward of person `id`
    /// (0: none). Persons of the initiative's ward are preferred.
    void plan(const std::vector<DemoPlan::InitiativeInfo>& initiatives, const std::vector<qint32>& personWard,
              int wardCount);

    /// The engagement preference that fits what the person does in the plan.
    Engagement engagementOf(qint64 personId, DemoDice& dice) const;
    /// Skills the person's critical roles ask for ("penningmeester", "sleutelbeheer").
    QStringList roleSkills(qint64 personId) const;
    /// The reason for leaving of an involvement that ended before today (deterministic from its id; none for some).
    std::optional<LeavingReason> leavingReason(qint64 involvementId, const QDate& until) const;
    /// The persons planned as key persons (carrying several initiatives), in plan order.
    const QList<qint64>& keyPersons() const { return m_keyPersons; }

    /// Writes involvements, critical roles, activities and events. `step` is called once per initiative.
    void write(DemoWriter& writer, const std::vector<DemoPlan::InitiativeInfo>& initiatives,
               const std::function<void()>& step);
    qint64 activitiesWritten() const { return m_activities; }

private:
    DemoPlan::Team planTeam(const DemoPlan::InitiativeInfo& info, DemoDice& dice);
    void planKeyPersonTeams(const std::vector<DemoPlan::InitiativeInfo>& initiatives, DemoDice& dice);
    qint64 takePerson(qint64 wardId, DemoDice& dice, const DemoPlan::Team& team);
    void addMember(DemoPlan::Team& team, qint64 personId, InvolvementRole role, const QDate& from, const QDate& until,
                   float perWeek, int minQuarters, int maxQuarters);
    void addRoles(DemoPlan::Team& team, const DemoPlan::InitiativeInfo& info, DemoDice& dice);
    void writeActivities(DemoWriter& writer, const DemoPlan::InitiativeInfo& info, const DemoPlan::Team& team);

    quint32 m_seed;
    QDate m_today;
    QDate m_windowStart; ///< two years before the reference date
    double m_rate;
    std::vector<std::vector<qint64>> m_pools; ///< per ward (index 0: persons without a ward), shuffled
    std::vector<size_t> m_cursors;
    std::vector<quint8> m_involvements; ///< per person
    std::vector<quint8> m_flags; ///< per person: Flag bits
    std::vector<DemoPlan::Team> m_teams; ///< per initiative (index id - 1)
    QList<qint64> m_keyPersons;
    qint64 m_activities = 0;
    int m_quietLeads = 0;
    int m_movesShown = 0;
    qint64 m_involvementId = 0;
};
