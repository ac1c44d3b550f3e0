#pragma once

#include <QDate>
#include <QList>
#include <QString>

class Database;

/// The set-based queries behind the council reports: one query per section for all wards at once, so that the
/// municipality overview of 110 wards costs no more queries than a single ward report.
class ReportQueries final
{
public:
    explicit ReportQueries(Database& db);

    struct WardFigures
    {
        qint64 wardId = 0;
        int activeInitiatives = 0; ///< running or paused
        int initiatives = 0; ///< all statuses
        int activePersons = 0; ///< persons with hours in the period
        double hours = 0; ///< hours in the period
        int anonymousParticipants = 0; ///< participants of events in the period
        qint64 grantedCents = 0; ///< budget granted to the ward's active initiatives
    };
    /// Figures per ward for the period [from, to]; wardId nullopt for every ward.
    QList<WardFigures> wardFigures(const QDate& from, const QDate& to) const;

    struct InitiativeLine
    {
        qint64 id = 0;
        qint64 wardId = 0;
        QString title;
        QString status; ///< key
        QString themes;
    };
    /// Initiatives that were not finished before the period started (all statuses except completed or stopped
    /// before `from`: those whose planned end lies before the period are left out when completed/stopped).
    QList<InitiativeLine> initiatives(const QDate& from) const;

    struct FollowUpLine
    {
        qint64 wardId = 0;
        QString initiative;
        QString department;
        QString owner;
        QDate deadline;
        QString status; ///< key
    };
    /// Follow-ups of initiatives that do not fit the policy framework and are not done.
    QList<FollowUpLine> openFollowUps() const;

private:
    Database& m_db;
};
