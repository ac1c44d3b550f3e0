#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

/// Ward types as DESIGN.md lists them.
enum class WardType { OldWorkingClass, Prewar, Postwar, Vinex, Centre, Village, Other };
/// The life cycle of an initiative.
enum class InitiativeStatus { Idea, Applied, Running, Paused, Completed, Stopped };
enum class Track { Residents, Partners, Municipality };
enum class LeadType { Resident, Partner, Municipality };
enum class FitsFramework { Yes, No, Unknown };
enum class Engagement { Structural, AdHoc, Unknown };
enum class FollowUpStatus { Open, InProgress, Done };
/// A person's role in an initiative (trekker, kernlid, ad-hochelper).
enum class InvolvementRole { Lead, Core, AdHoc };
/// Why a person's involvement ended (DESIGN.md, Domain: reason for leaving).
enum class LeavingReason { Moved, Health, Time, Conflict, Deceased, Other, Unknown };
/// The kind of organisation a partner is (politie, jongerenwerk, woningcorporatie, ...).
enum class PartnerType { Police, YouthWork, Housing, Entrepreneurs, Care, Welfare, Education, Sport, Religious, Other };
/// How often an agreement's results are monitored.
enum class MonitoringFrequency { None, Monthly, Quarterly, HalfYearly, Yearly };
enum class AgreementStatus { Draft, Active, Expired, Ended };
/// Whether a higher or a lower value of a KPI or ward-goal indicator is better.
enum class Direction { Higher, Lower };
/// The decision an evaluation of an agreement comes to (voortzetten, bijstellen, stoppen).
enum class EvaluationDecision { Continue, Adjust, Stop };
/// The kind of a participation moment.
enum class ParticipationKind {
    ResidentsEvening,
    WardWalk,
    ConsultationHour,
    OnlinePoll,
    Survey,
    NeighbourhoodApp,
    Other
};
/// How residents took part: in person, online or both.
enum class Channel { Physical, Digital, Both };
/// Severity of a need in the support map, and of a signal.
enum class Severity { Low, Medium, High };
/// Where a KPI or ward goal stands (see Progress.h).
enum class ProgressStatus { Unknown, OffTrack, OnTrack, Achieved };
/// What a home-screen signal is about (see Signal.h).
enum class SignalKind {
    // Continuity first: the home screen leads with these (DESIGN.md, Signals).
    MovedToHigh,
    KeyPerson,
    RoleWithoutBackup,
    FundingEnding,
    LeadInactive,
    EvaluationOverdue,
    EvaluationDue,
    AgreementEnding,
    AgreementWithoutMe,
    FrameworkOutdated,
    FollowUpOverdue,
    SupportGap,
    KpiOffTrack,
    // Privacy (DESIGN.md, Privacy (AVG) and logging (BIO)): a resident to anonymise.
    ConsentEnded
};

/// One value of an enumeration: its stable machine key (rfc4180 CSV, database) and its label (English source,
/// translated in the "Enums" context).
template<typename E> struct EnumEntry
{
    E value;
    const char* key;
    const char* label;
};

template<typename E> struct EnumTable;

#define WR_ENUM_TABLE(E, N)                                                                                            \
    template<> struct EnumTable<E>                                                                                     \
    {                                                                                                                  \
        static const std::array<EnumEntry<E>, N> entries;                                                              \
    }

WR_ENUM_TABLE(WardType, 7);
WR_ENUM_TABLE(InitiativeStatus, 6);
WR_ENUM_TABLE(Track, 3);
WR_ENUM_TABLE(LeadType, 3);
WR_ENUM_TABLE(FitsFramework, 3);
WR_ENUM_TABLE(Engagement, 3);
WR_ENUM_TABLE(FollowUpStatus, 3);
WR_ENUM_TABLE(InvolvementRole, 3);
WR_ENUM_TABLE(LeavingReason, 7);
WR_ENUM_TABLE(PartnerType, 10);
WR_ENUM_TABLE(MonitoringFrequency, 5);
WR_ENUM_TABLE(AgreementStatus, 4);
WR_ENUM_TABLE(Direction, 2);
WR_ENUM_TABLE(EvaluationDecision, 3);
WR_ENUM_TABLE(ParticipationKind, 7);
WR_ENUM_TABLE(Channel, 3);
WR_ENUM_TABLE(Severity, 3);
WR_ENUM_TABLE(ProgressStatus, 4);
WR_ENUM_TABLE(SignalKind, 14);

#undef WR_ENUM_TABLE

namespace Enums {

/// The stable key of a value, e.g. "running".
template<typename E> QString key(E value)
{
    for (const auto& e : EnumTable<E>::entries) {
        if (e.value == value) {
            return QString::fromLatin1(e.key);
        }
    }
    return {};
}

/// The translated label of a value, e.g. "lopend".
template<typename E> QString label(E value)
{
    for (const auto& e : EnumTable<E>::entries) {
        if (e.value == value) {
            return QCoreApplication::translate("Enums", e.label);
        }
    }
    return {};
}

/// The value for a stable key only (database, rfc4180 CSV).
template<typename E> std::optional<E> fromKey(QStringView key)
{
    for (const auto& e : EnumTable<E>::entries) {
        if (key == QLatin1StringView(e.key)) {
            return e.value;
        }
    }
    return std::nullopt;
}

/// The value for a key; also accepts the English and the translated label, case-insensitively.
template<typename E> std::optional<E> fromText(QStringView text)
{
    const auto t = text.trimmed();
    for (const auto& e : EnumTable<E>::entries) {
        if (t.compare(QLatin1StringView(e.key), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1StringView(e.label), Qt::CaseInsensitive) == 0
            || t.compare(QCoreApplication::translate("Enums", e.label), Qt::CaseInsensitive) == 0) {
            return e.value;
        }
    }
    return std::nullopt;
}

template<typename E> QList<E> all()
{
    QList<E> values;
    for (const auto& e : EnumTable<E>::entries) {
        values << e.value;
    }
    return values;
}

/// All keys, comma separated: for error messages that list what is accepted.
template<typename E> QString keyList()
{
    QStringList keys;
    for (const auto& e : EnumTable<E>::entries) {
        keys << QString::fromLatin1(e.key);
    }
    return keys.join(u", ");
}

} // namespace Enums
