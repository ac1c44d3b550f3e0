#pragma once

#include "core/Error.h"
#include "core/risk/RiskTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/// The risk weights of one database, kept in the `settings` table under the keys "risk.weight.<indicator key>"
/// (risk.weight.concentration, ...). A missing or unreadable key reads as DESIGN.md's default.
class RiskWeightsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RiskWeightsRepository)

public:
    explicit RiskWeightsRepository(Database& db);

    /// The stored weights, with the defaults for any that are not stored.
    RiskWeights load() const;
    /// Problems: a weight outside [0, 1] (field: the indicator's key), all weights zero (field "weights").
    static QList<FieldError> validate(const RiskWeights& weights);
    /// Stores every weight in one transaction, recorded in the audit log (entity "settings", the changed keys).
    /// Throws ValidationError, writing nothing, when validate() finds a problem.
    void save(const RiskWeights& weights);

    /// "risk.weight.concentration" and so on.
    static QString settingKey(RiskIndicator indicator);

private:
    Database& m_db;
};
