#include "WardRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

WardRepository::WardRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This ward no longer exists."), Tables::wards())
{
}

bool WardRepository::isValidCode(const QString& code)
{
    static const QRegularExpression pattern(u"^WK[0-9]{4}[0-9A-Z]{2}$"_s);
    return pattern.match(code).hasMatch();
}

QList<FieldError> WardRepository::validate(const Ward& ward) const
{
    QList<FieldError> errors;
    if (ward.code.trimmed().isEmpty()) {
        errors.append({u"code"_s, tr("Enter the ward's CBS code, for example WK036301.")});
    } else if (!isValidCode(ward.code)) {
        errors.append({u"code"_s,
                       tr("“%1” is not a CBS ward code: WK followed by four digits and two digits or capital letters, "
                          "for example WK036301.")
                           .arg(ward.code)});
    } else {
        const QVariant other = Sql::scalar(m_db.connection(), u"SELECT name FROM wards WHERE code = ? AND id <> ?"_s,
                                           {ward.code, ward.id});
        if (other.isValid()) {
            errors.append({u"code"_s, tr("Ward %1 already has code %2.").arg(other.toString(), ward.code)});
        }
    }
    if (ward.name.trimmed().isEmpty()) {
        errors.append({u"name"_s, tr("Enter the ward's name.")});
    }
    if (ward.inhabitants && *ward.inhabitants < 0) {
        errors.append({u"inhabitants"_s, tr("The number of inhabitants cannot be negative.")});
    }
    if (ward.households && *ward.households < 0) {
        errors.append({u"households"_s, tr("The number of households cannot be negative.")});
    }
    if (ward.inhabitants && ward.households && *ward.households > *ward.inhabitants) {
        errors.append({u"households"_s, tr("A ward cannot have more households than inhabitants.")});
    }
    return errors;
}

QStringList WardRepository::dependents(qint64 id) const
{
    // Partners' agreements, goals, participation and the support map refer to wards too.
    return countReferrers(id,
                          {
                              {QT_TR_N_NOOP("%n initiative(s)"), "initiatives", "ward_id"},
                              {QT_TR_N_NOOP("%n resident(s) living there"), "persons", "ward_id"},
                              {QT_TR_N_NOOP("%n agreement(s) with partners"), "agreement_wards", "ward_id"},
                              {QT_TR_N_NOOP("%n ward goal(s)"), "goals", "ward_id"},
                              {QT_TR_N_NOOP("%n participation moment(s)"), "participation", "ward_id"},
                              {QT_TR_N_NOOP("%n need(s) in the support map"), "needs", "ward_id"},
                              {QT_TR_N_NOOP("%n offer(s) in the support map"), "offers", "ward_id"},
                              {QT_TR_N_NOOP("%n report note(s) of the ward director"), "ward_notes", "ward_id"},
                          });
}

void WardRepository::remove(qint64 id)
{
    const auto ward = find(id);
    if (!ward) {
        return;
    }
    if (const QStringList deps = dependents(id); !deps.isEmpty()) {
        throw Error(tr("Ward %1 cannot be deleted because other records refer to it: %2. Move or delete those "
                       "first.")
                        .arg(ward->name, deps.join(u", "_s)));
    }
    m_store.remove(id);
}

std::optional<Ward> WardRepository::findByCode(const QString& code) const
{
    const QVariant id = Sql::scalar(m_db.connection(), u"SELECT id FROM wards WHERE code = ?"_s, {code.trimmed()});
    return id.isValid() ? find(id.toLongLong()) : std::nullopt;
}

QList<Ward> WardRepository::all() const
{
    return m_store.select(u"ORDER BY code"_s);
}

namespace {
WhereClause wardWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where;
    where.addSearch(dialect.likeIgnoringCase(), {u"w.code"_s, u"w.name"_s, u"w.notes"_s}, query.search);
    if (query.wardId) {
        where.add(u"w.id = ?"_s, {*query.wardId});
    }
    if (query.themeId) {
        where.add(u"EXISTS (SELECT 1 FROM ward_themes t WHERE t.ward_id = w.id AND t.theme_id = ?)"_s,
                  {*query.themeId});
    }
    if (!query.wardType.isEmpty()) {
        where.add(u"w.ward_type = ?"_s, {query.wardType});
    }
    return where;
}
} // namespace

int WardRepository::count(const ListQuery& query) const
{
    const WhereClause where = wardWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM wards w"_s + where.sql(), where.values()).toInt();
}

QList<WardRow> WardRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {u"w.code"_s,       d.sorted(u"w.name"_s), u"w.ward_type"_s,  u"w.inhabitants"_s,
                                       u"w.households"_s, u"initiative_count"_s, u"person_count"_s, u"themes"_s};
    const QString sort = sortExpressions.value(query.sortColumn, sortExpressions.first());
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const WhereClause where = wardWhere(Dialect::of(m_db.connection()), query);
    QVariantList values = where.values();
    values << limit << offset;
    QSqlQuery q
        = Sql::exec(m_db.connection(),
                    u"SELECT w.id, w.code, w.name, w.ward_type, w.inhabitants, w.households, "
                    "(SELECT count(*) FROM initiatives i WHERE i.ward_id = w.id) AS initiative_count, "
                    "(SELECT count(*) FROM persons p WHERE p.ward_id = w.id) AS person_count, "_s
                        + d.orderedList(u"name"_s,
                                        u"SELECT t.name FROM ward_themes wt JOIN themes t ON t.id = wt.theme_id "
                                        "WHERE wt.ward_id = w.id ORDER BY "_s
                                            + d.sorted(u"t.name"_s),
                                        u", "_s)
                        + u" AS themes FROM wards w"_s + where.sql() + u" ORDER BY "_s + sort + direction
                        + u", w.id LIMIT ? OFFSET ?"_s,
                    values);
    QList<WardRow> rows;
    while (q.next()) {
        WardRow r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.name = q.value(2).toString();
        r.type = Enums::fromKey<WardType>(q.value(3).toString()).value_or(WardType::Other);
        r.inhabitants = Sql::toOptionalInt(q.value(4));
        r.households = Sql::toOptionalInt(q.value(5));
        r.initiativeCount = q.value(6).toInt();
        r.personCount = q.value(7).toInt();
        r.themes = q.value(8).toString();
        rows << r;
    }
    return rows;
}
