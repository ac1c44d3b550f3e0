#include "KpiRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/ListQuery.h"
#include "core/storage/MeasurementSql.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString Measurements = u"kpi_measurements"_s;
const QString Owner = u"kpi_id"_s;
} // namespace

KpiRepository::KpiRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This KPI no longer exists."), Tables::kpis(), Measurements, Owner)
{
}

QList<FieldError> KpiRepository::validate(const Kpi& kpi) const
{
    QList<FieldError> errors;
    if (kpi.name.trimmed().isEmpty()) {
        errors.append({u"name"_s, tr("Enter the KPI's name.")});
    }
    if (kpi.agreementId <= 0
        || !Sql::scalar(m_db.connection(), u"SELECT 1 FROM agreements WHERE id = ?"_s, {kpi.agreementId}).isValid()) {
        errors.append({u"agreement"_s, tr("The agreement of this KPI no longer exists.")});
    }
    checkTarget(kpi.baseline, kpi.target, kpi.direction, kpi.measurements, errors);
    return errors;
}

void KpiRepository::checkTarget(const std::optional<double>& baseline, double target, Direction direction,
                                const QList<Measurement>& measurements, QList<FieldError>& errors)
{
    if (baseline) {
        if (direction == Direction::Higher && target <= *baseline) {
            errors.append({u"target"_s, tr("When higher is better, the target must lie above the baseline.")});
        } else if (direction == Direction::Lower && target >= *baseline) {
            errors.append({u"target"_s, tr("When lower is better, the target must lie below the baseline.")});
        }
    }
    for (const Measurement& m : measurements) {
        if (!m.date.isValid()) {
            errors.append({u"measurements"_s, tr("Every measurement needs a date.")});
            break;
        }
    }
}

QList<Kpi> KpiRepository::forAgreement(qint64 agreementId) const
{
    return m_store.select(u"WHERE agreement_id = ? ORDER BY "_s + Dialect::of(m_db.connection()).sorted(u"name"_s)
                              + u", id"_s,
                          {agreementId});
}

QList<ProgressRow> KpiRepository::progress(const ProgressQuery& query) const
{
    WhereClause where;
    if (!query.allAgreements) {
        where.add(u"a.status = 'active'"_s);
    }
    if (query.wardId) {
        where.add(u"EXISTS (SELECT 1 FROM agreement_wards aw WHERE aw.agreement_id = a.id AND aw.ward_id = ?)"_s,
                  {*query.wardId});
    }
    if (query.agreementId) {
        where.add(u"a.id = ?"_s, {*query.agreementId});
    }
    QVariantList v {Sql::date(query.today())};
    v << where.values();
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    QSqlQuery q = Sql::exec(m_db.connection(),
                            MeasurementSql::firstAndLatestCte(Measurements, Owner)
                                + u"SELECT k.id, k.agreement_id, a.title, k.name, k.unit, "_s
                                + d.orderedList(u"name"_s,
                                                u"SELECT w.name FROM agreement_wards aw JOIN wards w "
                                                "ON w.id = aw.ward_id WHERE aw.agreement_id = a.id ORDER BY "_s
                                                    + d.sorted(u"w.name"_s),
                                                u", "_s)
                                + u", (SELECT min(aw.ward_id) FROM agreement_wards aw WHERE aw.agreement_id = a.id), "_s
                                + MeasurementSql::inputColumns(u"k"_s, u"a.start_date"_s, u"a.end_date"_s)
                                + u" FROM kpis k JOIN agreements a ON a.id = k.agreement_id"_s
                                + MeasurementSql::inputJoins(u"k"_s) + where.sql() + u" ORDER BY "_s
                                + d.sorted(u"a.title"_s) + u", a.id, "_s + d.sorted(u"k.name"_s) + u", k.id"_s,
                            v);
    QList<ProgressRow> rows;
    while (q.next()) {
        ProgressRow r;
        r.subject = ProgressSubject::Kpi;
        r.id = q.value(0).toLongLong();
        r.ownerId = q.value(1).toLongLong();
        r.ownerTitle = q.value(2).toString();
        r.name = q.value(3).toString();
        r.unit = q.value(4).toString();
        r.wards = q.value(5).toString();
        r.wardId = Sql::toOptionalId(q.value(6));
        MeasurementSql::readProgress(q, 7, r);
        rows << r;
    }
    return rows;
}
