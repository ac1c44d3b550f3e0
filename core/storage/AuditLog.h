#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// One entry of the audit log. It names the fields that changed, never their values (they may be personal data).
struct AuditEntry
{
    QDateTime at;
    QString osUser;
    QString entity;
    qint64 entityId = 0;
    QString action; ///< insert, update or delete
    QStringList fields;
};

/// Records every write made through the repositories, inside the same transaction as the write.
class AuditLog final
{
public:
    explicit AuditLog(Database& db);

    void recordInsert(const QString& entity, qint64 id, const QStringList& fields);
    void recordUpdate(const QString& entity, qint64 id, const QStringList& fields);
    void recordDelete(const QString& entity, qint64 id);

    /// The newest entries first.
    QList<AuditEntry> recent(int limit) const;
    /// Entries for one record, oldest first.
    QList<AuditEntry> forRecord(const QString& entity, qint64 id) const;

    /// The operating system's name for the current user.
    static QString osUser();

private:
    void record(const QString& entity, qint64 id, const QString& action, const QStringList& fields);
    Database& m_db;
};
