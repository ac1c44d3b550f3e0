#pragma once

#include "core/domain/Participation.h"
#include "core/storage/ParticipationRepository.h"
#include "ui/common/LazyTableModel.h"

/// The participation moments, fetched lazily from ParticipationRepository.
class ParticipationModel final : public RepositoryModel<ParticipationRepository>
{
    Q_OBJECT

public:
    enum Column {
        Date = ParticipationRepository::Date,
        Ward = ParticipationRepository::Ward,
        Kind = ParticipationRepository::Kind,
        Channel_ = ParticipationRepository::Channel,
        Participants = ParticipationRepository::Participants,
        ColumnCount = ParticipationRepository::ColumnCount
    };
    enum Role { IdRole = Qt::UserRole };

    using RepositoryModel::RepositoryModel;
    Q_DISABLE_COPY_MOVE(ParticipationModel)

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;
    QVariant exportValue(const QModelIndex& index) const override;
    CsvType exportType(int column) const override;
};
