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

    /// The name as compared to find the same resident written another way: case folded, diacritics removed (Ö as
    /// O), runs of spaces as one, typographic apostrophes as ', and the surname prefix (tussenvoegsel) taken as
    /// part of the last name, so "Jan Van den  Berg", "jan van den berg" and prefix "van den" + "Berg" are equal.
    static QString matchKey(const QString& firstName, const QString& surnamePrefix, const QString& lastName);
    /// A phone number's digits as dialled from the Netherlands (+31 and 0031 as 0; nine digits starting with 6,
    /// a mobile number that lost its leading 0 in a spreadsheet, with the 0); empty when there are fewer than six
    /// digits.
    static QString phoneKey(const QString& phone);
    /// True for a number that looks like a Dutch one that lost its leading 0 (nine digits, no 0 or + in front,
    /// such as 612345678), as a spreadsheet does to 0612345678.
    static bool lostLeadingZero(const QString& phone);

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
