#include "MainWindow.h"

#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "core/io/SafeOutput.h"
#include "core/signals/Calendar.h"
#include "core/storage/RetentionRepository.h"
#include "core/storage/ServerPassword.h"
#include "core/storage/TeamRoles.h"
#include "ui/Document.h"
#include "ui/StartPage.h"
#include "ui/admin/AuditLogDialog.h"
#include "ui/admin/FrameworksDialog.h"
#include "ui/admin/RetentionReviewDialog.h"
#include "ui/admin/ThemesDialog.h"
#include "ui/common/Inputs.h"
#include "ui/common/KeyboardFocus.h"
#include "ui/common/ListView.h"
#include "ui/common/Palette.h"
#include "ui/common/UndoActions.h"
#include "ui/common/WardPicker.h"
#include "ui/common/WindowFit.h"
#include "ui/csv/CsvActions.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/AppIcon.h"
#include "ui/help/HelpWindow.h"
#include "ui/report/ReportDialog.h"
#include "ui/risk/RiskWeightsDialog.h"
#include "ui/risk/WhatIfDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString FileFilter = u"*.wijkregie"_s;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_central(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
{
    setObjectName(u"mainWindow"_s);
    WindowFit::install();
    KeyboardFocus::install();
    setWindowIcon(AppIcon::icon());
    m_central->setObjectName(u"centralStackedWidget"_s);
    m_central->addWidget(m_startPage);
    createWorkspace();
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);
    createActions();

    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newFile);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseFile);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::recentRequested, this, &MainWindow::openFile);

    resize(1280, 720);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    refreshRecentFiles();
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    for (const Page& page : std::as_const(m_pages)) {
        page.setDocument(nullptr);
    }
}

void MainWindow::createWorkspace()
{
    m_workspace = new QWidget(this);
    m_workspace->setObjectName(u"workspace"_s);

    m_messageBar = new QLabel(m_workspace);
    m_messageBar->setObjectName(u"messageBarLabel"_s);
    m_messageBar->setWordWrap(true);
    m_messageBar->setStyleSheet(
        u"QLabel { background: %1; %2 border: 1px solid #e0c060; border-radius: 3px; padding: 6px; }"_s.arg(
            Palette::background(Palette::Background::Notice).name(), Palette::textStyle(Palette::Text::Body)));
    m_messageBar->hide();

    m_navigation = new QListWidget(m_workspace);
    m_navigation->setObjectName(u"navigationListWidget"_s);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(170);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAccessibleName(tr("Pages"));

    m_views = new QStackedWidget(m_workspace);
    m_views->setObjectName(u"viewsStackedWidget"_s);
    registerPages();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_views->setCurrentIndex(row);
            if (QAction* action = m_pageActions.value(row); action && action->isCheckable()) {
                action->setChecked(true);
            }
        }
    });

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_views, 1);
    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageBar);
    layout->addLayout(body, 1);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString& text, const QIcon& icon = {}) {
        auto* a = new QAction(icon, text, this);
        return a;
    };

    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N is the platform's "new" and makes a new record (Edit menu); a new file is rarer and has no shortcut.
    QAction* newAction = action(tr("&New file..."), Inputs::icon(u"document-new"_s, QStyle::SP_FileIcon));
    newAction->setObjectName(u"newFileAction"_s);
    connect(newAction, &QAction::triggered, this, &MainWindow::newFile);
    QAction* openAction = action(tr("&Open..."), Inputs::icon(u"document-open"_s, QStyle::SP_DialogOpenButton));
    openAction->setShortcut(QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::chooseFile);
    // Every edit is written at once; Ctrl+S, pressed out of habit, says so instead of doing nothing.
    QAction* saveAction = action(tr("&Save"));
    saveAction->setObjectName(u"saveAction"_s);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Everything is saved: every change is written to the file at once."), 5000);
    });
    addAction(saveAction);
    m_documentActions << saveAction;
    QAction* serverAction
        = action(tr("Open &team database..."), Inputs::icon(u"network-server"_s, QStyle::SP_DriveNetIcon));
    serverAction->setObjectName(u"openServerAction"_s);
    serverAction->setToolTip(tr("A database on the municipality's PostgreSQL server that the team shares"));
    connect(serverAction, &QAction::triggered, this, &MainWindow::chooseServer);
    QAction* demoAction = action(tr("Open &demo municipality"));
    connect(demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    file->addAction(newAction);
    file->addAction(openAction);
    file->addAction(serverAction);
    file->addAction(demoAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction* backupAction
        = action(tr("Make a &backup..."), Inputs::icon(u"document-save-as"_s, QStyle::SP_DialogSaveButton));
    backupAction->setObjectName(u"backupAction"_s);
    connect(backupAction, &QAction::triggered, this, &MainWindow::makeBackup);
    file->addAction(backupAction);
    file->addSeparator();
    QAction* reportAction
        = action(tr("Council &report..."), Inputs::icon(u"document-print"_s, QStyle::SP_FileDialogDetailedView));
    reportAction->setObjectName(u"reportAction"_s);
    reportAction->setShortcut(QKeySequence::Print);
    connect(reportAction, &QAction::triggered, this, &MainWindow::showReportDialog);
    file->addAction(reportAction);
    file->addSeparator();
    auto* csv = new CsvActions(this);
    file->addAction(csv->exportAction());
    file->addAction(csv->importAction());
    m_documentActions << csv->exportAction() << csv->importAction();
    QAction* calendarAction
        = action(tr("Export &calendar..."), Inputs::icon(u"x-office-calendar"_s, QStyle::SP_FileIcon));
    calendarAction->setObjectName(u"exportCalendarAction"_s);
    calendarAction->setToolTip(tr("Evaluations, agreement ends, follow-up deadlines and funding ends as an iCalendar "
                                  "file for Outlook and other calendars"));
    connect(calendarAction, &QAction::triggered, this, &MainWindow::exportCalendar);
    file->addAction(calendarAction);
    m_documentActions << calendarAction;
    file->addSeparator();
    QAction* closeAction = action(tr("&Close"), Inputs::icon(u"document-close"_s, QStyle::SP_DialogCloseButton));
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &MainWindow::closeFile);
    file->addAction(closeAction);
    QAction* quitAction = action(tr("&Quit"), Inputs::icon(u"application-exit"_s, QStyle::SP_DialogCloseButton));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    file->addAction(quitAction);
    m_documentActions << backupAction << reportAction << closeAction;
    // A team database's backups are its server administrator's (DESIGN.md, Team database).
    m_fileOnlyActions << backupAction;

    // Edit
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = UndoActions::undo(m_undoGroup, this);
    QAction* redo = UndoActions::redo(m_undoGroup, this);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* newRecord = action(tr("New &record..."), Inputs::icon(u"list-add"_s, QStyle::SP_FileIcon));
    newRecord->setObjectName(u"newRecordAction"_s);
    newRecord->setShortcut(QKeySequence::New);
    connect(newRecord, &QAction::triggered, this, [this] {
        if (ListView* list = currentListView()) {
            list->newRecord();
        }
    });
    QAction* editRecord = action(tr("&Edit record..."));
    editRecord->setShortcut(QKeySequence(Qt::Key_F2));
    connect(editRecord, &QAction::triggered, this, [this] {
        if (ListView* list = currentListView()) {
            list->editCurrent();
        }
    });
    QAction* deleteRecord = action(tr("&Delete record"), Inputs::icon(u"edit-delete"_s, QStyle::SP_TrashIcon));
    deleteRecord->setShortcut(QKeySequence::Delete);
    connect(deleteRecord, &QAction::triggered, this, [this] {
        if (ListView* list = currentListView()) {
            list->deleteCurrent();
        }
    });
    QAction* find = action(tr("&Find..."), Inputs::icon(u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (ListView* list = currentListView()) {
            list->focusSearch();
        }
    });
    edit->addAction(newRecord);
    edit->addAction(editRecord);
    edit->addAction(deleteRecord);
    edit->addSeparator();
    edit->addAction(find);
    m_documentActions << newRecord << editRecord << deleteRecord << find;

    // View: an entry per page that asks for one, the numbered ones with Ctrl+1, Ctrl+2, ... and checked while shown
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* numbered = new QActionGroup(this);
    for (const Page& page : std::as_const(m_pages)) {
        QAction* a = nullptr;
        if (!page.menuText.isEmpty()) {
            a = viewMenu->addAction(page.menuText);
            a->setObjectName(page.actionName);
            if (page.numbered) {
                a->setCheckable(true);
                a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + numbered->actions().size())));
                numbered->addAction(a);
            }
            connect(a, &QAction::triggered, this, [this, widget = page.widget] { showPage(widget); });
            m_documentActions << a;
        }
        m_pageActions << a;
    }

    // Manage
    QMenu* manage = menuBar()->addMenu(tr("&Manage"));
    QAction* themes = manage->addAction(tr("&Themes..."));
    connect(themes, &QAction::triggered, this, [this] {
        if (m_document) {
            ThemesDialog(*m_document, this).exec();
        }
    });
    QAction* frameworks = manage->addAction(tr("&Policy frameworks..."));
    connect(frameworks, &QAction::triggered, this, [this] {
        if (m_document) {
            FrameworksDialog(*m_document, this).exec();
        }
    });
    QAction* auditLog = manage->addAction(tr("&Audit log..."));
    auditLog->setObjectName(u"auditLogAction"_s);
    connect(auditLog, &QAction::triggered, this, [this] {
        if (m_document) {
            AuditLogDialog(*m_document, this).exec();
        }
    });
    m_documentActions << themes << frameworks << auditLog;

    // Settings
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    for (const QString& code : Translations::languages()) {
        QAction* a = language->addAction(Translations::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == m_settings.language());
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    QAction* riskWeights = settings->addAction(tr("&Risk weights..."));
    riskWeights->setObjectName(u"riskWeightsAction"_s);
    connect(riskWeights, &QAction::triggered, this, &MainWindow::showRiskWeightsDialog);
    QAction* retention = settings->addAction(tr("Retention &period..."));
    retention->setObjectName(u"retentionAction"_s);
    connect(retention, &QAction::triggered, this, [this] {
        if (!m_document) {
            return;
        }
        RetentionRepository repository(m_document->database());
        bool ok = false;
        const int months = QInputDialog::getInt(
            this, tr("Retention period"),
            tr("Residents about whom nothing was recorded for longer than this many months are listed for "
               "anonymisation (wijkregie retention):"),
            repository.months(), RetentionRepository::MinimumMonths, RetentionRepository::MaximumMonths, 1, &ok);
        if (ok && months != repository.months()) {
            try {
                repository.setMonths(months);
            } catch (const Error& e) {
                QMessageBox::warning(this, tr("Retention period"), e.message());
            }
        }
    });
    QAction* retentionReview = settings->addAction(tr("Retention re&view..."));
    retentionReview->setObjectName(u"retentionReviewAction"_s);
    connect(retentionReview, &QAction::triggered, this, [this] {
        if (m_document) {
            RetentionReviewDialog::review(*m_document, this);
        }
    });
    m_documentActions << riskWeights << retention << retentionReview;

    // Help
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manualAction
        = help->addAction(Inputs::icon(u"help-contents"_s, QStyle::SP_DialogHelpButton), tr("&Manual"));
    manualAction->setObjectName(u"manualAction"_s);
    manualAction->setShortcut(QKeySequence::HelpContents);
    connect(manualAction, &QAction::triggered, this, &MainWindow::showManual);
    help->addSeparator();
    QAction* aboutAction = help->addAction(tr("&About Wijkregie"));
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
    QAction* aboutQtAction = help->addAction(tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Tool bar
    QToolBar* toolBar = addToolBar(tr("Main tool bar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openAction);
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(newRecord);
    toolBar->addAction(reportAction);
    toolBar->addSeparator();
    auto* wardLabel = new QLabel(tr("Ward:"), toolBar);
    wardLabel->setObjectName(u"wardFilterLabel"_s);
    wardLabel->setContentsMargins(6, 0, 4, 0);
    toolBar->addWidget(wardLabel);
    m_wardFilter = new QComboBox(toolBar);
    m_wardFilter->setObjectName(u"wardFilterComboBox"_s);
    m_wardFilter->setMinimumWidth(240);
    m_wardFilter->setToolTip(tr("Show only this ward's records, in every list"));
    m_wardFilter->setAccessibleName(tr("Ward filter"));
    wardLabel->setBuddy(m_wardFilter);
    toolBar->addWidget(m_wardFilter);
    connect(m_wardFilter, &QComboBox::currentIndexChanged, this, [this] {
        const auto ward = wardFilter();
        for (const Page& page : std::as_const(m_pages)) {
            page.setWardFilter(ward);
        }
    });
}

void MainWindow::addPage(Page page)
{
    auto* item = new QListWidgetItem(page.icon, page.text);
    item->setSizeHint(QSize(0, 34));
    if (!page.accessibleName.isEmpty()) {
        item->setData(Qt::AccessibleTextRole, page.accessibleName);
    }
    if (!page.accessibleDescription.isEmpty()) {
        item->setData(Qt::AccessibleDescriptionRole, page.accessibleDescription);
    }
    // A row and its page go in at the same index, so that rows and pages keep matching.
    m_views->addWidget(page.widget);
    m_navigation->addItem(item);
    if (page.list) {
        if (ListView* list = page.list(); list && list == page.widget) {
            list->setListName(page.text);
        }
    } else {
        page.list = [] {
            return static_cast<ListView*>(nullptr);
        };
    }
    if (!page.setDocument) {
        page.setDocument = [](Document*) {
        };
    }
    if (!page.setWardFilter) {
        page.setWardFilter = [](std::optional<qint64>) {
        };
    }
    m_pages << std::move(page);
}

const Page* MainWindow::pageOf(QWidget* widget) const
{
    for (const Page& page : m_pages) {
        if (page.widget == widget) {
            return &page;
        }
    }
    return nullptr;
}

QList<const Page*> MainWindow::numberedPages() const
{
    QList<const Page*> pages;
    for (const Page& page : m_pages) {
        if (page.numbered) {
            pages << &page;
        }
    }
    return pages;
}

void MainWindow::showPage(QWidget* page)
{
    m_navigation->setCurrentRow(m_views->indexOf(page));
}

void MainWindow::setPageText(QWidget* page, const QString& text)
{
    if (QListWidgetItem* item = m_navigation->item(m_views->indexOf(page))) {
        item->setText(text);
    }
}

ListView* MainWindow::view(View v) const
{
    const Page* page = numberedPages().value(v);
    return page ? page->list() : nullptr;
}

MainWindow::View MainWindow::currentView() const
{
    const QList<const Page*> numbered = numberedPages();
    for (int v = 0; v < numbered.size(); ++v) {
        if (numbered.at(v)->widget == m_views->currentWidget()) {
            return View(v);
        }
    }
    return Wards;
}

ListView* MainWindow::currentListView() const
{
    const Page* page = pageOf(m_views->currentWidget());
    return page ? page->list() : nullptr;
}

void MainWindow::setCurrentView(View v)
{
    if (const Page* page = numberedPages().value(v)) {
        showPage(page->widget);
    }
}

std::optional<qint64> MainWindow::wardFilter() const
{
    const qint64 id = m_wardFilter->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void MainWindow::setWardFilter(std::optional<qint64> wardId)
{
    m_wardFilter->setCurrentIndex(qMax(0, m_wardFilter->findData(wardId.value_or(0))));
}

QString MainWindow::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.wijkregie"_s;
}

bool MainWindow::openFile(const QString& path)
{
    std::unique_ptr<Database> database;
    try {
        for (;;) {
            try {
                database = Database::open(path);
                break;
            } catch (const ServerPasswordError& e) {
                // Neither ~/.pgpass nor an earlier answer had it: ask, keep it in memory for this session only.
                const QUrl url(path);
                bool ok = false;
                const QString label = (e.refused() ? tr("The server refused the password.") + u"\n\n"_s : QString())
                    + tr("Password of %1 for the team database %2:")
                          .arg(url.userName().isEmpty() ? tr("your account") : url.userName(),
                               Document::displayName(path));
                const QString password
                    = QInputDialog::getText(this, tr("Team database"), label, QLineEdit::Password, QString(), &ok);
                if (!ok) {
                    ServerPassword::forget(path);
                    return false;
                }
                ServerPassword::remember(path, password);
            }
        }
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot open file"),
                              tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)) + u"\n\n"_s + e.message());
        m_settings.removeRecentFile(path);
        refreshRecentFiles();
        return false;
    }
    return setDatabase(std::move(database));
}

bool MainWindow::createFile(const QString& path, const QString& municipality)
{
    try {
        return setDatabase(Database::create(path, municipality));
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot create file"), e.message());
        return false;
    }
}

namespace {

/// What the user may do in a team database, shown when it opens (TeamRoles); empty for a file or the owner.
QString teamRoleNotice(const Database& database)
{
    std::optional<TeamRoles::Member> member;
    try {
        member = TeamRoles::currentMember(database.connection());
    } catch (const Error&) {
        return {};
    }
    if (!member) {
        return {};
    }
    switch (member->role) {
    case TeamRoles::Role::Wijkregisseur:
        return member->wardCodes.isEmpty()
            ? QCoreApplication::translate(
                "MainWindow",
                "You work in the team database as wijkregisseur, with no ward assigned yet: you read everything, "
                "residents as a pseudonym, and change nothing until the team's beheerder assigns you wards.")
            : QCoreApplication::translate(
                  "MainWindow",
                  "You work in the team database as wijkregisseur of %1: you change the records of these wards; "
                  "residents of other wards show as a pseudonym.")
                  .arg(member->wardCodes.join(u", "_s));
    case TeamRoles::Role::Teamleider:
        return QCoreApplication::translate(
            "MainWindow",
            "You work in the team database as teamleider: you read everything and set the risk weights, "
            "beleidskaders and themes; the wards' records are changed by their wijkregisseurs.");
    case TeamRoles::Role::Beleidsmedewerker:
        return QCoreApplication::translate(
            "MainWindow",
            "You work in the team database as beleidsmedewerker: you read everything pseudonymised and change "
            "nothing.");
    case TeamRoles::Role::Beheerder:
        return QCoreApplication::translate(
            "MainWindow",
            "You work in the team database as beheerder: you handle residents' AVG requests; users and wards "
            "are assigned with wijkregie team.");
    }
    return {};
}

} // namespace

bool MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    closeFile();
    QStringList messages = database->warnings();
    // The backup opens the file through a connection of its own: a brand-new file must be in the file, not only in
    // its write-ahead log, or that connection finds no database.
    if (!database->isServer()) {
        database->checkpoint();
        startDailyBackup(database->path());
    } else if (const QString role = teamRoleNotice(*database); !role.isEmpty()) {
        messages << role;
    }
    m_settings.addRecentFile(database->path());
    m_document = std::make_unique<Document>(std::move(database));
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &Document::commandFailed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Cannot undo or redo"), message); });
    connect(m_document.get(), &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Wards) {
            refreshWardFilter();
        }
    });
    refreshWardFilter();
    for (const Page& page : std::as_const(m_pages)) {
        page.setWardFilter(wardFilter());
        page.setDocument(m_document.get());
    }
    restoreLastPage();
    m_messageBar->setText(messages.join(u'\n'));
    m_messageBar->setVisible(!messages.isEmpty());
    m_central->setCurrentWidget(m_workspace);
    refreshRecentFiles();
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::startDailyBackup(const QString& path)
{
    // A large file takes seconds to copy: the backup runs beside the window, through a connection of its own.
    m_backup = Background::run<QString>([path](TaskControl&) {
                   return Database::makeDailyBackupOf(path, QDate::currentDate());
               }).future;
    auto* watcher = new QFutureWatcher<TaskResult<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const TaskResult<QString> result = watcher->result();
        watcher->deleteLater();
        if (!result.ok()) {
            m_messageBar->setText(tr("The daily backup could not be made: %1").arg(result.error->message()));
            m_messageBar->show();
        } else if (!result.value.isEmpty()) {
            statusBar()->showMessage(tr("Daily backup made: %1").arg(QDir::toNativeSeparators(result.value)), 5000);
        }
    });
    watcher->setFuture(m_backup);
}

void MainWindow::waitForDailyBackup()
{
    m_backup.waitForFinished();
}

void MainWindow::saveLastPage()
{
    if (m_document && m_views->currentWidget()) {
        m_settings.setLastPage(m_views->currentWidget()->objectName());
    }
}

void MainWindow::restoreLastPage()
{
    const QString last = m_settings.lastPage();
    for (int i = 0; i < m_views->count(); ++i) {
        if (!last.isEmpty() && m_views->widget(i)->objectName() == last) {
            m_navigation->setCurrentRow(i);
            return;
        }
    }
    // Else the first page: what needs attention this week.
    m_navigation->setCurrentRow(0);
}

bool MainWindow::reopenLastFile()
{
    const QStringList files = m_settings.recentFiles();
    return !files.isEmpty() && openFile(files.first());
}

void MainWindow::closeFile()
{
    if (!m_document) {
        return;
    }
    waitForDailyBackup();
    for (const Page& page : std::as_const(m_pages)) {
        page.setDocument(nullptr);
    }
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    refreshWardFilter();
    m_messageBar->hide();
    m_central->setCurrentWidget(m_startPage);
    refreshRecentFiles();
    updateTitle();
    updateActions();
}

bool MainWindow::openDemo()
{
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QProgressDialog progress(tr("Making the demo municipality..."), tr("Cancel"), 0, 100, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        try {
            auto database = Database::create(path, QString());
            DemoOptions options;
            generateDemo(*database, options, [&progress](int percent) {
                progress.setValue(percent);
                return !progress.wasCanceled();
            });
            database->setMunicipality(database->municipality());
        } catch (const DemoCancelled&) {
            QFile::remove(path);
            return false;
        } catch (const Error& e) {
            QFile::remove(path);
            QMessageBox::critical(this, tr("Cannot make the demo"), e.message());
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::newFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Wijkregie file"), QDir::homePath(),
                                                tr("Wijkregie files (%1)").arg(FileFilter));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".wijkregie"_s)) {
        path += u".wijkregie"_s;
    }
    bool ok = false;
    const QString municipality = QInputDialog::getText(this, tr("New Wijkregie file"), tr("Name of the municipality:"),
                                                       QLineEdit::Normal, QString(), &ok);
    if (ok) {
        createFile(path, municipality.trimmed());
    }
}

void MainWindow::chooseServer()
{
    QString last;
    for (const QString& recent : m_settings.recentFiles()) {
        if (Database::isServerUrl(recent)) {
            last = recent;
            break;
        }
    }
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, tr("Open team database"),
        tr("Address of the team database, as your administrator gave it\n(postgresql://user@server:port/database; "
           "the password is asked for, never part of the address):"),
        QLineEdit::Normal, last.isEmpty() ? u"postgresql://"_s : last, &ok);
    if (ok && !address.trimmed().isEmpty()) {
        if (!Database::isServerUrl(address.trimmed())) {
            QMessageBox::warning(this, tr("Open team database"),
                                 tr("%1 is not a database address; write postgresql://server/database or "
                                    "postgresql://user@server:port/database.")
                                     .arg(address.trimmed()));
            return;
        }
        openFile(address.trimmed());
    }
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Wijkregie file"), QDir::homePath(),
                                                      tr("Wijkregie files (%1)").arg(FileFilter));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::makeBackup()
{
    if (!m_document) {
        return;
    }
    const QFileInfo info(m_document->filePath());
    const QString suggestion = info.absolutePath() + u'/' + info.completeBaseName() + u'-'
        + QDate::currentDate().toString(Qt::ISODate) + u".wijkregie"_s;
    const QString out = QFileDialog::getSaveFileName(this, tr("Make a backup"), suggestion,
                                                     tr("Wijkregie files (%1)").arg(FileFilter), nullptr,
                                                     QFileDialog::DontConfirmOverwrite);
    if (out.isEmpty()) {
        return;
    }
    try {
        m_document->database().backupTo(out);
        statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(out)), 5000);
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot make a backup"), e.message());
    }
}

void MainWindow::exportCalendar()
{
    if (!m_document) {
        return;
    }
    const QFileInfo info(m_document->filePath());
    const QString suggestion = info.absolutePath() + u'/' + info.completeBaseName() + u".ics"_s;
    const QString out
        = QFileDialog::getSaveFileName(this, tr("Export calendar"), suggestion, tr("iCalendar files (*.ics)"));
    if (!out.isEmpty()) {
        exportCalendarTo(out);
    }
}

bool MainWindow::exportCalendarTo(const QString& path)
{
    if (!m_document) {
        return false;
    }
    try {
        SafeOutput::Options options;
        options.protectedFiles = {m_document->filePath()};
        options.content = OutputContent::NoPersonalData; // agreements, initiatives, partners, wards
        SafeOutput::checkTarget(path, options);
        const QByteArray ics = Calendar::ics(m_document->database());
        SafeOutput::save(path, options, [&](QIODevice& device) {
            if (device.write(ics) != ics.size()) {
                throw Error(tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
            }
        });
        statusBar()->showMessage(
            tr("Calendar written to %1: import it again to update the events.").arg(QDir::toNativeSeparators(path)),
            5000);
        return true;
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot export the calendar"), e.message());
        return false;
    }
}

void MainWindow::chooseLanguage(const QString& language)
{
    if (language == m_settings.language()) {
        return;
    }
    m_settings.setLanguage(language);
    QMessageBox::information(
        this, tr("Language"),
        tr("The language changes to %1 the next time you start Wijkregie.").arg(Translations::nativeName(language)));
}

void MainWindow::about()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

HelpWindow* MainWindow::showManual()
{
    if (!m_helpWindow) {
        m_helpWindow = new HelpWindow(this);
    }
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
    return m_helpWindow;
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(u"Wijkregie"_s);
        return;
    }
    const QString municipality = m_document->municipality();
    const QString name
        = municipality.isEmpty() ? m_document->fileName() : u"%1 (%2)"_s.arg(municipality, m_document->fileName());
    // Every edit is written to the file at once: there is nothing unsaved to mark with a star.
    setWindowTitle(u"%1 - Wijkregie"_s.arg(name));
}

void MainWindow::updateActions()
{
    for (QAction* a : std::as_const(m_documentActions)) {
        a->setEnabled(m_document != nullptr);
    }
    for (QAction* a : std::as_const(m_fileOnlyActions)) {
        a->setEnabled(m_document != nullptr && !m_document->database().isServer());
    }
    m_wardFilter->setEnabled(m_document != nullptr);
}

void MainWindow::refreshWardFilter()
{
    const qint64 current = m_wardFilter->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_wardFilter);
        WardPicker::fill(m_wardFilter, m_document ? m_document->wards().all() : QList<Ward> {}, tr("All wards"));
        m_wardFilter->setCurrentIndex(qMax(0, m_wardFilter->findData(current)));
    }
    if (m_wardFilter->currentData().toLongLong() != current) {
        emit m_wardFilter->currentIndexChanged(m_wardFilter->currentIndex());
    }
}

void MainWindow::refreshRecentFiles()
{
    const QStringList files = m_settings.recentFiles();
    m_startPage->setRecentFiles(files);
    m_recentMenu->clear();
    for (const QString& path : files) {
        QAction* a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    saveLastPage();
    m_settings.sync();
    waitForDailyBackup();
    event->accept();
}

void MainWindow::showReportDialog()
{
    if (!m_document) {
        return;
    }
    ReportDialog dialog(m_document->database(), wardFilter(), this);
    dialog.exec();
}

void MainWindow::showWhatIf(qint64 personId)
{
    if (m_document && personId > 0) {
        WhatIfDialog(*m_document, personId, this).exec();
    }
}

void MainWindow::showRiskWeightsDialog()
{
    if (m_document) {
        RiskWeightsDialog(*m_document, this).exec();
    }
}
