#pragma once

#include "core/risk/RiskTypes.h"
#include "ui/common/EditorDialog.h"

class Document;
class QDoubleSpinBox;
class QLabel;

/// Settings > Risk weights...: the seven weights of the continuity risk of this database, with the defaults one
/// click away. Saved as one undoable command (RiskWeightsRepository); every score follows at once.
class RiskWeightsDialog final : public EditorDialog
{
    Q_OBJECT

public:
    RiskWeightsDialog(Document& document, QWidget* parent = nullptr);

    RiskWeights weights() const;
    void setWeights(const RiskWeights& weights);

protected:
    bool save(QList<FieldError>& errors) override;

private:
    void updateSum();

    Document& m_document;
    RiskWeights m_stored;
    QList<QDoubleSpinBox*> m_spins;
    QLabel* m_sum;
};
