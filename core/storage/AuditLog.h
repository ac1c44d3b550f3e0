#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

/// One entry of the audit log. It names the fields that changed, never their values (they may be personal data).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString osUser;
    QString entity;
    qint64 entityId = 0;
    QString action; ///< one of AuditLog's actions (insert, update, delete, erase, export, ...)
    QStringList fields; ///< the fields (or, for an export, the tables or columns) concerned; never their values
    std::optional<qint64> records; ///< how many records an export, report, erasure or retention run concerned
};

/// Which entries a view or export of the audit log shows: a period of days (the entries' UTC dates, both ends
/// included; an invalid date leaves that end open), the OS account, the entity and the action (empty: any).
struct AuditQuery
{
    QDate from;
    QDate to;
    QString user;
    QString entity;
    QString action;
};

/// The audit log (BIO 8.15, logging): every write made through the repositories, inside the same transaction as
/// the write, and every use of personal data that writes nothing to the database (an export or report with names,
/// a subject-access export, an erasure, a retention run). It records when (UTC), the operating-system account, the
/// entity and its id, the action, the field names and how many records; never a value (DESIGN.md, Privacy (AVG)
/// and logging (BIO)).
class AuditLog final
{
public:
    /// The actions, as stored.
    static inline const QString Insert = QStringLiteral("insert");
    static inline const QString Update = QStringLiteral("update");
    static inline const QString Delete = QStringLiteral("delete");
    /// A person's data erased (AVG art. 17).
    static inline const QString Erase = QStringLiteral("erase");
    /// Personal data written to a file (a CSV/XLSX export with personal data, the audit log itself).
    static inline const QString Export = QStringLiteral("export");
    /// A report made with names.
    static inline const QString Report = QStringLiteral("report");
    /// A subject-access export (AVG art. 15).
    static inline const QString Access = QStringLiteral("access");
    /// A retention run that anonymised persons.
    static inline const QString Retention = QStringLiteral("retention");
    /// Every action, in the order above.
    static QStringList actions();

    explicit AuditLog(Database& db);

    void recordInsert(const QString& entity, qint64 id, const QStringList& fields);
    void recordUpdate(const QString& entity, qint64 id, const QStringList& fields);
    void recordDelete(const QString& entity, qint64 id);
    /// Records one entry in the current transaction (or in its own when none is open). `records`: how many records
    /// the action concerned, for exports, reports, erasures and retention runs. Throws Error.
    void record(const QString& entity, qint64 id, const QString& action, const QStringList& fields,
                std::optional<qint64> records = std::nullopt);
    /// Records a use of personal data by a command that otherwise only reads (an export with personal data, a
    /// report with names, a subject-access export) through a writable connection of its own to the file at `path`,
    /// so that the reader's connection stays read-only. Throws Error when the file cannot be written: then the
    /// caller does not hand out the data (BIO 8.15: no unlogged use of personal data).
    static void recordOnFile(const QString& path, const QString& entity, qint64 id, const QString& action,
                             const QStringList& fields, std::optional<qint64> records);

    /// The newest entries first.
    QList<AuditEntry> recent(int limit) const;
    /// Entries for one record, oldest first.
    QList<AuditEntry> forRecord(const QString& entity, qint64 id) const;
    /// The entries a query selects, oldest first, `limit` from `offset` (a negative limit: all).
    QList<AuditEntry> list(const AuditQuery& query, int offset = 0, int limit = -1) const;
    int count(const AuditQuery& query) const;
    /// The distinct OS accounts and entities in the log, sorted, for the view's filters.
    QStringList users() const;
    QStringList entities() const;

    /// The operating system's name for the current user.
    static QString osUser();

private:
    Database& m_db;
};
