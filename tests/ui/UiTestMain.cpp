// The main() of the widget tests: a QApplication on the offscreen platform, test mode for standard paths (so
// settings and the demo file land in a test folder of this process alone), Dutch translations off (tests compare
// English source texts).
#define CATCH_CONFIG_RUNNER
#include "tests/support/ProcessSettings.h"
#include "ui/common/Background.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace {

/// The offscreen platform, on one screen of WIJKREGIE_TEST_SCREEN ("1366x768") physical pixels when that is set,
/// else of 2560x1600 (Qt's own offscreen screen of 800x600 would make the window keep the tests' windows smaller than
/// they ask). QT_SCALE_FACTOR beside it gives a device pixel ratio.
QByteArray platform(const QString& config)
{
    QByteArray screen = qgetenv("WIJKREGIE_TEST_SCREEN");
    QList<QByteArray> size = screen.split('x');
    if (size.size() != 2) {
        screen = "2560x1600";
        size = screen.split('x');
    }
    QFile file(config);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": )" + size.at(0) + R"(, "height": )"
                   + size.at(1) + R"(, "logicalDpi": 96}]})");
    }
    return "offscreen:configfile=" + config.toLocal8Bit();
}

} // namespace

int main(int argc, char** argv)
{
    // The screen's description is read while the application starts; a file per process (tests run in parallel).
    const QString config
        = QDir::tempPath() + QStringLiteral("/wijkregie-test-screen-%1.json").arg(QCoreApplication::applicationPid());
    qputenv("QT_QPA_PLATFORM", platform(config));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QFile::remove(config);
    const ProcessSettings settings(QStringLiteral("WijkregieUiTests"));
    const int result = Catch::Session().run(argc, argv);
    // Background jobs a test's window started (charts, signals, the day's backup) end while the application exists:
    // the pool would otherwise wait for them in QCoreApplication's destructor, after QApplication is gone.
    Background::pool()->waitForDone();
    return result;
}
