#include "AgreementPages.h"

#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/agreements/AgreementView.h"
#include "ui/common/Inputs.h"
#include "ui/common/ListView.h"
#include "ui/dashboard/AgreementCharts.h"
#include "ui/goals/GoalView.h"
#include "ui/participation/ParticipationView.h"
#include "ui/partners/PartnerView.h"
#include "ui/signals/SignalsView.h"
#include "ui/supportmap/SupportMapViews.h"

#include <QListWidget>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

AgreementPages::AgreementPages(MainWindow& window, QListWidget* navigation, QStackedWidget* views,
                               DashboardView* dashboard)
    : QObject(&window)
    , m_window(window)
    , m_navigation(navigation)
    , m_views(views)
    , m_signals(new SignalsView(views))
    , m_partners(new PartnerView(views))
    , m_agreements(new AgreementView(views))
    , m_goals(new GoalView(views))
    , m_participation(new ParticipationView(views))
    , m_supportMap(new SupportMapView(views))
{
    const auto item = [](const QIcon& icon, const QString& text) {
        auto* i = new QListWidgetItem(icon, text);
        i->setSizeHint(QSize(0, 34));
        return i;
    };
    // Signals first: the row and the page go in at index 0 together, so rows and pages keep matching.
    m_signalsItem = item(Inputs::icon(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning), tr("Signals"));
    m_signalsItem->setData(Qt::AccessibleTextRole, tr("Signals"));
    m_views->insertWidget(0, m_signals);
    m_navigation->insertItem(0, m_signalsItem);
    const auto append = [this, &item](QWidget* page, const QIcon& icon, const QString& text) {
        m_views->addWidget(page);
        m_navigation->addItem(item(icon, text));
        if (auto* list = qobject_cast<ListView*>(page)) {
            list->setListName(text);
        }
    };
    append(m_partners, Inputs::icon(u"contact-new"_s, QStyle::SP_DirLinkIcon), tr("Partners"));
    append(m_agreements, Inputs::icon(u"document-properties"_s, QStyle::SP_FileDialogListView), tr("Agreements"));
    append(m_goals, Inputs::icon(u"flag"_s, QStyle::SP_DialogApplyButton), tr("Ward goals"));
    append(m_participation, Inputs::icon(u"system-users"_s, QStyle::SP_DirIcon), tr("Participation"));
    append(m_supportMap, Inputs::icon(u"view-grid"_s, QStyle::SP_FileDialogDetailedView), tr("Support map"));

    connect(m_signals, &SignalsView::countChanged, this,
            [this](int count) { m_signalsItem->setText(count > 0 ? tr("Signals (%1)").arg(count) : tr("Signals")); });
    if (dashboard) {
        m_charts = new AgreementCharts(*dashboard);
        connectCharts();
    }
}

void AgreementPages::connectCharts()
{
    connect(m_charts, &AgreementCharts::agreementsEndingRequested, this, [this](const QDate& month) {
        m_agreements->setWithoutMeOnly(false);
        m_agreements->setPartnerFilter(0);
        m_agreements->setStatusFilter(u"active"_s);
        m_agreements->showEndingIn(month);
        showPage(m_agreements);
    });
    connect(m_charts, &AgreementCharts::evaluationsDueRequested, this, [this](const QDate& month) {
        m_agreements->setWithoutMeOnly(false);
        m_agreements->setPartnerFilter(0);
        m_agreements->setStatusFilter(u"active"_s);
        m_agreements->showEvaluationsDueIn(month);
        showPage(m_agreements);
    });
    connect(m_charts, &AgreementCharts::agreementRequested, this, [this](qint64, const QString& title) {
        m_agreements->clearPeriodFilter();
        m_agreements->setWithoutMeOnly(false);
        m_agreements->setPartnerFilter(0);
        m_agreements->setStatusFilter(QString());
        m_agreements->setSearchText(title);
        showPage(m_agreements);
    });
    connect(m_charts, &AgreementCharts::goalsRequested, this, [this](std::optional<qint64>, const QString& indicator) {
        m_goals->setSearchText(indicator);
        showPage(m_goals);
    });
    connect(m_charts, &AgreementCharts::participationRequested, this, [this](qint64 wardId, Channel channel) {
        m_window.setWardFilter(wardId);
        m_participation->setChannelFilter(channel);
        showPage(m_participation);
    });
    connect(m_charts, &AgreementCharts::needsRequested, this, [this](qint64 themeId, bool gapsOnly) {
        m_supportMap->needView()->setThemeFilter(themeId);
        m_supportMap->needView()->setGapsOnly(gapsOnly);
        m_supportMap->showNeeds();
        showPage(m_supportMap);
    });
}

void AgreementPages::setDocument(Document* document)
{
    m_signals->setDocument(document);
    m_partners->setDocument(document);
    m_agreements->setDocument(document);
    m_goals->setDocument(document);
    m_participation->setDocument(document);
    m_supportMap->setDocument(document);
}

void AgreementPages::setWardFilter(std::optional<qint64> wardId)
{
    m_signals->setWardFilter(wardId);
    m_partners->setWardFilter(wardId);
    m_agreements->setWardFilter(wardId);
    m_goals->setWardFilter(wardId);
    m_participation->setWardFilter(wardId);
    m_supportMap->setWardFilter(wardId);
}

ListView* AgreementPages::currentList() const
{
    QWidget* page = m_views->currentWidget();
    if (page == m_supportMap) {
        return m_supportMap->currentList();
    }
    for (ListView* list : {static_cast<ListView*>(m_partners), static_cast<ListView*>(m_agreements),
                           static_cast<ListView*>(m_goals), static_cast<ListView*>(m_participation)}) {
        if (page == list) {
            return list;
        }
    }
    return nullptr;
}

bool AgreementPages::owns(QWidget* page) const
{
    return page == m_signals || page == m_partners || page == m_agreements || page == m_goals || page == m_participation
        || page == m_supportMap;
}

void AgreementPages::showSignals()
{
    showPage(m_signals);
}

void AgreementPages::showPage(QWidget* page)
{
    m_navigation->setCurrentRow(m_views->indexOf(page));
}
