#include "MeasurementSql.h"

#include "core/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace MeasurementSql {

QList<Measurement> read(const QSqlDatabase& db, const QString& table, const QString& ownerColumn, qint64 ownerId)
{
    QList<Measurement> list;
    QSqlQuery q = Sql::exec(
        db, u"SELECT id, date, value, note FROM "_s + table + u" WHERE "_s + ownerColumn + u" = ? ORDER BY date, id"_s,
        {ownerId});
    while (q.next()) {
        list.append({q.value(0).toLongLong(), Sql::toDate(q.value(1)), q.value(2).toDouble(), q.value(3).toString()});
    }
    return list;
}

void write(const QSqlDatabase& db, const QString& table, const QString& ownerColumn, qint64 ownerId,
           const QList<Measurement>& measurements)
{
    Sql::exec(db, u"DELETE FROM "_s + table + u" WHERE "_s + ownerColumn + u" = ?"_s, {ownerId});
    QSqlQuery insert = Sql::prepare(
        db, u"INSERT INTO "_s + table + u"(id, "_s + ownerColumn + u", date, value, note) VALUES(?, ?, ?, ?, ?)"_s);
    for (const Measurement& m : measurements) {
        Sql::exec(insert,
                  {m.id > 0 ? QVariant(m.id) : QVariant(QMetaType::fromType<qint64>()), ownerId, Sql::date(m.date),
                   m.value, m.note});
    }
}

QString firstAndLatestCte(const QString& table, const QString& ownerColumn)
{
    return u"WITH m AS (SELECT "_s + ownerColumn
        + u" AS owner_id, id, date, value, note, "
          "row_number() OVER (PARTITION BY "_s
        + ownerColumn + u" ORDER BY date, id) AS rf, row_number() OVER (PARTITION BY "_s + ownerColumn
        + u" ORDER BY date DESC, id DESC) AS rl, count(*) OVER (PARTITION BY "_s + ownerColumn + u") AS n FROM "_s
        + table + u" WHERE date <= ?) "_s;
}

QString inputColumns(const QString& alias, const QString& periodStart, const QString& periodEnd)
{
    return alias + u".baseline, "_s + alias + u".target, "_s + alias + u".direction, "_s + periodStart + u", "_s
        + periodEnd + u", mf.id, mf.date, mf.value, ml.id, ml.date, ml.value, ml.note, coalesce(ml.n, 0)"_s;
}

QString inputJoins(const QString& alias)
{
    return u" LEFT JOIN m mf ON mf.owner_id = "_s + alias + u".id AND mf.rf = 1 LEFT JOIN m ml ON ml.owner_id = "_s
        + alias + u".id AND ml.rl = 1"_s;
}

ProgressInput readInput(const QSqlQuery& q, int first)
{
    ProgressInput in;
    const auto at = [&](int i) {
        return q.value(first + i);
    };
    if (!at(0).isNull()) {
        in.baseline = at(0).toDouble();
    }
    in.target = at(1).toDouble();
    in.direction = Enums::fromKey<Direction>(at(2).toString()).value_or(Direction::Higher);
    in.periodStart = Sql::toDate(at(3));
    in.periodEnd = Sql::toDate(at(4));
    if (!at(5).isNull()) {
        in.first = Measurement {at(5).toLongLong(), Sql::toDate(at(6)), at(7).toDouble(), {}};
    }
    if (!at(8).isNull()) {
        in.latest = Measurement {at(8).toLongLong(), Sql::toDate(at(9)), at(10).toDouble(), at(11).toString()};
    }
    in.measurementCount = at(12).toInt();
    return in;
}

} // namespace MeasurementSql
