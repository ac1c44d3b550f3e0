#pragma once

#include "core/Error.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/TableDeclaration.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <functional>
#include <optional>
#include <utility>

/// The verbs every repository shares, derived from a table's declaration: find, select, and insert, update and
/// delete each in one transaction with its audit log entry, the declaration's link tables (themes, an agreement's
/// wards) read and written with the record. Repositories add validation, the records' other children
/// (measurements) through `children`, and their lists.
template<typename R> class RecordStore final
{
public:
    /// Writes what belongs to a record besides its row (given the record's id), inside the same transaction.
    using Children = std::function<void(qint64 id)>;

    RecordStore(Database& db, const TableDeclaration<R>& table)
        : m_db(db)
        , m_table(table)
    {
    }

    const TableDeclaration<R>& table() const { return m_table; }

    /// Throws ValidationError when there are problems.
    static void requireValid(const QList<FieldError>& errors)
    {
        if (!errors.isEmpty()) {
            throw ValidationError(errors);
        }
    }

    /// The stored record; throws Error(whenGone) when there is none.
    R existing(qint64 id, const QString& whenGone) const
    {
        auto r = find(id);
        if (!r) {
            throw Error(whenGone);
        }
        return std::move(*r);
    }

    std::optional<R> find(qint64 id) const
    {
        QSqlQuery q = Sql::exec(m_db.connection(), m_table.select() + QStringLiteral(" WHERE id = ?"), {id});
        if (!q.next()) {
            return std::nullopt;
        }
        R r = m_table.read(q);
        q.finish();
        m_table.readLinks(m_db.connection(), r);
        return r;
    }

    /// The records a clause selects ("WHERE ... ORDER BY ...", appended to the declaration's SELECT).
    QList<R> select(const QString& clause, const QVariantList& values = {}) const
    {
        QList<R> list;
        QSqlQuery q = Sql::exec(m_db.connection(), m_table.select() + u' ' + clause, values);
        while (q.next()) {
            list << m_table.read(q);
        }
        q.finish();
        if (!m_table.links.isEmpty()) {
            for (R& r : list) {
                m_table.readLinks(m_db.connection(), r);
            }
        }
        return list;
    }

    /// Inserts the row (keeping r.id when it is set and free), its links and its children; records the audit entry
    /// with the fields that differ from a default record plus `extraFields`. Returns the id.
    qint64 insert(const R& r, const Children& children = {}, const QStringList& extraFields = {})
    {
        Transaction tx(m_db);
        QSqlQuery q = Sql::exec(m_db.connection(), m_table.insertStatement(), m_table.insertValues(r));
        q.next();
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        m_table.writeLinks(m_db.connection(), id, r);
        if (children) {
            children(id);
        }
        AuditLog(m_db).recordInsert(m_table.entity, id, m_table.changedFields(R {}, r) + extraFields);
        tx.commit();
        return id;
    }

    /// Updates the row of r.id, its links and its children; the audit entry names what differs from `before`.
    void update(const R& before, const R& r, const Children& children = {}, const QStringList& extraFields = {})
    {
        Transaction tx(m_db);
        Sql::exec(m_db.connection(), m_table.updateStatement(), m_table.updateValues(r));
        m_table.writeLinks(m_db.connection(), r.id, r);
        if (children) {
            children(r.id);
        }
        AuditLog(m_db).recordUpdate(m_table.entity, r.id, m_table.changedFields(before, r) + extraFields);
        tx.commit();
    }

    /// Updates the stored record r.id (see the other update). Throws Error(whenGone) when there is none.
    void update(const R& r, const QString& whenGone) { update(existing(r.id, whenGone), r); }

    /// Overwrites the row of r.id with its erased version (TableDeclaration::erasedCopy plus what the caller sets,
    /// such as the erasure date) and records an "erase" audit entry naming the fields, never their values. The
    /// caller makes the freed bytes unrecoverable afterwards (Database::eraseFreedContent). AVG art. 17.
    void erase(const R& before, const R& erased)
    {
        Transaction tx(m_db);
        Sql::exec(m_db.connection(), m_table.updateStatement(), m_table.updateValues(erased));
        AuditLog(m_db).record(m_table.entity, erased.id, AuditLog::Erase, m_table.changedFields(before, erased), 1);
        tx.commit();
    }

    /// Deletes the row (children go with it through ON DELETE CASCADE) and records the audit entry; nothing when
    /// there is no such row.
    void remove(qint64 id)
    {
        Transaction tx(m_db);
        QSqlQuery q = Sql::exec(m_db.connection(), m_table.deleteStatement(), {id});
        if (q.numRowsAffected() > 0) {
            AuditLog(m_db).recordDelete(m_table.entity, id);
        }
        tx.commit();
    }

private:
    Database& m_db;
    const TableDeclaration<R>& m_table;
};

/// The verbs of a repository over one declared table, for the repository `Derived` with a public
/// `QList<FieldError> validate(const R&) const`: insert and update refused with ValidationError when validate finds
/// problems, update with Error when the record is no longer there, remove and find. Store is RecordStore<R> or
/// MeasuredStore<R>. A repository hides a verb with its own where it does more (a remove refused while other records
/// refer to the record).
template<typename Derived, typename R, typename Store = RecordStore<R>> class DeclaredRepository
{
public:
    /// Inserts the record (keeping r.id when it is set and free) and returns its id. Throws ValidationError, or
    /// Error when the database refuses.
    qint64 insert(const R& r)
    {
        Store::requireValid(static_cast<const Derived&>(*this).validate(r));
        return m_store.insert(r);
    }
    /// Updates the stored record r.id. Throws ValidationError, or Error when it is no longer there.
    void update(const R& r)
    {
        Store::requireValid(static_cast<const Derived&>(*this).validate(r));
        m_store.update(r, Derived::tr(m_whenGone));
    }
    /// Deletes the record; nothing when there is none.
    void remove(qint64 id) { m_store.remove(id); }
    std::optional<R> find(qint64 id) const { return m_store.find(id); }

protected:
    /// `whenGone` (marked with QT_TR_NOOP in the repository, translated by its tr()) is the message of an update of a
    /// record that is no longer there; `store` are the Store's arguments after the database (the table's declaration,
    /// ...).
    template<typename... StoreArguments>
    DeclaredRepository(Database& db, const char* whenGone, StoreArguments&&... store)
        : m_db(db)
        , m_store(db, std::forward<StoreArguments>(store)...)
        , m_whenGone(whenGone)
    {
    }

    /// A kind of record that refers to this repository's records: the referring table and its column, and how a
    /// refusal names them, a numerus text ("%n agreement(s)") marked with QT_TR_N_NOOP in the repository.
    struct Referrer
    {
        const char* text;
        const char* table;
        const char* column;
    };
    /// The records that refer to record `id`, each kind counted and named in the repository's language ("3
    /// agreements"), kinds with none left out, in the order given: what keeps the record from being deleted.
    QStringList countReferrers(qint64 id, std::initializer_list<Referrer> referrers) const
    {
        QStringList named;
        for (const Referrer& referrer : referrers) {
            if (const int n = Sql::countReferring(m_db.connection(), referrer.table, referrer.column, id); n > 0) {
                named << Derived::tr(referrer.text, nullptr, n);
            }
        }
        return named;
    }

    Database& m_db;
    Store m_store;

private:
    const char* m_whenGone;
};
