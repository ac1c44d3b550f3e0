#include "MeasurementTable.h"

#include "ui/common/ColumnTitles.h"
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
    : QAbstractTableModel(parent)
{
}

void MeasurementListModel::setMeasurements(QList<Measurement> measurements)
{
    sortByDate(measurements);
    beginResetModel();
    m_measurements = std::move(measurements);
    endResetModel();
}

int MeasurementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_measurements.size());
}

int MeasurementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Measurement& m = m_measurements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return Inputs::listDate(m.date);
        case Value:
            return m_unit.isEmpty() ? Figures::number(m.value) : Figures::number(m.value) + u' ' + m_unit;
        case Note:
            return m.note;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::UserRole:
        return qint64(index.row() + 1);
    default:
        return {};
    }
}

QVariant MeasurementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header(*this, {tr("Date"), tr("Value"), tr("Note")}, section, orientation, role);
}

MeasurementEditor::MeasurementEditor(const Measurement& measurement, bool isNew, QWidget* parent)
    : EditorDialog(parent)
    , m_measurement(measurement)
    , m_date(Inputs::makeDateLineEdit(u"dateLineEdit"_s))
    , m_value(new QLineEdit)
    , m_note(new QLineEdit)
{
    setObjectName(u"measurementEditor"_s);
    setWindowTitle(isNew ? tr("New measurement") : tr("Edit measurement"));
    m_value->setObjectName(u"valueLineEdit"_s);
    m_note->setObjectName(u"noteLineEdit"_s);
    addRow(tr("&Date:"), u"date"_s, m_date);
    addRow(tr("&Value:"), u"value"_s, m_value);
    addRow(tr("&Note:"), u"note"_s, m_note);
    Inputs::setDate(m_date, measurement.date);
    if (!isNew) {
        Figures::setNumber(m_value, measurement.value);
    }
    m_note->setText(measurement.note);
    resize(380, sizeHint().height());
}

bool MeasurementEditor::save(QList<FieldError>& errors)
{
    Measurement m = m_measurement;
    m.date = Inputs::readDate(m_date, u"date"_s, errors);
    if (!m.date.isValid() && m_date->text().trimmed().isEmpty()) {
        errors.append({u"date"_s, tr("Enter the date of the measurement.")});
    }
    const auto value = Figures::readNumber(m_value, u"value"_s, errors, tr("Enter the measured value."));
    m.value = value.value_or(0.0);
    m.note = m_note->text().trimmed();
    if (!errors.isEmpty()) {
        return false;
    }
    m_measurement = m;
    return true;
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
