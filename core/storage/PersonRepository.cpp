#include "PersonRepository.h"

#include "core/domain/Activity.h"
#include "core/i18n/Translations.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

PersonRepository::PersonRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This person no longer exists."), Tables::persons())
{
}

bool PersonRepository::isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

bool PersonRepository::isValidPhone(const QString& phone)
{
    static const QRegularExpression pattern(u"^\\+?[0-9 ()\\-]{6,20}$"_s);
    return pattern.match(phone).hasMatch();
}

QList<FieldError> PersonRepository::validate(const Person& p) const
{
    QList<FieldError> errors;
    if (p.firstName.trimmed().isEmpty()) {
        errors.append({u"first_name"_s, tr("Enter the first name.")});
    }
    if (p.lastName.trimmed().isEmpty()) {
        errors.append({u"last_name"_s, tr("Enter the last name.")});
    }
    if (!p.email.trimmed().isEmpty() && !isValidEmail(p.email.trimmed())) {
        errors.append({u"email"_s, tr("“%1” is not an e-mail address.").arg(p.email.trimmed())});
    }
    if (!p.phone.trimmed().isEmpty() && !isValidPhone(p.phone.trimmed())) {
        errors.append({u"phone"_s, tr("“%1” is not a phone number.").arg(p.phone.trimmed())});
    }
    if (p.wardId && !Sql::scalar(m_db.connection(), u"SELECT 1 FROM wards WHERE id = ?"_s, {*p.wardId}).isValid()) {
        errors.append({u"ward"_s, tr("The chosen ward no longer exists.")});
    }
    if (p.consentDate.isValid() && p.consentDate > QDate::currentDate()) {
        errors.append({u"consent_date"_s, tr("The consent date lies in the future.")});
    }
    if (p.consentDate.isValid() && p.consentScope.trimmed().isEmpty()) {
        errors.append({u"consent_scope"_s, tr("Describe what the person consented to.")});
    }
    if (p.consentWithdrawn.isValid() && p.consentWithdrawn > QDate::currentDate()) {
        errors.append({u"consent_withdrawn"_s, tr("The withdrawal of consent lies in the future.")});
    }
    if (p.consentWithdrawn.isValid() && p.consentDate.isValid() && p.consentWithdrawn < p.consentDate) {
        errors.append({u"consent_withdrawn"_s, tr("Consent cannot be withdrawn before it was given.")});
    }
    if (p.consentExpires.isValid() && p.consentDate.isValid() && p.consentExpires < p.consentDate) {
        errors.append({u"consent_expires"_s, tr("The consent cannot end before it was given.")});
    }
    return errors;
}

QList<Person> PersonRepository::identities() const
{
    QList<Person> persons;
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT id, first_name, surname_prefix, last_name, ward_id, email, phone FROM persons "
                            "ORDER BY id"_s);
    while (q.next()) {
        Person p;
        p.id = q.value(0).toLongLong();
        p.firstName = q.value(1).toString();
        p.surnamePrefix = q.value(2).toString();
        p.lastName = q.value(3).toString();
        if (!q.value(4).isNull()) {
            p.wardId = q.value(4).toLongLong();
        }
        p.email = q.value(5).toString();
        p.phone = q.value(6).toString();
        persons << p;
    }
    return persons;
}

void PersonRepository::update(const Person& person)
{
    m_store.requireValid(validate(person));
    const Person before = m_store.existing(person.id, tr("This person no longer exists."));
    if (before.isErased()) {
        throw Error(tr("This resident was erased; their data cannot be entered again."));
    }
    Person after = person;
    after.erasedOn = before.erasedOn;
    m_store.update(before, after);
}

QString PersonRepository::erasedName(qint64 id)
{
    // Stored data, so in the language of the register (Dutch) whatever the interface's.
    return Translations::dutch("PersonRepository",
                               QString::fromLatin1(QT_TRANSLATE_NOOP("PersonRepository", "Removed resident %1")))
        .arg(id);
}

Person PersonRepository::erase(qint64 id, const QDate& day, const QString& erasedName)
{
    const auto before = find(id);
    if (!before) {
        throw Error(tr("There is no resident with number %1.").arg(id));
    }
    if (before->isErased()) {
        throw Error(tr("Resident %1 was already erased on %2; nothing was changed.")
                        .arg(id)
                        .arg(QLocale().toString(before->erasedOn, QLocale::ShortFormat)));
    }
    Person erased = m_store.table().erasedCopy(*before);
    erased.firstName.clear();
    erased.lastName = erasedName;
    erased.erasedOn = day;
    m_store.erase(*before, erased);
    return erased;
}

QStringList PersonRepository::dependents(qint64 id) const
{
    QStringList result;
    // Critical roles first, each named: they are what the user must hand over before the person can go.
    for (const CriticalRoleRow& row : CriticalRoleRepository(m_db).forPerson(id)) {
        if (row.role.holderId == id) {
            result << tr("holder of the role %1 in %2").arg(CriticalRole::label(row.role.role), row.initiativeTitle);
        } else {
            result << tr("backup for the role %1 in %2").arg(CriticalRole::label(row.role.role), row.initiativeTitle);
        }
    }
    const References refs = references(id);
    if (refs.involvements > 0) {
        result << tr("%n involvement(s) in initiatives", nullptr, refs.involvements);
    }
    if (refs.activityDays > 0) {
        result << tr("%n day(s) with registered hours", nullptr, refs.activityDays);
    }
    if (refs.offers > 0) {
        result << QCoreApplication::translate("PersonRepository", "%n offer(s) in the support map", nullptr,
                                              refs.offers);
    }
    return result;
}

PersonRepository::References PersonRepository::references(qint64 id) const
{
    const QSqlDatabase db = m_db.connection();
    const auto count = [&db](const QString& sql, const QVariantList& values) {
        return Sql::scalar(db, sql, values).toInt();
    };
    References r;
    r.involvements = count(u"SELECT count(*) FROM involvements WHERE person_id = ?"_s, {id});
    r.activityDays = count(u"SELECT count(*) FROM activities WHERE person_id = ?"_s, {id});
    r.criticalRoles
        = count(u"SELECT count(*) FROM critical_roles WHERE holder_person_id = ? OR backup_person_id = ?"_s, {id, id});
    r.offers = count(u"SELECT count(*) FROM offers WHERE person_id = ?"_s, {id});
    return r;
}

void PersonRepository::remove(qint64 id)
{
    const auto person = find(id);
    if (!person) {
        return;
    }
    if (const QStringList deps = dependents(id); !deps.isEmpty()) {
        throw Error(tr("%1 cannot be deleted because other records refer to this person: %2.")
                        .arg(person->fullName(), deps.join(u", "_s)));
    }
    m_store.remove(id);
}

namespace {
WhereClause personWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where;
    // The name as shown ("Jan van den Berg") and the last name with its prefix ("van den Berg").
    where.addSearch(dialect.likeIgnoringCase(),
                    {u"p.first_name"_s, u"p.last_name"_s, u"p.email"_s, u"p.skills"_s, Tables::personName(u"p"_s),
                     u"(p.surname_prefix || ' ' || p.last_name)"_s},
                    query.search);
    if (query.wardId) {
        where.add(u"p.ward_id = ?"_s, {*query.wardId});
    }
    if (!query.engagement.isEmpty()) {
        where.add(u"p.engagement = ?"_s, {query.engagement});
    }
    if (query.inactiveOnly) {
        where.add(u"NOT EXISTS (SELECT 1 FROM activities a WHERE a.person_id = p.id AND a.date > ?)"_s,
                  {query.today().addMonths(-PersonRepository::InactiveAfterMonths).toString(Qt::ISODate)});
    }
    return where;
}
} // namespace

int PersonRepository::count(const ListQuery& query) const
{
    const WhereClause where = personWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM persons p"_s + where.sql(), where.values()).toInt();
}

QList<PersonRow> PersonRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    // Each column's sort terms; the direction applies to each term, the id breaks ties.
    const QStringList name = Tables::personOrder(d, u"p"_s);
    const QList<QStringList> sortTerms {name,
                                        QStringList {d.sorted(u"p.first_name"_s)} + name,
                                        {d.sorted(u"w.name"_s)},
                                        {u"p.engagement"_s},
                                        {u"p.skills"_s},
                                        {u"p.email"_s},
                                        {u"p.consent_date"_s},
                                        {u"last_active"_s},
                                        {u"quarters"_s}};
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString sort = sortTerms.value(query.sortColumn, sortTerms.first()).join(direction + u", "_s) + direction;
    const WhereClause where = personWhere(Dialect::of(m_db.connection()), query);
    const QDate today = query.today();
    QVariantList v {today.addMonths(-12).toString(Qt::ISODate), today.toString(Qt::ISODate)};
    v << where.values() << limit << offset;
    // Last activity and hours come from the (person_id, date) index, for the rows of this page only.
    QSqlQuery q
        = Sql::exec(m_db.connection(),
                    u"SELECT p.id, p.first_name, p.last_name, coalesce(w.code, ''), p.engagement, p.skills, p.email, "
                    "p.consent_date, (SELECT max(a.date) FROM activities a WHERE a.person_id = p.id) AS last_active, "
                    "coalesce((SELECT sum(a.quarters) FROM activities a WHERE a.person_id = p.id AND a.date > ? AND "
                    "a.date <= ?), 0) "
                    "AS quarters, p.surname_prefix FROM persons p LEFT JOIN wards w ON w.id = p.ward_id"_s
                        + where.sql() + u" ORDER BY "_s + sort + u", p.id LIMIT ? OFFSET ?"_s,
                    v);
    QList<PersonRow> rows;
    while (q.next()) {
        PersonRow r;
        r.id = q.value(0).toLongLong();
        r.firstName = q.value(1).toString();
        r.lastName = q.value(2).toString();
        r.wardCode = q.value(3).toString();
        r.engagement = Enums::fromKey<::Engagement>(q.value(4).toString()).value_or(::Engagement::Unknown);
        r.skills = q.value(5).toString();
        r.email = q.value(6).toString();
        r.consentDate = Sql::toDate(q.value(7));
        r.lastActive = Sql::toDate(q.value(8));
        r.hoursLast12Months = Hours::fromQuarters(q.value(9).toLongLong());
        r.surnamePrefix = q.value(10).toString();
        r.inactive = !r.lastActive.isValid() || r.lastActive <= today.addMonths(-InactiveAfterMonths);
        rows << r;
    }
    return rows;
}
