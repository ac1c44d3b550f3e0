#include "KpiEditor.h"

#include "ui/Document.h"

using namespace Qt::StringLiterals;

KpiEditor::KpiEditor(Document& document, const Kpi& kpi, bool isNew, QWidget* parent)
    : FieldEditor(kpi, isNew, parent)
    , m_document(document)
{
    setObjectName(u"kpiEditor"_s);
    setWindowTitle(isNew ? tr("New KPI") : tr("Edit KPI"));
    lineEdit(tr("&Name:"), u"name"_s, u"nameLineEdit"_s, &Kpi::name)
        ->setPlaceholderText(tr("What is measured, e.g. Reports of nuisance"));
    lineEdit(tr("&Unit:"), u"unit"_s, u"unitLineEdit"_s, &Kpi::unit)
        ->setPlaceholderText(tr("e.g. reports per quarter, %, residents"));
    enumBox(tr("&Direction:"), u"direction"_s, u"directionComboBox"_s, &Kpi::direction);
    numberEdit(tr("&Baseline:"), u"baseline"_s, u"baselineLineEdit"_s, &Kpi::baseline)
        ->setPlaceholderText(tr("empty: the first measurement"));
    numberEdit(tr("&Target:"), u"target"_s, u"targetLineEdit"_s, &Kpi::target, tr("Enter the target."));
    load();
    resize(440, sizeHint().height());
}

void KpiEditor::check(const Kpi& kpi, QList<FieldError>& errors) const
{
    const bool numbersRead = errors.isEmpty();
    for (const FieldError& e : m_document.kpis().validate(kpi)) {
        // The agreement may not be saved yet; the target is only compared once both numbers could be read.
        if (e.field == u"agreement"_s || (e.field == u"target"_s && !numbersRead)) {
            continue;
        }
        errors << e;
    }
}
