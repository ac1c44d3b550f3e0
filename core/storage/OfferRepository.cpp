#include "OfferRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

WhereClause offerWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where = NeedRepository::supportMapWhere(dialect, query, u"o"_s, {u"o.description"_s, u"o.capacity"_s});
    if (query.offerState == u"active"_s) {
        where.add(u"o.active = 1"_s);
    } else if (query.offerState == u"inactive"_s) {
        where.add(u"o.active = 0"_s);
    }
    return where;
}

} // namespace

OfferRepository::OfferRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This offer no longer exists."), Tables::offers())
{
}

QList<FieldError> OfferRepository::validate(const Offer& offer) const
{
    QList<FieldError> errors;
    const QSqlDatabase db = m_db.connection();
    if (offer.description.trimmed().isEmpty()) {
        errors.append({u"description"_s, tr("Describe the offer.")});
    }
    NeedRepository::checkWardAndTheme(db, offer.wardId, offer.themeId, errors);
    const int providers
        = int(offer.initiativeId.has_value()) + int(offer.partnerId.has_value()) + int(offer.personId.has_value());
    if (providers != 1) {
        errors.append({u"provider"_s, tr("Choose exactly one initiative, partner or person who makes the offer.")});
    } else if ((offer.initiativeId && !Sql::exists(db, u"initiatives"_s, *offer.initiativeId))
               || (offer.partnerId && !Sql::exists(db, u"partners"_s, *offer.partnerId))
               || (offer.personId && !Sql::exists(db, u"persons"_s, *offer.personId))) {
        errors.append({u"provider"_s, tr("Whoever makes the offer no longer exists.")});
    }
    return errors;
}

int OfferRepository::count(const ListQuery& query) const
{
    const WhereClause where = offerWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM offers o"_s + where.sql(), where.values()).toInt();
}

QList<OfferRow> OfferRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {
        d.sorted(u"w.name"_s),        d.sorted(u"t.name"_s),     d.sorted(u"o.description"_s),
        d.sorted(u"provider_name"_s), d.sorted(u"o.capacity"_s), u"o.active"_s,
    };
    const WhereClause where = offerWhere(Dialect::of(m_db.connection()), query);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"SELECT o.id, o.ward_id, w.name, o.theme_id, t.name, o.description, o.initiative_id, o.partner_id, "
        "o.person_id, coalesce(i.title, p.name, "_s
            + Tables::personName(u"pe"_s)
            + u") AS provider_name, "
              "o.capacity, o.active FROM offers o JOIN wards w ON w.id = o.ward_id JOIN themes t ON t.id = o.theme_id "
              "LEFT JOIN initiatives i ON i.id = o.initiative_id LEFT JOIN partners p ON p.id = o.partner_id "
              "LEFT JOIN persons pe ON pe.id = o.person_id"_s
            + where.sql() + NeedRepository::orderBy(sortExpressions, query, u"o.id"_s) + u" LIMIT ? OFFSET ?"_s,
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
