#pragma once

#include <QObject>
#include <optional>

class AgreementCharts;
class AgreementView;
class DashboardView;
class Document;
class GoalView;
class ListView;
class MainWindow;
class ParticipationView;
class PartnerView;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QWidget;
class SignalsView;
class SupportMapView;

/// The pages of partners and agreements in the main window: Signals as the first navigation entry (what a ward
/// director sees first), then after the existing pages Partners, Agreements, Ward goals, Participation and the Support
/// map; and their charts on the dashboard, clicking through to these lists.
class AgreementPages final : public QObject
{
    Q_OBJECT

public:
    /// Adds the pages to `navigation` and `views` (a navigation row per page, at the same index as its page).
    AgreementPages(MainWindow& window, QListWidget* navigation, QStackedWidget* views, DashboardView* dashboard);

    void setDocument(Document* document);
    void setWardFilter(std::optional<qint64> wardId);
    /// The list on the current page when it is one of these pages, else nullptr.
    ListView* currentList() const;
    /// Whether `page` is one of these pages.
    bool owns(QWidget* page) const;

    void showSignals();
    void showPage(QWidget* page);

    SignalsView* signalsView() const { return m_signals; }
    PartnerView* partnerView() const { return m_partners; }
    AgreementView* agreementView() const { return m_agreements; }
    GoalView* goalView() const { return m_goals; }
    ParticipationView* participationView() const { return m_participation; }
    SupportMapView* supportMapView() const { return m_supportMap; }
    AgreementCharts* charts() const { return m_charts; }

private:
    void connectCharts();

    MainWindow& m_window;
    QListWidget* m_navigation;
    QStackedWidget* m_views;
    SignalsView* m_signals;
    QListWidgetItem* m_signalsItem = nullptr;
    PartnerView* m_partners;
    AgreementView* m_agreements;
    GoalView* m_goals;
    ParticipationView* m_participation;
    SupportMapView* m_supportMap;
    AgreementCharts* m_charts = nullptr;
};
