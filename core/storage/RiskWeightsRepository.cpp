#include "RiskWeightsRepository.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString formatWeight(double w)
{
    return QString::number(w, 'g', 15);
}

} // namespace

RiskWeightsRepository::RiskWeightsRepository(Database& db)
    : m_db(db)
{
}

QString RiskWeightsRepository::settingKey(RiskIndicator indicator)
{
    return u"risk.weight."_s + Enums::key(indicator);
}

RiskWeights RiskWeightsRepository::load() const
{
    QHash<QString, QString> stored;
    QSqlQuery q = Sql::exec(m_db.connection(), u"SELECT key, value FROM settings WHERE key LIKE 'risk.weight.%'"_s);
    while (q.next()) {
        stored.insert(q.value(0).toString(), q.value(1).toString());
    }
    RiskWeights weights;
    for (RiskIndicator i : Enums::all<RiskIndicator>()) {
        const auto it = stored.constFind(settingKey(i));
        if (it == stored.constEnd()) {
            continue;
        }
        bool ok = false;
        const double w = it->toDouble(&ok);
        if (ok && std::isfinite(w) && w >= 0 && w <= 1) {
            weights[i] = w;
        }
    }
    if (weights.sum() <= 0) {
        return RiskWeights {}; // a file edited by hand to all zeros: fall back to the defaults
    }
    return weights;
}

QList<FieldError> RiskWeightsRepository::validate(const RiskWeights& weights)
{
    QList<FieldError> errors;
    for (RiskIndicator i : Enums::all<RiskIndicator>()) {
        const double w = weights[i];
        if (!std::isfinite(w) || w < 0 || w > 1) {
            errors.append({Enums::key(i), tr("The weight of %1 must lie between 0 and 1.").arg(Enums::label(i))});
        }
    }
    if (errors.isEmpty() && weights.sum() <= 0) {
        errors.append({u"weights"_s, tr("At least one weight must be more than 0.")});
    }
    return errors;
}

void RiskWeightsRepository::save(const RiskWeights& weights)
{
    if (const auto errors = validate(weights); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const RiskWeights before = load();
    QStringList changed;
    Transaction t(m_db);
    QSqlQuery q = Sql::prepare(
        m_db.connection(),
        u"INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    for (RiskIndicator i : Enums::all<RiskIndicator>()) {
        Sql::exec(q, {settingKey(i), formatWeight(weights[i])});
        if (before[i] != weights[i]) {
            changed << settingKey(i);
        }
    }
    q.finish();
    if (!changed.isEmpty()) {
        AuditLog(m_db).recordUpdate(u"settings"_s, 0, changed);
    }
    t.commit();
}
