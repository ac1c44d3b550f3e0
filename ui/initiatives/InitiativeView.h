#pragma once

#include "core/risk/RiskTypes.h"
#include "ui/common/RecordListView.h"
#include "ui/initiatives/InitiativeEditor.h"
#include "ui/initiatives/InitiativeModel.h"

class QComboBox;
class RiskBreakdownWidget;

/// The initiatives list with its status and theme filters.
class InitiativeView final : public RecordListView<InitiativeRepository, InitiativeModel, InitiativeEditor>
{
    Q_OBJECT

public:
    explicit InitiativeView(QWidget* parent = nullptr);

    /// Shows only initiatives in this risk band (nullopt: all).
    void setRiskBandFilter(std::optional<RiskBand> band);
    std::optional<RiskBand> riskBandFilter() const;
    RiskBreakdownWidget* riskBreakdown() const { return m_breakdown; }

public slots:
    /// Opens the current initiative's people, hours grid, meetings and succession register.
    void showDetails();

protected:
    LazyTableModel* createModel(Document& document) override;
    void fillQuery(ListQuery& query) const override;
    QString describeRecord(const Initiative& initiative) const override;
    void refreshFilters(Document* document) override;
    void setColumnWidths() override;

private:
    QComboBox* m_status;
    QComboBox* m_theme;
    QComboBox* m_risk;
    RiskBreakdownWidget* m_breakdown;
    void showCurrentRisk();
};
