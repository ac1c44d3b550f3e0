#include "DemoHistory.h"

#include "core/storage/DemoWriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace DemoPlan;

namespace {

enum Flag : quint8 { Structural = 1, AdHoc = 2, Treasurer = 4, Keys = 8 };

QDate later(const QDate& a, const QDate& b)
{
    return a < b ? b : a;
}

QDate earlier(const QDate& a, const QDate& b)
{
    return a < b ? a : b;
}

/// A day in [a, b]; a when b is before a.
QDate dayBetween(DemoDice& dice, const QDate& a, const QDate& b)
{
    return b <= a ? a : a.addDays(dice.between(0, static_cast<int>(a.daysTo(b))));
}

const QStringList& activityKinds()
{
    static const QStringList kinds {QString(),          QString(),          QString(),
                                    u"activiteit"_s,    u"activiteit"_s,    u"vergadering"_s,
                                    u"voorbereiding"_s, u"administratie"_s, u"opbouwen en opruimen"_s};
    return kinds;
}

const QStringList& eventKinds()
{
    static const QStringList kinds {u"buurtfeest"_s, u"open inloop"_s, u"informatieavond"_s, u"workshop"_s,
                                    u"markt"_s,      u"opschoondag"_s, u"maaltijd"_s};
    return kinds;
}

/// Roles a user added to the standard ones, here and there.
const QList<const char16_t*>& ownRoles()
{
    static const QList<const char16_t*> roles {u"coördinator vrijwilligers", u"contact woningcorporatie",
                                               u"beheer sociale media", u"EHBO", u"inkoop en voorraad"};
    return roles;
}

} // namespace

DemoHistory::DemoHistory(quint32 seed, const QDate& today, double activityRate)
    : m_seed(seed)
    , m_today(today)
    , m_windowStart(today.addYears(-2))
    , m_rate(activityRate)
{
}

void DemoHistory::plan(const std::vector<InitiativeInfo>& initiatives, const std::vector<qint32>& personWard,
                       int wardCount)
{
    DemoDice dice(DemoDice::mix(m_seed, 0x1157));
    m_involvements.assign(personWard.size(), 0);
    m_flags.assign(personWard.size(), 0);
    m_pools.assign(static_cast<size_t>(wardCount) + 1, {});
    m_cursors.assign(m_pools.size(), 0);
    for (size_t i = 0; i < personWard.size(); ++i) {
        m_pools[static_cast<size_t>(std::clamp(personWard[i], 0, wardCount))].push_back(qint64(i) + 1);
    }
    for (auto& pool : m_pools) {
        for (size_t i = pool.size(); i > 1; --i) {
            std::swap(pool[i - 1], pool[static_cast<size_t>(dice.between(0, static_cast<int>(i) - 1))]);
        }
    }
    m_teams.assign(initiatives.size(), {});
    planKeyPersonTeams(initiatives, dice);
    for (const InitiativeInfo& info : initiatives) {
        if (info.hasHistory() && info.pattern != Pattern::KeyPerson) {
            m_teams[static_cast<size_t>(info.id - 1)] = planTeam(info, dice);
        }
    }
}

qint64 DemoHistory::takePerson(qint64 wardId, DemoDice& dice, const Team& team)
{
    const auto usable = [&](qint64 id) {
        if (m_involvements[static_cast<size_t>(id - 1)] >= MaxInvolvements) {
            return false;
        }
        return std::none_of(team.members.cbegin(), team.members.cend(),
                            [id](const Member& m) { return m.personId == id; });
    };
    // Most helpers live in the ward; some come from elsewhere.
    size_t ward = dice.chance(0.9) ? static_cast<size_t>(wardId)
                                   : static_cast<size_t>(dice.between(0, static_cast<int>(m_pools.size()) - 1));
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto& pool = m_pools[ward];
        for (size_t tried = 0; tried < pool.size(); ++tried) {
            const qint64 id = pool[m_cursors[ward]];
            m_cursors[ward] = (m_cursors[ward] + 1) % pool.size();
            if (usable(id)) {
                return id;
            }
        }
        ward = static_cast<size_t>(dice.between(0, static_cast<int>(m_pools.size()) - 1));
    }
    for (int attempt = 0; attempt < 64; ++attempt) {
        const qint64 id = dice.between(1, static_cast<int>(m_involvements.size()));
        if (usable(id)) {
            return id;
        }
    }
    return 0;
}

void DemoHistory::addMember(Team& team, qint64 personId, InvolvementRole role, const QDate& from, const QDate& until,
                            float perWeek, int minQuarters, int maxQuarters)
{
    if (personId == 0) {
        return;
    }
    Member m;
    m.personId = personId;
    m.role = role;
    m.from = from;
    m.until = until.isValid() && until < from ? from : until;
    m.perWeek = perWeek;
    m.minQuarters = static_cast<quint8>(minQuarters);
    m.maxQuarters = static_cast<quint8>(std::min(maxQuarters, MaxQuartersPerActivity));
    team.members.push_back(m);
    ++m_involvements[static_cast<size_t>(personId - 1)];
    m_flags[static_cast<size_t>(personId - 1)] |= role == InvolvementRole::AdHoc ? AdHoc : Structural;
}

void DemoHistory::planKeyPersonTeams(const std::vector<InitiativeInfo>& initiatives, DemoDice& dice)
{
    QList<qint64> wards;
    for (const InitiativeInfo& info : initiatives) {
        if (info.pattern == Pattern::KeyPerson && !wards.contains(info.wardId)) {
            wards << info.wardId;
        }
    }
    for (const qint64 wardId : wards) {
        // The key person leads every one of them with a little under half of the hours; the second in line has
        // most of the rest, so without the key person one resident carries each initiative.
        const qint64 key = takePerson(wardId, dice, {});
        if (key == 0) {
            continue;
        }
        m_keyPersons << key;
        for (const InitiativeInfo& info : initiatives) {
            if (info.pattern != Pattern::KeyPerson || info.wardId != wardId) {
                continue;
            }
            Team& team = m_teams[static_cast<size_t>(info.id - 1)];
            team.eventsPerMonth = 0.2F;
            const QDate s = info.startDate;
            addMember(team, key, InvolvementRole::Lead, s, info.endedOn, 1.5F, 6, 12);
            const qint64 second = takePerson(wardId, dice, team);
            addMember(team, second, InvolvementRole::Core, s.addDays(dice.between(0, 60)), {}, 1.3F, 6, 10);
            const qint64 third = takePerson(wardId, dice, team);
            addMember(team, third, InvolvementRole::Core, s.addDays(dice.between(0, 90)), {}, 0.9F, 4, 8);
            for (int h = 0; h < 2; ++h) {
                addMember(team, takePerson(wardId, dice, team), InvolvementRole::AdHoc,
                          dayBetween(dice, s, info.activeUntil), {}, 0.05F, 2, 6);
            }
            if (info.isActive() && second != 0) {
                team.roles.push_back({u"lead", key, second});
                team.roles.push_back({u"treasurer", second, key});
                team.roles.push_back({u"keys", key, 0});
                m_flags[static_cast<size_t>(second - 1)] |= Treasurer;
                m_flags[static_cast<size_t>(key - 1)] |= Keys;
            }
        }
    }
}

Team DemoHistory::planTeam(const InitiativeInfo& info, DemoDice& dice)
{
    Team team;
    const QDate s = info.startDate;
    const QDate last = info.activeUntil;
    const QDate ended = info.endedOn;
    const auto coreFrom = [&] {
        return earlier(s.addDays(dice.between(0, 120)), last);
    };
    const auto helpers = [&](int low, int high, float minRate, float maxRate) {
        const int count = dice.between(low, high);
        for (int h = 0; h < count; ++h) {
            const QDate from = dayBetween(dice, s, last);
            QDate until = ended;
            if (dice.chance(0.4)) {
                until = earlier(from.addDays(dice.between(60, 365)), ended.isValid() ? ended : m_today);
            }
            addMember(team, takePerson(info.wardId, dice, team), InvolvementRole::AdHoc, from, until,
                      static_cast<float>(dice.real(minRate, maxRate)), 2, dice.between(6, 16));
        }
    };
    const auto lead = [&](float minRate, float maxRate, int minQ, int maxQ) {
        addMember(team, takePerson(info.wardId, dice, team), InvolvementRole::Lead, s, ended,
                  static_cast<float>(dice.real(minRate, maxRate)), minQ, maxQ);
    };
    const auto core = [&](int count, float minRate, float maxRate) {
        for (int c = 0; c < count; ++c) {
            addMember(team, takePerson(info.wardId, dice, team), InvolvementRole::Core, coreFrom(), ended,
                      static_cast<float>(dice.real(minRate, maxRate)), 4, 10);
        }
    };
    switch (info.pattern) {
    case Pattern::Solo:
        lead(2.0F, 3.0F, 6, 16);
        helpers(2, 4, 0.08F, 0.2F);
        team.eventsPerMonth = 0.1F;
        break;
    case Pattern::BroadCore:
        lead(1.0F, 1.4F, 4, 12);
        core(dice.between(4, 6), 0.6F, 1.0F);
        helpers(3, 6, 0.08F, 0.25F);
        team.eventsPerMonth = 0.3F;
        break;
    case Pattern::MostlyAdHoc:
        lead(0.5F, 0.8F, 4, 10);
        core(dice.between(0, 1), 0.3F, 0.5F);
        helpers(10, 16, 0.08F, 0.3F);
        team.eventsPerMonth = 1.0F;
        break;
    case Pattern::Declining: {
        team.trend = -0.8F;
        lead(1.0F, 1.3F, 4, 12);
        const size_t first = team.members.size();
        core(dice.between(2, 3), 0.6F, 0.9F);
        // One or two of the core left in the last nine months, and nobody took their place.
        const int leaving = dice.between(1, 2);
        for (size_t c = first; c < team.members.size() && c < first + size_t(leaving); ++c) {
            Member& m = team.members[c];
            const QDate left = later(m.from, earlier(m_today.addDays(-dice.between(60, 270)), last));
            m.until = ended.isValid() ? earlier(left, ended) : left;
        }
        helpers(3, 5, 0.08F, 0.2F);
        team.eventsPerMonth = 0.2F;
        break;
    }
    case Pattern::Growing:
        team.trend = 0.8F;
        lead(1.0F, 1.3F, 4, 12);
        core(1, 0.6F, 0.9F);
        // New core members joined in the last year.
        for (int c = dice.between(2, 3); c > 0; --c) {
            const QDate from = earlier(later(s, m_today.addDays(-dice.between(90, 360))), last);
            addMember(team, takePerson(info.wardId, dice, team), InvolvementRole::Core, from, ended,
                      static_cast<float>(dice.real(0.7, 1.1)), 4, 10);
        }
        helpers(3, 5, 0.08F, 0.25F);
        team.eventsPerMonth = 0.25F;
        break;
    case Pattern::Regular:
    case Pattern::KeyPerson:
    case Pattern::None:
        lead(1.0F, 1.3F, 4, 12);
        core(dice.between(2, 3), 0.5F, 0.9F);
        helpers(3, 6, 0.08F, 0.25F);
        team.eventsPerMonth = 0.25F;
        break;
    }
    if (info.isActive()) {
        addRoles(team, info, dice);
    }
    return team;
}

void DemoHistory::addRoles(Team& team, const InitiativeInfo& info, DemoDice& dice)
{
    QList<qint64> leads;
    QList<qint64> cores; // still involved
    QList<qint64> helpers;
    for (const Member& m : team.members) {
        (m.role == InvolvementRole::Lead ? leads : m.role == InvolvementRole::Core ? cores : helpers) << m.personId;
        if (m.role == InvolvementRole::Core && m.until.isValid() && m.until < m_today) {
            cores.removeLast();
        }
    }
    if (leads.isEmpty()) {
        return;
    }
    const qint64 l = leads.first();
    const auto core = [&](int i) {
        return i < cores.size() ? cores.at(i) : l;
    };
    const auto maybe = [&](double p, qint64 id) {
        return dice.chance(p) ? id : 0;
    };
    const bool none = info.pattern != Pattern::Solo && dice.chance(0.08); // nothing registered yet
    auto& r = team.roles;
    switch (info.pattern) {
    case Pattern::Solo:
        r.push_back({u"lead", l, 0});
        r.push_back({u"treasurer", l, 0});
        if (dice.chance(0.5)) {
            r.push_back({u"keys", l, 0});
        }
        break;
    case Pattern::BroadCore:
        r.push_back({u"lead", l, core(0)});
        r.push_back({u"treasurer", core(0), core(1)});
        r.push_back({u"municipality_contact", core(1), l});
        r.push_back({u"keys", core(2), core(3)});
        break;
    case Pattern::MostlyAdHoc:
        r.push_back({u"lead", l, 0});
        r.push_back({u"keys", helpers.isEmpty() ? l : helpers.first(), l});
        break;
    case Pattern::Declining:
        r.push_back({u"lead", l, 0});
        r.push_back({u"treasurer", core(0), 0});
        break;
    case Pattern::Growing:
        r.push_back({u"lead", l, core(0)});
        r.push_back({u"treasurer", core(0), 0});
        r.push_back({u"keys", cores.isEmpty() ? l : cores.last(), l});
        break;
    default:
        r.push_back({u"lead", l, maybe(0.5, core(0))});
        r.push_back({u"treasurer", core(0), maybe(0.5, l)});
        if (dice.chance(0.5)) {
            r.push_back({u"municipality_contact", l, 0});
        }
        break;
    }
    if (dice.chance(0.18)) {
        const qint64 holder = dice.pick(cores.isEmpty() ? leads : cores);
        r.push_back({dice.pick(ownRoles()), holder, maybe(0.5, l)});
    }
    if (none) {
        r.clear();
    }
    for (Role& role : r) {
        if (role.backupId == role.holderId) {
            role.backupId = 0;
        }
        const QString key = QString::fromUtf16(role.key);
        if (key == u"treasurer"_s) {
            m_flags[static_cast<size_t>(role.holderId - 1)] |= Treasurer;
        } else if (key == u"keys"_s) {
            m_flags[static_cast<size_t>(role.holderId - 1)] |= Keys;
        }
    }
}

Engagement DemoHistory::engagementOf(qint64 personId, DemoDice& dice) const
{
    const quint8 flags = m_flags[static_cast<size_t>(personId - 1)];
    if (flags & Structural) {
        return Engagement::Structural;
    }
    if (flags & AdHoc) {
        return Engagement::AdHoc;
    }
    // Not (yet) involved: signed up once, preference mostly not known.
    return dice.chance(0.7) ? Engagement::Unknown : Engagement::AdHoc;
}

QStringList DemoHistory::roleSkills(qint64 personId) const
{
    const quint8 flags = m_flags[static_cast<size_t>(personId - 1)];
    QStringList skills;
    if (flags & Treasurer) {
        skills << u"penningmeester"_s;
    }
    if (flags & Keys) {
        skills << u"sleutelbeheer"_s;
    }
    return skills;
}

std::optional<LeavingReason> DemoHistory::leavingReason(qint64 involvementId, const QDate& until) const
{
    if (!until.isValid() || until >= m_today) {
        return std::nullopt;
    }
    // From the id, not the dice: the rest of the demo stays as it was. Most leave for lack of time or a move; one in
    // eight ended before reasons were asked (none recorded).
    static constexpr LeavingReason Reasons[16]
        = {LeavingReason::Time,     LeavingReason::Time,  LeavingReason::Time,    LeavingReason::Moved,
           LeavingReason::Moved,    LeavingReason::Moved, LeavingReason::Health,  LeavingReason::Health,
           LeavingReason::Conflict, LeavingReason::Other, LeavingReason::Unknown, LeavingReason::Time,
           LeavingReason::Deceased, LeavingReason::Moved, LeavingReason::Time,    LeavingReason::Unknown};
    const quint64 h = static_cast<quint64>(involvementId) * 2654435761ULL;
    if ((h >> 7) % 8 == 0) {
        return std::nullopt;
    }
    return Reasons[(h >> 11) % 16];
}

void DemoHistory::write(DemoWriter& writer, const std::vector<InitiativeInfo>& initiatives,
                        const std::function<void()>& step)
{
    for (const InitiativeInfo& info : initiatives) {
        const Team& team = m_teams[static_cast<size_t>(info.id - 1)];
        for (const Member& m : team.members) {
            // Every other member who became core member or lead in the last year held the role below it before
            // (the moves of the pipeline): an earlier involvement that ended the day before, without a leaving reason.
            const bool movedUp = m.role != InvolvementRole::AdHoc && m.from.isValid() && !m.until.isValid()
                && m.from > m_today.addYears(-1) && m_movesShown++ % 2 == 0;
            if (movedUp) {
                const InvolvementRole below
                    = m.role == InvolvementRole::Lead ? InvolvementRole::Core : InvolvementRole::AdHoc;
                writer.insertInvolvement(++m_involvementId, m.personId, info.id, below, m.from.addMonths(-9),
                                         m.from.addDays(-1));
            }
            ++m_involvementId;
            writer.insertInvolvement(m_involvementId, m.personId, info.id, m.role, m.from, m.until,
                                     leavingReason(m_involvementId, m.until));
        }
        for (const Role& role : team.roles) {
            writer.insertCriticalRole(info.id, QString::fromUtf16(role.key), role.holderId, role.backupId);
        }
        if (info.hasHistory()) {
            writeActivities(writer, info, team);
        }
        if (step) {
            step();
        }
    }
    // The plan is no longer needed; free it before the next parts.
    m_teams = {};
    m_pools = {};
}

void DemoHistory::writeActivities(DemoWriter& writer, const InitiativeInfo& info, const Team& team)
{
    const double windowDays = static_cast<double>(m_windowStart.daysTo(m_today));
    const QStringList& kinds = activityKinds();
    for (size_t index = 0; index < team.members.size(); ++index) {
        const Member& m = team.members[index];
        DemoDice dice(DemoDice::mix(m_seed, quint64(info.id) * 256 + index + 1));
        const QDate from = later(later(m.from, m_windowStart.addDays(1)), info.startDate);
        QDate to = m.until.isValid() ? earlier(m.until, info.activeUntil) : info.activeUntil;
        if (m.role == InvolvementRole::Lead && team.trend < 0 && !m.until.isValid() && m_quietLeads++ % 2 == 0) {
            // Every other declining initiative's lead stopped giving hours four months ago while still the lead
            // (the "inactive lead" signal).
            to = earlier(to, m_today.addDays(-125));
        }
        if (from > to) {
            continue;
        }
        const qint64 span = from.daysTo(to);
        for (qint64 week = 0; week <= span; week += 7) {
            const double t = static_cast<double>(m_windowStart.daysTo(from.addDays(week))) / windowDays;
            const double factor = std::max(0.1, 1.0 + team.trend * (t - 0.5) * 1.4);
            const double expected = m.perWeek * factor * m_rate;
            int n = std::min(7, static_cast<int>(expected) + (dice.chance(expected - int(expected)) ? 1 : 0));
            quint8 days = 0;
            while (n > 0) {
                const int day = dice.between(0, 6);
                if (!(days & (1 << day))) {
                    days |= static_cast<quint8>(1 << day);
                    --n;
                }
            }
            for (int day = 0; day < 7; ++day) {
                if ((days & (1 << day)) && week + day <= span) {
                    writer.insertActivity(info.id, m.personId, from.addDays(week + day),
                                          dice.between(m.minQuarters, m.maxQuarters), dice.pick(kinds));
                    ++m_activities;
                }
            }
        }
    }
    if (team.eventsPerMonth <= 0) {
        return;
    }
    DemoDice dice(DemoDice::mix(m_seed, quint64(info.id) * 256));
    const QDate first = later(m_windowStart.addDays(1), info.startDate);
    for (QDate month(first.year(), first.month(), 1); month <= info.activeUntil; month = month.addMonths(1)) {
        double expected = team.eventsPerMonth;
        while (expected > 0) {
            if (dice.chance(std::min(1.0, expected))) {
                const QDate day = month.addDays(dice.between(0, month.daysInMonth() - 1));
                if (day >= first && day <= info.activeUntil) {
                    writer.insertEvent(info.id, day, dice.between(8, 120), dice.pick(eventKinds()));
                }
            }
            expected -= 1.0;
        }
    }
}
