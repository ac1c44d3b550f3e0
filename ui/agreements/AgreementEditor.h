#pragma once

#include "core/domain/Agreement.h"
#include "ui/agreements/AgreementCommand.h"
#include "ui/common/RecordEditor.h"

#include <optional>

class CheckList;
class EvaluationPanel;
class KpiPanel;
class QLineEdit;
class QTabWidget;

/// Adds an agreement (id 0) or edits one with everything in it: partner, wards, linked initiatives, period, budget,
/// monitoring, the M&E flag, the next evaluation and the status on the first tab; KPIs with their measurements and
/// progress on the second; evaluations on the third. Saving writes it all as one undoable command; nothing is written
/// while a field is wrong (the message stands next to the field, on its tab).
class AgreementEditor final : public RecordEditor<AgreementRecordRepository, AgreementRecord>
{
    Q_OBJECT

public:
    enum Tab { GeneralTab, KpiTab, EvaluationTab };

    /// `wardId` preselects the ward of a new agreement.
    AgreementEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

    QTabWidget* tabs() const { return m_tabs; }
    KpiPanel* kpiPanel() const { return m_kpis; }
    EvaluationPanel* evaluationPanel() const { return m_evaluations; }
    CheckList* wardList() const { return m_wards; }
    CheckList* initiativeList() const { return m_initiatives; }
    /// Opens on the KPIs tab with this KPI selected (from a signal).
    void showKpi(qint64 kpiId);

    void accept() override;

protected:
    /// The agreement's own messages, but none about a date or amount that could not be read (nor about the end
    /// while the start cannot be read).
    void check(const AgreementRecord& record, QList<FieldError>& errors) const override;
    /// The KPIs with their measurements and the evaluations, which are edited in memory until OK.
    QStringList extraState() const override;

private:
    QWidget* createGeneralPage();
    void refreshInitiatives();
    void updatePeriod();

    QTabWidget* m_tabs;
    CheckList* m_wards = nullptr;
    CheckList* m_initiatives = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_end = nullptr;
    KpiPanel* m_kpis;
    EvaluationPanel* m_evaluations;
};
