#pragma once

#include "domain/Signal.h"

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
/// record). The rules, with T the reference date:
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
/// The ward filter keeps agreements for that ward (one of their wards), and needs and initiatives in it.
class SignalService final
{
public:
    static constexpr int EvaluationDueDays = 30;
    static constexpr int AgreementEndingDays = 90;

    explicit SignalService(Database& db);

    /// Every signal, most severe first, then by date, then by kind.
    QList<Signal> collect(const SignalQuery& query = {}) const;
    /// The signals of one kind, in the same order.
    QList<Signal> ofKind(SignalKind kind, const SignalQuery& query = {}) const;

private:
    QList<Signal> evaluations(const SignalQuery& query) const;
    QList<Signal> ending(const SignalQuery& query) const;
    QList<Signal> withoutMe(const SignalQuery& query) const;
    QList<Signal> frameworks(const SignalQuery& query) const;
    QList<Signal> followUps(const SignalQuery& query) const;
    QList<Signal> gaps(const SignalQuery& query) const;
    QList<Signal> kpis(const SignalQuery& query) const;
    Database& m_db;
};
