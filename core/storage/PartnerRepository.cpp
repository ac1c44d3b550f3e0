#include "PartnerRepository.h"

#include "core/storage/Dialect.h"
#include "core/storage/RecordStore.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

WhereClause partnerWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where;
    where.addSearch(dialect.likeIgnoringCase(), {u"p.name"_s, u"p.contact_person"_s}, query.search);
    if (!query.partnerType.isEmpty()) {
        where.add(u"p.partner_type = ?"_s, {query.partnerType});
    }
    return where;
}

} // namespace

PartnerRepository::PartnerRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This partner no longer exists."), Tables::partners())
{
}

QList<FieldError> PartnerRepository::validate(const Partner& partner) const
{
    QList<FieldError> errors;
    const QString name = partner.name.trimmed();
    if (name.isEmpty()) {
        errors.append({u"name"_s, tr("Enter the partner's name.")});
    } else if (Sql::scalar(m_db.connection(),
                           u"SELECT 1 FROM partners WHERE "_s
                               + Dialect::of(m_db.connection()).caseInsensitive(u"name"_s) + u" = "_s
                               + Dialect::of(m_db.connection()).caseInsensitive(u"?"_s) + u" AND id <> ?"_s,
                           {name, partner.id})
                   .isValid()) {
        errors.append({u"name"_s, tr("There is already a partner called %1.").arg(name)});
    }
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!partner.email.trimmed().isEmpty() && !email.match(partner.email.trimmed()).hasMatch()) {
        errors.append({u"email"_s, tr("This is not an e-mail address.")});
    }
    return errors;
}

QStringList PartnerRepository::dependents(qint64 id) const
{
    return countReferrers(id,
                          {
                              {QT_TR_N_NOOP("%n agreement(s)"), "agreements", "partner_id"},
                              {QT_TR_N_NOOP("%n offer(s) in the support map"), "offers", "partner_id"},
                          });
}

void PartnerRepository::remove(qint64 id)
{
    const auto partner = find(id);
    if (!partner) {
        return;
    }
    if (const QStringList deps = dependents(id); !deps.isEmpty()) {
        throw Error(tr("Partner %1 cannot be deleted because other records refer to it: %2.")
                        .arg(partner->name, deps.join(u", "_s)));
    }
    m_store.remove(id);
}

QList<Partner> PartnerRepository::all() const
{
    return m_store.select(u"ORDER BY "_s + Dialect::of(m_db.connection()).sorted(u"name"_s));
}

int PartnerRepository::count(const ListQuery& query) const
{
    const WhereClause where = partnerWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM partners p"_s + where.sql(), where.values()).toInt();
}

QList<PartnerRow> PartnerRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {d.sorted(u"p.name"_s), u"p.partner_type"_s, d.sorted(u"p.contact_person"_s),
                                       u"p.email"_s,          u"p.phone"_s,        u"agreements"_s};
    const QString sort = sortExpressions.value(query.sortColumn, sortExpressions.first());
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const WhereClause where = partnerWhere(Dialect::of(m_db.connection()), query);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT p.id, p.name, p.partner_type, p.contact_person, p.email, p.phone, "
                            "(SELECT count(*) FROM agreements a WHERE a.partner_id = p.id) AS agreements, "
                            "(SELECT count(*) FROM agreements a WHERE a.partner_id = p.id AND a.status = 'active') "
                            "FROM partners p"_s
                                + where.sql() + u" ORDER BY "_s + sort + direction + u", p.id LIMIT ? OFFSET ?"_s,
                            v);
    QList<PartnerRow> rows;
    while (q.next()) {
        PartnerRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.type = Enums::fromKey<PartnerType>(q.value(2).toString()).value_or(PartnerType::Other);
        r.contactPerson = q.value(3).toString();
        r.email = q.value(4).toString();
        r.phone = q.value(5).toString();
        r.agreementCount = q.value(6).toInt();
        r.activeAgreementCount = q.value(7).toInt();
        rows << r;
    }
    return rows;
}
