// The main() of the core test executables: a QCoreApplication, test mode for standard paths (settings of this
// process alone), Dutch translations
// off (tests compare English source texts unless they install a translator themselves).
#define CATCH_CONFIG_RUNNER
#include "tests/support/ProcessSettings.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const ProcessSettings settings(QStringLiteral("WijkregieTests"));
    return Catch::Session().run(argc, argv);
}
