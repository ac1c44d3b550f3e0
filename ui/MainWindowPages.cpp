// The pages of the main window, registered in the order of the navigation, and the dashboard's click-through to
// them: the one place where the window meets its features.

#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/agreements/AgreementView.h"
#include "ui/common/Inputs.h"
#include "ui/common/ListView.h"
#include "ui/dashboard/AgreementCharts.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/goals/GoalView.h"
#include "ui/initiatives/InitiativeView.h"
#include "ui/participation/ParticipationView.h"
#include "ui/partners/PartnerView.h"
#include "ui/persons/PersonView.h"
#include "ui/risk/RiskStyle.h"
#include "ui/signals/SignalsView.h"
#include "ui/supportmap/SupportMapViews.h"
#include "ui/wards/WardView.h"

#include <QCoreApplication>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

void MainWindow::registerPages()
{
    // The pages added with partners and agreements keep the translation context their texts were written in.
    // Signals first: what a ward director sees first. Its row counts the signals; its accessible name does not.
    auto* signalsView = new SignalsView(m_views);
    Page signalsPage = Page::of(signalsView, QCoreApplication::translate("AgreementPages", "Signals"),
                                Inputs::icon(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning));
    signalsPage.accessibleName = signalsPage.text;
    addPage(signalsPage);
    connect(signalsView, &SignalsView::countChanged, this, [this, signalsView](int count) {
        setPageText(signalsView,
                    count > 0 ? QCoreApplication::translate("AgreementPages", "Signals (%1)").arg(count)
                              : QCoreApplication::translate("AgreementPages", "Signals"));
    });

    const auto numbered = [](Page page, const QString& menuText) {
        page.menuText = menuText;
        page.numbered = true;
        return page;
    };
    auto* wards = new WardView(m_views);
    addPage(numbered(Page::of(wards, tr("Wards"), Inputs::icon(u"go-home"_s, QStyle::SP_DirHomeIcon)), tr("&Wards")));
    auto* initiatives = new InitiativeView(m_views);
    addPage(numbered(Page::of(initiatives, tr("Initiatives"),
                              Inputs::icon(u"view-list-details"_s, QStyle::SP_FileDialogContentsView)),
                     tr("&Initiatives")));
    auto* persons = new PersonView(m_views);
    addPage(numbered(Page::of(persons, tr("Residents"), Inputs::icon(u"system-users"_s, QStyle::SP_DirIcon)),
                     tr("&Residents")));
    connect(persons, &PersonView::whatIfRequested, this, &MainWindow::showWhatIf);

    auto* dashboard = new DashboardView(m_views);
    Page dashboardPage
        = Page::of(dashboard, tr("Dashboard"), Inputs::icon(u"office-chart-bar"_s, QStyle::SP_FileDialogInfoView));
    dashboardPage.menuText = tr("&Dashboard");
    dashboardPage.actionName = u"dashboardAction"_s;
    addPage(dashboardPage);
    connect(dashboard, &DashboardView::initiativesRequested, this, &MainWindow::showInitiatives);
    connect(dashboard, &DashboardView::personsRequested, this, &MainWindow::showPersons);
    connect(dashboard, &DashboardView::whatIfRequested, this, &MainWindow::showWhatIf);

    auto* partners = new PartnerView(m_views);
    addPage(Page::of(partners, QCoreApplication::translate("AgreementPages", "Partners"),
                     Inputs::icon(u"contact-new"_s, QStyle::SP_DirLinkIcon)));
    auto* agreements = new AgreementView(m_views);
    addPage(Page::of(agreements, QCoreApplication::translate("AgreementPages", "Agreements"),
                     Inputs::icon(u"document-properties"_s, QStyle::SP_FileDialogListView)));
    auto* goals = new GoalView(m_views);
    addPage(Page::of(goals, QCoreApplication::translate("AgreementPages", "Ward goals"),
                     Inputs::icon(u"flag"_s, QStyle::SP_DialogApplyButton)));
    auto* participation = new ParticipationView(m_views);
    addPage(Page::of(participation, QCoreApplication::translate("AgreementPages", "Participation"),
                     Inputs::icon(u"system-users"_s, QStyle::SP_DirIcon)));
    auto* supportMap = new SupportMapView(m_views);
    Page supportMapPage = Page::of(supportMap, QCoreApplication::translate("AgreementPages", "Support map"),
                                   Inputs::icon(u"view-grid"_s, QStyle::SP_FileDialogDetailedView));
    supportMapPage.list = [supportMap] {
        return supportMap->currentList();
    };
    addPage(supportMapPage);

    // The dashboard's charts of agreements, goals, participation and support, each bar clicking through to its list.
    auto* charts = new AgreementCharts(*dashboard);
    connect(charts, &AgreementCharts::agreementsEndingRequested, this, [this, agreements](const QDate& month) {
        agreements->setWithoutMonitoringOnly(false);
        agreements->setPartnerFilter(0);
        agreements->setStatusFilter(u"active"_s);
        agreements->showEndingIn(month);
        showPage(agreements);
    });
    connect(charts, &AgreementCharts::evaluationsDueRequested, this, [this, agreements](const QDate& month) {
        agreements->setWithoutMonitoringOnly(false);
        agreements->setPartnerFilter(0);
        agreements->setStatusFilter(u"active"_s);
        agreements->showEvaluationsDueIn(month);
        showPage(agreements);
    });
    connect(charts, &AgreementCharts::agreementRequested, this, [this, agreements](qint64, const QString& title) {
        agreements->clearPeriodFilter();
        agreements->setWithoutMonitoringOnly(false);
        agreements->setPartnerFilter(0);
        agreements->setStatusFilter(QString());
        agreements->setSearchText(title);
        showPage(agreements);
    });
    connect(charts, &AgreementCharts::goalsRequested, this,
            [this, goals](std::optional<qint64>, const QString& indicator) {
                goals->setSearchText(indicator);
                showPage(goals);
            });
    connect(charts, &AgreementCharts::participationRequested, this,
            [this, participation](qint64 wardId, Channel channel) {
                setWardFilter(wardId);
                participation->setChannelFilter(channel);
                showPage(participation);
            });
    connect(charts, &AgreementCharts::needsRequested, this, [this, supportMap](qint64 themeId, bool gapsOnly) {
        supportMap->needView()->setThemeFilter(themeId);
        supportMap->needView()->setGapsOnly(gapsOnly);
        supportMap->showNeeds();
        showPage(supportMap);
    });
}

DashboardView* MainWindow::dashboard() const
{
    return page<DashboardView>();
}

void MainWindow::showDashboard()
{
    showPage(dashboard());
}

QString MainWindow::wardText(std::optional<qint64> wardId) const
{
    if (!wardId || !m_document) {
        return tr("all wards");
    }
    const auto ward = m_document->wards().find(*wardId);
    return ward ? tr("ward %1").arg(ward->name) : tr("all wards");
}

void MainWindow::showInitiatives(std::optional<qint64> wardId, std::optional<RiskBand> band)
{
    auto* initiatives = page<InitiativeView>();
    setWardFilter(wardId);
    initiatives->setRiskBandFilter(band);
    showPage(initiatives);
    QString text = tr("Filtered from the dashboard: %1").arg(wardText(wardId));
    if (band) {
        text += u", "_s + tr("risk %1").arg(RiskStyle::bandLabel(*band).toLower());
    }
    initiatives->showFilterNote(text + u'.', [this, initiatives] {
        setWardFilter(std::nullopt);
        initiatives->setRiskBandFilter(std::nullopt);
    });
}

void MainWindow::showPersons(std::optional<qint64> wardId, const QString& engagementKey)
{
    auto* persons = page<PersonView>();
    setWardFilter(wardId);
    persons->setEngagementFilter(engagementKey);
    showPage(persons);
    QString text = tr("Filtered from the dashboard: %1").arg(wardText(wardId));
    if (!engagementKey.isEmpty()) {
        if (const auto engagement = Enums::fromKey<Engagement>(engagementKey)) {
            text += u", "_s + Enums::label(*engagement).toLower();
        }
    }
    persons->showFilterNote(text + u'.', [this, persons] {
        setWardFilter(std::nullopt);
        persons->setEngagementFilter(QString());
    });
}
