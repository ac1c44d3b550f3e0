#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/// What a council report contains, as plain data: assembled in core (testable without rendering), rendered by
/// the ui. Texts are already translated and formatted for the reader; numbers are kept as numbers where a chart or
/// a test needs them.
namespace Report {

struct KeyFigure
{
    QString label;
    QString value;
};

/// Progress of a ward goal or a KPI against its target.
struct ProgressLine
{
    QString name; ///< indicator or KPI name
    QString context; ///< framework or agreement, may be empty
    QString baseline; ///< formatted, "–" when unknown
    QString target;
    QString latest; ///< latest measurement, formatted, with its date
    QString targetDate;
    std::optional<double> progress; ///< 0..1 (may overshoot), nullopt when unknown
    bool onTrack = true;
};

struct InitiativeLine
{
    qint64 id = 0;
    QString title;
    QString status;
    QString themes;
    std::optional<int> score; ///< only active initiatives have one
    QString band; ///< laag / midden / hoog, translated; empty when not scored
    int bandIndex = -1; ///< 0 low, 1 medium, 2 high; -1 when not scored
    QStringList reasons; ///< the explanations of the strongest indicators
};

struct BandCounts
{
    int low = 0;
    int medium = 0;
    int high = 0;
    int total() const { return low + medium + high; }
};

struct AgreementLine
{
    QString title;
    QString partner;
    QString period;
    QString status;
    bool monitoringAgreed = false;
    QString nextEvaluation;
    bool evaluationOverdue = false;
    bool evaluationDueSoon = false;
    QList<ProgressLine> kpis;
};

struct FrameworkLine
{
    QString title;
    QString reviewBy;
};

struct GapLine
{
    QString theme;
    QString need;
    QString severity;
    QString signalledOn;
};

struct ChannelLine
{
    QString channel;
    int moments = 0;
    int participants = 0;
};

struct FollowUpLine
{
    QString initiative;
    QString department;
    QString owner;
    QString deadline;
    QString status;
    bool overdue = false;
};

struct KeyPersonLine
{
    QString name; ///< a pseudonym unless the report is made with names
    QStringList initiatives; ///< those that would move to high
};

/// A critical role without a backup and the suggested candidates (DESIGN.md, Succession help): pseudonyms unless
/// the report is made with names.
struct SuccessionLine
{
    QString initiative;
    QString role;
    QString holder;
    QStringList candidates; ///< "Bewoner C: active in 11 of the last 12 months, ..."
};

/// The ward's pipeline of the 12 months up to the report's reference date.
struct PipelineLine
{
    int adHocToCore = 0;
    int coreToLead = 0;
    int newcomers = 0;
    int leavers = 0;
    QList<KeyFigure> reasons; ///< translated reason and count, only those with leavers
};

/// Everything about one ward.
struct WardSection
{
    qint64 wardId = 0;
    QString code;
    QString name;
    QString wardType;
    QString profile;
    QString note; ///< the ward director's own words (toelichting) for this ward and period; may be empty
    QList<KeyFigure> keyFigures;
    QList<ProgressLine> goals;
    QList<InitiativeLine> initiatives;
    BandCounts bands;
    QList<KeyPersonLine> keyPersons;
    QList<SuccessionLine> succession;
    PipelineLine pipeline;
    QList<AgreementLine> agreements;
    QList<FrameworkLine> outdatedFrameworks;
    QList<GapLine> gaps;
    QList<ChannelLine> participation;
    QList<FollowUpLine> followUps;
};

/// One row of the municipality overview's comparison table.
struct OverviewRow
{
    QString code;
    QString name;
    int activeInitiatives = 0;
    BandCounts bands;
    int agreements = 0;
    int agreementsWithoutMe = 0;
    int gaps = 0;
    int goalsOnTrack = 0;
    int goals = 0;
};

struct Document
{
    QString title;
    QString municipality;
    QString author;
    QDate printedOn;
    QDate from;
    QDate to;
    bool withNames = false;
    bool isOverview = false;
    QList<OverviewRow> overview; ///< only for the municipality overview
    QList<WardSection> wards;
};

} // namespace Report
