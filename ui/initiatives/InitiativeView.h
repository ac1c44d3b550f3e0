#pragma once

#include "core/risk/RiskTypes.h"
#include "ui/common/ListView.h"

class QComboBox;
class RiskBreakdownWidget;

/// The initiatives list with its status and theme filters.
class InitiativeView final : public ListView
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
    QString countText(int count) const override;
    void openEditor(Document& document, qint64 id) override;
    void deleteRecord(Document& document, qint64 id) override;
    QString describe(Document& document, qint64 id) const override;
    QStringList dependents(Document& document, qint64 id) const override;
    void refreshFilters(Document* document) override;
    void setColumnWidths() override;

private:
    QComboBox* m_status;
    QComboBox* m_theme;
    QComboBox* m_risk;
    RiskBreakdownWidget* m_breakdown;
    void showCurrentRisk();
};
