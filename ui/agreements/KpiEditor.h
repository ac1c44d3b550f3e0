#pragma once

#include "core/domain/Kpi.h"
#include "ui/common/FieldEditor.h"

class Document;

/// Adds or edits one KPI of the agreement being edited, in memory: name, unit, baseline, target and direction.
/// A target on the wrong side of the baseline is refused next to the target field.
class KpiEditor final : public FieldEditor<Kpi>
{
    Q_OBJECT

public:
    KpiEditor(Document& document, const Kpi& kpi, bool isNew, QWidget* parent = nullptr);
    /// The KPI as accepted.
    const Kpi& kpi() const { return record(); }

protected:
    /// The repository's messages, but not that the agreement is not saved yet, nor about the target while a number
    /// cannot be read.
    void check(const Kpi& kpi, QList<FieldError>& errors) const override;

private:
    Document& m_document;
};
