#include "Builders.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/ActivityRepository.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/WardRepository.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace Build {

Ward ward(const QString& code, const QString& name)
{
    Ward w;
    w.code = code;
    w.name = name.isEmpty() ? u"Wijk "_s + code : name;
    w.type = WardType::Vinex;
    w.inhabitants = 12000;
    w.households = 5000;
    return w;
}

Initiative initiative(qint64 wardId, const QString& title)
{
    Initiative i;
    i.wardId = wardId;
    i.title = title;
    i.status = InitiativeStatus::Running;
    i.startDate = QDate(2025, 3, 1);
    return i;
}

Person person(const QString& first, const QString& last, std::optional<qint64> wardId)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.wardId = wardId;
    p.engagement = Engagement::Structural;
    return p;
}

Partner partner(const QString& name, PartnerType type)
{
    Partner p;
    p.name = name;
    p.type = type;
    p.contactPerson = u"J. de Vries"_s;
    return p;
}

Agreement agreement(qint64 partnerId, QList<qint64> wardIds, const QString& title)
{
    Agreement a;
    a.partnerId = partnerId;
    a.wardIds = std::move(wardIds);
    a.title = title;
    a.startDate = QDate(2025, 1, 1);
    a.endDate = QDate(2026, 12, 31);
    a.budgetCents = 2500000;
    a.monitoring = MonitoringFrequency::Quarterly;
    a.monitoringAgreed = true;
    a.nextEvaluation = QDate(2026, 3, 1);
    a.status = AgreementStatus::Active;
    return a;
}

Measurement measurement(const QDate& date, double value)
{
    Measurement m;
    m.date = date;
    m.value = value;
    return m;
}

QList<CsvColumn> everyTypeColumns()
{
    return {{u"text"_s, u"Tekst"_s, CsvType::Text, {}},
            {u"count"_s, u"Aantal"_s, CsvType::Integer, {}},
            {u"hours"_s, u"Uren"_s, CsvType::Decimal, {}},
            {u"amount"_s, u"Bedrag"_s, CsvType::Money, {}},
            {u"date"_s, u"Datum"_s, CsvType::Date, {}},
            {u"flag"_s, u"Vlag"_s, CsvType::Bool, {}},
            {u"status"_s, u"Status"_s, CsvType::Enum, {{u"running"_s, u"lopend"_s}}}};
}

void snapshotDemo(Database& db)
{
    DemoOptions options;
    options.seed = 7;
    options.referenceDate = QDate(2026, 6, 30);
    generateDemo(db, options);
}

qint64 addWard(Database& db, const QString& code, const QString& name)
{
    return WardRepository(db).insert(ward(code, name));
}

qint64 addPartner(Database& db, const QString& name, PartnerType type)
{
    return PartnerRepository(db).insert(partner(name, type));
}

qint64 addInvolvement(Database& db, qint64 personId, qint64 initiativeId, InvolvementRole role, const QDate& from,
                      const QDate& until, std::optional<LeavingReason> reason)
{
    return InvolvementRepository(db).insert({0, personId, initiativeId, role, from, until, reason});
}

void addMonthlyHours(Database& db, qint64 initiativeId, qint64 personId, double hours, int months, const QDate& first)
{
    QList<Activity> cells;
    for (int m = 0; m < months; ++m) {
        cells << Activity {personId, initiativeId, first.addMonths(m), static_cast<int>(hours * 4), {}};
    }
    ActivityRepository(db).setHours(initiativeId, cells);
}

qint64 addRole(Database& db, qint64 initiativeId, const QString& name, std::optional<qint64> holder,
               std::optional<qint64> backup)
{
    return CriticalRoleRepository(db).insert({0, initiativeId, name, holder, backup});
}

} // namespace Build

bool hasError(const QList<FieldError>& errors, const QString& field)
{
    return std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == field; });
}

void checkErrors(const QList<FieldError>& errors, const QStringList& fields)
{
    for (const QString& field : fields) {
        INFO("an error for " << field.toStdString());
        CHECK(hasError(errors, field));
    }
}
