// Prints the time to open an initiative's hours grid and a person's history in the large demo:
//   wijkregie_bench_grid [FILE]
// Without FILE it first generates the large demo into a temporary folder (not timed). It picks the resident with
// the most hours in the last 12 months and, of their initiatives, the one with the most people involved; then it
// times what a user waits for: the hours grid of the last full month built and painted, a step to the previous
// month, and the resident's detail dialog with the history (hours per month and initiative) built and painted.
#include "core/storage/Database.h"
#include "tests/bench/BenchBaseline.h"
#include "ui/Document.h"
#include "ui/activities/HoursGridModel.h"
#include "ui/activities/HoursGridView.h"
#include "ui/activities/HoursGridWidget.h"
#include "ui/persons/PersonDetailDialog.h"
#include "ui/persons/PersonHistoryModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
void paint(QWidget& widget)
{
    widget.show();
    QApplication::processEvents();
    widget.repaint();
}
} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir scratch;
    qputenv("XDG_CONFIG_HOME", scratch.filePath(u"config"_s).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (file.isEmpty()) {
        file = scratch.filePath(u"large.wijkregie"_s);
        generateLargeDemo(file, out);
    }
    Document document(Database::open(file));

    // The busiest resident and, of their initiatives, the one with the most people (not timed).
    ListQuery busiest;
    busiest.sortColumn = PersonRepository::SortHoursLast12Months;
    busiest.order = Qt::DescendingOrder;
    const QList<PersonRow> top = document.persons().list(busiest, 0, 1);
    if (top.isEmpty()) {
        QTextStream(stderr) << "the file has no residents\n";
        return 1;
    }
    const qint64 personId = top.first().id;
    const QDate today = QDate::currentDate();
    qint64 initiativeId = 0;
    qsizetype people = 0;
    for (const InvolvementRow& r : document.involvements().forPerson(personId, today)) {
        const qsizetype n = document.involvements().forInitiative(r.involvement.initiativeId, today).size();
        if (n > people) {
            people = n;
            initiativeId = r.involvement.initiativeId;
        }
    }
    const QDate lastMonth = top.first().lastActive.isValid() ? top.first().lastActive : today.addMonths(-1);

    QElapsedTimer timer;
    timer.start();
    HoursGridWidget grid(document, initiativeId);
    grid.setMonth(lastMonth);
    grid.resize(1280, 600);
    paint(grid);
    const qint64 gridOpened = timer.elapsed();
    timer.restart();
    grid.previousMonth();
    grid.repaint();
    const qint64 gridPrevious = timer.elapsed();
    timer.restart();
    grid.view()->setCurrentIndex(grid.model()->index(0, 0));
    const int before = grid.model()->quartersAt(0, 0);
    grid.model()->setData(grid.model()->index(0, 0), before == 4 ? u"2"_s : u"1"_s);
    grid.repaint();
    const qint64 gridEdit = timer.elapsed();
    document.undoStack()->undo();

    timer.restart();
    const QList<MonthlyHours> history = document.activities().personHistory(personId);
    const qint64 historyQuery = timer.elapsed();
    timer.restart();
    PersonDetailDialog dialog(document, personId);
    dialog.tabs()->setCurrentIndex(PersonDetailDialog::HistoryTab);
    paint(dialog);
    const qint64 historyOpened = timer.elapsed();

    out << "file: " << file << "\n";
    out << "hours grid of initiative " << initiativeId << " (" << grid.model()->personCount() << " persons in "
        << grid.model()->month().toString(u"MM-yyyy"_s) << ", " << people << " involvements in all)\n";
    out << "  open hours grid (model, view, painted): " << gridOpened << " ms\n";
    out << "  previous month: " << gridPrevious << " ms\n";
    out << "  one cell edited (validate, write, grid refreshed): " << gridEdit << " ms\n";
    out << "history of person " << personId << " (" << history.size() << " month x initiative rows, "
        << dialog.historyModel()->rowCount() << " months, " << dialog.historyModel()->initiativeCount()
        << " initiatives)\n";
    out << "  personHistory query: " << historyQuery << " ms\n";
    out << "  open person detail with history (models, dialog, painted): " << historyOpened << " ms\n";
    return 0;
}
