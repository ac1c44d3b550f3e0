#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

/// A role an initiative cannot run without (succession register), its holder and the named backup.
struct CriticalRole
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    QString role; ///< a standard key (lead, treasurer, municipality_contact, keys) or the user's own name
    std::optional<qint64> holderId;
    std::optional<qint64> backupId;

    bool isFilled() const { return holderId.has_value(); }
    bool hasBackup() const { return backupId.has_value(); }

    /// The standard roles' keys.
    static QStringList standardRoles()
    {
        return {QStringLiteral("lead"), QStringLiteral("treasurer"), QStringLiteral("municipality_contact"),
                QStringLiteral("keys")};
    }
    /// The label of a role: translated for the standard keys, as entered for the user's own.
    static QString label(const QString& role)
    {
        if (role == QLatin1String("lead"))
            return QCoreApplication::translate("CriticalRole", "lead");
        if (role == QLatin1String("treasurer"))
            return QCoreApplication::translate("CriticalRole", "treasurer");
        if (role == QLatin1String("municipality_contact"))
            return QCoreApplication::translate("CriticalRole", "contact with the municipality");
        if (role == QLatin1String("keys"))
            return QCoreApplication::translate("CriticalRole", "key management");
        return role;
    }
    /// The key for a label or key as a user or a CSV file may write it.
    static QString keyFor(const QString& text)
    {
        QString t = text.trimmed();
        for (const QString& key : standardRoles()) {
            if (t.compare(key, Qt::CaseInsensitive) == 0 || t.compare(label(key), Qt::CaseInsensitive) == 0) {
                return key;
            }
        }
        return t;
    }

    bool operator==(const CriticalRole&) const = default;
};

/// A critical role as the succession register shows it.
struct CriticalRoleRow
{
    CriticalRole role;
    QString initiativeTitle;
    QString holderName;
    QString backupName;
};
