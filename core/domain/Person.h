#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

/// An active resident or volunteer. Names and contact details are personal data: they stay out of reports and
/// exports unless the user chooses otherwise.
struct Person
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    std::optional<qint64> wardId; ///< ward of residence
    Engagement engagement = Engagement::Unknown;
    QStringList skills;
    QDate consentDate; ///< AVG consent
    QString consentScope;
    QString notes;

    QString fullName() const { return QString(firstName + QLatin1Char(' ') + lastName).trimmed(); }

    bool operator==(const Person&) const = default;
};

/// A row of the persons list.
struct PersonRow
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString wardCode;
    Engagement engagement = Engagement::Unknown;
    QString skills;
    QString email;
    QDate consentDate;
    QDate lastActive; ///< the last day with hours, if any
    double hoursLast12Months = 0;
    bool inactive = true; ///< no activity for six months
};
