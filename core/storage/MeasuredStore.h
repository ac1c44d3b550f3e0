#pragma once

#include "core/storage/MeasurementSql.h"
#include "core/storage/RecordStore.h"

/// The verbs of a record saved and restored with its measurements (KPIs and ward goals): RecordStore's, with the
/// measurements table written as the record's children and "measurements" in the audit entry when they changed.
template<typename R> class MeasuredStore final
{
public:
    /// `measurements` is the measurements table, `owner` its column that refers to the record.
    MeasuredStore(Database& db, const TableDeclaration<R>& table, QString measurements, QString owner)
        : m_db(db)
        , m_store(db, table)
        , m_measurements(std::move(measurements))
        , m_owner(std::move(owner))
    {
    }

    RecordStore<R>& records() { return m_store; }
    /// Throws ValidationError when there are problems.
    static void requireValid(const QList<FieldError>& errors) { RecordStore<R>::requireValid(errors); }

    qint64 insert(const R& r) { return m_store.insert(r, writer(r), changed(R {}, r)); }
    void update(const R& r, const QString& whenGone)
    {
        const R old = existing(r.id, whenGone);
        m_store.update(old, r, writer(r), changed(old, r));
    }
    void remove(qint64 id) { m_store.remove(id); }

    std::optional<R> find(qint64 id) const
    {
        auto r = m_store.find(id);
        if (r) {
            r->measurements = MeasurementSql::read(m_db.connection(), m_measurements, m_owner, id);
        }
        return r;
    }
    R existing(qint64 id, const QString& whenGone) const
    {
        auto r = find(id);
        if (!r) {
            throw Error(whenGone);
        }
        return std::move(*r);
    }
    /// The records a clause selects, each with its measurements.
    QList<R> select(const QString& clause, const QVariantList& values = {}) const
    {
        QList<R> list = m_store.select(clause, values);
        for (R& r : list) {
            r.measurements = MeasurementSql::read(m_db.connection(), m_measurements, m_owner, r.id);
        }
        return list;
    }

private:
    typename RecordStore<R>::Children writer(const R& r) const
    {
        return [this, &r](qint64 id) {
            MeasurementSql::write(m_db.connection(), m_measurements, m_owner, id, r.measurements);
        };
    }
    static QStringList changed(const R& before, const R& after)
    {
        return before.measurements != after.measurements ? QStringList {QStringLiteral("measurements")}
                                                         : QStringList {};
    }

    Database& m_db;
    RecordStore<R> m_store;
    QString m_measurements;
    QString m_owner;
};
