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
