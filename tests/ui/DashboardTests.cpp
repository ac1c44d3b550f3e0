// The dashboard on the small demo: the charts build, click through to the filtered lists, save as PNG; and the
// hidden screenshot test.
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "tests/ui/AllWindows.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/LazyTableModel.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/ChartTable.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/RiskCharts.h"
#include "ui/initiatives/InitiativeModel.h"
#include "ui/initiatives/InitiativeView.h"
#include "ui/risk/RiskBreakdownWidget.h"
#include "ui/risk/RiskCache.h"

#include <QAbstractBarSeries>
#include <QAccessible>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// The dashboard of an opened window, shown, with its background charts built.
RiskCharts* openDashboard(MainWindow& window)
{
    window.resize(1280, 900);
    window.show();
    RiskCharts* charts = showDashboardCharts(window, 60000);
    // The band chart waits for the cache's background pass.
    for (int i = 0; i < 600 && !RiskCache::of(*window.document()).peek(); ++i) {
        QTest::qWait(50);
    }
    QApplication::processEvents();
    return charts;
}

QBarSet* setNamed(QChart* chart, const QString& label)
{
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                if (set->label() == label) {
                    return set;
                }
            }
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("dashboard_buildsTheRiskChartsOnTheSmallDemo", "[ui][dashboard]")
{
    SmallDemoWindow demo;
    MainWindow& window = demo.window;
    RiskCharts* charts = openDashboard(window);

    // Risk bands per ward: three stacked sets named by band, their counts adding up to the scored initiatives.
    QChart* bands = charts->bandsPanel()->chart();
    const QHash<qint64, RiskScore>* scores = RiskCache::of(*window.document()).peek();
    REQUIRE(scores);
    int total = 0;
    for (RiskBand band : {RiskBand::Low, RiskBand::Medium, RiskBand::High}) {
        QBarSet* set = setNamed(bands, Enums::label(band));
        REQUIRE(set);
        CHECK(set->sum() > 0); // every band is on the demo
        total += int(set->sum());
    }
    CHECK(total == scores->size());
    CHECK(bands->legend()->isVisible());

    // Trend: twelve month ends; key persons pseudonymised; twelve months of hours; the engagement mix.
    REQUIRE(charts->trendPanel()->chart()->series().size() == 2);
    CHECK(qobject_cast<QLineSeries*>(charts->trendPanel()->chart()->series().first())->count() == 12);
    const auto keySeries = qobject_cast<QAbstractBarSeries*>(charts->keyPersonsPanel()->chart()->series().first());
    REQUIRE(keySeries);
    REQUIRE(keySeries->barSets().size() == 1);
    CHECK(keySeries->barSets().first()->count() > 0);
    const auto hourSeries = qobject_cast<QAbstractBarSeries*>(charts->hoursPanel()->chart()->series().first());
    REQUIRE(hourSeries);
    CHECK(hourSeries->barSets().first()->count() == 12);
    CHECK(hourSeries->barSets().first()->sum() > 0);
    CHECK(setNamed(charts->engagementPanel()->chart(), Enums::label(Engagement::Structural))->sum() > 0);

    // The pipeline per ward: four flows; the demo has residents who moved up, joined and left in the last year.
    auto* pipeline = child<ChartPanel>(window.dashboard(), u"pipelineChartView"_s);
    for (const QString& flow : {RiskCharts::tr("ad hoc to core member"), RiskCharts::tr("core member to lead"),
                                RiskCharts::tr("new residents"), RiskCharts::tr("residents who left")}) {
        INFO(flow.toStdString());
        QBarSet* set = setNamed(pipeline->chart(), flow);
        REQUIRE(set);
        CHECK(set->sum() > 0);
    }

    // Every chart saves as PNG.
    for (ChartPanel* panel : window.dashboard()->chartPanels()) {
        const QString png = demo.dir.filePath(panel->objectName() + u".png"_s);
        REQUIRE(panel->savePng(png));
        CHECK(QImage(png).width() > 100);
    }
    window.closeFile();
}

TEST_CASE("dashboard_clickOnHighOfAWardOpensTheListFilteredOnWardAndHighRisk", "[ui][dashboard]")
{
    SmallDemoWindow demo;
    MainWindow& window = demo.window;
    RiskCharts* charts = openDashboard(window);
    QBarSet* high = setNamed(charts->bandsPanel()->chart(), Enums::label(RiskBand::High));
    REQUIRE(high);
    // The top category holds the ward with the most high-risk initiatives (the last index: bars go bottom-up).
    const int index = high->count() - 1;
    const int highInWard = int(high->at(index));
    REQUIRE(highInWard > 0);
    emit high->clicked(index);
    QApplication::processEvents(); // the click navigates after the chart's own handler

    CHECK(window.currentView() == MainWindow::Initiatives);
    const auto ward = window.wardFilter();
    REQUIRE(ward);
    auto* view = static_cast<InitiativeView*>(window.view(MainWindow::Initiatives));
    CHECK(view->riskBandFilter() == RiskBand::High);
    CHECK(view->findChild<QComboBox*>(u"riskComboBox"_s)->currentText() == u"High risk only"_s);
    LazyTableModel* model = view->model();
    CHECK(model->totalCount() == highInWard);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->data(model->index(row, 0), InitiativeModel::WardIdRole).toLongLong() == *ward);
        CHECK(model->data(model->index(row, 0), InitiativeModel::RiskBandKeyRole).toString() == u"high"_s);
    }
    // Back to all bands from the list's own filter.
    view->setRiskBandFilter(std::nullopt);
    CHECK(model->totalCount() > highInWard);
    window.closeFile();
}

// Not run by default: `ui_tests "[screenshot]"` writes the dashboard and an initiative's risk breakdown of the
// small demo, in Dutch, to WIJKREGIE_SCREENSHOT_DIR (default: the current folder).
TEST_CASE("dashboard_screenshotsOfTheDashboardAndTheRiskBreakdown", "[.][screenshot]")
{
    Translations::install(u"nl"_s);
    SmallDemoWindow demo;
    MainWindow& window = demo.window;
    const QDir out(qEnvironmentVariable("WIJKREGIE_SCREENSHOT_DIR", u"."_s));
    openDashboard(window);
    window.resize(1366, 768 - 40); // the office laptop less a taskbar: the dashboard scrolls
    QTest::qWait(300);
    CHECK(window.grab().save(out.filePath(u"screenshot-dashboard.png"_s)));

    // The initiatives list sorted by risk, the riskiest one selected with its breakdown.
    window.setCurrentView(MainWindow::Initiatives);
    auto* view = static_cast<InitiativeView*>(window.view(MainWindow::Initiatives));
    view->tableView()->sortByColumn(InitiativeModel::RiskScoreColumn, Qt::DescendingOrder);
    view->tableView()->selectRow(0);
    QApplication::processEvents();
    CHECK(view->riskBreakdown()->sentences().size() == 7);
    QTest::qWait(200);
    CHECK(window.grab().save(out.filePath(u"screenshot-risk.png"_s)));
    window.closeFile();
}

// Screen reader and keyboard: every chart is named and described, and its table clicks through by keyboard.
TEST_CASE("accessibility_chartsHaveNamesDescriptionsAndATableThatClicksThroughByKeyboard", "[ui][dashboard][a11y]")
{
    SmallDemoWindow demo;
    MainWindow& window = demo.window;
    window.activateWindow();
    RiskCharts* charts = openDashboard(window);

    const QList<ChartPanel*> panels = window.dashboard()->chartPanels();
    REQUIRE(panels.size() == 10); // with the pipeline per ward
    for (ChartPanel* panel : panels) {
        INFO(panel->objectName().toStdString());
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(panel);
        REQUIRE(iface);
        CHECK(iface->text(QAccessible::Name) == panel->accessibleName());
        CHECK_FALSE(panel->accessibleName().isEmpty());
        // One sentence: a capital, a full stop at the end and none before.
        const QString description = iface->text(QAccessible::Description);
        CHECK(description.endsWith(u'.'));
        CHECK(description.count(u". "_s) == 0);
        CHECK(panel->focusPolicy() & Qt::TabFocus);
        auto* table = panel->parentWidget()->findChild<ChartTable*>();
        REQUIRE(table);
        table->refill();
        CHECK(table->model()->rowCount() > 0);
        CHECK(table->model()->columnCount() >= 2);
        CHECK(table->accessibleName().contains(panel->title()));
        // The table is a real table to a screen reader: rows, columns, headers and cells.
        QAccessibleInterface* tableIface = QAccessible::queryAccessibleInterface(table);
        REQUIRE(tableIface);
        QAccessibleTableInterface* cells = tableIface->tableInterface();
        REQUIRE(cells);
        CHECK(cells->rowCount() == table->model()->rowCount());
        REQUIRE(cells->cellAt(0, 1));
        CHECK(cells->cellAt(0, 1)->text(QAccessible::Name) == table->model()->index(0, 1).data().toString());
    }

    // By keyboard: focus the band chart, Enter shows its table, Enter on the top ward's high value opens the
    // initiatives list filtered on that ward and the high band.
    ChartPanel* bands = charts->bandsPanel();
    bands->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    REQUIRE(QApplication::focusWidget() == bands);
    QTest::keyClick(bands, Qt::Key_Return);
    QApplication::processEvents();
    auto* table = qobject_cast<ChartTable*>(QApplication::focusWidget());
    REQUIRE(table);
    CHECK(table->isVisible());
    CHECK_FALSE(bands->isVisible());
    const int highColumn = 3; // ward, low, medium, high
    REQUIRE(table->model()->headerData(highColumn, Qt::Horizontal).toString() == Enums::label(RiskBand::High));
    int row = 0;
    while (row < table->model()->rowCount() && table->model()->index(row, highColumn).data().toString() == u"0"_s) {
        ++row;
    }
    REQUIRE(row < table->model()->rowCount());
    table->setCurrentIndex(table->model()->index(row, highColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QApplication::processEvents();
    QApplication::processEvents();
    CHECK(window.currentView() == MainWindow::Initiatives);
    CHECK(window.wardFilter().has_value());
    window.closeFile();
}
