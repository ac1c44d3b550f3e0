#pragma once

#include "core/domain/Enums.h"

#include <QString>

/// A social partner the municipality makes agreements with (police, youth work, housing corporation, ...).
struct Partner
{
    qint64 id = 0;
    QString name; ///< unique, case-insensitively
    PartnerType type = PartnerType::Other;
    QString contactPerson;
    QString email;
    QString phone;
    QString notes;

    bool operator==(const Partner&) const = default;
};

/// A row of the partners list.
struct PartnerRow
{
    qint64 id = 0;
    QString name;
    PartnerType type = PartnerType::Other;
    QString contactPerson;
    QString email;
    QString phone;
    int agreementCount = 0; ///< all agreements, whatever their status
    int activeAgreementCount = 0;
};
