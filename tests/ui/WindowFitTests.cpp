// Every window and dialog fits the office laptop (1366x768 less a 40 px taskbar) and 1920x1080 at 150 % (logical
// 1280x720 less 40 px). tests/ui/CMakeLists.txt runs it again on a screen of that size (WIJKREGIE_TEST_SCREEN), the
// second at a device pixel ratio of 1.5 (QT_SCALE_FACTOR; WIJKREGIE_EXPECT_DPR makes sure Qt really scales): there
// the size each window opens at must fit the screen less 40 px too.
#include "tests/ui/AllWindows.h"

#include <QApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// The smallest size the user can give the window: what its layout needs, or more when it asks for more.
QSize minimumOf(QWidget& window)
{
    if (window.layout()) {
        window.layout()->activate();
    }
    return window.minimumSize().expandedTo(window.minimumSizeHint());
}

} // namespace

TEST_CASE("Every window and dialog fits 1366x768 and 1920x1080 at 150 percent, less a taskbar", "[fit]")
{
    const QByteArray expected = qgetenv("WIJKREGIE_EXPECT_DPR");
    if (!expected.isEmpty()) {
        // Run at a scale factor: make sure the platform really scales, else this run proves nothing.
        REQUIRE(qApp->devicePixelRatio() == Approx(expected.toDouble()));
    }
    // Logical pixels: at 100 % the laptop's 1366x768, at 150 % the 1920x1080 screen's 1280x720; each less 40 px.
    const QSize laptop(1366, 768 - 40);
    const QSize scaled(1920 * 2 / 3, 1080 * 2 / 3 - 40);
    QStringList tooLarge;
    int count = 0;
    forEachWindow([&](const AppWindow& w) {
        ++count;
        const QSize minimum = minimumOf(*w.widget);
        INFO(w.name.toStdString() << " at DPR " << w.widget->devicePixelRatioF() << ": minimum " << minimum.width()
                                  << "x" << minimum.height());
        const bool fits = minimum.width() <= laptop.width() && minimum.height() <= laptop.height()
            && minimum.width() <= scaled.width() && minimum.height() <= scaled.height();
        if (!qEnvironmentVariableIsEmpty("WIJKREGIE_TEST_SCREEN")) {
            const QSize room = w.widget->screen()->availableGeometry().size() - QSize(0, 40);
            const QSize opened = w.widget->frameGeometry().size();
            INFO("opened at " << opened.width() << "x" << opened.height() << " on " << room.width() << "x"
                              << room.height());
            const bool opensInside = opened.width() <= room.width() && opened.height() <= room.height();
            CHECK(opensInside);
            if (!opensInside) {
                tooLarge << u"%1 opens at %2x%3"_s.arg(w.name).arg(opened.width()).arg(opened.height());
            }
        }
        if (!fits) {
            tooLarge << u"%1: %2x%3"_s.arg(w.name).arg(minimum.width()).arg(minimum.height());
        }
        CHECK(fits);
    });
    INFO(tooLarge.join(u"; "_s).toStdString());
    CHECK(tooLarge.isEmpty());
    // The start page, at least ten pages and every dialog.
    CHECK(count >= 50);
}
