#include "ParticipationRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

WhereClause participationWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where;
    where.addSearch(dialect.likeIgnoringCase(), {u"p.notes"_s}, query.search);
    if (query.wardId) {
        where.add(u"p.ward_id = ?"_s, {*query.wardId});
    }
    if (!query.channel.isEmpty()) {
        where.add(u"p.channel = ?"_s, {query.channel});
    }
    return where;
}

} // namespace

ParticipationRepository::ParticipationRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This participation moment no longer exists."), Tables::participation())
{
}

QList<FieldError> ParticipationRepository::validate(const ParticipationMoment& m) const
{
    QList<FieldError> errors;
    if (m.wardId <= 0 || !Sql::scalar(m_db.connection(), u"SELECT 1 FROM wards WHERE id = ?"_s, {m.wardId}).isValid()) {
        errors.append({u"ward"_s, tr("Choose the ward of the participation moment.")});
    }
    if (!m.date.isValid()) {
        errors.append({u"date"_s, tr("Enter the date of the participation moment.")});
    }
    if (m.participants < 0) {
        errors.append({u"participants"_s, tr("The number of participants cannot be negative.")});
    }
    return errors;
}

int ParticipationRepository::count(const ListQuery& query) const
{
    const WhereClause where = participationWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM participation p"_s + where.sql(), where.values())
        .toInt();
}

QList<ParticipationRow> ParticipationRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {u"p.date"_s, d.sorted(u"w.name"_s), u"p.kind"_s, u"p.channel"_s,
                                       u"p.participants"_s};
    const QString sort = sortExpressions.value(query.sortColumn, sortExpressions.first());
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const WhereClause where = participationWhere(Dialect::of(m_db.connection()), query);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT p.id, p.ward_id, w.code, w.name, p.date, p.kind, p.channel, p.participants "
                            "FROM participation p JOIN wards w ON w.id = p.ward_id"_s
                                + where.sql() + u" ORDER BY "_s + sort + direction + u", p.id LIMIT ? OFFSET ?"_s,
                            v);
    QList<ParticipationRow> rows;
    while (q.next()) {
        ParticipationRow r;
        r.id = q.value(0).toLongLong();
        r.wardId = q.value(1).toLongLong();
        r.wardCode = q.value(2).toString();
        r.wardName = q.value(3).toString();
        r.date = Sql::toDate(q.value(4));
        r.kind = Enums::fromKey<ParticipationKind>(q.value(5).toString()).value_or(ParticipationKind::Other);
        r.channel = Enums::fromKey<::Channel>(q.value(6).toString()).value_or(::Channel::Physical);
        r.participants = q.value(7).toInt();
        rows << r;
    }
    return rows;
}

QList<ChannelParticipation> ParticipationRepository::byChannel(const QDate& from, const QDate& to,
                                                               std::optional<qint64> wardId) const
{
    WhereClause where;
    if (from.isValid()) {
        where.add(u"p.date >= ?"_s, {Sql::date(from)});
    }
    if (to.isValid()) {
        where.add(u"p.date <= ?"_s, {Sql::date(to)});
    }
    if (wardId) {
        where.add(u"p.ward_id = ?"_s, {*wardId});
    }
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT p.ward_id, w.code, w.name, p.channel, count(*), sum(p.participants) "
                            "FROM participation p JOIN wards w ON w.id = p.ward_id"_s
                                + where.sql()
                                + u" GROUP BY p.ward_id, w.code, w.name, p.channel ORDER BY w.code, "
                                  "CASE p.channel WHEN 'physical' THEN 0 WHEN 'digital' THEN 1 ELSE 2 END"_s,
                            where.values());
    QList<ChannelParticipation> rows;
    while (q.next()) {
        ChannelParticipation r;
        r.wardId = q.value(0).toLongLong();
        r.wardCode = q.value(1).toString();
        r.wardName = q.value(2).toString();
        r.channel = Enums::fromKey<::Channel>(q.value(3).toString()).value_or(::Channel::Physical);
        r.moments = q.value(4).toInt();
        r.participants = q.value(5).toInt();
        rows << r;
    }
    return rows;
}
