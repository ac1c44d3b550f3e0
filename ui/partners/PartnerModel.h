#pragma once

#include "core/domain/Partner.h"
#include "core/storage/PartnerRepository.h"
#include "ui/common/LazyTableModel.h"

/// The partners list, fetched lazily from PartnerRepository.
class PartnerModel final : public RepositoryModel<PartnerRepository>
{
    Q_OBJECT

public:
    using enum PartnerRepository::Column;

    explicit PartnerModel(PartnerRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PartnerModel)
};
