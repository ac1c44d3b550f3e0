#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>

/// A participation moment in a ward: how many residents took part, and through which channel.
struct ParticipationMoment
{
    qint64 id = 0;
    qint64 wardId = 0;
    QDate date;
    ParticipationKind kind = ParticipationKind::Other;
    Channel channel = Channel::Physical;
    int participants = 0;
    QString notes;

    bool operator==(const ParticipationMoment&) const = default;
};

/// A row of the participation list.
struct ParticipationRow
{
    qint64 id = 0;
    qint64 wardId = 0;
    QString wardCode;
    QString wardName;
    QDate date;
    ParticipationKind kind = ParticipationKind::Other;
    Channel channel = Channel::Physical;
    int participants = 0;
};

/// Participation of one ward through one channel over a period (chart).
struct ChannelParticipation
{
    qint64 wardId = 0;
    QString wardCode;
    QString wardName;
    Channel channel = Channel::Physical;
    int moments = 0;
    int participants = 0;
};
