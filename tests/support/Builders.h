#pragma once

#include "core/Error.h"
#include "core/csv/CsvWriter.h"
#include "core/domain/Agreement.h"
#include "core/domain/Initiative.h"
#include "core/domain/Involvement.h"
#include "core/domain/Partner.h"
#include "core/domain/Person.h"
#include "core/domain/Progress.h"
#include "core/domain/Ward.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
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

/// One column of every CSV type: text "Tekst", count "Aantal", hours "Uren" (Decimal), amount "Bedrag" (Money),
/// date "Datum", flag "Vlag" (Bool), status "Status" (Enum: running is "lopend").
QList<CsvColumn> everyTypeColumns();

/// The small demo as the export snapshot pins it (seed 7, reference date 30 June 2026), generated into `db`.
void snapshotDemo(Database& db);

/// ward() and partner() inserted through their repositories; the new id.
qint64 addWard(Database& db, const QString& code, const QString& name = {});
qint64 addPartner(Database& db, const QString& name, PartnerType type = PartnerType::Police);
/// A person's involvement in an initiative in `role` from `from` on (until `until`, with its leaving reason),
/// inserted through its repository; the new id.
qint64 addInvolvement(Database& db, qint64 personId, qint64 initiativeId, InvolvementRole role,
                      const QDate& from = {2024, 1, 1}, const QDate& until = {},
                      std::optional<LeavingReason> reason = {});
/// `hours` (whole quarters) of a person in an initiative on the same day of `months` months from `first` on, written
/// through the activity repository (the person must be involved on those days).
void addMonthlyHours(Database& db, qint64 initiativeId, qint64 personId, double hours, int months, const QDate& first);
/// A critical role of an initiative (a standard key or the user's own name) with its holder and backup, inserted
/// through its repository; the new id.
qint64 addRole(Database& db, qint64 initiativeId, const QString& name, std::optional<qint64> holder,
               std::optional<qint64> backup = {});

} // namespace Build

/// Whether `errors` holds one for `field`.
bool hasError(const QList<FieldError>& errors, const QString& field);
/// Checks that `errors` holds one for each of `fields` (one assertion a field).
void checkErrors(const QList<FieldError>& errors, const QStringList& fields);
