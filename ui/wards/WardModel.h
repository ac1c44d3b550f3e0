#pragma once

#include "core/domain/Ward.h"
#include "core/storage/WardRepository.h"
#include "ui/common/LazyTableModel.h"

/// The wards list, fetched lazily from WardRepository.
class WardModel final : public RepositoryModel<WardRepository>
{
    Q_OBJECT

public:
    using enum WardRepository::Column;
    enum Role { CodeRole = IdRole + 1 };

    explicit WardModel(WardRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(WardModel)

protected:
    QVariant cellData(const WardRow& row, int column, int role) const override;
};
