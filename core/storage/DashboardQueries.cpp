#include "DashboardQueries.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

#include <QHash>

using namespace Qt::StringLiterals;

DashboardQueries::DashboardQueries(Database& db)
    : m_db(db)
{
}

QList<EngagementMix> DashboardQueries::engagementMix(std::optional<qint64> wardId) const
{
    QVariantList values;
    QString where;
    if (wardId) {
        where = u" WHERE w.id = ?"_s;
        values << *wardId;
    }
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT w.id, w.code, w.name, "
                            "coalesce(sum(p.engagement = 'structural'), 0), coalesce(sum(p.engagement = 'ad_hoc'), 0), "
                            "coalesce(sum(p.engagement = 'unknown'), 0) "
                            "FROM wards w LEFT JOIN persons p ON p.ward_id = w.id"_s
                                + where + u" GROUP BY w.id ORDER BY w.code"_s,
                            values);
    QList<EngagementMix> result;
    while (q.next()) {
        EngagementMix m;
        m.wardId = q.value(0).toLongLong();
        m.wardCode = q.value(1).toString();
        m.wardName = q.value(2).toString();
        m.structural = q.value(3).toInt();
        m.adHoc = q.value(4).toInt();
        m.unknown = q.value(5).toInt();
        result << m;
    }
    return result;
}

QList<MonthHours> DashboardQueries::hoursPerMonth(std::optional<qint64> wardId, int months,
                                                  const QDate& reference) const
{
    QList<MonthHours> result;
    if (months <= 0 || !reference.isValid()) {
        return result;
    }
    const QDate last(reference.year(), reference.month(), 1);
    const QDate first = last.addMonths(-(months - 1));
    QVariantList values {Sql::date(first), Sql::date(last.addMonths(1))};
    QString sql
        = u"SELECT "_s + Dialect::of(m_db.connection()).monthOf(u"a.date"_s) + u", sum(a.quarters) FROM activities a"_s;
    if (wardId) {
        sql += u" JOIN initiatives i ON i.id = a.initiative_id"_s;
    }
    sql += u" WHERE a.person_id IS NOT NULL AND a.date >= ? AND a.date < ?"_s;
    if (wardId) {
        sql += u" AND i.ward_id = ?"_s;
        values << *wardId;
    }
    sql += u" GROUP BY 1"_s;
    QHash<QString, double> byMonth;
    QSqlQuery q = Sql::exec(m_db.connection(), sql, values);
    while (q.next()) {
        byMonth.insert(q.value(0).toString(), q.value(1).toDouble() / 4.0);
    }
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        result << MonthHours {m, byMonth.value(m.toString(u"yyyy-MM"_s))};
    }
    return result;
}
