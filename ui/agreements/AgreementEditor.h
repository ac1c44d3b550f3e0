#pragma once

#include "core/domain/Agreement.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class CheckList;
class Document;
class EvaluationPanel;
class KpiPanel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

/// Adds an agreement (id 0) or edits one with everything in it: partner, wards, linked initiatives, period, budget,
/// monitoring, the M&E flag, the next evaluation and the status on the first tab; KPIs with their measurements and
/// progress on the second; evaluations on the third. Saving writes it all as one undoable command; nothing is written
/// while a field is wrong (the message stands next to the field, on its tab).
class AgreementEditor final : public EditorDialog
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
    bool save(QList<FieldError>& errors) override;
    /// The KPIs with their measurements and the evaluations, which are edited in memory until OK.
    QStringList extraState() const override;

private:
    QWidget* createGeneralPage();
    void refreshInitiatives();
    void updatePeriod();

    Document& m_document;
    std::optional<AgreementRecord> m_original;
    QTabWidget* m_tabs;
    QComboBox* m_partner;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    CheckList* m_wards;
    CheckList* m_initiatives;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QLineEdit* m_budget;
    QComboBox* m_monitoring;
    QCheckBox* m_monitoringAgreed;
    QLineEdit* m_nextEvaluation;
    QComboBox* m_status;
    KpiPanel* m_kpis;
    EvaluationPanel* m_evaluations;
};
