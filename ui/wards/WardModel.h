#pragma once

#include "core/domain/Ward.h"
#include "core/storage/WardRepository.h"
#include "ui/common/LazyTableModel.h"

/// The wards list, fetched lazily from WardRepository.
class WardModel final : public LazyRowModel<WardRow>
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

    explicit WardModel(WardRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(WardModel)

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant exportValue(const QModelIndex& index) const override;
    CsvType exportType(int column) const override;

protected:
    int queryCount(const ListQuery& query) const override { return m_repository.count(query); }
    QList<WardRow> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return m_repository.list(query, offset, limit);
    }

private:
    WardRepository& m_repository;
};
