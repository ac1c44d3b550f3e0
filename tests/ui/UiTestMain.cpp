// The main() of the widget tests: a QApplication on the offscreen platform, test mode for standard paths (so
// settings and the demo file land in a test folder), Dutch translations off (tests compare English source texts).
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wijkregie"));
    QApplication::setApplicationName(QStringLiteral("WijkregieUiTests"));
    return Catch::Session().run(argc, argv);
}
