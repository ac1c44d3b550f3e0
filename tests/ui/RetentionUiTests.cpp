// The retention review in the window: the residents the retention rule lists (inactive, consent withdrawn), none
// ticked at first; the ticked ones, and only those, anonymised on confirmation by the command line's erasure, with
// one retention entry in the audit log; "nothing to do" as a message, not an empty dialog; No changes nothing.
// And the window's outputs with personal data (list export, table export) each leave one audit entry with a count.
#include "core/storage/AuditLog.h"
#include "core/storage/Sql.h"
#include "tests/ui/AllWindows.h"
#include "tests/ui/GridTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/admin/RetentionReviewDialog.h"
#include "ui/common/ListView.h"
#include "ui/csv/CsvExportDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// Three years on: every resident inserted today has had nothing recorded for longer than 24 months.
QDate later()
{
    return QDate::currentDate().addYears(3);
}

int retentionEntries(Document& d)
{
    AuditQuery query;
    query.action = AuditLog::Retention;
    return AuditLog(d.database()).count(query);
}

int rowOf(RetentionModel* model, qint64 id)
{
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    return model->rowOf(id);
}

} // namespace

TEST_CASE("retentionReview_anonymisesExactlyTheTickedResidents_forBothReasons", "[ui][privacy][retention]")
{
    TestDocument t;
    Document& d = *t.document;
    Person withdrawn = Build::person(u"Wim"_s, u"Ingetrokken"_s);
    withdrawn.consentDate = QDate::currentDate().addYears(-1);
    withdrawn.consentScope = u"Contact over de buurttuin"_s;
    withdrawn.consentWithdrawn = QDate::currentDate();
    withdrawn.id = d.persons().insert(withdrawn);
    const qint64 quiet = d.persons().insert(Build::person(u"Ineke"_s, u"Stil"_s));
    const qint64 keptWithdrawn = [&d] {
        Person p = Build::person(u"Karel"_s, u"Ookingetrokken"_s);
        p.consentWithdrawn = QDate::currentDate();
        return d.persons().insert(p);
    }();
    const qint64 keptQuiet = d.persons().insert(Build::person(u"Kees"_s, u"Ookstil"_s));

    const QList<RetentionCandidate> candidates = RetentionRepository(d.database()).candidates(later());
    REQUIRE(candidates.size() == 4);
    RetentionReviewDialog dialog(d, candidates, later());
    dialog.show();
    RetentionModel* model = dialog.model();
    QAbstractItemModelTester tester(model);
    // Both reasons, in words, with a date.
    const int withdrawnRow = rowOf(model, withdrawn.id);
    const int quietRow = rowOf(model, quiet);
    CHECK(model->index(withdrawnRow, RetentionModel::Reason).data().toString() == u"Consent withdrawn"_s);
    CHECK(model->index(quietRow, RetentionModel::Reason).data().toString().startsWith(u"Inactive"_s));
    CHECK(model->index(withdrawnRow, RetentionModel::Name).data().toString() == u"Wim Ingetrokken"_s);
    CHECK_FALSE(model->index(quietRow, RetentionModel::Date).data().toString().isEmpty());

    // None ticked at first; the button waits for a tick. Select all, select none.
    auto* anonymise = child<QPushButton>(&dialog, u"anonymiseButton"_s);
    CHECK(model->tickedCount() == 0);
    CHECK_FALSE(anonymise->isEnabled());
    dialog.findChild<QPushButton*>(u"selectAllButton"_s)->click();
    CHECK(model->tickedCount() == 4);
    dialog.findChild<QPushButton*>(u"selectNoneButton"_s)->click();
    CHECK(model->tickedCount() == 0);

    // One ticked by the keyboard (Space on its row), one by its check box.
    auto* table = dialog.findChild<QTableView*>(u"retentionTableView"_s);
    table->setCurrentIndex(model->index(withdrawnRow, RetentionModel::Reason));
    QKeyEvent space(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, u" "_s);
    QApplication::sendEvent(table, &space);
    REQUIRE(model->setData(model->index(quietRow, RetentionModel::Name), Qt::Checked, Qt::CheckStateRole));
    CHECK(model->tickedIds() == QList<qint64>({withdrawn.id, quiet}));
    CHECK(dialog.findChild<QLabel*>(u"tickedCountLabel"_s)->text().startsWith(u"2 "_s));
    REQUIRE(anonymise->isEnabled());

    d.undoStack()->push(new QUndoCommand(u"edit"_s));
    QStringList texts;
    answerMessageBoxes({QMessageBox::Yes, QMessageBox::No}, &texts);
    anonymise->click();
    REQUIRE(texts.size() == 2);
    CHECK(texts.at(0).contains(u"2 resident(s)"_s));
    CHECK(texts.at(1).contains(u"Anonymised 2 resident(s)"_s));
    for (const qint64 id : {withdrawn.id, quiet}) {
        const auto person = d.persons().find(id);
        REQUIRE(person);
        CHECK(person->isErased());
        CHECK(person->firstName.isEmpty());
    }
    for (const qint64 id : {keptWithdrawn, keptQuiet}) {
        const auto person = d.persons().find(id);
        REQUIRE(person);
        CHECK_FALSE(person->isErased());
        CHECK_FALSE(person->firstName.isEmpty());
    }
    CHECK(retentionEntries(d) == 1);
    AuditQuery query;
    query.action = AuditLog::Retention;
    CHECK(AuditLog(d.database()).list(query).constFirst().records == 2);
    CHECK(d.undoStack()->count() == 0);
    // The two left stay listed, unticked.
    CHECK(model->totalCount() == 2);
    CHECK(model->tickedCount() == 0);
    CHECK(dialog.isVisible());
}

TEST_CASE("retentionReview_noAnswerOrCloseChangesNothing", "[ui][privacy][retention]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 id = d.persons().insert(Build::person(u"Jan"_s, u"Berg"_s));
    RetentionReviewDialog dialog(d, RetentionRepository(d.database()).candidates(later()), later());
    dialog.show();
    dialog.model()->setAllTicked(true);
    QStringList texts;
    answerMessageBoxes({QMessageBox::No}, &texts);
    CHECK_FALSE(dialog.anonymiseTicked());
    REQUIRE(texts.size() == 1);
    CHECK(texts.constFirst().contains(u"1 resident(s)"_s));
    dialog.reject();
    CHECK(d.persons().find(id)->lastName == u"Berg"_s);
    CHECK(retentionEntries(d) == 0);
}

TEST_CASE("retentionReview_nothingToDoIsAMessage_notAnEmptyDialog", "[ui][privacy][retention]")
{
    TestDocument t;
    Document& d = *t.document;
    // Recorded today, consent not withdrawn: not a candidate today.
    const qint64 id = d.persons().insert(Build::person(u"Nieuw"_s, u"Actief"_s));
    QStringList texts;
    answerMessageBoxes({QMessageBox::Ok}, &texts);
    RetentionReviewDialog::review(d, nullptr);
    REQUIRE(texts.size() == 1);
    CHECK(texts.constFirst().startsWith(u"Nothing to do"_s));
    for (QWidget* w : QApplication::topLevelWidgets()) {
        CHECK(qobject_cast<RetentionReviewDialog*>(w) == nullptr);
    }
    CHECK_FALSE(d.persons().find(id)->isErased());
    CHECK(retentionEntries(d) == 0);
}

TEST_CASE("windowExports_withPersonalData_leaveOneAuditEntryWithTheirCount", "[ui][privacy][audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"namen.wijkregie"_s);
    {
        Document made(Database::create(path, u"Namen"_s));
        insertPersons(made, 30);
    }
    MainWindow window;
    REQUIRE(window.openFile(path));
    Document& d = *window.document();
    const auto exports = [&d] {
        AuditQuery query;
        query.action = AuditLog::Export;
        return AuditLog(d.database()).list(query);
    };
    REQUIRE(exports().isEmpty());
    window.setCurrentView(MainWindow::Persons);
    ListView* view = window.view(MainWindow::Persons);

    // The list as shown, with names, as CSV and as a workbook: "list", 30 rows each.
    for (const QString& format : {u"excel-nl"_s, u"xlsx"_s}) {
        CsvExportDialog list(*view->model(), view->listName(), d.database());
        auto* dialect = list.findChild<QComboBox*>(u"dialectComboBox"_s);
        dialect->setCurrentIndex(dialect->findData(format));
        auto* personal = list.findChild<QCheckBox*>(u"personalDataCheckBox"_s);
        REQUIRE(personal->isEnabled());
        personal->setChecked(true);
        list.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(dir.filePath(u"lijst-"_s + format));
        REQUIRE(list.exportNow());
    }
    // The persons table with names, as a workbook: its rows counted too.
    CsvExportDialog table(d.database());
    table.findChild<QComboBox*>(u"tableComboBox"_s)
        ->setCurrentIndex(table.findChild<QComboBox*>(u"tableComboBox"_s)->findData(u"persons"_s));
    auto* dialect = table.findChild<QComboBox*>(u"dialectComboBox"_s);
    dialect->setCurrentIndex(dialect->findData(u"xlsx"_s));
    table.findChild<QCheckBox*>(u"personalDataCheckBox"_s)->setChecked(true);
    table.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(dir.filePath(u"bewoners.xlsx"_s));
    REQUIRE(table.exportNow());

    const QList<AuditEntry> entries = exports();
    REQUIRE(entries.size() == 3);
    for (const AuditEntry& e : entries) {
        CHECK(e.fields == QStringList({u"personal_data"_s}));
        CHECK(e.records == 30);
    }
    CHECK(entries.at(0).entity == u"list"_s);
    CHECK(entries.at(1).entity == u"list"_s);
    CHECK(entries.at(2).entity == u"persons"_s);

    // A list dialog without a database cannot log, so it offers no personal data.
    CsvExportDialog unlogged(*view->model(), view->listName());
    CHECK_FALSE(unlogged.findChild<QCheckBox*>(u"personalDataCheckBox"_s)->isEnabled());
    window.closeFile();
}

// Not run by default: `ui_tests "[retentionshot]"` writes retention-review.png into WIJKREGIE_SCREENSHOT_DIR (or
// the current folder), the dialog on the small demo ten years on, two residents ticked, to look at.
TEST_CASE("retentionReview_screenshotOfTheDemo", "[.][retentionshot]")
{
    SmallDemoWindow demo;
    MainWindow& window = demo.window;
    Document& d = *window.document();
    const QDate day = QDate::currentDate().addYears(10);
    RetentionReviewDialog dialog(d, RetentionRepository(d.database()).candidates(day), day, &window);
    dialog.show();
    dialog.model()->toggle(0);
    dialog.model()->toggle(2);
    QApplication::processEvents();
    const QString out = qEnvironmentVariable("WIJKREGIE_SCREENSHOT_DIR", u"."_s);
    CHECK(dialog.grab().save(QDir(out).filePath(u"retention-review.png"_s)));
    window.closeFile();
}
