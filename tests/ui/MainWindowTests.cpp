#include "core/i18n/Translations.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/ListView.h"
#include "ui/common/SaveRecordCommand.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {
/// A file with two wards, three initiatives and four residents, closed again.
QString makeFile(const QTemporaryDir& dir)
{
    return makeLindeveenFile(dir, [](Document& d, qint64 w1, qint64 w2) {
        d.initiatives().insert(Build::initiative(w1, u"Buurttuin"_s));
        d.initiatives().insert(Build::initiative(w1, u"Repair cafe"_s));
        d.initiatives().insert(Build::initiative(w2, u"Speeltuin"_s));
        d.persons().insert(Build::person(u"Anne"_s, u"Jansen"_s, w1));
        d.persons().insert(Build::person(u"Bram"_s, u"de Vries"_s, w2));
        d.persons().insert(Build::person(u"Cor"_s, u"Bakker"_s, w2));
        d.persons().insert(Build::person(u"Dewi"_s, u"Smit"_s));
    });
}
} // namespace

TEST_CASE("mainWindow_opensAFileAndShowsFilledLists", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = makeFile(dir);
    MainWindow window;
    CHECK(window.findChild<QStackedWidget*>(u"centralStackedWidget"_s)->currentWidget()->objectName()
          == u"startPage"_s);
    REQUIRE(window.openFile(path));
    CHECK(window.findChild<QStackedWidget*>(u"centralStackedWidget"_s)->currentWidget()->objectName()
          == u"workspace"_s);
    CHECK(window.view(MainWindow::Wards)->model()->rowCount() == 2);
    CHECK(window.view(MainWindow::Initiatives)->model()->rowCount() == 3);
    CHECK(window.view(MainWindow::Persons)->model()->rowCount() == 4);
    CHECK(window.view(MainWindow::Initiatives)->findChild<QLabel*>(u"countLabel"_s)->text() == u"3 initiative(s)"_s);
    CHECK(window.windowTitle().contains(u"Lindeveen"_s));
    CHECK(window.windowTitle().contains(u"lindeveen.wijkregie"_s));
    // The daily backup was made beside the file, in the background.
    window.waitForDailyBackup();
    CHECK_FALSE(QDir(dir.filePath(u"backups"_s)).entryList(QDir::Files).isEmpty());
    window.closeFile();
}

TEST_CASE("mainWindow_noUnsavedMarkerSinceEveryEditIsSaved", "[mainwindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(makeFile(dir)));
    CHECK_FALSE(window.isWindowModified());
    Document& d = *window.document();
    d.execute(std::make_unique<SaveRecordCommand<WardRepository, Ward>>(
        d, Document::Kind::Wards, std::nullopt, Build::ward(u"WK036303"_s, u"West"_s), u"Add ward"_s));
    CHECK_FALSE(window.isWindowModified());
    CHECK_FALSE(window.windowTitle().contains(u'*'));
    CHECK_FALSE(window.windowTitle().contains(u"[*]"_s));
    CHECK(window.view(MainWindow::Wards)->model()->rowCount() == 3);
    CHECK(window.findChild<QComboBox*>(u"wardFilterComboBox"_s)->count() == 4);
    d.undoStack()->undo();
    CHECK_FALSE(window.isWindowModified());
    CHECK(window.findChild<QComboBox*>(u"wardFilterComboBox"_s)->count() == 3);
    window.closeFile();
}

TEST_CASE("mainWindow_wardFilterFollowsAcrossViews", "[mainwindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(makeFile(dir)));
    auto* combo = child<QComboBox>(&window, u"wardFilterComboBox"_s);
    window.setCurrentView(MainWindow::Initiatives);
    combo->setCurrentIndex(combo->findText(u"WK036302"_s, Qt::MatchContains));
    const qint64 zuid = window.document()->wards().findByCode(u"WK036302"_s)->id;
    CHECK(window.wardFilter() == zuid);
    CHECK(window.view(MainWindow::Initiatives)->model()->rowCount() == 1);

    window.setCurrentView(MainWindow::Persons);
    CHECK(window.findChild<QStackedWidget*>(u"viewsStackedWidget"_s)->currentWidget()->objectName() == u"personView"_s);
    CHECK(window.view(MainWindow::Persons)->wardFilter() == zuid);
    CHECK(window.view(MainWindow::Persons)->model()->rowCount() == 2);
    CHECK(window.view(MainWindow::Wards)->model()->rowCount() == 1);

    combo->setCurrentIndex(0);
    CHECK(window.view(MainWindow::Persons)->model()->rowCount() == 4);
    window.closeFile();
}

TEST_CASE("mainWindow_refusesAFileThatIsNoDatabase", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"random.wijkregie"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database at all, just some words in a file");
    file.close();
    MainWindow window;
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    CHECK_FALSE(window.openFile(path));
    CHECK(message.contains(u"random.wijkregie"_s));
    CHECK(window.document() == nullptr);
}

TEST_CASE("mainWindow_opensTheDemo", "[mainwindow][demo]")
{
    QFile::remove(MainWindow::demoPath());
    MainWindow window;
    REQUIRE(window.openDemo());
    CHECK(QFile::exists(MainWindow::demoPath()));
    CHECK(window.view(MainWindow::Wards)->model()->rowCount() > 0);
    CHECK(window.view(MainWindow::Initiatives)->model()->rowCount() > 0);
    window.closeFile();
}

// Not run by default: `ui_tests "[screenshot]"` writes docs/screenshot-main.png (set WIJKREGIE_SCREENSHOT to the
// output path) from the demo municipality, in Dutch, at the office laptop's 1366x768 less a taskbar (run it with
// WIJKREGIE_TEST_SCREEN=1366x768).
TEST_CASE("mainWindow_screenshotOfTheDemo", "[.][screenshot]")
{
    Translations::install(u"nl"_s);
    QFile::remove(MainWindow::demoPath());
    MainWindow window;
    REQUIRE(window.openDemo());
    window.resize(1366, 768 - 40);
    window.show();
    QApplication::processEvents();
    const QString out = qEnvironmentVariable("WIJKREGIE_SCREENSHOT", u"screenshot-main.png"_s);
    CHECK(window.grab().save(out));
    window.closeFile();
}
