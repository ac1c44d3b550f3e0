#include "CsvTableImport.h"

#include "core/csv/CsvImporter.h"
#include "core/csv/CsvTables.h"
#include "core/domain/Activity.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ImportQueries.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Tables.h"
#include "core/storage/WardRepository.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

/// The id to insert with: the given one when it is free, otherwise 0 (a new id).
qint64 freeId(const QSqlDatabase& db, ImportQueries::Table table, const std::optional<qint64>& id)
{
    return id && *id > 0 && !ImportQueries::exists(db, table, *id) ? *id : 0;
}

/// Looks up a ward by its code; a problem when there is none.
std::optional<qint64> wardId(const QSqlDatabase& db, const ImportRow& row, QList<FieldError>& problems)
{
    const QString code = row.text(u"ward_code"_s).trimmed();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<qint64> id = ImportQueries::wardByCode(db, code);
    if (!id) {
        problems.append(
            {u"ward_code"_s, CsvImporter::tr("There is no ward with code %1; import the wards first.").arg(code)});
        return std::nullopt;
    }
    return id;
}

bool checkReference(const QSqlDatabase& db, const ImportRow& row, const QString& key, ImportQueries::Table table,
                    const char* message, QList<FieldError>& problems)
{
    const auto id = row.id(key);
    if (id && !ImportQueries::exists(db, table, *id)) {
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
        const std::optional<qint64> id = ImportQueries::themeByKeyOrName(db, t);
        if (!id) {
            problems.append({u"themes"_s, CsvImporter::tr("There is no theme “%1”.").arg(t)});
        } else if (!ids.contains(*id)) {
            ids << *id;
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
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems, QList<FieldError>& notices) override
    {
        const QSqlDatabase c = m_db.connection();
        Ward w;
        w.code = row.text(u"code"_s).trimmed();
        m_lastId = 0;
        if (const auto existing = m_repo.findByCode(w.code)) {
            m_lastId = existing->id;
            const QString name = row.text(u"name"_s).trimmed();
            if (!name.isEmpty() && name != existing->name.trimmed() && addedRow(existing->id) > 0) {
                problems.append({u"code"_s,
                                 CsvImporter::tr("Row %1 of this file has the same code %2 with the name “%3”.")
                                     .arg(addedRow(existing->id))
                                     .arg(w.code, existing->name)});
            } else if (!name.isEmpty() && name != existing->name.trimmed()) {
                notices.append({u"name"_s,
                                CsvImporter::tr("Ward %1 already exists as “%2”. An import never changes an existing "
                                                "record, so this row was not imported; rename the ward in the window "
                                                "if it should be “%3”.")
                                    .arg(w.code, existing->name, name)});
            }
            return Outcome::Present;
        }
        Tables::wards().readCsv(w, [&row](const QString& key) { return row.value(key); });
        w.code = w.code.trimmed();
        w.id = freeId(c, ImportQueries::Table::Wards, row.id(u"id"_s));
        w.themeIds = themeIds(c, row, problems);
        problems << m_repo.validate(w);
        if (!problems.isEmpty() || checkOnly()) {
            return Outcome::Refused;
        }
        added(m_repo.insert(w), row.row());
        return Outcome::Added;
    }

private:
    Database& m_db;
    WardRepository m_repo;
};

/// Persons are matched the way a person reads names: an id given is the person's identity; without one, the
/// name after Person::matchKey in the same ward is. The same name in another ward, the same e-mail or the same
/// phone number make a possible duplicate: added, with a notice naming the other record.
class PersonImport final : public TableImport
{
public:
    explicit PersonImport(Database& db)
        : m_db(db)
        , m_repo(db)
        , m_wards(db)
    {
        for (const Person& p : m_repo.identities()) {
            remember(p, 0);
        }
    }
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems, QList<FieldError>& notices) override
    {
        const QSqlDatabase c = m_db.connection();
        m_lastId = 0;
        const auto id = row.id(u"id"_s);
        Person p;
        // The declared columns first (Tables::persons), then the import's own reading of the names.
        Tables::persons().readCsv(p, [&row](const QString& key) { return row.value(key); });
        p.firstName = p.firstName.simplified();
        p.surnamePrefix = p.surnamePrefix.simplified();
        p.lastName = p.lastName.simplified();
        if (!row.hasColumn(u"surname_prefix"_s)) {
            // "van den Berg" in the last name column of a file without a prefix column: the prefix goes to its own
            // column where that is certain, so that the name is listed under B. (A file with the column, such as
            // an export, says what the prefix is, also when it is empty.)
            std::tie(p.surnamePrefix, p.lastName) = Person::splitPrefix(p.lastName);
        }
        p.wardId = wardId(c, row, problems);
        p.email = row.text(u"email"_s).trimmed();
        p.phone = row.text(u"phone"_s).trimmed();
        const QString key = Person::matchKey(p.firstName, p.surnamePrefix, p.lastName);
        if (id && m_known.contains(*id)) {
            const Person& known = m_known[*id];
            m_lastId = *id;
            QStringList differ;
            if (Person::matchKey(known.firstName, known.surnamePrefix, known.lastName) != key) {
                differ << CsvImporter::tr("name");
            }
            if (known.wardId != p.wardId && !row.isEmpty(u"ward_code"_s)) {
                differ << CsvImporter::tr("ward");
            }
            if (!p.email.isEmpty() && known.email.compare(p.email, Qt::CaseInsensitive) != 0) {
                differ << CsvImporter::tr("e-mail");
            }
            if (!p.phone.isEmpty() && Person::phoneKey(known.phone) != Person::phoneKey(p.phone)) {
                differ << CsvImporter::tr("phone");
            }
            if (!differ.isEmpty() && addedRow(*id) > 0) {
                problems.append({u"id"_s,
                                 CsvImporter::tr("Row %1 of this file has the same number %2 for %3.")
                                     .arg(addedRow(*id))
                                     .arg(*id)
                                     .arg(known.fullName())});
            } else if (!differ.isEmpty()) {
                //: %3 lists what differs: name, ward, e-mail, phone (each translated on its own).
                notices.append({u"id"_s,
                                CsvImporter::tr("Number %1 already exists (%2), but this row differs in: %3. An "
                                                "import never changes an existing record, so this row was not "
                                                "imported; change the person in the window if needed.")
                                    .arg(*id)
                                    .arg(describe(known), differ.join(u", "_s))});
            }
            return Outcome::Present;
        }
        if (!id) {
            if (const auto same = m_byNameWard.constFind(key + u'|' + wardKey(p.wardId));
                same != m_byNameWard.constEnd()) {
                const Person& known = m_known[*same];
                m_lastId = *same;
                if (known.fullName() != p.fullName()) {
                    notices.append({u"last_name"_s,
                                    CsvImporter::tr("“%1” is taken as %2, written differently; not added again.")
                                        .arg(p.fullName(), describe(known))});
                }
                return Outcome::Present;
            }
        }
        p.engagement = Enums::fromKey<Engagement>(row.text(u"engagement"_s)).value_or(Engagement::Unknown);
        p.consentDate = row.date(u"consent_date"_s);
        p.consentScope = row.text(u"consent_scope"_s);
        p.notes = row.text(u"notes"_s);
        for (const QString& s : row.text(u"skills"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!s.trimmed().isEmpty()) {
                p.skills << s.trimmed();
            }
        }
        if (!p.phone.isEmpty() && Person::lostLeadingZero(p.phone)) {
            notices.append({u"phone"_s,
                            CsvImporter::tr("“%1” looks like a phone number that lost its leading 0 in a spreadsheet "
                                            "(0%1?). It is imported as written: check it, and format the column "
                                            "as text in the spreadsheet next time.")
                                .arg(p.phone)});
        }
        // Possible duplicates: the same name elsewhere, the same e-mail or phone.
        QList<qint64> possible;
        for (const qint64 other : m_byName.values(key)) {
            possible << other;
        }
        if (!p.email.isEmpty()) {
            possible << m_byEmail.values(p.email.toLower());
        }
        if (const QString phone = Person::phoneKey(p.phone); !phone.isEmpty()) {
            possible << m_byPhone.values(phone);
        }
        std::sort(possible.begin(), possible.end());
        possible.erase(std::unique(possible.begin(), possible.end()), possible.end());
        for (const qint64 other : std::as_const(possible)) {
            notices.append({u"last_name"_s,
                            CsvImporter::tr("Possibly the same person as %1 (same name, e-mail or phone). Added as a "
                                            "new person: check whether they are the same.")
                                .arg(describe(m_known[other]))});
        }
        p.id = freeId(c, ImportQueries::Table::Persons, id);
        problems << m_repo.validate(p);
        if (!problems.isEmpty() || checkOnly()) {
            return Outcome::Refused;
        }
        p.id = m_repo.insert(p);
        added(p.id, row.row());
        remember(p, row.row());
        return Outcome::Added;
    }

private:
    static QString wardKey(const std::optional<qint64>& ward) { return ward ? QString::number(*ward) : QString(); }

    void remember(const Person& p, int row)
    {
        Person known;
        known.id = p.id;
        known.firstName = p.firstName;
        known.surnamePrefix = p.surnamePrefix;
        known.lastName = p.lastName;
        known.wardId = p.wardId;
        known.email = p.email;
        known.phone = p.phone;
        m_known.insert(p.id, known);
        if (row > 0) {
            m_rowOf.insert(p.id, row);
        }
        const QString key = Person::matchKey(p.firstName, p.surnamePrefix, p.lastName);
        m_byNameWard.insert(key + u'|' + wardKey(p.wardId), p.id);
        m_byName.insert(key, p.id);
        if (!p.email.trimmed().isEmpty()) {
            m_byEmail.insert(p.email.trimmed().toLower(), p.id);
        }
        if (const QString phone = Person::phoneKey(p.phone); !phone.isEmpty()) {
            m_byPhone.insert(phone, p.id);
        }
    }

    /// "number 12, Jan van den Berg (WK099901)", or "row 3 of this file, ..." for a person this file adds.
    QString describe(const Person& p)
    {
        QString ward;
        if (p.wardId) {
            auto it = m_wardCodes.constFind(*p.wardId);
            if (it == m_wardCodes.constEnd()) {
                const auto w = m_wards.find(*p.wardId);
                it = m_wardCodes.insert(*p.wardId, w ? w->code : QString());
            }
            ward = *it;
        }
        const QString who = ward.isEmpty() ? p.fullName() : CsvImporter::tr("%1 (%2)").arg(p.fullName(), ward);
        if (const int row = m_rowOf.value(p.id); row > 0) {
            return CsvImporter::tr("row %1 of this file, %2").arg(row).arg(who);
        }
        return CsvImporter::tr("number %1, %2").arg(p.id).arg(who);
    }

    Database& m_db;
    PersonRepository m_repo;
    WardRepository m_wards;
    QHash<qint64, Person> m_known;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, QString> m_wardCodes;
    QHash<QString, qint64> m_byNameWard;
    QMultiHash<QString, qint64> m_byName;
    QMultiHash<QString, qint64> m_byEmail;
    QMultiHash<QString, qint64> m_byPhone;
};

class InitiativeImport final : public TableImport
{
public:
    explicit InitiativeImport(Database& db)
        : m_db(db)
        , m_repo(db)
    {
    }
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems, QList<FieldError>& notices) override
    {
        const QSqlDatabase c = m_db.connection();
        const auto id = row.id(u"id"_s);
        m_lastId = 0;
        Initiative i;
        // The declared columns (Tables::initiatives) but the ward, given by its code, and the themes.
        Tables::initiatives().readCsv(i, [&row](const QString& key) { return row.value(key); });
        i.title = i.title.trimmed();
        if (id) {
            if (const auto existing = m_repo.find(*id)) {
                m_lastId = *id;
                if (existing->title.trimmed() != i.title && addedRow(*id) > 0) {
                    problems.append({u"id"_s,
                                     CsvImporter::tr("Row %1 of this file has the same number %2 for “%3”.")
                                         .arg(addedRow(*id))
                                         .arg(*id)
                                         .arg(existing->title)});
                } else if (existing->title.trimmed() != i.title) {
                    notices.append({u"title"_s,
                                    CsvImporter::tr("Number %1 already exists as “%2”. An import never changes an "
                                                    "existing record, so this row was not imported.")
                                        .arg(*id)
                                        .arg(existing->title)});
                }
                return Outcome::Present;
            }
        }
        const auto ward = wardId(c, row, problems);
        if (!ward) {
            return Outcome::Refused;
        }
        i.wardId = *ward;
        if (!id) {
            if (const auto same = ImportQueries::initiativeByTitle(c, i.wardId, i.title)) {
                m_lastId = *same;
                return Outcome::Present;
            }
        }
        i.id = freeId(c, ImportQueries::Table::Initiatives, id);
        i.themeIds = themeIds(c, row, problems);
        problems << m_repo.validate(i);
        if (!problems.isEmpty() || checkOnly()) {
            return Outcome::Refused;
        }
        added(m_repo.insert(i), row.row());
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
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems, QList<FieldError>& notices) override
    {
        Q_UNUSED(notices)
        const QSqlDatabase c = m_db.connection();
        m_lastId = 0;
        const bool person
            = checkReference(c, row, u"person_id"_s, ImportQueries::Table::Persons,
                             QT_TRANSLATE_NOOP("CsvImporter", "There is no person with number %1."), problems);
        const bool initiative
            = checkReference(c, row, u"initiative_id"_s, ImportQueries::Table::Initiatives,
                             QT_TRANSLATE_NOOP("CsvImporter", "There is no initiative with number %1."), problems);
        if (!person || !initiative) {
            return Outcome::Refused;
        }
        Involvement v;
        Tables::involvements().readCsv(v, [&row](const QString& key) { return row.value(key); });
        v.role = Enums::fromKey<InvolvementRole>(row.text(u"role"_s)).value_or(InvolvementRole::AdHoc);
        if (const auto same
            = ImportQueries::sameInvolvement(c, v.personId, v.initiativeId, Enums::key(v.role), v.from, v.until)) {
            m_lastId = *same;
            return Outcome::Present;
        }
        v.id = freeId(c, ImportQueries::Table::Involvements, row.id(u"id"_s));
        problems << m_repo.validate(v);
        if (!problems.isEmpty() || checkOnly()) {
            return Outcome::Refused;
        }
        added(m_repo.insert(v), row.row());
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
    Outcome importRow(const ImportRow& row, QList<FieldError>& problems, QList<FieldError>& notices) override
    {
        const QSqlDatabase c = m_db.connection();
        m_lastId = 0;
        bool ok = checkReference(c, row, u"initiative_id"_s, ImportQueries::Table::Initiatives,
                                 QT_TRANSLATE_NOOP("CsvImporter", "There is no initiative with number %1."), problems);
        ok = checkReference(c, row, u"holder_person_id"_s, ImportQueries::Table::Persons,
                            QT_TRANSLATE_NOOP("CsvImporter", "There is no person with number %1."), problems)
            && ok;
        ok = checkReference(c, row, u"backup_person_id"_s, ImportQueries::Table::Persons,
                            QT_TRANSLATE_NOOP("CsvImporter", "There is no person with number %1."), problems)
            && ok;
        if (!ok) {
            return Outcome::Refused;
        }
        CriticalRole r;
        Tables::criticalRoles().readCsv(r, [&row](const QString& key) { return row.value(key); });
        r.role = CriticalRole::keyFor(r.role);
        if (const auto same = ImportQueries::criticalRoleOf(c, r.initiativeId, r.role)) {
            m_lastId = *same;
            const auto existing = m_repo.find(m_lastId);
            const bool differs = existing && (existing->holderId != r.holderId || existing->backupId != r.backupId);
            if (differs && addedRow(m_lastId) > 0) {
                problems.append({u"role"_s,
                                 CsvImporter::tr("Row %1 of this file has this role for initiative %2 with another "
                                                 "holder or backup.")
                                     .arg(addedRow(m_lastId))
                                     .arg(r.initiativeId)});
            } else if (differs) {
                notices.append({u"holder_person_id"_s,
                                CsvImporter::tr("This role already exists for initiative %1 with another holder or "
                                                "backup. An import never changes an existing record, so this row was "
                                                "not imported; change the role in the succession register.")
                                    .arg(r.initiativeId)});
            }
            return Outcome::Present;
        }
        r.id = freeId(c, ImportQueries::Table::CriticalRoles, row.id(u"id"_s));
        problems << m_repo.validate(r);
        if (!problems.isEmpty() || checkOnly()) {
            return Outcome::Refused;
        }
        added(m_repo.insert(r), row.row());
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
