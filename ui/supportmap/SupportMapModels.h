#pragma once

#include "core/domain/SupportMap.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "ui/common/LazyTableModel.h"

/// The needs of the support map, fetched lazily. A gap (an open need that no active offer meets) is marked with an
/// icon, a word and a tinted row.
class NeedModel final : public RepositoryModel<NeedRepository>
{
    Q_OBJECT

public:
    enum Column {
        Ward = NeedRepository::Ward,
        Theme = NeedRepository::Theme,
        Description = NeedRepository::Description,
        SignalledBy = NeedRepository::SignalledBy,
        SignalledOn = NeedRepository::SignalledOn,
        Severity_ = NeedRepository::Severity,
        Open = NeedRepository::Open,
        Gap = NeedRepository::Gap,
        ColumnCount = NeedRepository::ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, GapRole };

    using RepositoryModel::RepositoryModel;
    Q_DISABLE_COPY_MOVE(NeedModel)

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;
};

/// The offers of the support map, fetched lazily.
class OfferModel final : public RepositoryModel<OfferRepository>
{
    Q_OBJECT

public:
    enum Column {
        Ward = OfferRepository::Ward,
        Theme = OfferRepository::Theme,
        Description = OfferRepository::Description,
        Provider = OfferRepository::ProviderName,
        Capacity = OfferRepository::Capacity,
        Active = OfferRepository::Active,
        ColumnCount = OfferRepository::ColumnCount
    };
    enum Role { IdRole = Qt::UserRole };

    using RepositoryModel::RepositoryModel;
    Q_DISABLE_COPY_MOVE(OfferModel)

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;
    /// A resident who makes an offer is named there: pseudonymised in exports unless asked for.
    bool isPersonalColumn(int column) const override { return column == Provider; }
};
