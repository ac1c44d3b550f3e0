#include "RiskWeightsDialog.h"

#include "core/storage/RiskWeightsRepository.h"
#include "ui/Document.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/risk/RiskStyle.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

/// Stores a set of weights; undo stores the previous set again.
class RiskWeightsCommand final : public RecordCommand
{
public:
    RiskWeightsCommand(Document& document, const RiskWeights& before, const RiskWeights& after)
        : RecordCommand(document, QCoreApplication::translate("RiskWeightsDialog", "Change risk weights"))
        , m_before(before)
        , m_after(after)
    {
    }

protected:
    void apply(bool forward) override
    {
        RiskWeightsRepository(m_document.database()).save(forward ? m_after : m_before);
        // The scores of the initiatives change (the risk cache and the lists follow every change).
        m_document.notifyChanged(Document::Kind::Initiatives);
    }

private:
    RiskWeights m_before;
    RiskWeights m_after;
};

} // namespace

RiskWeightsDialog::RiskWeightsDialog(Document& document, QWidget* parent)
    : EditorDialog(parent)
    , m_document(document)
    , m_stored(RiskWeightsRepository(document.database()).load())
    , m_sum(new QLabel(this))
{
    setObjectName(u"riskWeightsDialog"_s);
    setWindowTitle(tr("Risk weights"));
    auto* intro = new QLabel(tr("How much each indicator counts in the continuity risk of this file. The weights "
                                "are relative: the score divides by their sum, so it stays between 0 and 100 and "
                                "the bands (low below 34, high from 67) keep their meaning."),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(420);
    form()->addRow(intro);
    for (const auto& entry : EnumTable<RiskIndicator>::entries) {
        auto* spin = new QDoubleSpinBox(this);
        const QString key = QString::fromLatin1(entry.key);
        spin->setObjectName(key + u"SpinBox"_s);
        // Wider than the valid range, so that the validation message can explain what is wrong.
        spin->setRange(-1.0, 2.0);
        spin->setDecimals(2);
        spin->setSingleStep(0.05);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RiskWeightsDialog::updateSum);
        addRow(RiskStyle::indicatorLabel(entry.value) + u':', key, spin);
        m_spins << spin;
    }
    m_sum->setObjectName(u"sumLabel"_s);
    form()->addRow(QString(), m_sum);

    auto* defaults = new QPushButton(tr("Restore &defaults"), this);
    defaults->setObjectName(u"defaultsButton"_s);
    connect(defaults, &QPushButton::clicked, this, [this] { setWeights(RiskWeights {}); });
    if (auto* box = findChild<QDialogButtonBox*>(u"buttonBox"_s)) {
        box->addButton(defaults, QDialogButtonBox::ResetRole);
    }
    setWeights(m_stored);
}

RiskWeights RiskWeightsDialog::weights() const
{
    RiskWeights w;
    for (int i = 0; i < Risk::IndicatorCount; ++i) {
        w.values[size_t(i)] = m_spins.at(i)->value();
    }
    return w;
}

void RiskWeightsDialog::setWeights(const RiskWeights& weights)
{
    for (int i = 0; i < Risk::IndicatorCount; ++i) {
        m_spins.at(i)->setValue(weights.values[size_t(i)]);
    }
    updateSum();
}

void RiskWeightsDialog::updateSum()
{
    m_sum->setText(tr("Sum of the weights: %1").arg(QLocale().toString(weights().sum(), 'f', 2)));
}

bool RiskWeightsDialog::save(QList<FieldError>& errors)
{
    const RiskWeights w = weights();
    errors = RiskWeightsRepository::validate(w);
    if (!errors.isEmpty()) {
        return false;
    }
    if (w != m_stored) {
        m_document.execute(std::make_unique<RiskWeightsCommand>(m_document, m_stored, w));
    }
    return true;
}
