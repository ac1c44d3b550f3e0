#pragma once

#include "core/domain/Ward.h"
#include "core/storage/WardRepository.h"
#include "ui/common/LazyTableModel.h"

/// The wards list, fetched lazily from WardRepository.
class WardModel final : public RepositoryModel<WardRepository>
{
    Q_OBJECT

public:
    enum Column {
        Code = WardRepository::Code,
        Name = WardRepository::Name,
        Type = WardRepository::Type,
        Inhabitants = WardRepository::Inhabitants,
        Households = WardRepository::Households,
        Initiatives = WardRepository::Initiatives,
        Persons = WardRepository::Persons,
        Themes = WardRepository::Themes,
        ColumnCount = WardRepository::ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, CodeRole };

    using RepositoryModel::RepositoryModel;
    Q_DISABLE_COPY_MOVE(WardModel)

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;
    QVariant exportValue(const QModelIndex& index) const override;
    CsvType exportType(int column) const override;
};
