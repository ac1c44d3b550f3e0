#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

/// The record a signal clicks through to.
enum class SignalEntity { Agreement, Framework, Initiative, Need, Kpi, Person };

/// A candidate to back up a critical role that has none (DESIGN.md, Succession help): a suggestion only.
struct SuccessorSuggestion
{
    qint64 roleId = 0;
    qint64 personId = 0;
    QString name; ///< personal data: pseudonymise outside the register
    int rank = 0; ///< 1 for the best candidate of the role
    int monthsActive = 0; ///< distinct months with hours (any initiative) in the 12 months before the reference date
    bool involved = false; ///< has an involvement in the role's initiative (else: lives in its ward)
    QString matchedSkill; ///< the person's skill that fits the role; empty when none does
    int rolesHeld = 0; ///< critical roles the person already holds or backs up (active initiatives)
    QString reason; ///< one translated sentence, without the name
};

/// Something on the home screen that needs the wijkregisseur's attention this week.
struct Signal
{
    SignalKind kind = SignalKind::EvaluationDue;
    Severity severity = Severity::Medium;
    QString text; ///< one translated sentence (names persons: the register, not a report)
    SignalEntity entity = SignalEntity::Agreement;
    qint64 entityId = 0;
    std::optional<qint64> agreementId; ///< for a KPI: its agreement
    std::optional<qint64> initiativeId; ///< the initiative a continuity signal is about (also for a person)
    std::optional<qint64> criticalRoleId; ///< for a critical role without backup
    std::optional<qint64> wardId; ///< the (first) ward; none for a framework
    QString wards; ///< ward names, comma separated
    QDate date; ///< the date that matters: due, end, review, deadline, signalled date or last activity
    /// For a critical role without backup: the ranked candidates (SuccessionAdvisor).
    QList<SuccessorSuggestion> suggestions;

    /// True for the continuity kinds the home screen leads with.
    bool isContinuity() const { return kind <= SignalKind::LeadInactive; }
};
