#pragma once

#include "core/Error.h"
#include "core/domain/Agreement.h"
#include "core/domain/Initiative.h"
#include "core/domain/Partner.h"
#include "core/domain/Person.h"
#include "core/domain/Progress.h"
#include "core/domain/Ward.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class Database;

/// The one set of test records, for the core, window and command-line tests: valid as built, with values a test
/// changes where it is about them.
namespace Build {

/// A Vinex ward of 12,000 inhabitants in 5,000 households; the name is "Wijk <code>" when not given.
Ward ward(const QString& code, const QString& name = {});
/// A running initiative started on 1 March 2025.
Initiative initiative(qint64 wardId, const QString& title);
/// A structurally involved resident.
Person person(const QString& first, const QString& last, std::optional<qint64> wardId = {});
/// A partner with contact person J. de Vries.
Partner partner(const QString& name, PartnerType type = PartnerType::Police);
/// An active agreement of 2025-2026 with quarterly monitoring agreed, a budget of € 25,000 and its next evaluation
/// on 1 March 2026.
Agreement agreement(qint64 partnerId, QList<qint64> wardIds, const QString& title = QStringLiteral("Veilige buurt"));
Measurement measurement(const QDate& date, double value);

/// ward() and partner() inserted through their repositories; the new id.
qint64 addWard(Database& db, const QString& code, const QString& name = {});
qint64 addPartner(Database& db, const QString& name, PartnerType type = PartnerType::Police);

} // namespace Build

/// Whether `errors` holds one for `field`.
bool hasError(const QList<FieldError>& errors, const QString& field);
