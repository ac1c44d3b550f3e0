// Typing is never lost: every editor opens with the focus in its first field, a space typed there stays in the field,
// Cancel asks before throwing changes away; the platform's shortcuts (Ctrl+N, Ctrl+F) and no false unsaved star.
#include "tests/ui/AgreementTestSupport.h"
#include "tests/ui/AllWindows.h"
#include "ui/MainWindow.h"
#include "ui/agreements/AgreementEditor.h"
#include "ui/agreements/KpiPanel.h"
#include "ui/common/EditorDialog.h"
#include "ui/common/ListView.h"
#include "ui/persons/PersonEditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QWidget* focusOf(QWidget* window)
{
    QWidget* focus = window->focusWidget();
    return focus ? focus : QApplication::focusWidget();
}

bool isInputField(QWidget* w)
{
    return w && !qobject_cast<QAbstractButton*>(w) && (w->focusPolicy() & Qt::TabFocus);
}

} // namespace

TEST_CASE("everyEditorOpensWithTheFocusInItsFirstField_neverOnAButton", "[keyboard]")
{
    int editors = 0;
    forEachWindow([&editors](const AppWindow& w) {
        INFO(w.name.toStdString());
        auto* editor = qobject_cast<EditorDialog*>(w.widget);
        auto* buttons = w.widget->findChild<QDialogButtonBox*>();
        QWidget* focus = focusOf(w.widget);
        if (buttons && focus) {
            CHECK_FALSE(buttons->isAncestorOf(focus));
        }
        if (editor) {
            ++editors;
            REQUIRE(editor->firstField());
            CHECK(focus == editor->firstField());
            CHECK(isInputField(focus));
        }
    });
    CHECK(editors >= 30);
}

TEST_CASE("personEditor_aNameWithASpaceTypedAtOnceStaysInTheField", "[keyboard]")
{
    TestDocument t;
    PersonEditor editor(*t.document, 0);
    showActive(&editor);
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClicks(focus, u"Samira"_s);
    QTest::keyClick(focus, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"El Amrani"_s);
    CHECK(editor.isVisible());
    CHECK(editor.findChild<QLineEdit*>(u"firstNameLineEdit"_s)->text() == u"Samira"_s);
    // The second field is the tussenvoegsel or the last name; the space stays in whichever it is.
    auto* typed = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(typed);
    CHECK(typed->text() == u"El Amrani"_s);
    answerNextMessageBox(QMessageBox::Discard);
    editor.reject();
}

TEST_CASE("agreementEditor_cancelAsksBeforeDiscardingMeasurements", "[keyboard]")
{
    AgreementFixture f;
    Agreement a = f.agreement();
    const qint64 id = f.insert(a);
    Kpi kpi;
    kpi.agreementId = id;
    kpi.name = u"Meldingen"_s;
    kpi.target = 10;
    kpi.direction = Direction::Lower;
    kpi.baseline = 40;
    REQUIRE(f.doc().kpis().insert(kpi) > 0);

    AgreementEditor editor(f.doc(), id);
    editor.show();
    QApplication::processEvents();
    CHECK_FALSE(editor.hasChanges());

    SECTION("unchanged: Cancel closes without a question")
    {
        editor.reject();
        CHECK(editor.result() == QDialog::Rejected);
        CHECK_FALSE(editor.isVisible());
    }
    SECTION("a measurement added: Cancel asks; Cancel keeps editing, Discard closes, nothing saved")
    {
        editor.tabs()->setCurrentIndex(AgreementEditor::KpiTab);
        editor.kpiPanel()->selectRow(0);
        onNextModal(u"measurementEditor"_s, [](QDialog* d) {
            setText(d, u"dateLineEdit"_s, u"01-03-2025"_s);
            setText(d, u"valueLineEdit"_s, u"36"_s);
            d->findChild<QPushButton*>(u"okButton"_s)->click();
        });
        editor.findChild<QPushButton*>(u"measurementsAddButton"_s)->click();
        REQUIRE(editor.kpiPanel()->kpis().first().measurements.size() == 1);
        CHECK(editor.hasChanges());

        QStringList texts;
        answerMessageBoxes({QMessageBox::Cancel}, &texts);
        QTest::keyClick(&editor, Qt::Key_Escape);
        REQUIRE(texts.size() == 1);
        CHECK(texts.first().contains(u"save your changes"_s));
        CHECK(editor.isVisible());

        answerMessageBoxes({QMessageBox::Discard}, &texts);
        editor.findChild<QPushButton*>(u"cancelButton"_s)->click();
        CHECK_FALSE(editor.isVisible());
        CHECK(editor.result() == QDialog::Rejected);
        CHECK(f.doc().kpis().forAgreement(id).first().measurements.isEmpty());
    }
    SECTION("a changed title: Save from the question saves")
    {
        setText(&editor, u"titleLineEdit"_s, u"Veilige buurt, herzien"_s);
        QStringList texts;
        answerMessageBoxes({QMessageBox::Save}, &texts);
        editor.reject();
        CHECK(texts.size() == 1);
        CHECK(editor.result() == QDialog::Accepted);
        CHECK(f.doc().agreements().find(id)->title == u"Veilige buurt, herzien"_s);
    }
}

TEST_CASE("mainWindow_platformShortcuts_ctrlNNewRecord_ctrlFSearch_noF1Elsewhere", "[keyboard]")
{
    SmallDemoWindow demo;
    MainWindow& window = demo.window;
    showActive(&window);
    window.setCurrentView(MainWindow::Initiatives);
    ListView* list = window.view(MainWindow::Initiatives);

    // Ctrl+F puts the focus in the list's search field.
    list->tableView()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == list->findChild<QLineEdit*>(u"searchLineEdit"_s));

    // Ctrl+N opens the editor of a new record of the list shown, not a new file.
    QString opened;
    onNextModal(u"initiativeEditor"_s, [&opened](QDialog* editor) {
        opened = editor->windowTitle();
        editor->reject();
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(opened == u"New initiative"_s);

    const auto actions = window.findChildren<QAction*>();
    for (QAction* a : actions) {
        INFO(a->text().toStdString());
        if (a->objectName() != u"newRecordAction"_s) {
            CHECK_FALSE(a->shortcuts().contains(QKeySequence(QKeySequence::New)));
        }
        // F1 is the manual's (Help menu) and nothing else's.
        if (a->objectName() != u"manualAction"_s) {
            CHECK_FALSE(a->shortcuts().contains(QKeySequence(Qt::Key_F1)));
        }
    }
    CHECK_FALSE(window.windowTitle().contains(u'*'));
    window.closeFile();
}

TEST_CASE("mainWindow_ctrlSSaysEverythingIsSaved", "[keyboard]")
{
    SmallDemoWindow demo;
    MainWindow& window = demo.window;
    showActive(&window);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    CHECK(window.statusBar()->currentMessage().contains(u"saved"_s));
    window.closeFile();
}
