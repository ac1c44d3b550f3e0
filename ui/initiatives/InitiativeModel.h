#pragma once

#include "core/domain/Initiative.h"
#include "core/risk/RiskTypes.h"
#include "core/storage/InitiativeRepository.h"
#include "ui/common/LazyTableModel.h"

#include <optional>

class RiskCache;

/// The initiatives list, fetched lazily from InitiativeRepository.
class InitiativeModel final : public RepositoryModel<InitiativeRepository>
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
        // The continuity risk, from the document's RiskCache (one scoreAll pass, not a query per row).
        RiskScoreColumn = InitiativeRepository::ColumnCount,
        RiskBandColumn,
        ColumnCount
    };
    enum Role { WardIdRole = IdRole + 1, StatusKeyRole, RiskScoreRole, RiskBandKeyRole };

    explicit InitiativeModel(InitiativeRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(InitiativeModel)

    /// Shows the risk columns from `cache` (nullptr: empty risk columns, no risk sorting or filtering).
    void setRiskCache(RiskCache* cache);
    /// Only initiatives in this risk band (applied by the next setQuery/reload); nullopt for all.
    void setBandFilter(std::optional<RiskBand> band) { m_bandFilter = band; }
    std::optional<RiskBand> bandFilter() const { return m_bandFilter; }

protected:
    QVariant cellData(const InitiativeRow& row, int column, int role) const override;
    int queryCount(const ListQuery& query) const override;
    QList<InitiativeRow> queryRows(const ListQuery& query, int offset, int limit) const override;

private:
    /// Sorting on a risk column or filtering on a band: the rows matching the SQL filters are read once and
    /// ordered and filtered here by the cached scores, then paged from memory.
    bool riskMode(const ListQuery& query) const;
    void buildRiskRows(const ListQuery& query) const;
    void scoresChanged();
    QVariant riskData(qint64 id, int column, int role) const;

    RiskCache* m_risk = nullptr;
    std::optional<RiskBand> m_bandFilter;
    mutable QList<InitiativeRow> m_riskRows;
    mutable bool m_buildingRiskRows = false;
};
