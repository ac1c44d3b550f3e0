#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>
#include <optional>

/// A collective need in a ward and theme (never an individual's case).
struct Need
{
    qint64 id = 0;
    qint64 wardId = 0;
    qint64 themeId = 0;
    QString description;
    QString signalledBy;
    QDate signalledOn;
    Severity severity = Severity::Medium;
    bool open = true;

    bool operator==(const Need&) const = default;
};

/// Who makes an offer: exactly one of them.
enum class OfferProvider { Initiative, Partner, Person };

/// An offer of support in a ward and theme, by exactly one of an initiative, a partner or a person.
struct Offer
{
    qint64 id = 0;
    qint64 wardId = 0;
    qint64 themeId = 0;
    QString description;
    std::optional<qint64> initiativeId;
    std::optional<qint64> partnerId;
    std::optional<qint64> personId;
    QString capacity;
    bool active = true;

    bool operator==(const Offer&) const = default;
};

/// A row of the needs list. A gap is an open need with no active offer in its ward and theme.
struct NeedRow
{
    qint64 id = 0;
    qint64 wardId = 0;
    QString wardName;
    qint64 themeId = 0;
    QString themeName;
    QString description;
    QString signalledBy;
    QDate signalledOn;
    Severity severity = Severity::Medium;
    bool open = true;
    bool isGap = false;
};

/// A row of the offers list.
struct OfferRow
{
    qint64 id = 0;
    qint64 wardId = 0;
    QString wardName;
    qint64 themeId = 0;
    QString themeName;
    QString description;
    OfferProvider provider = OfferProvider::Initiative;
    qint64 providerId = 0;
    QString providerName; ///< initiative title, partner name or the person's full name
    QString capacity;
    bool active = true;
};

/// Support gaps per theme (chart).
struct ThemeGaps
{
    qint64 themeId = 0;
    QString themeName;
    int openNeeds = 0;
    int gaps = 0;
};
