#pragma once

#include "common/LazyTableModel.h"
#include "domain/Initiative.h"
#include "storage/InitiativeRepository.h"

/// The initiatives list, fetched lazily from InitiativeRepository.
class InitiativeModel final : public LazyRowModel<InitiativeRow>
{
    Q_OBJECT

public:
    enum Column {
        Title = InitiativeRepository::Title,
        Ward = InitiativeRepository::Ward,
        Status = InitiativeRepository::Status,
        Track = InitiativeRepository::Track,
        Themes = InitiativeRepository::Themes,
        StartDate = InitiativeRepository::StartDate,
        PlannedEnd = InitiativeRepository::PlannedEnd,
        BudgetGranted = InitiativeRepository::BudgetGranted,
        FundingEnd = InitiativeRepository::FundingEnd,
        ColumnCount = InitiativeRepository::ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, WardIdRole, StatusKeyRole };

    explicit InitiativeModel(InitiativeRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(InitiativeModel)

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int queryCount(const ListQuery& query) const override { return m_repository.count(query); }
    QList<InitiativeRow> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return m_repository.list(query, offset, limit);
    }

private:
    InitiativeRepository& m_repository;
};
