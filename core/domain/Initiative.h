#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

/// What the municipality does when an initiative does not fit the policy framework.
struct FollowUp
{
    QString department; ///< vakafdeling
    QString owner;
    QDate deadline;
    QString solution;
    FollowUpStatus status = FollowUpStatus::Open;

    bool operator==(const FollowUp&) const = default;
};

/// A resident, partner or municipal initiative in a ward. Amounts in euro cents.
struct Initiative
{
    qint64 id = 0;
    qint64 wardId = 0;
    QString title;
    QString description;
    QList<qint64> themeIds;
    Track track = Track::Residents;
    InitiativeStatus status = InitiativeStatus::Idea;
    QDate startDate;
    QDate plannedEnd;
    qint64 budgetRequestedCents = 0;
    qint64 budgetGrantedCents = 0;
    QString fundingSource;
    QDate fundingEnd;
    bool followUpFunding = false;
    LeadType leadType = LeadType::Resident;
    FitsFramework fitsFramework = FitsFramework::Unknown;
    std::optional<qint64> frameworkId;
    FollowUp followUp; ///< only meaningful when fitsFramework is No

    bool operator==(const Initiative&) const = default;
};

/// A row of the initiatives list.
struct InitiativeRow
{
    qint64 id = 0;
    qint64 wardId = 0;
    QString wardCode;
    QString wardName;
    QString title;
    InitiativeStatus status = InitiativeStatus::Idea;
    Track track = Track::Residents;
    QString themes;
    QDate startDate;
    QDate plannedEnd;
    qint64 budgetGrantedCents = 0;
    QDate fundingEnd;
};
