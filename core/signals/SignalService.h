#pragma once

#include "core/domain/Signal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class Database;

/// What the home screen asks for: signals at a reference date, optionally for one ward.
struct SignalQuery
{
    QDate referenceDate; ///< invalid = today
    std::optional<qint64> wardId;

    QDate today() const { return referenceDate.isValid() ? referenceDate : QDate::currentDate(); }
};

/// The home screen's signals: what needs attention this week. Each kind is one set-based query (never one query per
/// record). The rules, with T the reference date; the continuity kinds (DESIGN.md, Signals) come first:
/// - MovedToHigh (high): an active initiative in the high band at T that was not at the previous month end (the last
///   one before T), or that started after it; with the reason (the override's, or the sentence of the indicator
///   whose part of the score grew most).
/// - KeyPerson (high): a person whose leaving moves an active initiative to high (RiskEngine::keyPersons).
/// - RoleWithoutBackup (medium): a filled critical role of an active initiative without a backup, with the
///   SuccessionAdvisor's candidates.
/// - FundingEnding: an active initiative without follow-up funding whose funding ends in [T, T + 6 months]; high
///   within 3 months, else medium.
/// - LeadInactive (medium): a lead (trekker) of an active initiative, so since at least 3 months, without hours in
///   it in the 3 months up to T.
/// - EvaluationOverdue (high): an active agreement whose next evaluation lies before T.
/// - EvaluationDue (medium): an active agreement whose next evaluation lies in [T, T + EvaluationDueDays].
/// - AgreementEnding (medium): an active agreement whose end date lies in [T, T + AgreementEndingDays]; (high) when
///   the end date has passed while the agreement is still active.
/// - AgreementWithoutMe (medium): an active agreement without M&E agreed.
/// - FrameworkOutdated (medium): a policy framework whose review date lies before T. With a ward filter: only
///   frameworks that the ward's goals or initiatives refer to.
/// - FollowUpOverdue (high): an initiative that does not fit the framework (fits_framework = no) whose follow-up
///   deadline lies before T and whose follow-up is not done.
/// - SupportGap (the need's severity): an open need with no active offer in its ward and theme.
/// - KpiOffTrack (medium): a KPI of an active agreement whose Progress status is OffTrack at T.
/// - ConsentEnded (medium): a resident not yet erased whose consent was withdrawn or has ended
///   (RetentionRepository::candidates), to be anonymised (wijkregie retention).
/// The ward filter keeps agreements for that ward (one of their wards), and needs and initiatives in it.
class SignalService final
{
    Q_DECLARE_TR_FUNCTIONS(SignalService)

public:
    static constexpr int EvaluationDueDays = 30;
    static constexpr int AgreementEndingDays = 90;
    static constexpr int FundingEndingMonths = 6;
    static constexpr int LeadInactiveMonths = 3;

    explicit SignalService(Database& db);

    /// Every signal, most severe first, then by date, then by kind.
    QList<Signal> collect(const SignalQuery& query = {}) const;
    /// The signals of one kind, in the same order.
    QList<Signal> ofKind(SignalKind kind, const SignalQuery& query = {}) const;

    /// The continuity signals only (the first five kinds), in the same order.
    QList<Signal> continuity(const SignalQuery& query = {}) const;

private:
    QList<Signal> movedToHigh(const SignalQuery& query) const;
    QList<Signal> keyPersons(const SignalQuery& query) const;
    QList<Signal> rolesWithoutBackup(const SignalQuery& query) const;
    QList<Signal> fundingEnding(const SignalQuery& query) const;
    QList<Signal> inactiveLeads(const SignalQuery& query) const;
    QList<Signal> evaluations(const SignalQuery& query) const;
    QList<Signal> ending(const SignalQuery& query) const;
    QList<Signal> withoutMe(const SignalQuery& query) const;
    QList<Signal> frameworks(const SignalQuery& query) const;
    QList<Signal> followUps(const SignalQuery& query) const;
    QList<Signal> gaps(const SignalQuery& query) const;
    QList<Signal> kpis(const SignalQuery& query) const;
    QList<Signal> privacy(const SignalQuery& query) const;
    void fillWardNames(QList<Signal>& list) const;
    Database& m_db;
};
