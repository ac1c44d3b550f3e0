// Prints the time from start to the initiatives list shown with the large demo open:
//   wijkregie_bench_startup [FILE]
// Without FILE it first generates the large demo into a temporary folder (not timed). The timed part is what a
// user waits for: the application object, the main window, openFile(), and the initiatives list showing its
// first rows. It runs offscreen when there is no display, and with its own settings folder.
#include "core/storage/Database.h"
#include "core/storage/InitiativeRepository.h"
#include "tests/bench/BenchBaseline.h"
#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/ListView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QTemporaryDir scratch;
    qputenv("XDG_CONFIG_HOME", scratch.filePath(u"config"_s).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QTextStream out(stdout);
    int total = 0;
    if (file.isEmpty()) {
        QCoreApplication generatorApp(argc, argv);
        file = scratch.filePath(u"large.wijkregie"_s);
        generateLargeDemo(file, out);
    }
    {
        auto db = Database::open(file);
        total = InitiativeRepository(*db).count({});
    }

    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    const qint64 appReady = timer.elapsed();
    MainWindow window;
    window.show();
    const qint64 windowShown = timer.elapsed();
    if (!window.openFile(file)) {
        QTextStream(stderr) << "openFile failed\n";
        return 1;
    }
    const qint64 opened = timer.elapsed();
    window.setCurrentView(MainWindow::Initiatives);
    ListView* view = window.view(MainWindow::Initiatives);
    while (!(view->isVisible() && view->model() && view->model()->rowCount() > 0)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (timer.elapsed() > 60000) {
            QTextStream(stderr) << "the initiatives list did not show rows within 60 s\n";
            return 1;
        }
    }
    view->tableView()->viewport()->repaint();
    const qint64 shown = timer.elapsed();
    out << "QApplication " << appReady << " ms, main window shown " << windowShown << " ms, file opened " << opened
        << " ms, initiatives list shown " << shown << " ms (" << view->model()->rowCount() << " of " << total
        << " initiatives loaded)\n";
    out << "start to initiatives list: " << shown << " ms\n";
    return 0;
}
