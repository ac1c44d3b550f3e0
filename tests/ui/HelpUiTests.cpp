// The window's icon, Help > About and the manual (F1) with its search.
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/HelpWindow.h"
#include "ui/report/ReportFonts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("mainWindow_hasItsOwnIconAtEveryInstalledSize", "[help]")
{
    MainWindow window;
    const QList<QSize> sizes = window.windowIcon().availableSizes();
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        INFO(size);
        CHECK(sizes.contains(QSize(size, size)));
    }
    // The application's icon, not a theme's folder: the 16-pixel image is the one in the resources.
    const QImage small
        = window.windowIcon().pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage ours = QImage(u":/icons/png/wijkregie-16.png"_s).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    CHECK(small == ours);
}

TEST_CASE("aboutDialog_showsVersionLicenceAndAboutQt", "[help]")
{
    AboutDialog dialog;
    const auto* text = dialog.findChild<QLabel*>(u"aboutTextLabel"_s);
    REQUIRE(text);
    CHECK(text->text().contains(u"Wijkregie "_s + QStringLiteral(WIJKREGIE_VERSION)));
    CHECK(text->text().contains(u"GPL-3.0-or-later"_s));
    CHECK(text->text().contains(u"DejaVu Sans"_s));
    const auto* icon = dialog.findChild<QLabel*>(u"iconLabel"_s);
    REQUIRE(icon);
    CHECK(icon->pixmap().size() == QSize(64, 64));

    auto* aboutQt = child<QPushButton>(&dialog, u"aboutQtPushButton"_s);
    CHECK(aboutQt->text() == u"About &Qt"_s);
    // "About Qt" opens Qt's own modal box; close it as soon as it is there, and remember its title.
    QString shownTitle;
    QTimer::singleShot(0, [&shownTitle] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shownTitle = box->windowTitle();
            box->accept();
        }
    });
    aboutQt->click();
    CHECK(shownTitle.contains(u"Qt"_s));
}

TEST_CASE("manual_opensWithF1AndShowsTheBundledDutchManual", "[help]")
{
    MainWindow window;
    QAction* manual = window.findChild<QAction*>(u"manualAction"_s);
    REQUIRE(manual);
    CHECK(manual->shortcut() == QKeySequence(QKeySequence::HelpContents));
    CHECK(manual->shortcut() == QKeySequence(Qt::Key_F1));
    manual->trigger();
    auto* help = child<HelpWindow>(&window, u"helpWindow"_s);
    CHECK(help->isVisible());
    const auto* browser = help->findChild<QTextBrowser*>(u"manualTextBrowser"_s);
    REQUIRE(browser);
    const QString text = browser->toPlainText();
    CHECK(text.startsWith(u"Handleiding Wijkregie"_s));
    // The wijkregisseur's week: the register, hours from paper lists, risk, the council report, exports, privacy.
    for (const QString& heading :
         {u"Maandag: het register bijwerken"_s, u"Dinsdag: uren van de papieren presentielijsten"_s,
          u"Woensdag: het continuïteitsrisico en de zeven indicatoren"_s, u"Donderdag: de raadsrapportage"_s,
          u"Vrijdag: CSV en XLSX voor beleidsmedewerkers"_s, u"Privacy: persoonsgegevens van bewoners (AVG)"_s}) {
        INFO(heading.toStdString());
        CHECK(text.contains(heading));
    }
    for (const QString& indicator : {u"Concentratie"_s, u"Opvolging"_s, u"Dunne kern"_s, u"Vaart"_s, u"Financiering"_s,
                                     u"Inbedding"_s, u"Belasting sleutelpersoon"_s}) {
        INFO(indicator.toStdString());
        CHECK(text.contains(indicator));
    }
    // A second F1 raises the same window.
    manual->trigger();
    CHECK(window.findChildren<HelpWindow*>().size() == 1);
}

TEST_CASE("manual_searchMarksEveryMatchAndSelectsTheFirst", "[help]")
{
    HelpWindow help;
    help.show();
    auto* search = child<QLineEdit>(&help, u"searchLineEdit"_s);
    auto* browser = child<QTextBrowser>(&help, u"manualTextBrowser"_s);
    auto* matches = child<QLabel>(&help, u"matchesLabel"_s);

    // Typed into the search field, as a user does.
    QTest::keyClicks(search, u"presentielijst"_s);
    CHECK(browser->extraSelections().size() >= 2);
    CHECK(browser->textCursor().selectedText().compare(u"presentielijst"_s, Qt::CaseInsensitive) == 0);
    CHECK(matches->text() == u"%1 match(es)"_s.arg(browser->extraSelections().size()));

    // Enter steps to the next match.
    const int first = browser->textCursor().position();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(browser->textCursor().position() > first);
    CHECK(browser->textCursor().selectedText().compare(u"presentielijst"_s, Qt::CaseInsensitive) == 0);

    CHECK(help.search(u"trekker"_s) >= 3);
    CHECK(help.search(u"xyzzy-bestaat-niet"_s) == 0);
    CHECK(matches->text() == u"Not found"_s);
    CHECK(browser->extraSelections().isEmpty());
    CHECK(help.search(QString()) == 0);
    CHECK(matches->text().isEmpty());
}

TEST_CASE("reportFont_isTheBundledDejaVuSans", "[help][report]")
{
    CHECK(ReportFonts::family() == u"DejaVu Sans"_s);
    CHECK(ReportFonts::bundled());
    CHECK(QFontDatabase::styles(ReportFonts::family()).contains(u"Bold"_s));
    QFile licence(u":/fonts/DejaVu-LICENSE.txt"_s);
    REQUIRE(licence.open(QIODevice::ReadOnly));
    CHECK(licence.readAll().contains("Bitstream Vera"));
}

// Not run by default: `ui_tests "[screenshot]"` writes screenshot-manual.png and screenshot-about.png into the
// folder WIJKREGIE_SCREENSHOT_DIR (default: the current folder), with the manual searched for "trekker".
TEST_CASE("help_screenshotsOfTheManualAndTheAboutBox", "[.][screenshot]")
{
    const QString out = qEnvironmentVariable("WIJKREGIE_SCREENSHOT_DIR", u"."_s);
    HelpWindow help;
    help.resize(900, 700);
    help.show();
    help.search(u"trekker"_s);
    CHECK(help.grab().save(QDir(out).filePath(u"screenshot-manual.png"_s)));
    AboutDialog about;
    about.show();
    CHECK(about.grab().save(QDir(out).filePath(u"screenshot-about.png"_s)));
}
