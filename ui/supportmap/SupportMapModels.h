#pragma once

#include "common/LazyTableModel.h"
#include "domain/SupportMap.h"
#include "storage/SupportMapRepository.h"

/// The needs of the support map, fetched lazily. A gap (an open need that no active offer meets) is marked with an
/// icon, a word and a tinted row.
class NeedModel final : public LazyRowModel<NeedRow>
{
    Q_OBJECT

public:
    enum Column {
        Ward = SupportMapRepository::NeedWard,
        Theme = SupportMapRepository::NeedTheme,
        Description = SupportMapRepository::NeedDescription,
        SignalledBy = SupportMapRepository::NeedSignalledBy,
        SignalledOn = SupportMapRepository::NeedSignalledOn,
        Severity_ = SupportMapRepository::NeedSeverity,
        Open = SupportMapRepository::NeedOpen,
        Gap = SupportMapRepository::NeedGap,
        ColumnCount = SupportMapRepository::NeedColumnCount
    };
    enum Role { IdRole = Qt::UserRole, GapRole };

    explicit NeedModel(SupportMapRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NeedModel)

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int queryCount(const ListQuery& query) const override { return m_repository.countNeeds(query); }
    QList<NeedRow> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return m_repository.listNeeds(query, offset, limit);
    }

private:
    SupportMapRepository& m_repository;
};

/// The offers of the support map, fetched lazily.
class OfferModel final : public LazyRowModel<OfferRow>
{
    Q_OBJECT

public:
    enum Column {
        Ward = SupportMapRepository::OfferWard,
        Theme = SupportMapRepository::OfferTheme,
        Description = SupportMapRepository::OfferDescription,
        Provider = SupportMapRepository::OfferProviderName,
        Capacity = SupportMapRepository::OfferCapacity,
        Active = SupportMapRepository::OfferActive,
        ColumnCount = SupportMapRepository::OfferColumnCount
    };
    enum Role { IdRole = Qt::UserRole };

    explicit OfferModel(SupportMapRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OfferModel)

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// A resident who makes an offer is named there: pseudonymised in exports unless asked for.
    bool isPersonalColumn(int column) const override { return column == Provider; }

protected:
    int queryCount(const ListQuery& query) const override { return m_repository.countOffers(query); }
    QList<OfferRow> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return m_repository.listOffers(query, offset, limit);
    }

private:
    SupportMapRepository& m_repository;
};
