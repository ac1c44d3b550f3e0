#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class Database;

/// A resident whose data should be reviewed for anonymisation (DESIGN.md, Privacy (AVG) and logging (BIO),
/// Retention).
struct RetentionCandidate
{
    enum class Reason {
        Inactive, ///< nothing recorded for longer than the retention period
        ConsentWithdrawn, ///< consent withdrawn (AVG art. 7(3))
        ConsentExpired, ///< the consent's end date has passed
    };
    qint64 personId = 0;
    QString name; ///< personal data: shown to the wijkregisseur, never logged
    QString wardCode;
    std::optional<qint64> wardId;
    Reason reason = Reason::Inactive;
    /// The last day anything was recorded for the person: hours, the start or end of an involvement, the consent,
    /// or their first entry in the audit log. Invalid when nothing is known.
    QDate lastSeen;
    QDate consentWithdrawn;
    QDate consentExpires;

    /// One translated sentence: why the person is listed.
    QString reasonText(int retentionMonths) const;
};

/// The retention setting and the persons it concerns. AVG art. 5(1)(e) (storage limitation): personal data no
/// longer needed for the purpose are anonymised; the period is the municipality's choice, 24 months by default,
/// kept in the database's settings so that it travels with the file.
class RetentionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRepository)

public:
    static constexpr int DefaultMonths = 24;
    static constexpr int MinimumMonths = 1;
    static constexpr int MaximumMonths = 240;

    explicit RetentionRepository(Database& db);

    /// The retention period in months (settings key "retention.months"; DefaultMonths when not set).
    int months() const;
    /// Stores the period, with an audit entry; throws Error outside MinimumMonths..MaximumMonths.
    void setMonths(int months);

    /// The persons not yet erased whose consent was withdrawn (on or before `today`) or ended (before `today`), or
    /// about whom nothing was recorded after `today` minus the retention period, ordered by id. A person with
    /// several reasons is listed once, under the first of withdrawn, expired, inactive.
    QList<RetentionCandidate> candidates(const QDate& today) const;

private:
    Database& m_db;
};
