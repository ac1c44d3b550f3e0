#pragma once

#include "core/risk/RiskTypes.h"
#include "ui/common/Background.h"
#include "ui/settings/Settings.h"

#include <QFuture>
#include <QIcon>
#include <QList>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class DashboardView;
class HelpWindow;
class Document;
class ListView;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class StartPage;

/// A page of the main window: a row of the navigation and the widget shown beside it. Every page registers through
/// MainWindow::addPage(), in the order of the navigation; the window knows its pages only through this.
struct Page
{
    /// The page; its object name is what the window remembers as the last page shown (Settings::lastPage).
    QWidget* widget = nullptr;
    /// The navigation row: its text (also the list's name when the page is a ListView) and icon.
    QString text;
    QIcon icon;
    /// The row's accessible name, when it must not follow the text (a count in it); empty: the text.
    QString accessibleName;
    QString accessibleDescription;
    /// The View menu's entry ("&Wards"); empty: none. A numbered entry gets Ctrl+1, Ctrl+2, ... in the order of
    /// registration and is checked while its page shows; `actionName` is the entry's object name.
    QString menuText;
    bool numbered = false;
    QString actionName;
    /// The list on the page now, for New, Edit, Delete, Find and Export; empty or nullptr: the page holds none.
    std::function<ListView*()> list;
    /// Follow the open document (nullptr: none) and the global ward filter (nullopt: all wards).
    std::function<void(Document*)> setDocument;
    std::function<void(std::optional<qint64>)> setWardFilter;

    /// A page for a widget with setDocument() and setWardFilter(); a ListView is its own list.
    template<typename W> static Page of(W* widget, const QString& text, const QIcon& icon);
};

/// The main window: a start page while no file is open, otherwise the pages of the navigation (signals, lists,
/// dashboard) with a ward filter that follows the user from one page to the next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Writes the reminders (File > Export calendar) to `path` (.ics); false with a message box on failure.
    bool exportCalendarTo(const QString& path);
    /// The numbered pages of the View menu (Ctrl+1, Ctrl+2, Ctrl+3), in their order.
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
    /// Adds a page at the end of the navigation (before the window shows a document).
    void addPage(Page page);
    /// The registered page of type T, or nullptr.
    template<typename T> T* page() const
    {
        for (const Page& p : m_pages) {
            if (auto* w = qobject_cast<T*>(p.widget)) {
                return w;
            }
        }
        return nullptr;
    }
    /// Shows a registered page.
    void showPage(QWidget* page);
    /// Changes the navigation text of a registered page (a count beside its name).
    void setPageText(QWidget* page, const QString& text);
    /// The list of the numbered page `view` of the View menu.
    ListView* view(View view) const;
    View currentView() const;
    void setCurrentView(View view);
    /// The ward of the global filter; nullopt for all wards.
    std::optional<qint64> wardFilter() const;
    void setWardFilter(std::optional<qint64> wardId);
    /// The path of the demo file.
    static QString demoPath();

    DashboardView* dashboard() const;
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
    /// Registers the pages of every feature and connects the dashboard's click-through (MainWindowPages.cpp).
    void registerPages();
    /// The registered page of `widget`, or nullptr.
    const Page* pageOf(QWidget* widget) const;
    /// The numbered pages of the View menu, in order.
    QList<const Page*> numberedPages() const;
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
    QList<Page> m_pages; ///< in the order of the navigation's rows and the stack's widgets
    QList<QAction*> m_pageActions; ///< the View menu's entry of each page (nullptr: none), as m_pages
    QComboBox* m_wardFilter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_documentActions;
    QList<QAction*> m_fileOnlyActions; ///< enabled for a file, not for a team database
    HelpWindow* m_helpWindow = nullptr;
};

template<typename W> Page Page::of(W* widget, const QString& text, const QIcon& icon)
{
    Page page;
    page.widget = widget;
    page.text = text;
    page.icon = icon;
    page.setDocument = [widget](Document* document) {
        widget->setDocument(document);
    };
    page.setWardFilter = [widget](std::optional<qint64> wardId) {
        widget->setWardFilter(wardId);
    };
    if constexpr (std::is_convertible_v<W*, ListView*>) {
        page.list = [widget]() -> ListView* {
            return widget;
        };
    }
    return page;
}
