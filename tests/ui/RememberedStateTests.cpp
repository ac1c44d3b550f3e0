// What the window remembers (last file, last page, the report's author, the record just added) and the smaller
// things of a first day: the first backup of a new file, a ward that cannot be deleted, the note of a click-through,
// the report's ward filter, Dutch file names and a missing Documents folder.
#include "tests/ui/AgreementTestSupport.h"
#include "tests/ui/AllWindows.h"
#include "ui/MainWindow.h"
#include "ui/common/Inputs.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/ListView.h"
#include "ui/csv/CsvExportDialog.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/initiatives/InitiativeView.h"
#include "ui/persons/PersonEditor.h"
#include "ui/report/ReportDialog.h"
#include "ui/settings/Settings.h"
#include "ui/wards/WardView.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QCalendarWidget>
#include <QChart>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString currentPage(MainWindow& window)
{
    return window.findChild<QStackedWidget*>(u"viewsStackedWidget"_s)->currentWidget()->objectName();
}

} // namespace

TEST_CASE("mainWindow_reopensTheLastFileOnItsLastPage", "[remembered]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lindeveen.wijkregie"_s);
    copySmallDemo(path);
    {
        MainWindow window;
        REQUIRE(window.openFile(path));
        window.show();
        window.setCurrentView(MainWindow::Persons);
        window.close();
    }
    CHECK(Settings().lastPage() == u"personView"_s);
    MainWindow window;
    REQUIRE(window.reopenLastFile());
    CHECK(window.document()->filePath() == QFileInfo(path).absoluteFilePath());
    CHECK(currentPage(window) == u"personView"_s);
    // The tests after this one start on the signals again.
    Settings().setLastPage(QString());
}

TEST_CASE("listView_theRecordJustAddedIsSelected", "[remembered]")
{
    TestDocument t;
    insertWards(*t.document, 30);
    WardView view;
    view.setDocument(t.document.get());
    view.show();
    onNextModal(u"wardEditor"_s, [](QDialog* editor) {
        setText(editor, u"codeLineEdit"_s, u"WK099901"_s);
        setText(editor, u"nameLineEdit"_s, u"Aan de Maas"_s);
        editor->findChild<QPushButton*>(u"okButton"_s)->click();
    });
    view.newRecord();
    const qint64 id = t.document->wards().findByCode(u"WK099901"_s)->id;
    CHECK(view.currentId() == id);
    view.setDocument(nullptr);
}

TEST_CASE("reportDialog_remembersItsAuthor_andFiltersItsWards", "[remembered]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lindeveen.wijkregie"_s);
    copySmallDemo(path);
    auto db = Database::open(path);
    Settings().setReportAuthor(QString());
    {
        ReportDialog dialog(*db, std::nullopt);
        CHECK(dialog.findChild<QLineEdit*>(u"authorLineEdit"_s)->text() != u"unknown"_s);
        dialog.findChild<QLineEdit*>(u"authorLineEdit"_s)->setText(u"F. de Wijkregisseur"_s);
        REQUIRE(dialog.prepare());
    }
    ReportDialog dialog(*db, std::nullopt);
    CHECK(dialog.findChild<QLineEdit*>(u"authorLineEdit"_s)->text() == u"F. de Wijkregisseur"_s);
    auto* wards = dialog.findChild<QListWidget*>(u"wardListWidget"_s);
    const QString first = wards->item(0)->text();
    dialog.findChild<QLineEdit*>(u"wardSearchLineEdit"_s)->setText(first.left(5));
    int shown = 0;
    for (int i = 0; i < wards->count(); ++i) {
        shown += wards->item(i)->isHidden() ? 0 : 1;
        if (!wards->item(i)->isHidden()) {
            CHECK(wards->item(i)->text().contains(first.left(5), Qt::CaseInsensitive));
        }
    }
    CHECK(shown >= 1);
    CHECK(shown < wards->count());
    Settings().setReportAuthor(QString());
}

TEST_CASE("mainWindow_theFirstBackupOfANewFileIsNoError", "[remembered]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.createFile(dir.filePath(u"nieuw.wijkregie"_s), u"Nieuwgemeente"_s));
    window.waitForDailyBackup();
    QApplication::processEvents();
    QApplication::processEvents();
    auto* bar = window.findChild<QLabel*>(u"messageBarLabel"_s);
    INFO(bar->text().toStdString());
    CHECK(bar->isHidden());
    CHECK_FALSE(QDir(dir.filePath(u"backups"_s)).entryList(QDir::Files).isEmpty());
    window.closeFile();
}

TEST_CASE("wardView_aWardInUseIsRefusedBeforeTheQuestion", "[remembered]")
{
    TestDocument t;
    const qint64 ward = t.document->wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    t.document->initiatives().insert(Build::initiative(ward, u"Buurttuin"_s));
    WardView view;
    view.setDocument(t.document.get());
    view.show();
    view.tableView()->selectRow(0);
    REQUIRE(view.currentId() == ward);
    QString text;
    answerNextMessageBox(QMessageBox::Ok, &text);
    view.deleteCurrent();
    CHECK(text.contains(u"cannot be deleted"_s));
    CHECK(text.contains(u"1 initiative"_s));
    CHECK_FALSE(text.contains(u"Do you want"_s));
    CHECK(t.document->wards().find(ward));
    view.setDocument(nullptr);
}

TEST_CASE("dashboardClickThrough_showsItsFilter_clearedInOneClick", "[remembered]")
{
    SmallDemoWindow demo;
    MainWindow& window = demo.window;
    const Ward ward = window.document()->wards().all().first();
    window.showInitiatives(ward.id, RiskBand::High);
    ListView* list = window.view(MainWindow::Initiatives);
    CHECK(list->filterNote().contains(ward.name));
    CHECK(list->filterNote().contains(u"high"_s));
    CHECK(window.wardFilter() == ward.id);
    list->findChild<QPushButton*>(u"clearFilterButton"_s)->click();
    CHECK(list->filterNote().isEmpty());
    CHECK_FALSE(window.wardFilter());
    CHECK_FALSE(static_cast<InitiativeView*>(list)->riskBandFilter());
    window.closeFile();
}

TEST_CASE("csvExport_dutchListNames_andAMissingDocumentsFolderIsMade", "[remembered]")
{
    // A home folder of its own, without Documents (never the real one).
    QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    CHECK(documents.startsWith(home.path()));
    REQUIRE_FALSE(QDir(documents).exists());
    CHECK(Inputs::documentsFolder() == documents);
    CHECK(QDir(documents).exists());

    TestDocument t;
    insertWards(*t.document, 3);
    WardView view;
    view.setDocument(t.document.get());
    // "wards" in English ("ward" here, where no translation is loaded), "wijken" in Dutch: never the class name.
    CHECK(view.listName().startsWith(u"ward"_s));
    CHECK_FALSE(view.listName().contains(u"View"_s));
    CsvExportDialog dialog(*view.model(), view.listName());
    const QString file = dialog.findChild<QLineEdit*>(u"fileLineEdit"_s)->text();
    CHECK(QFileInfo(file).fileName().startsWith(view.listName() + u'-'));
    CHECK(QFileInfo(file).absolutePath() == documents);
    // A label with a mnemonic has a buddy, or the & would show ("&Bestand:").
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().contains(u'&') && !label->text().contains(u"&&"_s)) {
            CHECK(label->buddy());
        }
    }
    view.setDocument(nullptr);
    qputenv("HOME", realHome);
}

TEST_CASE("dateFields_haveACalendarThatFillsTheField", "[remembered]")
{
    QWidget window;
    QLineEdit* edit = Inputs::makeDateLineEdit(u"dateLineEdit"_s);
    edit->setParent(&window);
    window.show();
    Inputs::setDate(edit, QDate(2025, 3, 14));
    QCalendarWidget* calendar = Inputs::showCalendar(edit);
    REQUIRE(calendar);
    CHECK(calendar->selectedDate() == QDate(2025, 3, 14));
    emit calendar->activated(QDate(2025, 4, 2));
    CHECK(edit->text() == u"02-04-2025"_s);
}

TEST_CASE("wardPickers_byNameSortedByName_searchableByPartOfTheName", "[remembered]")
{
    TestDocument t;
    t.document->wards().insert(Build::ward(u"WK036301"_s, u"Zuiderpark"_s));
    t.document->wards().insert(Build::ward(u"WK036302"_s, u"Amstelkwartier"_s));
    t.document->wards().insert(Build::ward(u"WK036303"_s, u"Noordoever"_s));
    PersonEditor editor(*t.document, 0);
    auto* combo = child<QComboBox>(&editor, u"wardComboBox"_s);
    // The first item says "unknown"; then the wards by name, with their code.
    REQUIRE(combo->count() == 4);
    CHECK(combo->itemText(1) == u"Amstelkwartier (WK036302)"_s);
    CHECK(combo->itemText(2) == u"Noordoever (WK036303)"_s);
    CHECK(combo->itemText(3) == u"Zuiderpark (WK036301)"_s);
    REQUIRE(combo->isEditable());
    QCompleter* completer = combo->completer();
    REQUIRE(completer);
    CHECK(completer->filterMode() == Qt::MatchContains);
    completer->setCompletionPrefix(u"oever"_s);
    CHECK(completer->completionCount() == 1);
    CHECK(completer->currentCompletion() == u"Noordoever (WK036303)"_s);
    completer->setCompletionPrefix(u"wk036301"_s);
    CHECK(completer->currentCompletion() == u"Zuiderpark (WK036301)"_s);
}

TEST_CASE("dashboard_aChartPerWardShowsEveryOneOf110Wards_andScrolls", "[remembered]")
{
    TestDocument t;
    insertWards(*t.document, 110);
    {
        Transaction tx(t.document->database());
        for (const Ward& ward : t.document->wards().all()) {
            t.document->persons().insert(Build::person(u"Anne"_s, u"Jansen"_s, ward.id));
        }
        tx.commit();
    }
    DashboardView view;
    view.setDocument(t.document.get());
    view.resize(1180, 680);
    view.show();
    QApplication::processEvents();
    QApplication::processEvents();
    auto* panel = child<ChartPanel>(&view, u"engagementChartView"_s);
    REQUIRE(panel->chart());
    QBarCategoryAxis* wards = nullptr;
    for (QAbstractAxis* axis : panel->chart()->axes(Qt::Vertical)) {
        wards = wards ? wards : qobject_cast<QBarCategoryAxis*>(axis);
    }
    REQUIRE(wards);
    CHECK(wards->count() == 110);
    // A row of text for every ward: no label is left out for want of room; the chart scrolls in its place.
    CHECK(panel->minimumHeight() >= 110 * panel->fontMetrics().height());
    // The chart and its table alternative share a place that scrolls.
    QScrollArea* scroll = nullptr;
    for (QWidget* w = panel->parentWidget(); w && !scroll; w = w->parentWidget()) {
        scroll = qobject_cast<QScrollArea*>(w);
    }
    REQUIRE(scroll);
    CHECK(scroll->objectName() == u"chartScrollArea"_s);
    CHECK(scroll->height() < panel->height());
    view.setDocument(nullptr);
}
