#include "KpiEditor.h"

#include "ui/Document.h"
#include "ui/common/Figures.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

KpiEditor::KpiEditor(Document& document, const Kpi& kpi, bool isNew, QWidget* parent)
    : EditorDialog(parent)
    , m_document(document)
    , m_kpi(kpi)
    , m_name(new QLineEdit)
    , m_unit(new QLineEdit)
    , m_baseline(new QLineEdit)
    , m_target(new QLineEdit)
    , m_direction(new QComboBox)
{
    setObjectName(u"kpiEditor"_s);
    setWindowTitle(isNew ? tr("New KPI") : tr("Edit KPI"));
    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setPlaceholderText(tr("What is measured, e.g. Reports of nuisance"));
    m_unit->setObjectName(u"unitLineEdit"_s);
    m_unit->setPlaceholderText(tr("e.g. reports per quarter, %, residents"));
    m_baseline->setObjectName(u"baselineLineEdit"_s);
    m_baseline->setPlaceholderText(tr("empty: the first measurement"));
    m_target->setObjectName(u"targetLineEdit"_s);
    m_direction->setObjectName(u"directionComboBox"_s);
    for (Direction d : Enums::all<Direction>()) {
        m_direction->addItem(Enums::label(d), int(d));
    }
    addRow(tr("&Name:"), u"name"_s, m_name);
    addRow(tr("&Unit:"), u"unit"_s, m_unit);
    addRow(tr("&Direction:"), u"direction"_s, m_direction);
    addRow(tr("&Baseline:"), u"baseline"_s, m_baseline);
    addRow(tr("&Target:"), u"target"_s, m_target);

    m_name->setText(kpi.name);
    m_unit->setText(kpi.unit);
    m_direction->setCurrentIndex(m_direction->findData(int(kpi.direction)));
    Figures::setNumber(m_baseline, kpi.baseline);
    if (!isNew) {
        Figures::setNumber(m_target, kpi.target);
    }
    resize(440, sizeHint().height());
}

bool KpiEditor::save(QList<FieldError>& errors)
{
    Kpi k = m_kpi;
    k.name = m_name->text().trimmed();
    k.unit = m_unit->text().trimmed();
    k.direction = Direction(m_direction->currentData().toInt());
    k.baseline = Figures::readNumber(m_baseline, u"baseline"_s, errors);
    const auto target = Figures::readNumber(m_target, u"target"_s, errors, tr("Enter the target."));
    k.target = target.value_or(0.0);
    const bool numbersRead = errors.isEmpty();
    for (const FieldError& e : m_document.kpis().validate(k)) {
        // The agreement may not be saved yet; the target is only compared once both numbers could be read.
        if (e.field == u"agreement"_s || (e.field == u"target"_s && !numbersRead)) {
            continue;
        }
        errors << e;
    }
    if (!errors.isEmpty()) {
        return false;
    }
    m_kpi = k;
    return true;
}
