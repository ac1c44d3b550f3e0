#include "WardRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Dialect.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("WardRepository", text, disambiguation, n);
}

const QString Entity = u"ward"_s;

QStringList changedFields(const Ward& a, const Ward& b)
{
    QStringList f;
    if (a.code != b.code)
        f << u"code"_s;
    if (a.name != b.name)
        f << u"name"_s;
    if (a.type != b.type)
        f << u"ward_type"_s;
    if (a.inhabitants != b.inhabitants)
        f << u"inhabitants"_s;
    if (a.households != b.households)
        f << u"households"_s;
    if (a.notes != b.notes)
        f << u"notes"_s;
    if (a.themeIds != b.themeIds)
        f << u"themes"_s;
    return f;
}

void writeThemes(const QSqlDatabase& db, qint64 wardId, const QList<qint64>& themeIds)
{
    Sql::exec(db, u"DELETE FROM ward_themes WHERE ward_id = ?"_s, {wardId});
    QSqlQuery insert
        = Sql::prepare(db, u"INSERT INTO ward_themes(ward_id, theme_id) VALUES(?, ?) ON CONFLICT DO NOTHING"_s);
    for (qint64 themeId : themeIds) {
        Sql::exec(insert, {wardId, themeId});
    }
}

Ward readWard(const QSqlQuery& q)
{
    Ward w;
    w.id = q.value(0).toLongLong();
    w.code = q.value(1).toString();
    w.name = q.value(2).toString();
    w.type = Enums::fromKey<WardType>(q.value(3).toString()).value_or(WardType::Other);
    w.inhabitants = Sql::toOptionalInt(q.value(4));
    w.households = Sql::toOptionalInt(q.value(5));
    w.notes = q.value(6).toString();
    return w;
}

const QString SelectWard = u"SELECT id, code, name, ward_type, inhabitants, households, notes FROM wards"_s;

} // namespace

WardRepository::WardRepository(Database& db)
    : m_db(db)
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

qint64 WardRepository::insert(const Ward& ward)
{
    if (const auto errors = validate(ward); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q = Sql::exec(
        db,
        u"INSERT INTO wards(id, code, name, ward_type, inhabitants, households, notes) VALUES(?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s,
        {ward.id > 0 ? QVariant(ward.id) : QVariant(QMetaType::fromType<qint64>()), ward.code, ward.name.trimmed(),
         Enums::key(ward.type), Sql::optionalInt(ward.inhabitants), Sql::optionalInt(ward.households), ward.notes});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    writeThemes(db, id, ward.themeIds);
    AuditLog(m_db).recordInsert(Entity, id, changedFields(Ward {}, ward));
    tx.commit();
    return id;
}

void WardRepository::update(const Ward& ward)
{
    if (const auto errors = validate(ward); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const auto old = find(ward.id);
    if (!old) {
        throw Error(tr("This ward no longer exists."));
    }
    Transaction tx(m_db);
    const QSqlDatabase db = m_db.connection();
    Sql::exec(db,
              u"UPDATE wards SET code = ?, name = ?, ward_type = ?, inhabitants = ?, households = ?, notes = ? "
              "WHERE id = ?"_s,
              {ward.code, ward.name.trimmed(), Enums::key(ward.type), Sql::optionalInt(ward.inhabitants),
               Sql::optionalInt(ward.households), ward.notes, ward.id});
    writeThemes(db, ward.id, ward.themeIds);
    AuditLog(m_db).recordUpdate(Entity, ward.id, changedFields(*old, ward));
    tx.commit();
}

QStringList WardRepository::dependents(qint64 id) const
{
    QStringList result;
    const QSqlDatabase db = m_db.connection();
    const int initiatives = Sql::scalar(db, u"SELECT count(*) FROM initiatives WHERE ward_id = ?"_s, {id}).toInt();
    if (initiatives > 0) {
        result << tr("%n initiative(s)", nullptr, initiatives);
    }
    const int persons = Sql::scalar(db, u"SELECT count(*) FROM persons WHERE ward_id = ?"_s, {id}).toInt();
    if (persons > 0) {
        result << tr("%n resident(s) living there", nullptr, persons);
    }
    // Issue 5: partners' agreements, goals, participation and the support map refer to wards too.
    const auto count = [&db, id](const QString& sql) {
        return Sql::scalar(db, sql, {id}).toInt();
    };
    const auto add = [&result](const char* text, int n) {
        if (n > 0) {
            result << QCoreApplication::translate("WardRepository", text, nullptr, n);
        }
    };
    add(QT_TRANSLATE_N_NOOP("WardRepository", "%n agreement(s) with partners"),
        count(u"SELECT count(*) FROM agreement_wards WHERE ward_id = ?"_s));
    add(QT_TRANSLATE_N_NOOP("WardRepository", "%n ward goal(s)"),
        count(u"SELECT count(*) FROM goals WHERE ward_id = ?"_s));
    add(QT_TRANSLATE_N_NOOP("WardRepository", "%n participation moment(s)"),
        count(u"SELECT count(*) FROM participation WHERE ward_id = ?"_s));
    add(QT_TRANSLATE_N_NOOP("WardRepository", "%n need(s) in the support map"),
        count(u"SELECT count(*) FROM needs WHERE ward_id = ?"_s));
    add(QT_TRANSLATE_N_NOOP("WardRepository", "%n offer(s) in the support map"),
        count(u"SELECT count(*) FROM offers WHERE ward_id = ?"_s));
    add(QT_TRANSLATE_N_NOOP("WardRepository", "%n report note(s) of the ward director"),
        count(u"SELECT count(*) FROM ward_notes WHERE ward_id = ?"_s));
    return result;
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
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM wards WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(Entity, id);
    tx.commit();
}

std::optional<Ward> WardRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), SelectWard + u" WHERE id = ?"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    Ward w = readWard(q);
    q.finish();
    QSqlQuery themes
        = Sql::exec(m_db.connection(), u"SELECT theme_id FROM ward_themes WHERE ward_id = ? ORDER BY theme_id"_s, {id});
    while (themes.next()) {
        w.themeIds << themes.value(0).toLongLong();
    }
    return w;
}

std::optional<Ward> WardRepository::findByCode(const QString& code) const
{
    const QVariant id = Sql::scalar(m_db.connection(), u"SELECT id FROM wards WHERE code = ?"_s, {code.trimmed()});
    return id.isValid() ? find(id.toLongLong()) : std::nullopt;
}

QList<Ward> WardRepository::all() const
{
    QList<Ward> wards;
    QSqlQuery q = Sql::exec(m_db.connection(), SelectWard + u" ORDER BY code"_s);
    while (q.next()) {
        wards << readWard(q);
    }
    return wards;
}

namespace {
WhereClause wardWhere(const ListQuery& query)
{
    WhereClause where;
    if (!query.search.trimmed().isEmpty()) {
        const QString like = Sql::likePattern(query.search.trimmed());
        where.add(u"(w.code LIKE ? ESCAPE '\\' OR w.name LIKE ? ESCAPE '\\' OR w.notes LIKE ? ESCAPE '\\')"_s,
                  {like, like, like});
    }
    if (query.wardId) {
        where.add(u"w.id = ?"_s, {*query.wardId});
    }
    if (query.themeId) {
        where.add(u"EXISTS (SELECT 1 FROM ward_themes t WHERE t.ward_id = w.id AND t.theme_id = ?)"_s,
                  {*query.themeId});
    }
    if (!query.status.isEmpty()) {
        where.add(u"w.ward_type = ?"_s, {query.status});
    }
    return where;
}
} // namespace

int WardRepository::count(const ListQuery& query) const
{
    const WhereClause where = wardWhere(query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM wards w"_s + where.sql(), where.values()).toInt();
}

QList<WardRow> WardRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {
        u"w.code"_s,       d.caseInsensitive(u"w.name"_s), u"w.ward_type"_s,  u"w.inhabitants"_s,
        u"w.households"_s, u"initiative_count"_s,          u"person_count"_s, u"themes"_s};
    const QString sort = sortExpressions.value(query.sortColumn, sortExpressions.first());
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const WhereClause where = wardWhere(query);
    QVariantList values = where.values();
    values << limit << offset;
    QSqlQuery q
        = Sql::exec(m_db.connection(),
                    u"SELECT w.id, w.code, w.name, w.ward_type, w.inhabitants, w.households, "
                    "(SELECT count(*) FROM initiatives i WHERE i.ward_id = w.id) AS initiative_count, "
                    "(SELECT count(*) FROM persons p WHERE p.ward_id = w.id) AS person_count, "_s
                        + d.orderedList(u"name"_s,
                                        u"SELECT t.name FROM ward_themes wt JOIN themes t ON t.id = wt.theme_id "
                                        "WHERE wt.ward_id = w.id ORDER BY t.name"_s,
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
