#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>
#include <optional>

/// A person's involvement in an initiative: their role and the period it covers (open ends allowed).
struct Involvement
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 initiativeId = 0;
    InvolvementRole role = InvolvementRole::AdHoc;
    QDate from;
    QDate until;
    /// Why the involvement ended (DESIGN.md, Domain); only with an until date. nullopt: not asked (shown as unknown
    /// once the involvement has ended).
    std::optional<LeavingReason> leavingReason = std::nullopt;

    /// True when the date lies within the period; an open end covers everything on that side.
    bool covers(const QDate& date) const
    {
        return (!from.isValid() || from <= date) && (!until.isValid() || date <= until);
    }

    bool operator==(const Involvement&) const = default;
};

/// An involvement as the lists show it, from either side, with the hours behind it.
struct InvolvementRow
{
    Involvement involvement;
    QString personName;
    QString initiativeTitle;
    QString wardCode;
    double hoursLast12Months = 0;
    QDate lastActive;
};
