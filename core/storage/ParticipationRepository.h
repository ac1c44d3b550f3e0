#pragma once

#include "core/Error.h"
#include "core/domain/Participation.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

/// Participation moments per ward (bewonersavond, wijkschouw, online peiling, ...).
class ParticipationRepository final : public DeclaredRepository<ParticipationRepository, ParticipationMoment>
{
    Q_DECLARE_TR_FUNCTIONS(ParticipationRepository)

public:
    enum Column { Date, Ward, Kind, Channel, Participants, ColumnCount };

    explicit ParticipationRepository(Database& db);

    /// Problems: a missing ward, no date, a negative number of participants.
    QList<FieldError> validate(const ParticipationMoment& moment) const;

    /// Filters: search (notes), wardId, status = a Channel key.
    int count(const ListQuery& query) const;
    QList<ParticipationRow> list(const ListQuery& query, int offset, int limit) const;

    /// Moments and participants per ward and channel with a date in [from, to] (either bound may be invalid: open),
    /// optionally for one ward; by ward code, then channel. Wards or channels without moments are left out.
    QList<ChannelParticipation> byChannel(const QDate& from, const QDate& to, std::optional<qint64> wardId = {}) const;
};
