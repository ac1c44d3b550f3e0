#pragma once

#include "core/domain/Signal.h"
#include "core/storage/ContinuitySql.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

class Database;

/// DESIGN.md, Succession help: candidates to back up a critical role that has none, and the pipeline of a ward.
/// Nothing is decided for the user: suggestions only.
///
/// A candidate is involved in the role's initiative (an involvement open at the reference date T) or lives in its
/// ward, has hours (in any initiative) in the 6 months before T, and is not the holder. Candidates are ranked by
/// (1) months active: distinct months with hours in the 12 months before T, most first; (2) a skill that fits the
/// role first; (3) fewest critical roles already held or backed up in active initiatives; (4) involved in the
/// initiative before living in the ward; (5) name, then id.
class SuccessionAdvisor final
{
    Q_DECLARE_TR_FUNCTIONS(SuccessionAdvisor)

public:
    static constexpr int SuggestionsPerRole = 3;

    explicit SuccessionAdvisor(Database& db);

    /// The best SuggestionsPerRole candidates of each role (by role id), ranked; a role with none is absent. In one
    /// set-based query for all the roles. T invalid: today.
    QHash<qint64, QList<SuccessorSuggestion>> suggest(const QList<qint64>& roleIds, const QDate& reference = {}) const;
    /// The candidates of one role.
    QList<SuccessorSuggestion> suggestFor(qint64 roleId, const QDate& reference = {}) const;

    /// The skill of a person that fits a critical role (the standard roles by their Dutch skill words, an own role by
    /// its name), case-insensitively; empty when none fits. `skills` is comma separated as stored.
    static QString fittingSkill(const QString& role, const QString& skills);
    /// The one translated sentence of a suggestion, from its facts (without the name).
    static QString reasonFor(const SuccessorSuggestion& s);

    /// The pipeline of the 12 months before T of every ward (or one): moves from ad hoc to core and from core to
    /// lead, newcomers, and leavers with their reasons.
    QList<ContinuitySql::Pipeline> pipeline(std::optional<qint64> wardId, const QDate& reference = {}) const;

private:
    Database& m_db;
};
