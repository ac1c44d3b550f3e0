#pragma once

#include "core/domain/Enums.h"
#include "core/risk/RiskTypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <optional>

class Database;

/// What the set-based query finds for one initiative in one scenario: the raw counts the indicators are made of.
/// Hours are in quarter hours.
struct RiskFacts
{
    int scenario = 0;
    qint64 initiativeId = 0;
    QString title;
    qint64 wardId = 0;
    QString wardCode;
    qint64 totalQuarters = 0; ///< person hours in W
    int k = 0; ///< fewest persons with at least half of totalQuarters; 0 without hours
    qint64 kQuarters = 0; ///< the hours of those k persons
    std::optional<qint64> topPersonId;
    qint64 topQuarters = 0;
    qint64 recentQuarters = 0; ///< H2: hours in (T - 6 months, T]
    int regulars = 0; ///< persons active in at least 6 distinct months of W
    int otherInitiativesOfTop = 0; ///< key_person_load's n
    int roles = 0; ///< registered critical roles
    int unfilledRoles = 0; ///< no holder, or the holder is excluded
    int rolesWithoutBackup = 0; ///< filled, but no backup (or the backup is excluded)
    QDate fundingEnd;
    bool followUpFunding = false;
    LeadType leadType = LeadType::Resident;
    FitsFramework fitsFramework = FitsFramework::Unknown;
    bool followUpOwnerEmpty = true;
    /// A linked active agreement ends within 6 months: 0 none, 1 all of those have an evaluation planned, 2 at
    /// least one has none.
    int agreementEnding = 0;
    QDate startDate;
};

/// The one set-based statement behind every risk computation: a single pass over the activity log (window
/// functions and GROUP BY) for a whole set of (scenario, initiative, excluded person) rows at once. A scenario
/// is a "what if" variant: each may leave out one person on top of the global exclusions.
class RiskQuery final
{
public:
    struct ScopeRow
    {
        int scenario = 0;
        qint64 initiativeId = 0;
        qint64 excludedPersonId = 0; ///< 0 for nobody
    };

    RiskQuery(Database& db, const QDate& referenceDate, const QSet<qint64>& excludedPersonIds = {});

    /// Scenario 0: every active initiative (running or paused), optionally of one ward or one initiative.
    QList<RiskFacts> activeInitiatives(std::optional<qint64> wardId, std::optional<qint64> initiativeId) const;
    /// The given rows; each initiative should be active.
    QList<RiskFacts> scopes(const QList<ScopeRow>& rows) const;

    /// One person's hours in one active initiative in W (the hours CTE of every scope, without a scenario).
    struct PersonHours
    {
        qint64 initiativeId = 0;
        qint64 personId = 0;
        qint64 quarters = 0; ///< hours in W, quarter hours, > 0
        int months = 0; ///< distinct calendar months of W with hours
        qint64 recentQuarters = 0; ///< hours in (T - 6 months, T], quarter hours
    };
    /// A critical role of an active initiative: who holds it and who backs it up (nullopt: nobody).
    struct RoleCover
    {
        qint64 initiativeId = 0;
        std::optional<qint64> holderId;
        std::optional<qint64> backupId;
    };
    /// The hours of every person in every active initiative (running or paused) in W, leaving out the global
    /// exclusions; ordered by initiative, then hours descending, then person id (the ranking of k and of the top
    /// contributor). One pass over the activity log.
    QList<PersonHours> personHours() const;
    /// The critical roles of every active initiative, ordered by initiative and id.
    QList<RoleCover> activeRoles() const;

    /// The active initiatives in which the person plays a part at T: hours in W, an involvement covering W's end or
    /// a critical role (holder or backup); by id.
    static QList<qint64> initiativesOfPerson(Database& db, qint64 personId, const QDate& reference);
    /// Who could be a key person of a ward's (or every) active initiatives: (person, initiative) pairs of everyone
    /// with hours in W or a critical role in one of them, ordered by person and initiative.
    static QList<QPair<qint64, qint64>> keyPersonCandidates(Database& db, std::optional<qint64> wardId,
                                                            const QDate& reference);
    /// "First Last" (with the tussenvoegsel) of each of these persons by id, as Person::fullName() shows it, in one
    /// statement; a person that does not exist is left out.
    static QHash<qint64, QString> personNames(Database& db, const QList<qint64>& personIds);

    /// W = (windowStart, T]; the recent half is (halfStart, T].
    QDate windowStart() const { return Risk::monthsBefore(m_reference, 12); }
    QDate halfStart() const { return Risk::monthsBefore(m_reference, 6); }

private:
    QList<RiskFacts> run(const QString& scopeSql, bool allActive) const;
    QString sql(const QString& scopeSql, bool allActive) const;
    QString excludedList() const;

    Database& m_db;
    QDate m_reference;
    QSet<qint64> m_excluded;
};
