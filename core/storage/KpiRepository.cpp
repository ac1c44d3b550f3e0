#include "KpiRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "ListQuery.h"
#include "MeasurementSql.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("KpiRepository", text);
}

const QString Entity = u"kpi"_s;
const QString Measurements = u"kpi_measurements"_s;
const QString Owner = u"kpi_id"_s;
const QString Select = u"SELECT id, agreement_id, name, unit, baseline, target, direction FROM kpis"_s;

Kpi readKpi(const QSqlQuery& q)
{
    Kpi k;
    k.id = q.value(0).toLongLong();
    k.agreementId = q.value(1).toLongLong();
    k.name = q.value(2).toString();
    k.unit = q.value(3).toString();
    if (!q.value(4).isNull()) {
        k.baseline = q.value(4).toDouble();
    }
    k.target = q.value(5).toDouble();
    k.direction = Enums::fromKey<Direction>(q.value(6).toString()).value_or(Direction::Higher);
    return k;
}

QVariantList values(const Kpi& k)
{
    return {k.agreementId,    k.name.trimmed(),
            k.unit.trimmed(), k.baseline ? QVariant(*k.baseline) : QVariant(QMetaType::fromType<double>()),
            k.target,         Enums::key(k.direction)};
}

QStringList changedFields(const Kpi& a, const Kpi& b)
{
    QStringList f;
    if (a.agreementId != b.agreementId)
        f << u"agreement"_s;
    if (a.name != b.name)
        f << u"name"_s;
    if (a.unit != b.unit)
        f << u"unit"_s;
    if (a.baseline != b.baseline)
        f << u"baseline"_s;
    if (a.target != b.target)
        f << u"target"_s;
    if (a.direction != b.direction)
        f << u"direction"_s;
    if (a.measurements != b.measurements)
        f << u"measurements"_s;
    return f;
}

} // namespace

KpiRepository::KpiRepository(Database& db)
    : m_db(db)
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
    if (kpi.baseline) {
        if (kpi.direction == Direction::Higher && kpi.target <= *kpi.baseline) {
            errors.append({u"target"_s, tr("When higher is better, the target must lie above the baseline.")});
        } else if (kpi.direction == Direction::Lower && kpi.target >= *kpi.baseline) {
            errors.append({u"target"_s, tr("When lower is better, the target must lie below the baseline.")});
        }
    }
    for (const Measurement& m : kpi.measurements) {
        if (!m.date.isValid()) {
            errors.append({u"measurements"_s, tr("Every measurement needs a date.")});
            break;
        }
    }
    return errors;
}

qint64 KpiRepository::insert(const Kpi& kpi)
{
    if (const auto errors = validate(kpi); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    const QSqlDatabase db = m_db.connection();
    QVariantList v = values(kpi);
    v.prepend(kpi.id > 0 ? QVariant(kpi.id) : QVariant(QMetaType::fromType<qint64>()));
    QSqlQuery q = Sql::exec(
        db,
        u"INSERT INTO kpis(id, agreement_id, name, unit, baseline, target, direction) VALUES(?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s,
        v);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    MeasurementSql::write(db, Measurements, Owner, id, kpi.measurements);
    AuditLog(m_db).recordInsert(Entity, id, changedFields(Kpi {}, kpi));
    tx.commit();
    return id;
}

void KpiRepository::update(const Kpi& kpi)
{
    if (const auto errors = validate(kpi); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const auto old = find(kpi.id);
    if (!old) {
        throw Error(tr("This KPI no longer exists."));
    }
    Transaction tx(m_db);
    const QSqlDatabase db = m_db.connection();
    QVariantList v = values(kpi);
    v << kpi.id;
    Sql::exec(db,
              u"UPDATE kpis SET agreement_id = ?, name = ?, unit = ?, baseline = ?, target = ?, direction = ? "
              "WHERE id = ?"_s,
              v);
    MeasurementSql::write(db, Measurements, Owner, kpi.id, kpi.measurements);
    AuditLog(m_db).recordUpdate(Entity, kpi.id, changedFields(*old, kpi));
    tx.commit();
}

void KpiRepository::remove(qint64 id)
{
    if (!find(id)) {
        return;
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM kpis WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(Entity, id);
    tx.commit();
}

std::optional<Kpi> KpiRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), Select + u" WHERE id = ?"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    Kpi k = readKpi(q);
    q.finish();
    k.measurements = MeasurementSql::read(m_db.connection(), Measurements, Owner, id);
    return k;
}

QList<Kpi> KpiRepository::forAgreement(qint64 agreementId) const
{
    QList<Kpi> list;
    QSqlQuery q = Sql::exec(m_db.connection(), Select + u" WHERE agreement_id = ? ORDER BY name COLLATE NOCASE, id"_s,
                            {agreementId});
    while (q.next()) {
        list << readKpi(q);
    }
    q.finish();
    for (Kpi& k : list) {
        k.measurements = MeasurementSql::read(m_db.connection(), Measurements, Owner, k.id);
    }
    return list;
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
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        MeasurementSql::firstAndLatestCte(Measurements, Owner)
            + u"SELECT k.id, k.agreement_id, a.title, k.name, k.unit, "
              "(SELECT group_concat(name, ', ') FROM (SELECT w.name FROM agreement_wards aw JOIN wards w "
              "ON w.id = aw.ward_id WHERE aw.agreement_id = a.id ORDER BY w.name)), "
              "(SELECT min(aw.ward_id) FROM agreement_wards aw WHERE aw.agreement_id = a.id), "_s
            + MeasurementSql::inputColumns(u"k"_s, u"a.start_date"_s, u"a.end_date"_s)
            + u" FROM kpis k JOIN agreements a ON a.id = k.agreement_id"_s + MeasurementSql::inputJoins(u"k"_s)
            + where.sql() + u" ORDER BY a.title COLLATE NOCASE, a.id, k.name COLLATE NOCASE, k.id"_s,
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
        const ProgressInput in = MeasurementSql::readInput(q, 7);
        r.baseline = in.baseline;
        r.target = in.target;
        r.direction = in.direction;
        r.progress = Progress::compute(in);
        rows << r;
    }
    return rows;
}
