#pragma once

#include "core/risk/RiskTypes.h"
#include "ui/common/Background.h"
#include "ui/settings/Settings.h"

#include <QFuture>
#include <QMainWindow>
#include <memory>

class AgreementPages;
class DashboardView;
class HelpWindow;
class Document;
class InitiativeView;
class ListView;
class PersonView;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class StartPage;
class WardView;

/// The main window: a start page while no file is open, otherwise the lists of wards, initiatives and residents
/// with a ward filter that follows the user from one list to the next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Writes the reminders (File > Export calendar) to `path` (.ics); false with a message box on failure.
    bool exportCalendarTo(const QString& path);
    enum View { Wards, Initiatives, Persons, ViewCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a Wijkregie file; shows a message box and returns false when it cannot be opened.
    bool openFile(const QString& path);
    /// Creates a new, empty file and opens it; shows a message box and returns false on failure.
    bool createFile(const QString& path, const QString& municipality);
    /// Opens the demo municipality, generating it first when it does not exist yet.
    bool openDemo();
    void closeFile();
    /// Opens the file opened last (the first recent file), when there is one; false when none was opened.
    bool reopenLastFile();
    /// Waits until the daily backup that opening a file started in the background is done.
    void waitForDailyBackup();

    Document* document() const { return m_document.get(); }
    ListView* view(View view) const;
    View currentView() const;
    void setCurrentView(View view);
    /// The ward of the global filter; nullopt for all wards.
    std::optional<qint64> wardFilter() const;
    void setWardFilter(std::optional<qint64> wardId);
    /// The path of the demo file.
    static QString demoPath();

    DashboardView* dashboard() const { return m_dashboardView; }
    /// Signals, partners, agreements, ward goals, participation and the support map.
    AgreementPages* agreementPages() const { return m_agreementPages; }
    void showDashboard();
    /// Click-through: the initiatives list for a ward (nullopt: all wards) and risk band (nullopt: all bands).
    void showInitiatives(std::optional<qint64> wardId, std::optional<RiskBand> band);
    /// Click-through: the residents list for a ward and an engagement key (empty: all).
    void showPersons(std::optional<qint64> wardId, const QString& engagementKey = {});
    /// "What if this person stops?" for a person of the open document.
    void showWhatIf(qint64 personId);
    void showRiskWeightsDialog();
    /// Help > Manual (F1): the manual's window, created on first use and raised afterwards.
    HelpWindow* showManual();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createWorkspace();
    /// The list on the current page, or nullptr (signals, dashboard).
    ListView* currentListView() const;
    bool setDatabase(std::unique_ptr<class Database> database);
    void updateTitle();
    /// "ward Centrum" or "all wards", for the note of a click-through.
    QString wardText(std::optional<qint64> wardId) const;
    /// The page shown last (by its object name), saved on closing the file or the window and shown on opening one.
    void saveLastPage();
    void restoreLastPage();
    void updateActions();
    void refreshWardFilter();
    void refreshRecentFiles();
    void newFile();
    void chooseFile();
    /// File > Open team database: asks for a postgresql:// address (DESIGN.md, Team database).
    void chooseServer();
    void makeBackup();
    /// File > Export calendar: asks where to write the reminders (DESIGN.md, Reminders) as iCalendar.
    void exportCalendar();

    void startDailyBackup(const QString& path);
    void showReportDialog();
    void chooseLanguage(const QString& language);
    void about();

    Settings m_settings;
    std::unique_ptr<Document> m_document;
    QFuture<TaskResult<QString>> m_backup;
    QUndoGroup* m_undoGroup;
    QStackedWidget* m_central;
    StartPage* m_startPage;
    QWidget* m_workspace = nullptr;
    QLabel* m_messageBar = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_views = nullptr;
    WardView* m_wardView = nullptr;
    InitiativeView* m_initiativeView = nullptr;
    PersonView* m_personView = nullptr;
    DashboardView* m_dashboardView = nullptr;
    AgreementPages* m_agreementPages = nullptr;
    QComboBox* m_wardFilter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QActionGroup* m_viewActions = nullptr;
    QList<QAction*> m_documentActions;
    QList<QAction*> m_fileOnlyActions; ///< enabled for a file, not for a team database
    HelpWindow* m_helpWindow = nullptr;
};
