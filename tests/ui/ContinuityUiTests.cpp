// The continuity parts of the window: the signals home screen led by continuity (filter by kind, a suggested backup
// accepted through the undo stack), the reason for leaving asked in the involvement editor, File > Export calendar.
#include "core/storage/Sql.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/RiskCharts.h"
#include "ui/involvements/InvolvementEditor.h"
#include "ui/signals/SignalsView.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QDate Reference(2026, 6, 15);

/// A lead who holds the treasurer's role without a backup, and a helper active in the last months.
struct RoleData
{
    RoleData()
    {
        Document& d = *t.document;
        Database& db = d.database();
        ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
        Initiative garden = Build::initiative(ward, u"Buurttuin"_s);
        garden.startDate = QDate(2024, 1, 1);
        initiative = d.initiatives().insert(garden);
        holder = d.persons().insert(Build::person(u"Anne"_s, u"Jansen"_s, ward));
        helper = d.persons().insert(Build::person(u"Bram"_s, u"de Vries"_s, ward));
        Build::addInvolvement(db, holder, initiative, InvolvementRole::Lead);
        Build::addInvolvement(db, helper, initiative, InvolvementRole::AdHoc);
        // Four hours on the 5th of each of the last twelve months; the helper one hour in the last four.
        Build::addMonthlyHours(db, initiative, holder, 4, 12, Reference.addMonths(-11).addDays(-10));
        Build::addMonthlyHours(db, initiative, helper, 1, 4, Reference.addMonths(-3).addDays(-10));
        role = Build::addRole(db, initiative, u"treasurer"_s, holder);
    }
    TestDocument t;
    qint64 ward = 0;
    qint64 initiative = 0;
    qint64 holder = 0;
    qint64 helper = 0;
    qint64 role = 0;
};

int indexOf(const SignalsView& view, SignalKind kind)
{
    for (int i = 0; i < view.currentSignals().size(); ++i) {
        if (view.currentSignals().at(i).kind == kind) {
            return i;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("signalsView_continuityFirstFilterAndAcceptASuggestion", "[ui][continuity]")
{
    RoleData data;
    Document& d = *data.t.document;
    Sql::exec(d.database().connection(),
              u"INSERT INTO frameworks(title, review_by) VALUES('Oud kader', '2020-01-01')"_s);
    SignalsView view;
    view.setReferenceDate(Reference);
    view.setDocument(&d);
    view.resize(1000, 500);
    view.show();
    REQUIRE(view.waitUntilReady());

    // Continuity leads: the first group holds the continuity signals, the outdated framework comes after.
    QTreeWidget* tree = view.treeWidget();
    REQUIRE(tree->topLevelItemCount() >= 2);
    CHECK(tree->topLevelItem(0)->text(0).startsWith(u"Continuity of initiatives"_s));
    CHECK(view.currentSignals().first().isContinuity());
    CHECK_FALSE(view.currentSignals().last().isContinuity());

    // Filter by kind.
    auto* kinds = view.findChild<QComboBox*>(u"signalKindComboBox"_s);
    kinds->setCurrentIndex(kinds->findData(u"role_without_backup"_s));
    REQUIRE(view.currentSignals().size() == 1);
    const Signal signal = view.currentSignals().first();
    CHECK(signal.criticalRoleId == data.role);
    REQUIRE(signal.suggestions.size() == 1);
    CHECK(signal.suggestions.first().personId == data.helper);
    // The candidate is a child row of the signal; selecting it enables "Set as backup".
    QTreeWidgetItem* item = view.itemOf(0);
    REQUIRE(item);
    REQUIRE(item->childCount() == 1);
    CHECK(item->child(0)->text(0).contains(u"Bram de Vries"_s));
    auto* accept = view.findChild<QPushButton*>(u"acceptSuggestionButton"_s);
    CHECK_FALSE(accept->isEnabled());
    tree->setCurrentItem(item->child(0));
    CHECK(accept->isEnabled());
    accept->click();
    CHECK(d.criticalRoles().find(data.role)->backupId == data.helper);
    CHECK(d.undoStack()->undoText().contains(u"Bram de Vries"_s));
    REQUIRE(view.waitUntilReady());
    CHECK(view.currentSignals().isEmpty()); // the role has its backup: the signal is gone
    d.undoStack()->undo();
    CHECK_FALSE(d.criticalRoles().find(data.role)->backupId.has_value());
    REQUIRE(view.waitUntilReady());
    CHECK(indexOf(view, SignalKind::RoleWithoutBackup) == 0);

    kinds->setCurrentIndex(kinds->findData(u"continuity"_s));
    for (const Signal& s : view.currentSignals()) {
        CHECK(s.isContinuity());
    }
    kinds->setCurrentIndex(0);
    CHECK(indexOf(view, SignalKind::FrameworkOutdated) > 0);
}

TEST_CASE("involvementEditor_asksTheReasonForLeavingWithAnEndDate", "[ui][continuity]")
{
    RoleData data;
    Document& d = *data.t.document;
    const qint64 id
        = Sql::scalar(d.database().connection(), u"SELECT id FROM involvements WHERE person_id = ?"_s, {data.helper})
              .toLongLong();
    InvolvementEditor editor(d, id, 0, 0);
    auto* until = child<QLineEdit>(&editor, u"untilLineEdit"_s);
    auto* reason = child<QComboBox>(&editor, u"leavingReasonComboBox"_s);
    CHECK_FALSE(reason->isEnabled());
    until->setText(u"10-06-2026"_s); // after the helper's last hours (5 June)
    CHECK(reason->isEnabled());
    // No reason chosen: refused, with the message at the field.
    editor.accept();
    CHECK(editor.result() != QDialog::Accepted);
    auto* error = child<QLabel>(&editor, u"leaving_reasonErrorLabel"_s);
    CHECK_FALSE(error->text().isEmpty());
    reason->setCurrentIndex(reason->findData(u"moved"_s));
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(d.involvements().find(id)->leavingReason == LeavingReason::Moved);
    d.undoStack()->undo();
    CHECK_FALSE(d.involvements().find(id)->leavingReason.has_value());
}

TEST_CASE("mainWindow_exportsTheCalendar", "[ui][continuity]")
{
    RoleData data;
    Sql::exec(data.t.document->database().connection(),
              u"UPDATE initiatives SET funding_end = '2026-09-01', follow_up_funding = 0"_s);
    const QString path = data.t.document->filePath();
    data.t.document.reset();
    MainWindow window;
    REQUIRE(window.openFile(path));
    const QString out = data.t.dir.filePath(u"herinneringen.ics"_s);
    REQUIRE(window.exportCalendarTo(out));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.contains("DTSTART;VALUE=DATE:20260901\r\n"));
    CHECK(ics.contains("UID:funding-end-"));
}

// Not run by default: `WIJKREGIE_BENCH_FILE=large.wijkregie ui_tests "[bench]"` prints how long the window takes to
// show the signals home screen and the dashboard's background charts (trend, key persons, hours, pipeline) of a file.
TEST_CASE("bench_signalsHomeScreenAndDashboardOfAFile", "[.][bench]")
{
    const QString path = qEnvironmentVariable("WIJKREGIE_BENCH_FILE");
    REQUIRE_FALSE(path.isEmpty());
    MainWindow window;
    window.resize(1280, 900);
    window.show();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(window.openFile(path));
    auto* signalsView = window.findChild<SignalsView*>();
    REQUIRE(signalsView);
    REQUIRE(signalsView->waitUntilReady(600000));
    const qint64 signalsMs = timer.elapsed();
    timer.restart();
    showDashboardCharts(window, 600000);
    const qint64 dashboardMs = timer.elapsed();
    WARN("signals home screen (open and compute): " << signalsMs << " ms, " << signalsView->currentSignals().size()
                                                    << " signals; dashboard background charts: " << dashboardMs
                                                    << " ms");
    window.closeFile();
}
