#include "SuccessionAdvisor.h"

#include "core/risk/RiskTypes.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QDate orToday(const QDate& d)
{
    return d.isValid() ? d : QDate::currentDate();
}

/// The skill words (as residents and the demo write them) that fit a standard role.
QStringList skillWords(const QString& role)
{
    if (role == u"lead"_s) {
        return {u"organiseren"_s, u"trekker"_s, u"coördineren"_s, u"coordineren"_s};
    }
    if (role == u"treasurer"_s) {
        return {u"penningmeester"_s, u"administratie"_s, u"boekhouden"_s, u"financiën"_s, u"financien"_s};
    }
    if (role == u"municipality_contact"_s) {
        return {u"subsidies aanvragen"_s, u"contact met de gemeente"_s, u"schrijven"_s};
    }
    if (role == u"keys"_s) {
        return {u"sleutelbeheer"_s};
    }
    return {role};
}

} // namespace

SuccessionAdvisor::SuccessionAdvisor(Database& db)
    : m_db(db)
{
}

QString SuccessionAdvisor::fittingSkill(const QString& role, const QString& skills)
{
    const QStringList words = skillWords(role);
    for (const QString& part : skills.split(u',', Qt::SkipEmptyParts)) {
        QString skill = part.trimmed();
        for (const QString& word : words) {
            if (!skill.isEmpty() && !word.trimmed().isEmpty()
                && skill.compare(word.trimmed(), Qt::CaseInsensitive) == 0) {
                return skill;
            }
        }
    }
    return {};
}

QString SuccessionAdvisor::reasonFor(const SuccessorSuggestion& s)
{
    QStringList parts;
    parts << (s.involved ? tr("involved in the initiative") : tr("lives in the ward"));
    parts << tr("active in %n of the last 12 months", nullptr, s.monthsActive);
    if (!s.matchedSkill.isEmpty()) {
        parts << tr("has the skill “%1”").arg(s.matchedSkill);
    }
    parts << (s.rolesHeld == 0 ? tr("holds no critical role yet")
                               : tr("already holds or backs up %n critical role(s)", nullptr, s.rolesHeld));
    QString sentence = parts.join(u", "_s) + u'.';
    sentence[0] = sentence[0].toUpper();
    return sentence;
}

QHash<qint64, QList<SuccessorSuggestion>> SuccessionAdvisor::suggest(const QList<qint64>& roleIds,
                                                                     const QDate& reference) const
{
    const QDate t = orToday(reference);
    QHash<qint64, QString> roleOf;
    QList<qint64> filled;
    for (const ContinuitySql::RoleGap& gap : ContinuitySql::gapsAmong(m_db.connection(), roleIds)) {
        roleOf.insert(gap.roleId, gap.role);
        filled << gap.roleId;
    }
    QHash<qint64, QList<SuccessorSuggestion>> byRole;
    for (const ContinuitySql::Candidate& c : ContinuitySql::successorCandidates(
             m_db.connection(), filled, t, Risk::monthsBefore(t, 12), Risk::monthsBefore(t, 6), SuggestionsPerRole)) {
        SuccessorSuggestion s;
        s.roleId = c.roleId;
        s.personId = c.personId;
        s.name = c.name;
        // The 12 months before T touch 13 calendar months when T is not a month end: never more than 12.
        s.monthsActive = std::min(12, c.monthsActive);
        s.involved = c.involved;
        s.matchedSkill = fittingSkill(roleOf.value(c.roleId), c.skills);
        s.rolesHeld = c.rolesHeld;
        byRole[c.roleId] << s;
    }
    for (auto it = byRole.begin(); it != byRole.end(); ++it) {
        QList<SuccessorSuggestion>& list = it.value();
        std::sort(list.begin(), list.end(), [](const SuccessorSuggestion& a, const SuccessorSuggestion& b) {
            if (a.monthsActive != b.monthsActive) {
                return a.monthsActive > b.monthsActive;
            }
            if (a.matchedSkill.isEmpty() != b.matchedSkill.isEmpty()) {
                return !a.matchedSkill.isEmpty();
            }
            if (a.rolesHeld != b.rolesHeld) {
                return a.rolesHeld < b.rolesHeld;
            }
            if (a.involved != b.involved) {
                return a.involved;
            }
            const int byName = QString::localeAwareCompare(a.name, b.name);
            return byName != 0 ? byName < 0 : a.personId < b.personId;
        });
        if (list.size() > SuggestionsPerRole) {
            list.resize(SuggestionsPerRole);
        }
        for (int i = 0; i < list.size(); ++i) {
            list[i].rank = i + 1;
            list[i].reason = reasonFor(list[i]);
        }
    }
    return byRole;
}

QList<SuccessorSuggestion> SuccessionAdvisor::suggestFor(qint64 roleId, const QDate& reference) const
{
    return suggest({roleId}, reference).value(roleId);
}

QList<ContinuitySql::Pipeline> SuccessionAdvisor::pipeline(std::optional<qint64> wardId, const QDate& reference) const
{
    const QDate t = orToday(reference);
    return ContinuitySql::pipeline(m_db.connection(), Risk::monthsBefore(t, 12), t, wardId);
}
