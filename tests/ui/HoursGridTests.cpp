#include "tests/ui/GridTestSupport.h"
#include "ui/activities/HoursGridModel.h"
#include "ui/activities/HoursGridView.h"
#include "ui/activities/HoursGridWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {
const QDate March(2025, 3, 1);

struct Grid
{
    explicit Grid(GridFixture& fixture)
        : f(fixture)
        , widget(f.d, f.initiative)
    {
        widget.setMonth(March);
        widget.resize(1200, 700);
        widget.show();
        widget.activateWindow();
        widget.view()->setFocus();
        QApplication::processEvents();
    }
    GridFixture& f;
    HoursGridWidget widget;
    HoursGridModel* model() { return widget.model(); }
    HoursGridView* view() { return widget.view(); }
    void goTo(int row, int column) { view()->setCurrentIndex(model()->index(row, column)); }
    QString status() { return widget.statusLabel()->text(); }
    /// Types `text` into the current cell and ends it with `key`.
    void enter(const QString& text, Qt::Key key = Qt::Key_Return)
    {
        typeKeys(&widget, text);
        pressKey(&widget, key);
    }
    /// Types `text` into the cell at row, column and ends it with `key`.
    void enter(int row, int column, const QString& text, Qt::Key key = Qt::Key_Return)
    {
        goTo(row, column);
        enter(text, key);
    }
    /// The quarter hours stored for the fixture's `person`-th person on a date.
    int stored(int person, const QDate& date) { return storedQuarters(f.d, f.initiative, f.people.at(person), date); }
    /// The activities stored for the initiative in March 2025.
    QList<Activity> march() { return f.d.activities().forInitiative(f.initiative, March, QDate(2025, 3, 31)); }
};
} // namespace

TEST_CASE("hoursGrid_aMonthForFifteenPersonsIsEnteredWithTheKeyboardAlone", "[hoursgrid]")
{
    GridFixture f(15);
    Grid g(f);
    QAbstractItemModelTester tester(g.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(g.model()->personCount() == 15);
    REQUIRE(g.model()->dayCount() == 31);
    REQUIRE(g.view()->currentIndex() == g.model()->index(0, 0));

    // Every weekday: 2 hours for even rows, 1,5 (typed 1,5 or 1.5 or 1:30 in turn) for odd rows. Tab moves right
    // after each value; the weekend is skipped with Tab too; Down and Home go to the next person.
    int expectedQuarters = 0;
    const QStringList oneAndAHalf {u"1,5"_s, u"1.5"_s, u"1:30"_s};
    int typed = 0;
    for (int row = 0; row < 15; ++row) {
        for (int day = 0; day < 31; ++day) {
            if (March.addDays(day).dayOfWeek() <= 5) {
                typeKeys(&g.widget, row % 2 == 0 ? u"2"_s : oneAndAHalf.at(typed++ % 3));
                expectedQuarters += row % 2 == 0 ? 8 : 6;
            }
            pressKey(&g.widget, Qt::Key_Tab);
        }
        REQUIRE(g.view()->currentIndex().column() == 31); // the total column
        pressKey(&g.widget, Qt::Key_Down);
        pressKey(&g.widget, Qt::Key_Home);
    }

    int stored = 0;
    const auto cells = g.march();
    for (const Activity& a : cells) {
        stored += a.quarters;
        CHECK(a.date.dayOfWeek() <= 5);
    }
    CHECK(cells.size() == 15 * 21);
    CHECK(stored == expectedQuarters);
    CHECK(g.model()->index(15, 31).data(HoursGridModel::QuartersRole).toInt() == expectedQuarters);
    CHECK(g.model()->index(0, 31).data().toString() == QLocale().toString(42.0));
    // One undo step per cell.
    CHECK(f.d.undoStack()->count() == 15 * 21);
}

TEST_CASE("hoursGrid_enterMovesDownAndDeleteClears", "[hoursgrid]")
{
    GridFixture f(3);
    Grid g(f);
    g.enter(0, 2, u"3"_s);
    CHECK(g.view()->currentIndex() == g.model()->index(1, 2));
    CHECK(g.stored(0, QDate(2025, 3, 3)) == 12);
    pressKey(&g.widget, Qt::Key_Up);
    pressKey(&g.widget, Qt::Key_Delete);
    CHECK(g.stored(0, QDate(2025, 3, 3)) == 0);
    f.d.undoStack()->undo();
    CHECK(g.stored(0, QDate(2025, 3, 3)) == 12);
}

TEST_CASE("hoursGrid_negativeHoursAreRefusedWithAMessageAndNothingWritten", "[hoursgrid]")
{
    GridFixture f(2);
    Grid g(f);
    g.enter(1, 4, u"-2"_s);
    CHECK(g.status().contains(u"negative"_s));
    CHECK(g.status().contains(u"Bakker 01"_s));
    CHECK(g.march().isEmpty());
    CHECK(f.d.undoStack()->count() == 0);
    CHECK(g.view()->currentIndex() == g.model()->index(1, 4)); // stays on the refused cell
}

TEST_CASE("hoursGrid_moreThan24HoursInADayAcrossInitiativesIsRefused", "[hoursgrid]")
{
    GridFixture f(1);
    const qint64 other = f.d.initiatives().insert(Build::initiative(f.ward, u"Repair Café"_s));
    Involvement v;
    v.personId = f.people.first();
    v.initiativeId = other;
    v.from = QDate(2025, 1, 1);
    f.d.involvements().insert(v);
    f.d.activities().setHours(other, {Activity {f.people.first(), other, QDate(2025, 3, 5), 20 * 4, QString()}});
    Grid g(f);
    g.enter(0, 4, u"5"_s, Qt::Key_Tab);
    CHECK(g.status().contains(u"24"_s));
    CHECK(g.stored(0, QDate(2025, 3, 5)) == 0);
    g.enter(u"4"_s, Qt::Key_Tab);
    CHECK(g.stored(0, QDate(2025, 3, 5)) == 16);
}

TEST_CASE("hoursGrid_hoursThatAreNoQuarterOrNoNumberAreRefused", "[hoursgrid]")
{
    GridFixture f(1);
    Grid g(f);
    g.enter(0, 0, u"1,3"_s);
    CHECK(g.status().contains(u"quarter"_s));
    CHECK(f.d.undoStack()->count() == 0);
    CHECK(HoursGridModel::parseQuarters(u"1,25"_s) == 5);
    CHECK(HoursGridModel::parseQuarters(u"0.75"_s) == 3);
    CHECK(HoursGridModel::parseQuarters(u"2:45"_s) == 11);
    CHECK(HoursGridModel::parseQuarters(u""_s) == 0);
    CHECK_FALSE(HoursGridModel::parseQuarters(u"twee"_s));
    CHECK_FALSE(HoursGridModel::parseQuarters(u"1:75"_s));
    CHECK_FALSE(HoursGridModel::parseQuarters(u"0,1"_s));
}

TEST_CASE("hoursGrid_examplesAreWrittenAsTheLocaleWritesDecimals", "[hoursgrid]")
{
    const QLocale before;
    for (const auto& [locale, decimal] : {std::pair {QLocale(QLocale::Dutch, QLocale::Netherlands), u"0,25"_s},
                                          std::pair {QLocale(QLocale::English, QLocale::UnitedKingdom), u"0.25"_s}}) {
        QLocale::setDefault(locale);
        QString error;
        CHECK_FALSE(HoursGridModel::parseQuarters(u"0,1"_s, &error));
        CHECK(error.contains(decimal));
        CHECK(HoursGridModel::examples().contains(locale.toString(1.5)));
        CHECK(HoursGridModel::notHours(u"x"_s).contains(locale.toString(1.5)));
    }
    QLocale::setDefault(before);
}

TEST_CASE("hoursGrid_cellsOutsideTheInvolvementAreGreyAndNotEditable", "[hoursgrid]")
{
    GridFixture f(2);
    Involvement v = f.d.involvements().forInitiative(f.initiative, QDate(2025, 3, 1)).last().involvement;
    v.until = QDate(2025, 3, 10);
    f.d.involvements().update(v);
    Grid g(f);
    const int row = g.model()->index(0, 0).data(HoursGridModel::PersonIdRole).toLongLong() == v.personId ? 0 : 1;
    CHECK(g.model()->flags(g.model()->index(row, 9)) & Qt::ItemIsEditable);
    CHECK_FALSE(g.model()->flags(g.model()->index(row, 10)) & Qt::ItemIsEditable);
    CHECK(g.model()->index(row, 10).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(g.model()->index(row, 10).data(Qt::ToolTipRole).toString().isEmpty());
    g.enter(row, 12, u"2"_s);
    CHECK(g.march().isEmpty());

    // A paste that reaches past the end of the involvement is refused whole, naming person and date.
    g.goTo(row, 8);
    CHECK_FALSE(g.view()->pasteText(u"1\t1\t1\t1\n"_s));
    CHECK(g.status().contains(u"outside"_s));
    CHECK(g.status().contains(u"Bakker"_s));
    CHECK(g.march().isEmpty());
}

TEST_CASE("hoursGrid_pasteOfATabSeparatedBlockIsOneUndoStep", "[hoursgrid]")
{
    GridFixture f(3);
    Grid g(f);
    g.goTo(1, 2);
    // As a spreadsheet copies three rows of three days, with a Dutch decimal comma and an empty cell.
    CHECK(g.view()->pasteText(u"1,5\t2\t\r\n0,25\t\t3\r\n1\t1\t1\r\n"_s) == false); // the third row is past the grid
    CHECK(g.status().contains(u"outside the grid"_s));
    CHECK(f.d.undoStack()->count() == 0);

    g.goTo(0, 2);
    REQUIRE(g.view()->pasteText(u"1,5\t2\t\r\n0,25\t\t3\r\n"_s));
    CHECK(f.d.undoStack()->count() == 1);
    CHECK(g.stored(0, QDate(2025, 3, 3)) == 6);
    CHECK(g.stored(0, QDate(2025, 3, 4)) == 8);
    CHECK(g.stored(1, QDate(2025, 3, 3)) == 1);
    CHECK(g.stored(1, QDate(2025, 3, 5)) == 12);
    CHECK(g.model()->index(3, 31).data(HoursGridModel::QuartersRole).toInt() == 27);

    // Copy gives the same block back.
    g.view()->selectionModel()->select(QItemSelection(g.model()->index(0, 2), g.model()->index(1, 4)),
                                       QItemSelectionModel::ClearAndSelect);
    CHECK(g.view()->selectionText()
          == QLocale().toString(1.5) + u"\t2\t\n"_s + QLocale().toString(0.25) + u"\t\t3\n"_s);

    f.d.undoStack()->undo();
    CHECK(g.march().isEmpty());
    CHECK(g.model()->index(3, 31).data(HoursGridModel::QuartersRole).toInt() == 0);
    f.d.undoStack()->redo();
    CHECK(g.march().size() == 4);
}

TEST_CASE("hoursGrid_aRefusedPasteWritesNothingAndNamesTheProblems", "[hoursgrid]")
{
    GridFixture f(2);
    Grid g(f);
    g.goTo(0, 0);
    CHECK_FALSE(g.view()->pasteText(u"2\t2\n2\tveel\n"_s));
    CHECK(g.status().contains(u"veel"_s));
    CHECK(g.status().contains(u"Bakker 01"_s));
    CHECK_FALSE(g.view()->pasteText(u"2\t-1\n"_s));
    CHECK(g.status().contains(u"negative"_s));
    CHECK(g.march().isEmpty());
    CHECK(f.d.undoStack()->count() == 0);
}

TEST_CASE("hoursGrid_undoRestoresThePreviousValueAndKeepsTheKind", "[hoursgrid]")
{
    GridFixture f(1);
    f.d.activities().setHours(f.initiative,
                              {Activity {f.people.first(), f.initiative, QDate(2025, 3, 3), 8, u"meeting"_s}});
    Grid g(f);
    g.enter(0, 2, u"3"_s);
    auto stored = f.d.activities().forInitiative(f.initiative, QDate(2025, 3, 3), QDate(2025, 3, 3));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().quarters == 12);
    CHECK(stored.first().kind == u"meeting"_s);
    f.d.undoStack()->undo();
    CHECK(g.stored(0, QDate(2025, 3, 3)) == 8);
    CHECK(g.model()->index(0, 2).data(HoursGridModel::QuartersRole).toInt() == 8);
    f.d.undoStack()->redo();
    CHECK(g.stored(0, QDate(2025, 3, 3)) == 12);
}

TEST_CASE("hoursGrid_monthNavigationShowsThePeopleInvolvedThatMonth", "[hoursgrid]")
{
    GridFixture f(2);
    Involvement late;
    late.personId = f.d.persons().insert(Build::person(u"Kees"_s, u"Later"_s, f.ward));
    late.initiativeId = f.initiative;
    late.from = QDate(2025, 4, 15);
    f.d.involvements().insert(late);
    Grid g(f);
    QAbstractItemModelTester tester(g.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(g.model()->personCount() == 2);
    g.widget.nextMonth();
    CHECK(g.model()->month() == QDate(2025, 4, 1));
    CHECK(g.model()->personCount() == 3);
    CHECK(g.model()->dayCount() == 30);
    pressKey(&g.widget, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(g.model()->month() == March);
    g.widget.setMonth(QDate(2024, 12, 20));
    CHECK(g.model()->personCount() == 0);
    CHECK(g.widget.findChild<QLabel*>(u"hoursEmptyLabel"_s)->isVisibleTo(&g.widget));
}

TEST_CASE("hoursGrid_enterAfterTheLastPersonGoesToTheFirstPersonOfTheNextDay", "[hoursgrid]")
{
    GridFixture f(3);
    Grid g(f);
    g.goTo(0, 2);
    // A day typed down the column: 1, 2, 3 and Enter after each; the cursor goes on to the next day's first person.
    g.enter(u"1"_s);
    g.enter(u"2"_s);
    g.enter(u"3"_s);
    CHECK(g.view()->currentIndex() == g.model()->index(0, 3));
    CHECK(g.stored(2, QDate(2025, 3, 3)) == 12);
    // Without typing as well, and Shift+Enter goes back to the last person of the day before.
    g.goTo(2, 5);
    pressKey(&g.widget, Qt::Key_Return);
    CHECK(g.view()->currentIndex() == g.model()->index(0, 6));
    pressKey(&g.widget, Qt::Key_Return, Qt::ShiftModifier);
    CHECK(g.view()->currentIndex() == g.model()->index(2, 5));
    // Never onto the totals row, also on the last day.
    g.goTo(2, 30);
    pressKey(&g.widget, Qt::Key_Return);
    CHECK(g.view()->currentIndex().row() < g.model()->personCount());
}

TEST_CASE("hoursGrid_aLetterIsRefusedAloud_andAnUndoClearsAnEarlierMessage", "[hoursgrid]")
{
    GridFixture f(2);
    Grid g(f);
    g.goTo(0, 3);
    typeKeys(&g.widget, u"x"_s);
    CHECK(g.status().contains(u"is not a number of hours"_s));
    CHECK(f.d.undoStack()->count() == 0);
    g.enter(u"2"_s);
    CHECK(g.stored(0, QDate(2025, 3, 4)) == 8);
    g.enter(1, 4, u"-1"_s);
    CHECK(g.status().contains(u"Not saved"_s));
    f.d.undoStack()->undo();
    QApplication::processEvents();
    CHECK(g.stored(0, QDate(2025, 3, 4)) == 0);
    CHECK_FALSE(g.status().contains(u"Not saved"_s));
}
