#pragma once

#include "core/domain/Kpi.h"
#include "ui/common/EditorDialog.h"

class Document;
class QComboBox;
class QLineEdit;

/// Adds or edits one KPI of the agreement being edited, in memory: name, unit, baseline, target and direction.
/// A target on the wrong side of the baseline is refused next to the target field.
class KpiEditor final : public EditorDialog
{
    Q_OBJECT

public:
    KpiEditor(Document& document, const Kpi& kpi, bool isNew, QWidget* parent = nullptr);
    const Kpi& kpi() const { return m_kpi; }

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    Kpi m_kpi;
    QLineEdit* m_name;
    QLineEdit* m_unit;
    QLineEdit* m_baseline;
    QLineEdit* m_target;
    QComboBox* m_direction;
};
