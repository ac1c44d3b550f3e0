#include "GoalEditor.h"

#include "ui/Document.h"
#include "ui/common/Figures.h"
#include "ui/common/Inputs.h"
#include "ui/common/MeasurementTable.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/WardPicker.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

GoalEditor::GoalEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.goals().find(id) : std::nullopt)
    , m_ward(new QComboBox)
    , m_framework(new QComboBox)
    , m_indicator(new QLineEdit)
    , m_unit(new QLineEdit)
    , m_direction(new QComboBox)
    , m_baseline(new QLineEdit)
    , m_target(new QLineEdit)
    , m_start(Inputs::makeDateLineEdit(u"startDateLineEdit"_s))
    , m_targetDate(Inputs::makeDateLineEdit(u"targetDateLineEdit"_s))
    , m_measurements(new MeasurementTable(u"measurements"_s))
    , m_progress(new QLabel)
{
    setObjectName(u"goalEditor"_s);
    setWindowTitle(m_original ? tr("Edit ward goal") : tr("New ward goal"));
    m_ward->setObjectName(u"wardComboBox"_s);
    m_framework->setObjectName(u"frameworkComboBox"_s);
    m_indicator->setObjectName(u"indicatorLineEdit"_s);
    m_indicator->setPlaceholderText(tr("What is measured, e.g. Residents who feel safe"));
    m_unit->setObjectName(u"unitLineEdit"_s);
    m_direction->setObjectName(u"directionComboBox"_s);
    m_baseline->setObjectName(u"baselineLineEdit"_s);
    m_baseline->setPlaceholderText(tr("empty: the first measurement"));
    m_target->setObjectName(u"targetLineEdit"_s);
    m_progress->setObjectName(u"progressLabel"_s);
    m_progress->setWordWrap(true);
    WardPicker::fill(m_ward, document.wards().all(), tr("Choose a ward..."));
    m_framework->addItem(tr("No policy framework"), qint64(0));
    const QDate today = QDate::currentDate();
    for (const PolicyFramework& f : document.frameworks().all()) {
        m_framework->addItem(f.isOutdated(today) ? Figures::warningIcon() : QIcon(),
                             f.isOutdated(today) ? tr("%1 (outdated)").arg(f.title) : f.title, f.id);
    }
    for (Direction d : Enums::all<Direction>()) {
        m_direction->addItem(Enums::label(d), int(d));
    }
    addRow(tr("&Ward:"), u"ward"_s, m_ward);
    addRow(tr("&Indicator:"), u"indicator"_s, m_indicator);
    addRow(tr("&Unit:"), u"unit"_s, m_unit);
    addRow(tr("&Direction:"), u"direction"_s, m_direction);
    addRow(tr("&Baseline:"), u"baseline"_s, m_baseline);
    addRow(tr("&Target:"), u"target"_s, m_target);
    addRow(tr("&Start:"), u"start_date"_s, m_start);
    addRow(tr("Target &date:"), u"target_date"_s, m_targetDate);
    addRow(tr("Policy &framework:"), u"framework"_s, m_framework);
    addRow(tr("&Measurements:"), u"measurements"_s, m_measurements);
    addRow(QString(), u"progress"_s, m_progress);

    WardGoal g = m_original.value_or(WardGoal {});
    if (!m_original && wardId) {
        g.wardId = *wardId;
    }
    m_ward->setCurrentIndex(qMax(0, m_ward->findData(g.wardId)));
    m_framework->setCurrentIndex(qMax(0, m_framework->findData(g.frameworkId.value_or(0))));
    m_indicator->setText(g.indicator);
    m_unit->setText(g.unit);
    m_direction->setCurrentIndex(m_direction->findData(int(g.direction)));
    Figures::setNumber(m_baseline, g.baseline);
    if (m_original) {
        Figures::setNumber(m_target, g.target);
    }
    Inputs::setDate(m_start, g.startDate);
    Inputs::setDate(m_targetDate, g.targetDate);
    m_measurements->setMeasurements(g.measurements);
    connect(m_measurements, &MeasurementTable::changed, this, &GoalEditor::updateProgress);
    for (QLineEdit* edit : {m_baseline, m_target, m_start, m_targetDate}) {
        connect(edit, &QLineEdit::editingFinished, this, &GoalEditor::updateProgress);
    }
    connect(m_direction, &QComboBox::currentIndexChanged, this, &GoalEditor::updateProgress);
    updateProgress();
    resize(560, 660);
}

WardGoal GoalEditor::read(QList<FieldError>& errors) const
{
    WardGoal g = m_original.value_or(WardGoal {});
    g.wardId = m_ward->currentData().toLongLong();
    const qint64 framework = m_framework->currentData().toLongLong();
    g.frameworkId = framework > 0 ? std::optional<qint64>(framework) : std::nullopt;
    g.indicator = m_indicator->text().trimmed();
    g.unit = m_unit->text().trimmed();
    g.direction = Direction(m_direction->currentData().toInt());
    g.baseline = Figures::readNumber(m_baseline, u"baseline"_s, errors);
    g.target = Figures::readNumber(m_target, u"target"_s, errors, tr("Enter the target.")).value_or(0.0);
    g.startDate = Inputs::readDate(m_start, u"start_date"_s, errors);
    g.targetDate = Inputs::readDate(m_targetDate, u"target_date"_s, errors);
    g.measurements = m_measurements->measurements();
    return g;
}

void GoalEditor::updateProgress()
{
    QList<FieldError> errors;
    const WardGoal g = read(errors);
    if (!errors.isEmpty()) {
        m_progress->clear();
        return;
    }
    const Progress p = Progress::compute(Progress::inputFrom(g.baseline, g.target, g.direction, g.measurements,
                                                             g.startDate, g.targetDate, QDate::currentDate()));
    m_progress->setText(p.value ? tr("Progress: %1  %2").arg(Figures::progressText(p), Figures::statusText(p.status))
                                : tr("Progress: unknown. It needs a baseline and a measurement, or two measurements."));
}

bool GoalEditor::save(QList<FieldError>& errors)
{
    WardGoal g = read(errors);
    const bool numbersRead = errors.isEmpty();
    for (const FieldError& e : m_document.goals().validate(g)) {
        if (numbersRead || (e.field != u"target"_s && e.field != u"target_date"_s)) {
            errors << e;
        }
    }
    return saveRecord<GoalRepository>(m_document, Document::Kind::Goals, m_original, g, errors, tr("Add ward goal"),
                                      tr("Edit ward goal"));
}
