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
    using enum NeedRepository::Column;
    enum Role { GapRole = IdRole + 1 };

    explicit NeedModel(NeedRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NeedModel)

protected:
    QVariant cellData(const NeedRow& row, int column, int role) const override;
};

/// The offers of the support map, fetched lazily.
class OfferModel final : public RepositoryModel<OfferRepository>
{
    Q_OBJECT

public:
    using enum OfferRepository::Column;

    explicit OfferModel(OfferRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OfferModel)
};
