#pragma once

#include "core/domain/Partner.h"
#include "core/storage/PartnerRepository.h"
#include "ui/common/LazyTableModel.h"

/// The partners list, fetched lazily from PartnerRepository.
class PartnerModel final : public LazyRowModel<PartnerRow>
{
    Q_OBJECT

public:
    enum Column {
        Name = PartnerRepository::Name,
        Type = PartnerRepository::Type,
        ContactPerson = PartnerRepository::ContactPerson,
        Email = PartnerRepository::Email,
        Phone = PartnerRepository::Phone,
        Agreements = PartnerRepository::Agreements,
        ColumnCount = PartnerRepository::ColumnCount
    };
    enum Role { IdRole = Qt::UserRole };

    explicit PartnerModel(PartnerRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PartnerModel)

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant exportValue(const QModelIndex& index) const override;
    CsvType exportType(int column) const override;
    /// The contact person's name, e-mail and phone: personal data, as in the partners table's export.
    bool isPersonalColumn(int column) const override
    {
        return column == ContactPerson || column == Email || column == Phone;
    }

protected:
    int queryCount(const ListQuery& query) const override { return m_repository.count(query); }
    QList<PartnerRow> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return m_repository.list(query, offset, limit);
    }

private:
    PartnerRepository& m_repository;
};
