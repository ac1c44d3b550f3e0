#pragma once

#include "core/domain/Enums.h"

#include <QList>
#include <QString>
#include <optional>

/// A ward (wijk): the unit a wijkregisseur directs. The CBS code is unique.
struct Ward
{
    qint64 id = 0;
    QString code; ///< CBS ward code, e.g. "WK036301"
    QString name;
    WardType type = WardType::Other;
    std::optional<int> inhabitants;
    std::optional<int> households;
    QString notes; ///< profile notes: what makes this ward different
    QList<qint64> themeIds; ///< focus themes

    bool operator==(const Ward&) const = default;
};

/// A row of the wards list, with figures computed by the query.
struct WardRow
{
    qint64 id = 0;
    QString code;
    QString name;
    WardType type = WardType::Other;
    std::optional<int> inhabitants;
    std::optional<int> households;
    int initiativeCount = 0;
    int personCount = 0;
    QString themes; ///< theme names, comma separated
};
