#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

/// The statements behind the home screen's agreement, framework, follow-up and support-map signals
/// (SignalService): one set-based statement per kind. A ward filter keeps agreements for that ward (one of their
/// wards), and frameworks, initiatives and needs of it.
namespace SignalQueries {

/// An active agreement with the date that matters for its signal.
struct AgreementRow
{
    qint64 id = 0;
    QString title;
    QString partner;
    std::optional<qint64> wardId; ///< the first ward
    QString wards; ///< ward names, comma separated, by name
    QDate date;
};
/// Active agreements whose next evaluation lies on or before `until` (date: the next evaluation).
QList<AgreementRow> evaluationsDue(const QSqlDatabase& db, const QDate& until, std::optional<qint64> wardId);
/// Active agreements whose end date lies on or before `until` (date: the end date).
QList<AgreementRow> agreementsEnding(const QSqlDatabase& db, const QDate& until, std::optional<qint64> wardId);
/// Active agreements without agreed monitoring and evaluation (date: the start date).
QList<AgreementRow> agreementsWithoutMe(const QSqlDatabase& db, std::optional<qint64> wardId);

struct FrameworkRow
{
    qint64 id = 0;
    QString title;
    QDate reviewBy;
};
/// Frameworks whose review date lies before `before`; with a ward, only those its goals or initiatives refer to.
QList<FrameworkRow> outdatedFrameworks(const QSqlDatabase& db, const QDate& before, std::optional<qint64> wardId);

struct FollowUpRow
{
    qint64 initiativeId = 0;
    QString title;
    qint64 wardId = 0;
    QString wardName;
    QDate deadline;
    QString department;
};
/// Initiatives outside the framework whose follow-up deadline lies before `before` and whose follow-up is not done.
QList<FollowUpRow> overdueFollowUps(const QSqlDatabase& db, const QDate& before, std::optional<qint64> wardId);

struct GapRow
{
    qint64 needId = 0;
    QString description;
    qint64 wardId = 0;
    QString wardName;
    QString theme;
    QString severity; ///< key
    QDate signalledOn;
};
/// Open needs with no active offer in their ward and theme (SupportMapRepository::gapCondition()).
QList<GapRow> gaps(const QSqlDatabase& db, std::optional<qint64> wardId);

} // namespace SignalQueries
