#include "SupportMapRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SupportMapRepository", text);
}

const QString NeedEntity = u"need"_s;
const QString OfferEntity = u"offer"_s;
const QString SelectNeed
    = u"SELECT id, ward_id, theme_id, description, signalled_by, signalled_on, severity, open FROM needs"_s;
const QString SelectOffer = u"SELECT id, ward_id, theme_id, description, initiative_id, partner_id, person_id, "
                            "capacity, active FROM offers"_s;

Need readNeed(const QSqlQuery& q)
{
    Need n;
    n.id = q.value(0).toLongLong();
    n.wardId = q.value(1).toLongLong();
    n.themeId = q.value(2).toLongLong();
    n.description = q.value(3).toString();
    n.signalledBy = q.value(4).toString();
    n.signalledOn = Sql::toDate(q.value(5));
    n.severity = Enums::fromKey<Severity>(q.value(6).toString()).value_or(Severity::Medium);
    n.open = q.value(7).toBool();
    return n;
}

Offer readOffer(const QSqlQuery& q)
{
    Offer o;
    o.id = q.value(0).toLongLong();
    o.wardId = q.value(1).toLongLong();
    o.themeId = q.value(2).toLongLong();
    o.description = q.value(3).toString();
    o.initiativeId = Sql::toOptionalId(q.value(4));
    o.partnerId = Sql::toOptionalId(q.value(5));
    o.personId = Sql::toOptionalId(q.value(6));
    o.capacity = q.value(7).toString();
    o.active = q.value(8).toBool();
    return o;
}

QVariantList needValues(const Need& n)
{
    return {n.wardId,
            n.themeId,
            n.description.trimmed(),
            n.signalledBy.trimmed(),
            Sql::date(n.signalledOn),
            Enums::key(n.severity),
            n.open ? 1 : 0};
}

QVariantList offerValues(const Offer& o)
{
    return {o.wardId,
            o.themeId,
            o.description.trimmed(),
            Sql::optionalId(o.initiativeId),
            Sql::optionalId(o.partnerId),
            Sql::optionalId(o.personId),
            o.capacity.trimmed(),
            o.active ? 1 : 0};
}

QStringList needFields(const Need& a, const Need& b)
{
    QStringList f;
    if (a.wardId != b.wardId)
        f << u"ward"_s;
    if (a.themeId != b.themeId)
        f << u"theme"_s;
    if (a.description != b.description)
        f << u"description"_s;
    if (a.signalledBy != b.signalledBy)
        f << u"signalled_by"_s;
    if (a.signalledOn != b.signalledOn)
        f << u"signalled_on"_s;
    if (a.severity != b.severity)
        f << u"severity"_s;
    if (a.open != b.open)
        f << u"open"_s;
    return f;
}

QStringList offerFields(const Offer& a, const Offer& b)
{
    QStringList f;
    if (a.wardId != b.wardId)
        f << u"ward"_s;
    if (a.themeId != b.themeId)
        f << u"theme"_s;
    if (a.description != b.description)
        f << u"description"_s;
    if (a.initiativeId != b.initiativeId)
        f << u"initiative"_s;
    if (a.partnerId != b.partnerId)
        f << u"partner"_s;
    if (a.personId != b.personId)
        f << u"person"_s;
    if (a.capacity != b.capacity)
        f << u"capacity"_s;
    if (a.active != b.active)
        f << u"active"_s;
    return f;
}

bool exists(const QSqlDatabase& db, const QString& table, qint64 id)
{
    return Sql::scalar(db, u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s, {id}).isValid();
}

void checkWardAndTheme(const QSqlDatabase& db, qint64 wardId, qint64 themeId, QList<FieldError>& errors)
{
    if (wardId <= 0 || !exists(db, u"wards"_s, wardId)) {
        errors.append({u"ward"_s, QCoreApplication::translate("SupportMapRepository", "Choose the ward.")});
    }
    if (themeId <= 0 || !exists(db, u"themes"_s, themeId)) {
        errors.append({u"theme"_s, QCoreApplication::translate("SupportMapRepository", "Choose the theme.")});
    }
}

qint64 insertRow(const QSqlDatabase& db, const QString& sql, qint64 id, QVariantList v)
{
    v.prepend(id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
    QSqlQuery q = Sql::exec(db, sql, v);
    q.next();
    const qint64 newId = q.value(0).toLongLong();
    q.finish();
    return newId;
}

WhereClause needWhere(const ListQuery& query)
{
    WhereClause where;
    if (!query.search.trimmed().isEmpty()) {
        const QString like = Sql::likePattern(query.search.trimmed());
        where.add(u"(n.description LIKE ? ESCAPE '\\' OR n.signalled_by LIKE ? ESCAPE '\\')"_s, {like, like});
    }
    if (query.wardId) {
        where.add(u"n.ward_id = ?"_s, {*query.wardId});
    }
    if (query.themeId) {
        where.add(u"n.theme_id = ?"_s, {*query.themeId});
    }
    if (query.status == u"open"_s) {
        where.add(u"n.open = 1"_s);
    } else if (query.status == u"closed"_s) {
        where.add(u"n.open = 0"_s);
    } else if (query.status == u"gap"_s) {
        where.add(SupportMapRepository::gapCondition());
    }
    return where;
}

WhereClause offerWhere(const ListQuery& query)
{
    WhereClause where;
    if (!query.search.trimmed().isEmpty()) {
        const QString like = Sql::likePattern(query.search.trimmed());
        where.add(u"(o.description LIKE ? ESCAPE '\\' OR o.capacity LIKE ? ESCAPE '\\')"_s, {like, like});
    }
    if (query.wardId) {
        where.add(u"o.ward_id = ?"_s, {*query.wardId});
    }
    if (query.themeId) {
        where.add(u"o.theme_id = ?"_s, {*query.themeId});
    }
    if (query.status == u"active"_s) {
        where.add(u"o.active = 1"_s);
    } else if (query.status == u"inactive"_s) {
        where.add(u"o.active = 0"_s);
    }
    return where;
}

QString order(const QStringList& expressions, const ListQuery& query, const QString& idColumn)
{
    return u" ORDER BY "_s + expressions.value(query.sortColumn, expressions.first())
        + (query.order == Qt::AscendingOrder ? u" ASC, "_s : u" DESC, "_s) + idColumn;
}

} // namespace

QString SupportMapRepository::gapCondition()
{
    return u"(n.open = 1 AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.ward_id = n.ward_id "
           "AND o.theme_id = n.theme_id AND o.active = 1))"_s;
}

SupportMapRepository::SupportMapRepository(Database& db)
    : m_db(db)
{
}

QList<FieldError> SupportMapRepository::validateNeed(const Need& need) const
{
    QList<FieldError> errors;
    if (need.description.trimmed().isEmpty()) {
        errors.append({u"description"_s, tr("Describe the need.")});
    }
    checkWardAndTheme(m_db.connection(), need.wardId, need.themeId, errors);
    return errors;
}

qint64 SupportMapRepository::insertNeed(const Need& need)
{
    if (const auto errors = validateNeed(need); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    const qint64 id = insertRow(
        m_db.connection(),
        u"INSERT INTO needs(id, ward_id, theme_id, description, signalled_by, signalled_on, severity, open) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        need.id, needValues(need));
    AuditLog(m_db).recordInsert(NeedEntity, id, needFields(Need {}, need));
    tx.commit();
    return id;
}

void SupportMapRepository::updateNeed(const Need& need)
{
    if (const auto errors = validateNeed(need); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const auto old = findNeed(need.id);
    if (!old) {
        throw Error(tr("This need no longer exists."));
    }
    Transaction tx(m_db);
    QVariantList v = needValues(need);
    v << need.id;
    Sql::exec(m_db.connection(),
              u"UPDATE needs SET ward_id = ?, theme_id = ?, description = ?, signalled_by = ?, signalled_on = ?, "
              "severity = ?, open = ? WHERE id = ?"_s,
              v);
    AuditLog(m_db).recordUpdate(NeedEntity, need.id, needFields(*old, need));
    tx.commit();
}

void SupportMapRepository::removeNeed(qint64 id)
{
    if (!findNeed(id)) {
        return;
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM needs WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(NeedEntity, id);
    tx.commit();
}

std::optional<Need> SupportMapRepository::findNeed(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), SelectNeed + u" WHERE id = ?"_s, {id});
    if (q.next()) {
        return readNeed(q);
    }
    return std::nullopt;
}

int SupportMapRepository::countNeeds(const ListQuery& query) const
{
    const WhereClause where = needWhere(query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM needs n"_s + where.sql(), where.values()).toInt();
}

QList<NeedRow> SupportMapRepository::listNeeds(const ListQuery& query, int offset, int limit) const
{
    static const QStringList sortExpressions {u"w.name COLLATE NOCASE"_s,
                                              u"t.name COLLATE NOCASE"_s,
                                              u"n.description COLLATE NOCASE"_s,
                                              u"n.signalled_by COLLATE NOCASE"_s,
                                              u"n.signalled_on"_s,
                                              u"CASE n.severity WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END"_s,
                                              u"n.open"_s,
                                              u"gap"_s};
    const WhereClause where = needWhere(query);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT n.id, n.ward_id, w.name, n.theme_id, t.name, n.description, n.signalled_by, n.signalled_on, "
        "n.severity, n.open, "_s
            + gapCondition()
            + u" AS gap FROM needs n JOIN wards w ON w.id = n.ward_id JOIN themes t ON t.id = n.theme_id"_s
            + where.sql() + order(sortExpressions, query, u"n.id"_s) + u" LIMIT ? OFFSET ?"_s,
        v);
    QList<NeedRow> rows;
    while (q.next()) {
        NeedRow r;
        r.id = q.value(0).toLongLong();
        r.wardId = q.value(1).toLongLong();
        r.wardName = q.value(2).toString();
        r.themeId = q.value(3).toLongLong();
        r.themeName = q.value(4).toString();
        r.description = q.value(5).toString();
        r.signalledBy = q.value(6).toString();
        r.signalledOn = Sql::toDate(q.value(7));
        r.severity = Enums::fromKey<Severity>(q.value(8).toString()).value_or(Severity::Medium);
        r.open = q.value(9).toBool();
        r.isGap = q.value(10).toBool();
        rows << r;
    }
    return rows;
}

QList<FieldError> SupportMapRepository::validateOffer(const Offer& offer) const
{
    QList<FieldError> errors;
    const QSqlDatabase db = m_db.connection();
    if (offer.description.trimmed().isEmpty()) {
        errors.append({u"description"_s, tr("Describe the offer.")});
    }
    checkWardAndTheme(db, offer.wardId, offer.themeId, errors);
    const int providers
        = int(offer.initiativeId.has_value()) + int(offer.partnerId.has_value()) + int(offer.personId.has_value());
    if (providers != 1) {
        errors.append({u"provider"_s, tr("Choose exactly one initiative, partner or person who makes the offer.")});
    } else if ((offer.initiativeId && !exists(db, u"initiatives"_s, *offer.initiativeId))
               || (offer.partnerId && !exists(db, u"partners"_s, *offer.partnerId))
               || (offer.personId && !exists(db, u"persons"_s, *offer.personId))) {
        errors.append({u"provider"_s, tr("Whoever makes the offer no longer exists.")});
    }
    return errors;
}

qint64 SupportMapRepository::insertOffer(const Offer& offer)
{
    if (const auto errors = validateOffer(offer); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    const qint64 id = insertRow(
        m_db.connection(),
        u"INSERT INTO offers(id, ward_id, theme_id, description, initiative_id, partner_id, person_id, capacity, "
        "active) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        offer.id, offerValues(offer));
    AuditLog(m_db).recordInsert(OfferEntity, id, offerFields(Offer {}, offer));
    tx.commit();
    return id;
}

void SupportMapRepository::updateOffer(const Offer& offer)
{
    if (const auto errors = validateOffer(offer); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const auto old = findOffer(offer.id);
    if (!old) {
        throw Error(tr("This offer no longer exists."));
    }
    Transaction tx(m_db);
    QVariantList v = offerValues(offer);
    v << offer.id;
    Sql::exec(m_db.connection(),
              u"UPDATE offers SET ward_id = ?, theme_id = ?, description = ?, initiative_id = ?, partner_id = ?, "
              "person_id = ?, capacity = ?, active = ? WHERE id = ?"_s,
              v);
    AuditLog(m_db).recordUpdate(OfferEntity, offer.id, offerFields(*old, offer));
    tx.commit();
}

void SupportMapRepository::removeOffer(qint64 id)
{
    if (!findOffer(id)) {
        return;
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM offers WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(OfferEntity, id);
    tx.commit();
}

std::optional<Offer> SupportMapRepository::findOffer(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), SelectOffer + u" WHERE id = ?"_s, {id});
    if (q.next()) {
        return readOffer(q);
    }
    return std::nullopt;
}

int SupportMapRepository::countOffers(const ListQuery& query) const
{
    const WhereClause where = offerWhere(query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM offers o"_s + where.sql(), where.values()).toInt();
}

QList<OfferRow> SupportMapRepository::listOffers(const ListQuery& query, int offset, int limit) const
{
    static const QStringList sortExpressions {u"w.name COLLATE NOCASE"_s,        u"t.name COLLATE NOCASE"_s,
                                              u"o.description COLLATE NOCASE"_s, u"provider_name COLLATE NOCASE"_s,
                                              u"o.capacity COLLATE NOCASE"_s,    u"o.active"_s};
    const WhereClause where = offerWhere(query);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT o.id, o.ward_id, w.name, o.theme_id, t.name, o.description, o.initiative_id, o.partner_id, "
        "o.person_id, coalesce(i.title, p.name, pe.first_name || ' ' || pe.last_name) AS provider_name, "
        "o.capacity, o.active FROM offers o JOIN wards w ON w.id = o.ward_id JOIN themes t ON t.id = o.theme_id "
        "LEFT JOIN initiatives i ON i.id = o.initiative_id LEFT JOIN partners p ON p.id = o.partner_id "
        "LEFT JOIN persons pe ON pe.id = o.person_id"_s
            + where.sql() + order(sortExpressions, query, u"o.id"_s) + u" LIMIT ? OFFSET ?"_s,
        v);
    QList<OfferRow> rows;
    while (q.next()) {
        OfferRow r;
        r.id = q.value(0).toLongLong();
        r.wardId = q.value(1).toLongLong();
        r.wardName = q.value(2).toString();
        r.themeId = q.value(3).toLongLong();
        r.themeName = q.value(4).toString();
        r.description = q.value(5).toString();
        if (!q.value(6).isNull()) {
            r.provider = OfferProvider::Initiative;
            r.providerId = q.value(6).toLongLong();
        } else if (!q.value(7).isNull()) {
            r.provider = OfferProvider::Partner;
            r.providerId = q.value(7).toLongLong();
        } else {
            r.provider = OfferProvider::Person;
            r.providerId = q.value(8).toLongLong();
        }
        r.providerName = q.value(9).toString();
        r.capacity = q.value(10).toString();
        r.active = q.value(11).toBool();
        rows << r;
    }
    return rows;
}

QList<ThemeGaps> SupportMapRepository::gapsPerTheme(std::optional<qint64> wardId) const
{
    WhereClause where;
    where.add(u"n.open = 1"_s);
    if (wardId) {
        where.add(u"n.ward_id = ?"_s, {*wardId});
    }
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT t.id, t.name, count(*), sum(CASE WHEN "_s + gapCondition()
                                + u" THEN 1 ELSE 0 END) FROM needs n JOIN themes t ON t.id = n.theme_id"_s + where.sql()
                                + u" GROUP BY t.id, t.name ORDER BY t.name COLLATE NOCASE"_s,
                            where.values());
    QList<ThemeGaps> rows;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    }
    return rows;
}
