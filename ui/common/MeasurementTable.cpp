#include "MeasurementTable.h"

#include "ui/common/Figures.h"
#include "ui/common/Inputs.h"
#include "ui/common/RecordTable.h"

#include <QLineEdit>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
void sortByDate(QList<Measurement>& measurements)
{
    std::stable_sort(measurements.begin(), measurements.end(),
                     [](const Measurement& a, const Measurement& b) { return a.date < b.date; });
}
} // namespace

MeasurementListModel::MeasurementListModel(QObject* parent)
    : MemoryRowModel(parent)
{
    setColumns({
        {.title = QT_TR_NOOP("Date"),
         .shown = [](const Measurement& m) -> QVariant {
             return Inputs::listDate(m.date);
         }},
        {.title = QT_TR_NOOP("Value"),
         .shown = [this](const Measurement& m) -> QVariant {
             return m_unit.isEmpty() ? Figures::number(m.value) : Figures::number(m.value) + u' ' + m_unit;
         },
         .alignRight = true},
        ListColumns::text(QT_TR_NOOP("Note"), &Measurement::note),
    });
}

void MeasurementListModel::setMeasurements(QList<Measurement> measurements)
{
    sortByDate(measurements);
    setRows(std::move(measurements));
}

MeasurementEditor::MeasurementEditor(const Measurement& measurement, bool isNew, QWidget* parent)
    : FieldEditor(measurement, isNew, parent)
{
    setObjectName(u"measurementEditor"_s);
    setWindowTitle(isNew ? tr("New measurement") : tr("Edit measurement"));
    dateEdit(tr("&Date:"), u"date"_s, u"dateLineEdit"_s, &Measurement::date, tr("Enter the date of the measurement."));
    numberEdit(tr("&Value:"), u"value"_s, u"valueLineEdit"_s, &Measurement::value, tr("Enter the measured value."));
    lineEdit(tr("&Note:"), u"note"_s, u"noteLineEdit"_s, &Measurement::note);
    load();
    resize(380, sizeHint().height());
}

MeasurementTable::MeasurementTable(const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_model(new MeasurementListModel(this))
{
    setObjectName(name + u"MeasurementTable"_s);
    m_table = new RecordTable(name, m_model,
                              {[this] { edit(-1); }, [this](qint64 id) { edit(int(id) - 1); },
                               [this](qint64 id) {
                                   QList<Measurement> list = m_model->measurements();
                                   list.removeAt(int(id) - 1);
                                   m_model->setMeasurements(list);
                                   emit changed();
                               }},
                              this);
    m_table->setTitle(tr("Measurements"));
    setFocusProxy(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void MeasurementTable::setMeasurements(const QList<Measurement>& measurements)
{
    m_model->setMeasurements(measurements);
}

void MeasurementTable::addMeasurement(const Measurement& measurement)
{
    QList<Measurement> list = m_model->measurements();
    list << measurement;
    m_model->setMeasurements(list);
    emit changed();
}

void MeasurementTable::edit(int row)
{
    const bool isNew = row < 0 || row >= m_model->rowCount();
    Measurement m;
    if (isNew) {
        m.date = QDate::currentDate();
    } else {
        m = m_model->measurements().at(row);
    }
    MeasurementEditor editor(m, isNew, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    QList<Measurement> list = m_model->measurements();
    if (isNew) {
        list << editor.measurement();
    } else {
        list[row] = editor.measurement();
    }
    m_model->setMeasurements(list);
    emit changed();
}
