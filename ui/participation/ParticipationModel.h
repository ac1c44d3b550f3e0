#pragma once

#include "core/domain/Participation.h"
#include "core/storage/ParticipationRepository.h"
#include "ui/common/LazyTableModel.h"

/// The participation moments, fetched lazily from ParticipationRepository.
class ParticipationModel final : public RepositoryModel<ParticipationRepository>
{
    Q_OBJECT

public:
    using enum ParticipationRepository::Column;

    explicit ParticipationModel(ParticipationRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ParticipationModel)
};
