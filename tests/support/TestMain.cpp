// The main() of the core test executables: a QCoreApplication, test mode for standard paths, Dutch translations
// off (tests compare English source texts unless they install a translator themselves).
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WijkregieTests"));
    QCoreApplication::setApplicationName(QStringLiteral("WijkregieTests"));
    return Catch::Session().run(argc, argv);
}
