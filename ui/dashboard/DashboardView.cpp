#include "DashboardView.h"

#include "ui/Document.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/ChartTable.h"
#include "ui/dashboard/RiskCharts.h"
#include "ui/risk/RiskCache.h"

#include <QApplication>
#include <QChart>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_date(new QDateEdit(this))
    , m_scope(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(u"dashboardView"_s);
    m_date->setObjectName(u"referenceDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setToolTip(tr("The risk is computed over the twelve months before this date"));
    m_scope->setObjectName(u"scopeLabel"_s);
    QFont bold = m_scope->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_scope->setFont(bold);

    auto* today = new QPushButton(tr("Today"), this);
    today->setObjectName(u"todayButton"_s);
    connect(today, &QPushButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_document) {
            RiskCache::of(*m_document).setReferenceDate(date);
        }
        refresh();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addStretch(1);
    auto* dateLabel = new QLabel(tr("Reference date:"), this);
    dateLabel->setObjectName(u"referenceDateLabel"_s);
    dateLabel->setBuddy(m_date);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addWidget(today);

    auto* content = new QWidget(this);
    content->setObjectName(u"dashboardContent"_s);
    content->setLayout(m_grid);
    m_grid->setSpacing(12);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScrollArea"_s);
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    m_riskCharts = new RiskCharts(*this);
}

DashboardView::~DashboardView() = default;

void DashboardView::setDocument(Document* document)
{
    m_document = document;
    if (document) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(RiskCache::of(*document).effectiveDate());
    }
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void DashboardView::setWardFilter(std::optional<qint64> wardId)
{
    if (m_wardFilter == wardId) {
        return;
    }
    m_wardFilter = wardId;
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

QDate DashboardView::referenceDate() const
{
    return m_document ? RiskCache::of(*m_document).effectiveDate() : m_date->date();
}

QWidget* DashboardView::addSection(const QString& title, QWidget* widget)
{
    auto* frame = new QFrame;
    frame->setObjectName(u"dashboardSection"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* label = new QLabel(title, frame);
    label->setObjectName(u"sectionTitleLabel"_s);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto* header = new QHBoxLayout;
    header->addWidget(label, 1);
    QWidget* body = widget;
    if (auto* chart = qobject_cast<ChartPanel*>(widget)) {
        // The chart shows its own title (also in the PNG); the frame keeps only the buttons.
        if (chart->chart() && chart->chart()->title() == title) {
            label->hide();
            header->addStretch(1);
        }
        // The same values as a table, for the keyboard and screen readers: Enter on a value clicks through.
        auto* stack = new QStackedWidget(frame);
        stack->setObjectName(u"chartStackedWidget"_s);
        auto* table = new ChartTable(chart, stack);
        stack->addWidget(chart);
        stack->addWidget(table);
        auto* asTable = new QPushButton(tr("Table"), frame);
        asTable->setObjectName(u"showTableButton"_s);
        asTable->setCheckable(true);
        asTable->setFlat(true);
        asTable->setToolTip(tr("Show the values of this chart as a table"));
        asTable->setAccessibleName(tr("Show as table"));
        asTable->setAccessibleDescription(chart->title());
        connect(asTable, &QPushButton::toggled, stack, [stack, chart, table](bool on) {
            const bool hadFocus = stack->isAncestorOf(QApplication::focusWidget());
            if (on) {
                table->refill();
            }
            stack->setCurrentWidget(on ? static_cast<QWidget*>(table) : chart);
            if (hadFocus) {
                stack->currentWidget()->setFocus(Qt::OtherFocusReason);
            }
        });
        connect(chart, &ChartPanel::chartChanged, asTable,
                [asTable, chart] { asTable->setAccessibleDescription(chart->title()); });
        connect(chart, &ChartPanel::tableRequested, asTable, [asTable, table] {
            asTable->setChecked(true);
            table->setFocus(Qt::OtherFocusReason);
            if (!table->currentIndex().isValid() && table->model()->rowCount() > 0) {
                table->setCurrentIndex(table->model()->index(0, 0));
            }
        });
        header->addWidget(asTable);
        auto* save = new QPushButton(tr("Save as PNG..."), frame);
        save->setObjectName(u"savePngButton"_s);
        save->setFlat(true);
        save->setAccessibleDescription(chart->title());
        connect(save, &QPushButton::clicked, chart, &ChartPanel::saveAs);
        header->addWidget(save);
        body = stack;
    }
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(header);
    if (qobject_cast<ChartPanel*>(widget)) {
        // A chart with a bar per ward grows with the wards (110 in a large municipality, each label readable):
        // it scrolls inside its place instead of squeezing the labels until every other one is left out.
        auto* scroll = new QScrollArea(frame);
        scroll->setObjectName(u"chartScrollArea"_s);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setWidget(body);
        scroll->setMinimumHeight(widget->minimumHeight());
        scroll->setMaximumHeight(qMax(widget->minimumHeight(), 420));
        layout->addWidget(scroll, 1);
    } else {
        layout->addWidget(body, 1);
    }
    const int index = m_grid->count();
    m_grid->addWidget(frame, index / 2, index % 2);
    return frame;
}

ChartPanel* DashboardView::addChart(const QString& title, QChart* chart)
{
    auto* panel = new ChartPanel(chart);
    addSection(title, panel);
    return panel;
}

QList<ChartPanel*> DashboardView::chartPanels() const
{
    return findChildren<ChartPanel*>();
}

void DashboardView::refresh()
{
    m_stale = false;
    QString scope;
    if (m_document) {
        scope = m_document->municipality().isEmpty() ? m_document->fileName() : m_document->municipality();
        if (m_wardFilter) {
            if (const auto ward = m_document->wards().find(*m_wardFilter)) {
                scope = u"%1 \u2013 %2"_s.arg(scope, ward->name);
            }
        } else {
            scope = tr("%1 \u2013 all wards").arg(scope);
        }
    }
    m_scope->setText(scope);
    emit contextChanged();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}
