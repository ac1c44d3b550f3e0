// The list models of partners, agreements, ward goals, participation and the support map under
// QAbstractItemModelTester, with their markings; and a chart click-through that sets the list's filter.
#include "core/storage/Database.h"
#include "tests/ui/AgreementTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/agreements/AgreementModel.h"
#include "ui/agreements/AgreementView.h"
#include "ui/agreements/EvaluationPanel.h"
#include "ui/agreements/KpiPanel.h"
#include "ui/common/Figures.h"
#include "ui/common/MeasurementTable.h"
#include "ui/dashboard/AgreementCharts.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/goals/GoalModel.h"
#include "ui/participation/ParticipationModel.h"
#include "ui/participation/ParticipationView.h"
#include "ui/partners/PartnerModel.h"
#include "ui/signals/SignalsView.h"
#include "ui/supportmap/SupportMapModels.h"
#include "ui/supportmap/SupportMapViews.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QListWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Tester = QAbstractItemModelTester;

namespace {

/// Fills the fixture with a bit of everything.
void fill(AgreementFixture& f)
{
    Document& d = f.doc();
    Agreement a = f.agreement();
    f.insert(a);
    Agreement noMe = f.agreement(u"Schoon plein"_s);
    noMe.monitoringAgreed = false;
    noMe.nextEvaluation = QDate(2025, 5, 1);
    noMe.endDate = QDate(2025, 8, 31);
    f.insert(noMe);

    PolicyFramework framework;
    framework.title = u"Wijkvisie 2020"_s;
    framework.reviewBy = QDate(2024, 12, 31);
    const qint64 frameworkId = d.frameworks().insert(framework);
    WardGoal g;
    g.wardId = f.ward;
    g.frameworkId = frameworkId;
    g.indicator = u"Ervaren veiligheid"_s;
    g.unit = u"rapportcijfer"_s;
    g.baseline = 6.0;
    g.target = 7.5;
    g.startDate = QDate(2025, 1, 1);
    g.targetDate = QDate(2026, 12, 31);
    g.measurements = {Measurement {0, QDate(2025, 4, 1), 6.6, {}}};
    d.goals().insert(g);

    ParticipationMoment m;
    m.wardId = f.ward;
    m.date = QDate(2025, 3, 12);
    m.kind = ParticipationKind::ResidentsEvening;
    m.channel = Channel::Physical;
    m.participants = 45;
    d.participation().insert(m);
    m.date = QDate(2025, 4, 2);
    m.kind = ParticipationKind::OnlinePoll;
    m.channel = Channel::Digital;
    m.participants = 210;
    d.participation().insert(m);

    Need need;
    need.wardId = f.ward;
    need.themeId = f.theme;
    need.description = u"Ontmoetingsplek"_s;
    d.needs().insert(need);
    Offer offer;
    offer.wardId = f.ward2;
    offer.themeId = f.theme;
    offer.description = u"Koffieochtend"_s;
    offer.initiativeId = f.initiative;
    d.offers().insert(offer);
}

} // namespace

TEST_CASE("agreementModels_passTheModelTester_andMarkWhatIsMissing", "[agreementui][models]")
{
    AgreementFixture f;
    fill(f);
    Document& d = f.doc();
    ListQuery query;
    query.referenceDate = AgreementFixture::Reference;

    PartnerModel partners(d.partners());
    Tester partnersTester(&partners, Tester::FailureReportingMode::Fatal);
    partners.setQuery(query);
    REQUIRE(partners.rowCount() == 1);
    CHECK(partners.index(0, PartnerModel::Agreements).data().toString() == u"2 (2 active)"_s);

    AgreementModel agreements(d.agreements());
    Tester agreementsTester(&agreements, Tester::FailureReportingMode::Fatal);
    agreements.setQuery(query);
    REQUIRE(agreements.rowCount() == 2);
    const int noMe = agreements.index(0, 0).data().toString() == u"Schoon plein"_s ? 0 : 1;
    CHECK(agreements.index(noMe, AgreementModel::MonitoringAgreed).data().toString().contains(u"missing"_s));
    CHECK_FALSE(agreements.index(noMe, AgreementModel::MonitoringAgreed).data(Qt::DecorationRole).isNull());
    CHECK(agreements.index(1 - noMe, AgreementModel::MonitoringAgreed).data().toString().contains(u"agreed"_s));
    CHECK(agreements.index(noMe, AgreementModel::NextEvaluation).data().toString().contains(u"overdue"_s));
    AgreementFilter withoutMe;
    withoutMe.withoutMonitoringOnly = true;
    agreements.setFilter(withoutMe);
    agreements.reload();
    CHECK(agreements.rowCount() == 1);
    agreements.sort(AgreementModel::EndDate, Qt::DescendingOrder);

    GoalModel goals(d.goals());
    Tester goalsTester(&goals, Tester::FailureReportingMode::Fatal);
    goals.setQuery(query);
    REQUIRE(goals.rowCount() == 1);
    CHECK(goals.index(0, GoalModel::Framework).data().toString().contains(u"outdated"_s));
    CHECK(goals.index(0, GoalModel::ProgressColumn).data().toString() == u"40%"_s);
    CHECK(goals.index(0, GoalModel::ProgressColumn).data(Figures::ProgressFractionRole).toDouble() == Approx(0.4));
    CHECK_FALSE(goals.index(0, GoalModel::Status).data().toString().isEmpty());
    goals.sort(GoalModel::Status);

    ParticipationModel participation(d.participation());
    Tester participationTester(&participation, Tester::FailureReportingMode::Fatal);
    ListQuery digital = query;
    digital.channel = Enums::key(Channel::Digital);
    participation.setQuery(digital);
    REQUIRE(participation.rowCount() == 1);
    CHECK(participation.index(0, ParticipationModel::Participants).data().toString() == u"210"_s);

    NeedModel needs(d.needs());
    Tester needsTester(&needs, Tester::FailureReportingMode::Fatal);
    needs.setQuery(query);
    REQUIRE(needs.rowCount() == 1);
    // The offer is in the other ward: the need is a gap, marked with a word and an icon.
    CHECK(needs.index(0, NeedModel::Gap).data().toString().contains(u"gap"_s));
    CHECK_FALSE(needs.index(0, NeedModel::Gap).data(Qt::DecorationRole).isNull());

    OfferModel offers(d.offers());
    Tester offersTester(&offers, Tester::FailureReportingMode::Fatal);
    offers.setQuery(query);
    REQUIRE(offers.rowCount() == 1);
    CHECK(offers.index(0, OfferModel::ProviderName).data().toString() == u"Initiative: Buurtpreventie"_s);
}

TEST_CASE("editorModels_passTheModelTester", "[agreementui][models]")
{
    KpiListModel kpis;
    Tester kpiTester(&kpis, Tester::FailureReportingMode::Fatal);
    Kpi higher;
    higher.name = u"Bezoekers"_s;
    higher.baseline = 10;
    higher.target = 50;
    higher.measurements = {Measurement {0, QDate(2025, 3, 1), 30, {}}};
    Kpi lower;
    lower.name = u"Meldingen"_s;
    lower.direction = Direction::Lower;
    lower.target = 20;
    lower.measurements = {Measurement {0, QDate(2025, 1, 1), 40, {}}, Measurement {0, QDate(2025, 3, 1), 35, {}}};
    kpis.setKpis({higher, lower});
    kpis.setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    kpis.setReferenceDate(QDate(2025, 6, 1));
    CHECK(kpis.index(0, KpiListModel::ProgressColumn).data().toString() == u"50%"_s);
    // No baseline: the first measurement is the baseline (40 -> 35 of the way to 20).
    CHECK(kpis.index(1, KpiListModel::Baseline).data().toString() == u"first measurement"_s);
    CHECK(kpis.index(1, KpiListModel::ProgressColumn).data().toString() == u"25%"_s);
    // A quarter of the way after a sixth of the period: on track.
    CHECK(kpis.index(1, KpiListModel::Status).data().toString().contains(u"on track"_s));
    CHECK(kpis.progressOf(1).baselineFromFirstMeasurement);

    MeasurementListModel measurements;
    Tester measurementTester(&measurements, Tester::FailureReportingMode::Fatal);
    measurements.setMeasurements(lower.measurements);
    CHECK(measurements.rowCount() == 2);

    EvaluationListModel evaluations;
    Tester evaluationTester(&evaluations, Tester::FailureReportingMode::Fatal);
    evaluations.setEvaluations({Evaluation {0, 0, QDate(2024, 1, 1), u"a"_s, EvaluationDecision::Continue},
                                Evaluation {0, 0, QDate(2025, 1, 1), u"b"_s, EvaluationDecision::Stop}});
    CHECK(evaluations.index(0, EvaluationListModel::Outcome).data().toString() == u"b"_s);
}

TEST_CASE("charts_clickThroughSetsTheListFilter", "[agreementui][charts]")
{
    QString path;
    std::unique_ptr<AgreementFixture> f = std::make_unique<AgreementFixture>();
    fill(*f);
    // An agreement ending next month (relative to today: the dashboard's reference date defaults to today).
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    Agreement ending = f->agreement(u"Eindigt binnenkort"_s);
    ending.startDate = QDate::currentDate().addYears(-1);
    ending.endDate = QDate(nextMonth.year(), nextMonth.month(), 10);
    ending.nextEvaluation = QDate::currentDate().addMonths(6);
    f->insert(ending);
    path = f->t.path();
    f->t.document.reset();

    MainWindow window;
    REQUIRE(window.openFile(path));
    window.resize(1280, 800);
    window.show();
    // Opening shows the signals first.
    CHECK(window.findChild<QListWidget*>(u"navigationListWidget"_s)->currentRow() == 0);
    REQUIRE(window.page<SignalsView>());
    CHECK(window.page<SignalsView>()->isVisible());

    window.showDashboard();
    auto* charts = window.dashboard()->findChild<AgreementCharts*>();
    REQUIRE(charts);
    CHECK(window.dashboard()->chartPanels().contains(charts->duePanel()));

    SECTION("a month bar opens the agreements ending that month")
    {
        auto* series = qobject_cast<QBarSeries*>(charts->duePanel()->chart()->series().value(0));
        REQUIRE(series);
        QBarSet* endingSet = series->barSets().value(0);
        REQUIRE(endingSet);
        // Month 0 is this month, 1 the next.
        CHECK(endingSet->at(1) >= 1);
        emit series->clicked(1, endingSet);
        QApplication::processEvents(); // the click navigates after the chart's own handler
        AgreementView* view = window.page<AgreementView>();
        CHECK(view->isVisible());
        CHECK(view->filter().endFrom == QDate(nextMonth.year(), nextMonth.month(), 1));
        CHECK(view->periodFilterText().startsWith(u"Agreements ending in"_s));
        REQUIRE(view->model()->totalCount() == 1);
        CHECK(view->model()->index(0, 0).data().toString() == u"Eindigt binnenkort"_s);
        view->clearPeriodFilter();
        CHECK(view->model()->totalCount() == 3);
    }
    SECTION("a participation bar opens the ward's moments through that channel")
    {
        auto* series
            = qobject_cast<QHorizontalStackedBarSeries*>(charts->participationPanel()->chart()->series().value(0));
        if (series) {
            // Moments of the last 12 months only: the fixture's are from 2025, so the chart may be empty today.
            emit series->clicked(0, series->barSets().value(int(Channel::Digital)));
            QApplication::processEvents(); // the click navigates after the chart's own handler
            CHECK(window.page<ParticipationView>()->channelFilter() == Channel::Digital);
            CHECK(window.page<ParticipationView>()->isVisible());
        }
    }
    SECTION("a gaps bar opens the needs of the theme, only the gaps")
    {
        auto* series = qobject_cast<QHorizontalBarSeries*>(charts->gapsPanel()->chart()->series().value(0));
        REQUIRE(series);
        REQUIRE(series->barSets().size() == 2);
        emit series->clicked(0, series->barSets().at(1));
        QApplication::processEvents(); // the click navigates after the chart's own handler
        NeedView* needs = window.page<SupportMapView>()->needView();
        CHECK(needs->isVisible());
        CHECK(needs->gapsOnly());
        CHECK(needs->themeFilter() == f->theme);
        CHECK(needs->model()->totalCount() == 1);
    }
    SECTION("charts save as PNG")
    {
        QTemporaryDir dir;
        CHECK(charts->gapsPanel()->savePng(dir.filePath(u"gaps.png"_s)));
        CHECK(QImage(dir.filePath(u"gaps.png"_s)).width() > 100);
    }
    window.closeFile();
}
