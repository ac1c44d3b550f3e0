#pragma once

#include "core/domain/Partner.h"
#include "core/storage/PartnerRepository.h"
#include "ui/common/LazyTableModel.h"

/// The partners list, fetched lazily from PartnerRepository.
class PartnerModel final : public RepositoryModel<PartnerRepository>
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

    using RepositoryModel::RepositoryModel;
    Q_DISABLE_COPY_MOVE(PartnerModel)

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;
    QVariant exportValue(const QModelIndex& index) const override;
    CsvType exportType(int column) const override;
    /// The contact person's name, e-mail and phone: personal data, as in the partners table's export.
    bool isPersonalColumn(int column) const override
    {
        return column == ContactPerson || column == Email || column == Phone;
    }
};
