#include "KpiPanel.h"

#include "ui/agreements/KpiEditor.h"
#include "ui/common/Figures.h"
#include "ui/common/MeasurementTable.h"
#include "ui/common/Palette.h"
#include "ui/common/ProgressDelegate.h"
#include "ui/common/RecordTable.h"

#include <QBrush>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

KpiListModel::KpiListModel(QObject* parent)
    : MemoryRowModel(parent)
{
    using namespace ListColumns;
    setColumns({
        text(QT_TR_NOOP("KPI"), &Kpi::name),
        text(QT_TR_NOOP("Unit"), &Kpi::unit),
        label(QT_TR_NOOP("Direction"), &Kpi::direction),
        {.title = QT_TR_NOOP("Baseline"),
         .shown = [](const Kpi& k) -> QVariant {
             return k.baseline ? Figures::number(*k.baseline) : tr("first measurement");
         }},
        {.title = QT_TR_NOOP("Target"),
         .shown = [](const Kpi& k) -> QVariant {
             return Figures::number(k.target);
         }},
        {.title = QT_TR_NOOP("Latest"),
         .shown = [this](const Kpi& k) -> QVariant {
             const Progress p = progress(k);
             return p.latest ? Figures::number(p.latest->value) : QString();
         },
         .alignRight = true},
        {.title = QT_TR_NOOP("Progress"),
         .shown = [this](const Kpi& k) -> QVariant { return Figures::progressText(progress(k)); },
         .alignRight = true},
        {.title = QT_TR_NOOP("Status"),
         .shown = [this](const Kpi& k) -> QVariant {
             return Figures::statusText(progress(k).status);
         }},
    });
}

void KpiListModel::setKpis(QList<Kpi> kpis)
{
    setRows(std::move(kpis));
}

void KpiListModel::setPeriod(const QDate& start, const QDate& end)
{
    m_start = start;
    m_end = end;
    if (!rows().isEmpty()) {
        emit dataChanged(index(0, Latest), index(rowCount() - 1, Status));
    }
}

void KpiListModel::setReferenceDate(const QDate& date)
{
    m_reference = date;
    setPeriod(m_start, m_end);
}

Progress KpiListModel::progressOf(int row) const
{
    return progress(rowAt(row));
}

Progress KpiListModel::progress(const Kpi& k) const
{
    return Progress::compute(Progress::inputFrom(k.baseline, k.target, k.direction, k.measurements, m_start, m_end,
                                                 m_reference.isValid() ? m_reference : QDate::currentDate()));
}

QVariant KpiListModel::cellData(const Kpi& row, int column, int role) const
{
    if (column < Latest) {
        return {};
    }
    const Progress p = progress(row);
    switch (role) {
    case Qt::ForegroundRole:
        return column == Status ? QVariant(QBrush(Palette::statusText(p.status))) : QVariant();
    case Figures::ProgressFractionRole:
        return column == ProgressColumn && p.clamped() ? QVariant(*p.clamped()) : QVariant();
    case Figures::ProgressStatusRole:
        return int(p.status);
    default:
        return {};
    }
}

KpiPanel::KpiPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new KpiListModel(this))
    , m_caption(new QLabel(this))
    , m_measurements(new MeasurementTable(u"measurements"_s, this))
    , m_progress(new QLabel(this))
{
    setObjectName(u"kpiPanel"_s);
    m_table = new RecordTable(u"kpis"_s, m_model,
                              {[this] { edit(-1); }, [this](qint64 id) { edit(int(id) - 1); },
                               [this](qint64 id) {
                                   QList<Kpi> list = m_model->kpis();
                                   list.removeAt(int(id) - 1);
                                   m_model->setKpis(list);
                                   showCurrent();
                               }},
                              this);
    m_table->setTitle(tr("KPIs"));
    m_table->tableView()->setItemDelegateForColumn(KpiListModel::ProgressColumn, new ProgressDelegate(this));
    m_caption->setObjectName(u"measurementsCaptionLabel"_s);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_progress->setObjectName(u"progressLabel"_s);
    m_progress->setWordWrap(true);

    connect(m_table->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KpiPanel::showCurrent);
    connect(m_measurements, &MeasurementTable::changed, this, [this] {
        const int row = currentRow();
        if (row < 0) {
            return;
        }
        QList<Kpi> list = m_model->kpis();
        list[row].measurements = m_measurements->measurements();
        m_model->setKpis(list);
        selectRow(row);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_caption);
    layout->addWidget(m_measurements, 2);
    layout->addWidget(m_progress);
    showCurrent();
}

void KpiPanel::setKpis(const QList<Kpi>& kpis)
{
    m_model->setKpis(kpis);
    if (!kpis.isEmpty()) {
        selectRow(0);
    }
    showCurrent();
}

void KpiPanel::setPeriod(const QDate& start, const QDate& end)
{
    m_model->setPeriod(start, end);
    showCurrent();
}

void KpiPanel::selectKpi(qint64 kpiId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->kpis().at(row).id == kpiId) {
            selectRow(row);
            return;
        }
    }
}

void KpiPanel::selectRow(int row)
{
    m_table->tableView()->selectRow(row);
    showCurrent();
}

int KpiPanel::currentRow() const
{
    const QModelIndexList rows = m_table->tableView()->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void KpiPanel::edit(int row)
{
    const bool isNew = row < 0 || row >= m_model->rowCount();
    KpiEditor editor(m_document, isNew ? Kpi {} : m_model->kpis().at(row), isNew, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    QList<Kpi> list = m_model->kpis();
    if (isNew) {
        list << editor.kpi();
        row = int(list.size()) - 1;
    } else {
        list[row] = editor.kpi();
    }
    m_model->setKpis(list);
    selectRow(row);
}

void KpiPanel::showCurrent()
{
    const int row = currentRow();
    m_measurements->setEnabled(row >= 0);
    if (row < 0) {
        m_caption->setText(m_model->rowCount() == 0 ? tr("Add a KPI: what the partner will achieve, measurably.")
                                                    : tr("Select a KPI to see and add its measurements."));
        m_measurements->setMeasurements({});
        m_progress->clear();
        return;
    }
    const Kpi& k = m_model->kpis().at(row);
    m_caption->setText(tr("Measurements of \u201c%1\u201d").arg(k.name));
    m_measurements->setUnit(k.unit);
    m_measurements->setMeasurements(k.measurements);
    const Progress p = m_model->progressOf(row);
    if (!p.value) {
        m_progress->setText(tr("Progress: unknown. It needs a baseline and a measurement, or two measurements."));
        return;
    }
    QString text = tr("Progress: %1 of the way from %2 to the target %3.")
                       .arg(Figures::progressText(p), Figures::number(p.baselineUsed), Figures::number(k.target));
    if (p.expected) {
        text += u' ' + tr("Expected by now: %1.").arg(Figures::percent(*p.expected));
    }
    if (p.baselineFromFirstMeasurement) {
        text += u' ' + tr("(No baseline: the first measurement is used.)");
    }
    m_progress->setText(text + u"  "_s + Figures::statusText(p.status));
}
