#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

/// An active resident or volunteer. Names and contact details are personal data: they stay out of reports and
/// exports unless the user chooses otherwise.
struct Person
{
    qint64 id = 0;
    QString firstName;
    QString surnamePrefix; ///< tussenvoegsel ("van den", "de", "'t"), as written after a first name; may be empty
    QString lastName; ///< without the prefix ("Berg"): the name the person is sorted under
    QString email;
    QString phone;
    std::optional<qint64> wardId; ///< ward of residence
    Engagement engagement = Engagement::Unknown;
    QStringList skills;
    QDate consentDate; ///< AVG consent
    QString consentScope;
    QString notes;
    /// The day the person withdrew their consent (AVG art. 7(3)); invalid while it stands. Retention lists them.
    QDate consentWithdrawn;
    /// The last day the consent holds, when it was given for a limited time; invalid: no end.
    QDate consentExpires;
    /// The day the person was erased (AVG art. 17): names, contact, notes, skills, ward and consent emptied, the
    /// hours, involvements and roles kept. Invalid for everyone else.
    QDate erasedOn;

    bool isErased() const { return erasedOn.isValid(); }
    /// True when consent was withdrawn on or before `day`, or expired before it.
    bool consentEnded(const QDate& day) const
    {
        return (consentWithdrawn.isValid() && consentWithdrawn <= day)
            || (consentExpires.isValid() && consentExpires < day);
    }

    /// The name in running text: "Jan van den Berg".
    QString fullName() const { return displayName(firstName, surnamePrefix, lastName); }
    /// The name in a sorted list: "Berg, Jan van den".
    QString sortName() const { return Person::sortName(firstName, surnamePrefix, lastName); }

    /// The name in running text, "Jan van den Berg" (DESIGN.md, Domain: Person); parts left empty are left out.
    static QString displayName(const QString& firstName, const QString& surnamePrefix, const QString& lastName);
    /// The name in a list sorted on the last name without its prefix, "Berg, Jan van den" (DESIGN.md, Domain:
    /// Person); "Berg" alone without first name and prefix.
    static QString sortName(const QString& firstName, const QString& surnamePrefix, const QString& lastName);
    /// A last name split into tussenvoegsel and the rest, only where the split is certain: the name starts with a
    /// known Dutch prefix written in lower case ("van den", "de", "'t", "ter", ...), then a space and a part that
    /// starts with a capital ("van den Berg" -> {"van den", "Berg"}). Anything else, such as "Van den Berg" (which
    /// may be a Flemish surname) or "de la Cruz", comes back as {"", lastName} with the spaces simplified.
    static std::pair<QString, QString> splitPrefix(const QString& lastName);
    /// True when `a` comes before `b` in a name list: by last name, first name and prefix, compared the way the
    /// storage's sort collation compares them (DESIGN.md, Domain: Person).
    static bool sortsBefore(const Person& a, const Person& b);

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
    QString surnamePrefix;
    QString lastName;
    QString wardCode;
    Engagement engagement = Engagement::Unknown;
    QString skills;
    QString email;
    QDate consentDate;
    QDate lastActive; ///< the last day with hours, if any
    double hoursLast12Months = 0;
    bool inactive = true; ///< no activity for six months

    /// "Berg, Jan van den".
    QString sortName() const { return Person::sortName(firstName, surnamePrefix, lastName); }
};
