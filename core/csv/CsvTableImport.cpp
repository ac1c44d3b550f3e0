#include "CsvTableImport.h"

#include "CsvImporter.h"
#include "CsvTables.h"
#include "domain/Activity.h"
#include "storage/CriticalRoleRepository.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/InitiativeRepository.h"
#include "storage/InvolvementRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Sql.h"
#include "storage/Tables.h"
#include "storage/WardRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool exists(const QSqlDatabase& db, const QString& table, qint64 id)
{
    return Sql::scalar(db, u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s, {id}).isValid();
}

/// The id to insert with: the given one when it is free, otherwise 0 (a new id).
qint64 freeId(const QSqlDatabase& db, const QString& table, const std::optional<qint64>& id)
{
    return id && *id > 0 && !exists(db, table, *id) ? *id : 0;
}

/// Looks up a ward by its code; a problem when there is none.
std::optional<qint64> wardId(const QSqlDatabase& db, const ImportRow& row, QList<FieldError>& problems)
{
    const QString code = row.text(u"ward_code"_s).trimmed();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    const QVariant id = Sql::scalar(db, u"SELECT id FROM wards WHERE code = ?"_s, {code});
    if (!id.isValid()) {
        problems.append(
            {u"ward_code"_s, CsvImporter::tr("There is no ward with code %1; import the wards first.").arg(code)});
        return std::nullopt;
    }
    return id.toLongLong();
}

bool checkReference(const QSqlDatabase& db, const ImportRow& row, const QString& key, const QString& table,
                    const char* message, QList<FieldError>& problems)
{
    const auto id = row.id(key);
    if (id && !exists(db, table, *id)) {
        problems.append({key, CsvImporter::tr(message).arg(*id)});
        return false;
    }
    return true;
}

/// Theme ids for a '|'-separated list of theme keys or names.
QList<qint64> themeIds(const QSqlDatabase& db, const ImportRow& row, QList<FieldError>& problems)
{
    QList<qint64> ids;
    const QString list = row.text(u"themes"_s);
    for (const QString& item : list.split(CsvTables::ListSeparator, Qt::SkipEmptyParts)) {
        const QString t = item.trimmed();
        if (t.isEmpty()) {
            continue;
        }
        const QVariant id
            = Sql::scalar(db,
                          u"SELECT id FROM themes WHERE key = ? OR "_s + Dialect::of(db).caseInsensitive(u"name"_s)
                              + u" = ? ORDER BY key IS NULL LIMIT 1"_s,
                          {t, t});
        if (!id.isValid()) {
            problems.append({u"themes"_s, CsvImporter::tr("There is no theme “%1”.").arg(t)});
        } else if (!ids.contains(id.toLongLong())) {
            ids << id.toLongLong();
        }
    }
    return ids;
}

class WardImport final : public TableImport
{
public:
    explicit WardImport(Database& db)
        : m_db(db)
        , m_repo(db)
    {
    }
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems) override
    {
        const QSqlDatabase c = m_db.connection();
        Ward w;
        w.code = row.text(u"code"_s).trimmed();
        if (Sql::scalar(c, u"SELECT 1 FROM wards WHERE code = ?"_s, {w.code}).isValid()) {
            return Outcome::Present;
        }
        Tables::wards().readCsv(w, [&row](const QString& key) { return row.value(key); });
        w.code = w.code.trimmed();
        w.id = freeId(c, u"wards"_s, row.id(u"id"_s));
        w.themeIds = themeIds(c, row, problems);
        problems << m_repo.validate(w);
        if (!problems.isEmpty()) {
            return Outcome::Refused;
        }
        m_repo.insert(w);
        return Outcome::Added;
    }

private:
    Database& m_db;
    WardRepository m_repo;
};

class PersonImport final : public TableImport
{
public:
    explicit PersonImport(Database& db)
        : m_db(db)
        , m_repo(db)
    {
    }
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems) override
    {
        const QSqlDatabase c = m_db.connection();
        const auto id = row.id(u"id"_s);
        if (id && exists(c, u"persons"_s, *id)) {
            return Outcome::Present;
        }
        Person p;
        Tables::persons().readCsv(p, [&row](const QString& key) { return row.value(key); });
        p.firstName = p.firstName.trimmed();
        p.lastName = p.lastName.trimmed();
        p.wardId = wardId(c, row, problems);
        // With an id, the id is the person's identity; without one, name and ward are.
        if (!id
            && Sql::scalar(
                   c,
                   u"SELECT 1 FROM persons WHERE first_name = ? AND last_name = ? AND ward_id IS NOT DISTINCT FROM ?"_s,
                   {p.firstName, p.lastName, Sql::optionalId(p.wardId)})
                   .isValid()) {
            return Outcome::Present;
        }
        p.id = freeId(c, u"persons"_s, id);
        problems << m_repo.validate(p);
        if (!problems.isEmpty()) {
            return Outcome::Refused;
        }
        m_repo.insert(p);
        return Outcome::Added;
    }

private:
    Database& m_db;
    PersonRepository m_repo;
};

class InitiativeImport final : public TableImport
{
public:
    explicit InitiativeImport(Database& db)
        : m_db(db)
        , m_repo(db)
    {
    }
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems) override
    {
        const QSqlDatabase c = m_db.connection();
        const auto id = row.id(u"id"_s);
        if (id && exists(c, u"initiatives"_s, *id)) {
            return Outcome::Present;
        }
        Initiative i;
        i.title = row.text(u"title"_s).trimmed();
        const auto ward = wardId(c, row, problems);
        if (!ward) {
            return Outcome::Refused;
        }
        i.wardId = *ward;
        if (!id
            && Sql::scalar(c, u"SELECT 1 FROM initiatives WHERE ward_id = ? AND title = ?"_s, {i.wardId, i.title})
                   .isValid()) {
            return Outcome::Present;
        }
        i.id = freeId(c, u"initiatives"_s, id);
        i.description = row.text(u"description"_s);
        i.themeIds = themeIds(c, row, problems);
        i.status = Enums::fromKey<InitiativeStatus>(row.text(u"status"_s)).value_or(InitiativeStatus::Idea);
        i.track = Enums::fromKey<Track>(row.text(u"track"_s)).value_or(Track::Residents);
        i.leadType = Enums::fromKey<LeadType>(row.text(u"lead_type"_s)).value_or(LeadType::Resident);
        i.fitsFramework = Enums::fromKey<FitsFramework>(row.text(u"fits_framework"_s)).value_or(FitsFramework::Unknown);
        i.startDate = row.date(u"start_date"_s);
        i.plannedEnd = row.date(u"planned_end"_s);
        i.budgetRequestedCents = row.value(u"budget_requested"_s).toLongLong();
        i.budgetGrantedCents = row.value(u"budget_granted"_s).toLongLong();
        i.fundingSource = row.text(u"funding_source"_s);
        i.fundingEnd = row.date(u"funding_end"_s);
        i.followUpFunding = row.value(u"follow_up_funding"_s).toBool();
        i.frameworkId = row.id(u"framework_id"_s);
        i.followUp.department = row.text(u"followup_department"_s);
        i.followUp.owner = row.text(u"followup_owner"_s);
        i.followUp.deadline = row.date(u"followup_deadline"_s);
        i.followUp.solution = row.text(u"followup_solution"_s);
        i.followUp.status
            = Enums::fromKey<FollowUpStatus>(row.text(u"followup_status"_s)).value_or(FollowUpStatus::Open);
        problems << m_repo.validate(i);
        if (!problems.isEmpty()) {
            return Outcome::Refused;
        }
        m_repo.insert(i);
        return Outcome::Added;
    }

private:
    Database& m_db;
    InitiativeRepository m_repo;
};

class InvolvementImport final : public TableImport
{
public:
    explicit InvolvementImport(Database& db)
        : m_db(db)
        , m_repo(db)
    {
    }
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems) override
    {
        const QSqlDatabase c = m_db.connection();
        const bool person
            = checkReference(c, row, u"person_id"_s, u"persons"_s,
                             QT_TRANSLATE_NOOP("CsvImporter", "There is no person with number %1."), problems);
        const bool initiative
            = checkReference(c, row, u"initiative_id"_s, u"initiatives"_s,
                             QT_TRANSLATE_NOOP("CsvImporter", "There is no initiative with number %1."), problems);
        if (!person || !initiative) {
            return Outcome::Refused;
        }
        Involvement v;
        Tables::involvements().readCsv(v, [&row](const QString& key) { return row.value(key); });
        if (Sql::scalar(c,
                        u"SELECT 1 FROM involvements WHERE person_id = ? AND initiative_id = ? AND role = ? "
                        "AND from_date IS NOT DISTINCT FROM ? AND until_date IS NOT DISTINCT FROM ?"_s,
                        {v.personId, v.initiativeId, Enums::key(v.role), Sql::date(v.from), Sql::date(v.until)})
                .isValid()) {
            return Outcome::Present;
        }
        v.id = freeId(c, u"involvements"_s, row.id(u"id"_s));
        problems << m_repo.validate(v);
        if (!problems.isEmpty()) {
            return Outcome::Refused;
        }
        m_repo.insert(v);
        return Outcome::Added;
    }

private:
    Database& m_db;
    InvolvementRepository m_repo;
};

class CriticalRoleImport final : public TableImport
{
public:
    explicit CriticalRoleImport(Database& db)
        : m_db(db)
        , m_repo(db)
    {
    }
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems) override
    {
        const QSqlDatabase c = m_db.connection();
        bool ok = checkReference(c, row, u"initiative_id"_s, u"initiatives"_s,
                                 QT_TRANSLATE_NOOP("CsvImporter", "There is no initiative with number %1."), problems);
        ok = checkReference(c, row, u"holder_person_id"_s, u"persons"_s,
                            QT_TRANSLATE_NOOP("CsvImporter", "There is no person with number %1."), problems)
            && ok;
        ok = checkReference(c, row, u"backup_person_id"_s, u"persons"_s,
                            QT_TRANSLATE_NOOP("CsvImporter", "There is no person with number %1."), problems)
            && ok;
        if (!ok) {
            return Outcome::Refused;
        }
        CriticalRole r;
        r.initiativeId = *row.id(u"initiative_id"_s);
        r.role = CriticalRole::keyFor(row.text(u"role"_s));
        r.holderId = row.id(u"holder_person_id"_s);
        r.backupId = row.id(u"backup_person_id"_s);
        if (Sql::scalar(c, u"SELECT 1 FROM critical_roles WHERE initiative_id = ? AND role = ?"_s,
                        {r.initiativeId, r.role})
                .isValid()) {
            return Outcome::Present;
        }
        r.id = freeId(c, u"critical_roles"_s, row.id(u"id"_s));
        problems << m_repo.validate(r);
        if (!problems.isEmpty()) {
            return Outcome::Refused;
        }
        m_repo.insert(r);
        return Outcome::Added;
    }

private:
    Database& m_db;
    CriticalRoleRepository m_repo;
};

} // namespace

std::unique_ptr<TableImport> createActivityImport(Database& db); // CsvActivityImport.cpp

std::unique_ptr<TableImport> TableImport::create(const QString& table, Database& db)
{
    if (table == QLatin1String("wards")) {
        return std::make_unique<WardImport>(db);
    }
    if (table == QLatin1String("persons")) {
        return std::make_unique<PersonImport>(db);
    }
    if (table == QLatin1String("initiatives")) {
        return std::make_unique<InitiativeImport>(db);
    }
    if (table == QLatin1String("involvements")) {
        return std::make_unique<InvolvementImport>(db);
    }
    if (table == QLatin1String("activities")) {
        return createActivityImport(db);
    }
    if (table == QLatin1String("critical_roles")) {
        return std::make_unique<CriticalRoleImport>(db);
    }
    return nullptr;
}

QStringList TableImport::requiredColumns(const QString& table)
{
    static const QHash<QString, QStringList> required {
        {u"wards"_s, {u"code"_s, u"name"_s}},
        {u"persons"_s, {u"first_name"_s, u"last_name"_s}},
        {u"initiatives"_s, {u"ward_code"_s, u"title"_s, u"status"_s}},
        {u"involvements"_s, {u"person_id"_s, u"initiative_id"_s, u"role"_s}},
        {u"activities"_s, {u"person_id"_s, u"initiative_id"_s, u"date"_s, u"hours"_s}},
        {u"critical_roles"_s, {u"initiative_id"_s, u"role"_s, u"holder_person_id"_s}},
    };
    return required.value(table);
}

QStringList TableImport::mayBeEmpty(const QString& table)
{
    if (table == QLatin1String("activities")) {
        return {u"person_id"_s, u"hours"_s};
    }
    if (table == QLatin1String("critical_roles")) {
        return {u"holder_person_id"_s};
    }
    return {};
}
