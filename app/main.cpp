// The wijkregie executable: the window, or a subcommand that needs no display.
#include "app/cli/CommandLine.h"
#include "core/i18n/Translations.h"
#include "ui/MainWindow.h"
#include "ui/common/Background.h"
#include "ui/help/AppIcon.h"
#include "ui/settings/Settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"Wijkregie"_s);
    QCoreApplication::setApplicationName(u"Wijkregie"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WIJKREGIE_VERSION));
}

QStringList argumentList(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

int runCommandLine(int argc, char** argv)
{
    // The report draws text and charts, which needs a GUI application; the offscreen platform needs no display.
    std::unique_ptr<QTemporaryDir> runtime;
    std::unique_ptr<QCoreApplication> app;
    // So does the subject-access export's PDF.
    const bool draws = argc > 1
        && (qstrcmp(argv[1], "report") == 0
            || (qstrcmp(argv[1], "person") == 0 && argc > 2 && qstrcmp(argv[2], "export") == 0));
    if (draws) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt's offscreen platform wants a private runtime folder; without one it warns on every run. A new
            // owner-only folder of this run's own (a fixed name in /tmp could be planted by another account).
            runtime = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/wijkregie-runtime-XXXXXX"_s);
            if (runtime->isValid()) {
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
            }
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationNames();
    Translations::install(u"nl"_s);
    return CommandLine::run(QCoreApplication::arguments());
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(u"Wijkregie"_s);
    // The desktop entry's name, so that a Wayland desktop shows its icon and name for the window.
    QGuiApplication::setDesktopFileName(u"nl.wijkregie.Wijkregie"_s);
    QApplication::setWindowIcon(AppIcon::icon());
    Translations::install(Settings().language());
    MainWindow window;
    // QApplication has removed its own options (-platform, -style, ...); what is left is the file, if any.
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1) {
        window.openFile(arguments.at(1));
    } else {
        window.reopenLastFile();
    }
    window.show();
    const int code = QApplication::exec();
    // Jobs still running (a chart, the day's backup) finish while the window and the application they report to
    // exist: the pool would otherwise wait for them in QCoreApplication's destructor, after QApplication is gone.
    Background::pool()->waitForDone();
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    if (CommandLine::isCommandLine(argumentList(argc, argv))) {
        return runCommandLine(argc, argv);
    }
    return runWindow(argc, argv);
}
