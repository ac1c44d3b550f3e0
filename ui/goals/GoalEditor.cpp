#include "GoalEditor.h"

#include "ui/common/MeasurementTable.h"

#include <QLabel>

using namespace Qt::StringLiterals;

GoalEditor::GoalEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : RecordEditor(document, id, Document::Kind::Goals, tr("Add ward goal"), tr("Edit ward goal"), parent)
{
    setObjectName(u"goalEditor"_s);
    setWindowTitle(isNew() ? tr("New ward goal") : tr("Edit ward goal"));
    if (isNew() && wardId) {
        record().wardId = *wardId;
    }
    wardBox(tr("&Ward:"), u"ward"_s, u"wardComboBox"_s, &WardGoal::wardId, document.wards().all(),
            tr("Choose a ward..."));
    lineEdit(tr("&Indicator:"), u"indicator"_s, u"indicatorLineEdit"_s, &WardGoal::indicator)
        ->setPlaceholderText(tr("What is measured, e.g. Residents who feel safe"));
    lineEdit(tr("&Unit:"), u"unit"_s, u"unitLineEdit"_s, &WardGoal::unit);
    QComboBox* direction = enumBox(tr("&Direction:"), u"direction"_s, u"directionComboBox"_s, &WardGoal::direction);
    QLineEdit* baseline = numberEdit(tr("&Baseline:"), u"baseline"_s, u"baselineLineEdit"_s, &WardGoal::baseline);
    baseline->setPlaceholderText(tr("empty: the first measurement"));
    QLineEdit* target
        = numberEdit(tr("&Target:"), u"target"_s, u"targetLineEdit"_s, &WardGoal::target, tr("Enter the target."));
    QLineEdit* start = dateEdit(tr("&Start:"), u"start_date"_s, u"startDateLineEdit"_s, &WardGoal::startDate);
    QLineEdit* targetDate
        = dateEdit(tr("Target &date:"), u"target_date"_s, u"targetDateLineEdit"_s, &WardGoal::targetDate);
    idBox(tr("Policy &framework:"), u"framework"_s, u"frameworkComboBox"_s, &WardGoal::frameworkId,
          [&](QComboBox* combo) {
              combo->addItem(tr("No policy framework"), qint64(0));
              const QDate today = QDate::currentDate();
              for (const PolicyFramework& f : document.frameworks().all()) {
                  combo->addItem(f.isOutdated(today) ? Figures::warningIcon() : QIcon(),
                                 f.isOutdated(today) ? tr("%1 (outdated)").arg(f.title) : f.title, f.id);
              }
          });
    m_measurements = field(
        tr("&Measurements:"), u"measurements"_s, new MeasurementTable(u"measurements"_s),
        [this](const WardGoal& g) { m_measurements->setMeasurements(g.measurements); },
        [this](WardGoal& g, QList<FieldError>&) { g.measurements = m_measurements->measurements(); });
    m_progress = named(new QLabel, u"progressLabel"_s);
    m_progress->setWordWrap(true);
    row(QString(), u"progress"_s, m_progress);
    load();

    connect(m_measurements, &MeasurementTable::changed, this, &GoalEditor::updateProgress);
    for (QLineEdit* edit : {baseline, target, start, targetDate}) {
        connect(edit, &QLineEdit::editingFinished, this, &GoalEditor::updateProgress);
    }
    connect(direction, &QComboBox::currentIndexChanged, this, &GoalEditor::updateProgress);
    updateProgress();
    resize(560, 660);
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

void GoalEditor::check(const WardGoal& goal, QList<FieldError>& errors) const
{
    const bool numbersRead = errors.isEmpty();
    for (const FieldError& e : repository().validate(goal)) {
        if (numbersRead || (e.field != u"target"_s && e.field != u"target_date"_s)) {
            errors << e;
        }
    }
}
