// CSV in the window: File > Export, a list's Export, the import preview and import, and a dropped CSV file.
#include "core/demo/DemoGenerator.h"
#include "tests/support/TestFiles.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/ListView.h"
#include "ui/csv/CsvActions.h"
#include "ui/csv/CsvExportDialog.h"
#include "ui/csv/CsvImportDialog.h"
#include "ui/initiatives/InitiativeModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString allCells(const QList<QStringList>& rows)
{
    QStringList cells;
    for (const QStringList& row : rows) {
        cells << row;
    }
    return cells.join(u' ');
}

void writeBytes(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

/// A file with two wards, two initiatives and three residents, closed again.
QString makeFile(const QTemporaryDir& dir)
{
    return makeLindeveenFile(dir, [](Document& d, qint64 w1, qint64 w2) {
        d.initiatives().insert(Build::initiative(w1, u"Buurttuin"_s));
        Initiative playground = Build::initiative(w2, u"Speeltuin"_s);
        playground.budgetGrantedCents = 125000;
        d.initiatives().insert(playground);
        d.persons().insert(Build::person(u"Anne"_s, u"Jansen"_s, w1));
        d.persons().insert(Build::person(u"Bram"_s, u"de Vries"_s, w2));
        d.persons().insert(Build::person(u"Cor"_s, u"Bakker"_s, w2));
    });
}

template<typename T> T* waitForChild(QWidget& parent, const QString& name = {})
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (T* child = parent.findChild<T*>(name)) {
            return child;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("csvExportDialog_writesATableThatParses_personalDataOffByDefaultWithAWarning", "[csv][ui]")
{
    TestDocument t;
    const qint64 ward = t.document->wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    t.document->persons().insert(Build::person(u"Anne"_s, u"Jansen"_s, ward));
    t.document->persons().insert(Build::person(u"Bram"_s, u"Visser"_s, ward));

    CsvExportDialog dialog(t.document->database());
    auto* table = child<QComboBox>(&dialog, u"tableComboBox"_s);
    auto* dialect = child<QComboBox>(&dialog, u"dialectComboBox"_s);
    auto* personal = child<QCheckBox>(&dialog, u"personalDataCheckBox"_s);
    auto* warning = child<QLabel>(&dialog, u"personalDataWarningLabel"_s);
    auto* file = child<QLineEdit>(&dialog, u"fileLineEdit"_s);
    CHECK(dialect->currentData().toString() == u"excel-nl"_s);
    table->setCurrentIndex(table->findData(u"persons"_s));
    CHECK(personal->isEnabled());
    CHECK_FALSE(personal->isChecked());
    CHECK(warning->isHidden());
    personal->setChecked(true);
    CHECK_FALSE(warning->isHidden());
    personal->setChecked(false);

    const QString out = t.dir.filePath(u"persons.csv"_s);
    file->setText(out);
    dialog.findChild<QPushButton*>(u"exportButton"_s)->click();
    INFO(dialog.findChild<QLabel*>(u"messageLabel"_s)->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.writtenPath() == out);
    const QList<QStringList> rows = csvRowsByPython(out, u"excel-nl"_s);
    REQUIRE(rows.size() == 3);
    const QString text = allCells(rows);
    CHECK_FALSE(text.contains(u"Jansen"_s));
    CHECK(text.contains(u"P-"_s));

    // rfc4180 with personal data: keys in the header and the names.
    CsvExportDialog named(t.document->database());
    named.findChild<QComboBox*>(u"tableComboBox"_s)->setCurrentIndex(table->findData(u"persons"_s));
    auto* namedDialect = named.findChild<QComboBox*>(u"dialectComboBox"_s);
    namedDialect->setCurrentIndex(namedDialect->findData(u"rfc4180"_s));
    named.findChild<QCheckBox*>(u"personalDataCheckBox"_s)->setChecked(true);
    const QString namedOut = t.dir.filePath(u"named.csv"_s);
    named.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(namedOut);
    REQUIRE(named.exportNow());
    const QList<QStringList> namedRows = csvRowsByPython(namedOut, u"rfc4180"_s);
    REQUIRE(namedRows.size() == 3);
    CHECK(namedRows.at(0).mid(0, 4) == QStringList {u"id"_s, u"first_name"_s, u"surname_prefix"_s, u"last_name"_s});
    CHECK(namedRows.at(1).at(3) == u"Jansen"_s);
}

TEST_CASE("listExport_writesTheRowsOfTheSearchAndFilterOnScreen_inPages", "[csv][ui]")
{
    QTemporaryDir dir;
    const QString path = makeFile(dir);
    {
        // Enough residents for several pages of the export.
        Document d(Database::open(path));
        insertPersons(d, 2300);
    }
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.setCurrentView(MainWindow::Persons);
    ListView* view = window.view(MainWindow::Persons);
    REQUIRE(view->findChild<QPushButton*>(u"exportButton"_s)->isEnabled());

    // All residents named Jansen: the 2,300 inserted and Anne Jansen; not Bram de Vries.
    view->findChild<QLineEdit*>(u"searchLineEdit"_s)->setText(u"Jansen"_s);
    view->applyQuery();
    REQUIRE(view->model()->totalCount() == 2301);
    CHECK(view->model()->rowCount() < 2301); // the view has fetched only its first pages

    CsvExportDialog dialog(*view->model(), u"person"_s, window.document()->database());
    auto* dialect = dialog.findChild<QComboBox*>(u"dialectComboBox"_s);
    dialect->setCurrentIndex(dialect->findData(u"rfc4180"_s));
    dialog.findChild<QCheckBox*>(u"personalDataCheckBox"_s)->setChecked(true);
    const QString out = dir.filePath(u"list.csv"_s);
    dialog.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(out);
    REQUIRE(dialog.exportNow());
    QList<QStringList> rows = csvRowsByPython(out, u"rfc4180"_s);
    REQUIRE(rows.size() == 2302);
    // The model's headers label the columns; the rows come in the list's sort order.
    QStringList headers;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    }
    CHECK(rows.at(0) == headers);
    CHECK(rows.at(1).at(0) == view->model()->index(0, 0).data().toString());
    for (const QStringList& row : rows.mid(1)) {
        CHECK(row.at(0).startsWith(u"Jansen"_s));
    }

    // With the ward filter on Zuid: Bram de Vries and Cor Bakker; names left out without personal data.
    view->findChild<QLineEdit*>(u"searchLineEdit"_s)->clear();
    const qint64 zuid = window.document()->wards().findByCode(u"WK036302"_s)->id;
    window.setWardFilter(zuid);
    view->applyQuery();
    REQUIRE(view->model()->totalCount() == 2);
    CsvExportDialog pseudonymous(*view->model(), u"person"_s);
    CHECK_FALSE(pseudonymous.findChild<QCheckBox*>(u"personalDataCheckBox"_s)->isChecked());
    const QString out2 = dir.filePath(u"zuid.csv"_s);
    pseudonymous.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(out2);
    REQUIRE(pseudonymous.exportNow());
    rows = csvRowsByPython(out2, u"excel-nl"_s);
    REQUIRE(rows.size() == 3);
    const QString text = allCells(rows);
    CHECK_FALSE(text.contains(u"Vries"_s));
    CHECK_FALSE(text.contains(u"Bakker"_s));
    CHECK(rows.at(1).at(0).startsWith(u"P-"_s));
    window.closeFile();
}

TEST_CASE("importPreview_listsProblemsWithRowNumbers_andDisablesImport", "[csv][ui]")
{
    TestDocument t;
    t.document->wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const QString csv = t.dir.filePath(u"wijken.csv"_s);
    writeBytes(csv, "code,name,ward_type\r\nWK036399,Oost,vinex\r\nWK036398,,prewar\r\nWK036397,West,castle\r\n");
    // The file as the window's connection sees it (a new database keeps its pages in the WAL until a checkpoint).
    t.document->database().checkpoint();
    const QByteArray before = sha256(t.path());

    CHECK(CsvImportDialog::guessTable(csv) == u"wards"_s);
    CsvImportDialog dialog(*t.document, csv);
    CHECK(dialog.table() == u"wards"_s);
    dialog.preview();
    auto* problems = child<QTableWidget>(&dialog, u"problemsTableWidget"_s);
    REQUIRE(problems->rowCount() == 2);
    CHECK(problems->item(0, 0)->text() == u"3"_s);
    CHECK(problems->item(0, 1)->text() == u"name"_s);
    CHECK(problems->item(1, 0)->text() == u"4"_s);
    CHECK(problems->item(1, 1)->text() == u"ward_type"_s);
    CHECK_FALSE(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    CHECK(dialog.report().rowsRead == 3);
    CHECK_FALSE(dialog.importNow());
    CHECK(t.document->wards().count({}) == 1);
    CHECK(sha256(t.path()) == before);
}

TEST_CASE("validImport_writesInOneGo_makesABackup_andRefreshesTheLists", "[csv][ui]")
{
    QTemporaryDir dir;
    const QString path = makeFile(dir);
    MainWindow window;
    REQUIRE(window.openFile(path));
    REQUIRE(window.view(MainWindow::Wards)->model()->totalCount() == 2);
    const QString csv = dir.filePath(u"nieuw.csv"_s);
    // excel-nl with labels (English here: the tests run untranslated), and one ward that is there already.
    writeBytes(csv,
               "\xEF\xBB\xBF"
               "Code;Name;Ward type\r\nWK036303;Oost;Vinex ward\r\nWK036304;West;village core\r\n"
               "WK036301;Noord;other\r\n");
    CsvActions* actions = window.findChild<CsvActions*>();
    REQUIRE(actions);
    CHECK(window.findChild<QAction*>(u"importCsvAction"_s)->isEnabled());
    actions->importFile(csv);
    auto* dialog = window.findChild<CsvImportDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->table() == u"wards"_s);
    CHECK(dialog->report().dialect == CsvDialect::ExcelNl);
    CHECK(dialog->report().rowsNew == 2);
    CHECK(dialog->report().presentRows == QList<int> {4});
    CHECK(dialog->findChild<QCheckBox*>(u"backupCheckBox"_s)->isChecked());
    auto* import = dialog->findChild<QPushButton*>(u"importButton"_s);
    REQUIRE(import->isEnabled());
    import->click();
    CHECK(dialog->report().written);
    CHECK(window.view(MainWindow::Wards)->model()->totalCount() == 4);
    CHECK(QDir(dir.filePath(u"backups"_s)).entryList({u"*-before-import-*.wijkregie"_s}, QDir::Files).size() == 1);
    window.closeFile();
}

TEST_CASE("droppingACsvFileOnTheWindow_opensTheImportWithTheTableGuessed", "[csv][ui]")
{
    QTemporaryDir dir;
    const QString path = makeFile(dir);
    MainWindow window;
    REQUIRE(window.openFile(path));
    window.show();
    const QString csv = dir.filePath(u"export-van-excel.csv"_s);
    writeBytes(csv, "first_name,last_name,ward_code\r\nEva,Mulder,WK036301\r\n");

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    CHECK(drop.isAccepted());

    auto* dialog = waitForChild<CsvImportDialog>(window);
    REQUIRE(dialog);
    CHECK(dialog->table() == u"persons"_s);
    CHECK(dialog->report().rowsRead == 1);
    CHECK(dialog->report().rowsNew == 1);
    CHECK(dialog->findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    dialog->reject();

    // Something that is not a CSV file is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent refused(centre, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
    window.closeFile();
}

TEST_CASE("importPreview_showsEncodingRowsAndColumns_mapsAnUnknownColumn_andTakesTheDateOrder", "[csv][ui]")
{
    TestDocument t;
    t.document->wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const QString csv = t.dir.filePath(u"leden.csv"_s);
    // Excel's Windows-1252 ("Zoë"), a column the importer does not know, a date that reads two ways, empty
    // trailing columns and a row of only separators.
    writeBytes(csv,
               "Roepnaam;Achternaam;Wijk;Datum toestemming;Toestemming voor;;\r\n"
               "Zo\xEB;Bakker;WK036301;03/04/2024;contact;;\r\n;;;;;;\r\n");
    t.document->database().checkpoint();
    CsvImportDialog dialog(*t.document, csv);
    dialog.setTable(u"persons"_s);
    dialog.preview();
    CHECK(dialog.report().encoding == CsvReader::Encoding::Windows1252);
    CHECK(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"Windows-1252"_s));
    CHECK_FALSE(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());

    // The rows themselves, with their status.
    auto* rows = dialog.findChild<QTableWidget*>(u"rowsTableWidget"_s);
    REQUIRE(rows->rowCount() == 1);
    CHECK(rows->item(0, 0)->text() == u"2"_s);
    CHECK(rows->item(0, 2)->text() == u"Zoë"_s);

    // The unknown column is mapped in the Columns tab, as a user picks it.
    auto* columns = dialog.findChild<QTableWidget*>(u"columnsTableWidget"_s);
    REQUIRE(columns->rowCount() == 5); // the empty trailing columns are left out
    CHECK(columns->item(0, 0)->text() == u"Roepnaam"_s);
    auto* choice = qobject_cast<QComboBox*>(columns->cellWidget(0, 1));
    REQUIRE(choice);
    CHECK(choice->currentData().toString().isEmpty());
    choice->setCurrentIndex(choice->findData(u"first_name"_s));
    emit choice->activated(choice->currentIndex());
    auto* problems = dialog.findChild<QTableWidget*>(u"problemsTableWidget"_s);
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 0)->text() == u"2"_s);
    CHECK(problems->item(0, 1)->text() == u"Datum toestemming"_s);
    CHECK(problems->item(0, 2)->text().contains(u"03/04/2024"_s));
    CHECK(qobject_cast<QComboBox*>(columns->cellWidget(0, 1))->currentData().toString() == u"first_name"_s);

    // Saying the date order makes the file importable.
    auto* order = dialog.findChild<QComboBox*>(u"dateOrderComboBox"_s);
    order->setCurrentIndex(order->findData(int(DateOrder::DayMonthYear)));
    INFO(dialog.findChild<QLabel*>(u"summaryLabel"_s)->text().toStdString());
    REQUIRE(dialog.report().ok());
    CHECK(dialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    dialog.findChild<QCheckBox*>(u"backupCheckBox"_s)->setChecked(false);
    REQUIRE(dialog.importNow());
    const auto persons = t.document->persons().list({}, 0, 10);
    REQUIRE(persons.size() == 1);
    CHECK(persons.first().firstName == u"Zoë"_s);
    CHECK(persons.first().consentDate == QDate(2024, 4, 3));
}

namespace {

} // namespace

TEST_CASE("exportDialog_xlsxFormat_writesTypedWorkbooks_ofATableAndOfAListAsShown", "[csv][xlsx][ui]")
{
    QTemporaryDir dir;
    const QString path = makeFile(dir);
    {
        Document d(Database::open(path));
        Person p = Build::person(u"Dirk"_s, u"Smit"_s, std::nullopt);
        p.phone = u"0612345678"_s;
        d.persons().insert(p);
    }
    MainWindow window;
    REQUIRE(window.openFile(path));

    // File > Export: the format choice offers XLSX; choosing it makes the suggested name end in .xlsx.
    CsvExportDialog dialog(window.document()->database());
    auto* table = dialog.findChild<QComboBox*>(u"tableComboBox"_s);
    auto* format = dialog.findChild<QComboBox*>(u"dialectComboBox"_s);
    auto* file = dialog.findChild<QLineEdit*>(u"fileLineEdit"_s);
    REQUIRE(format->findData(u"xlsx"_s) >= 0);
    CHECK(format->currentData().toString() == u"excel-nl"_s);
    table->setCurrentIndex(table->findData(u"persons"_s));
    CHECK(file->text().endsWith(u".csv"_s));
    format->setCurrentIndex(format->findData(u"xlsx"_s));
    CHECK(file->text().endsWith(u".xlsx"_s));
    // A name typed by the user keeps its name; a .csv ending follows the format.
    file->setText(dir.filePath(u"bewoners.csv"_s));
    file->setModified(true);
    format->setCurrentIndex(format->findData(u"excel-nl"_s));
    format->setCurrentIndex(format->findData(u"xlsx"_s));
    CHECK(QDir::fromNativeSeparators(file->text()) == dir.filePath(u"bewoners.xlsx"_s));
    dialog.findChild<QCheckBox*>(u"personalDataCheckBox"_s)->setChecked(true);
    REQUIRE(dialog.exportNow());
    CHECK(dialog.writtenPath() == dir.filePath(u"bewoners.xlsx"_s));
    CHECK((QFile::permissions(dialog.writtenPath()) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    const QJsonObject persons = xlsxByOpenpyxl(dialog.writtenPath());
    CHECK(persons.value(u"freeze"_s).toString() == u"A2"_s);
    const QJsonArray personRows = persons.value(u"rows"_s).toArray();
    REQUIRE(personRows.size() == 5);
    bool phoneFound = false;
    for (const auto& row : personRows) {
        for (const auto& c : row.toArray()) {
            if (c.toObject().value(u"value"_s).toString() == u"0612345678"_s) {
                phoneFound = c.toObject().value(u"type"_s).toString() == u"str"_s;
            }
        }
    }
    CHECK(phoneFound);

    // A list as shown: the initiatives of ward Zuid, with the list's headers; dates and euros typed.
    window.setCurrentView(MainWindow::Initiatives);
    ListView* view = window.view(MainWindow::Initiatives);
    window.setWardFilter(window.document()->wards().findByCode(u"WK036302"_s)->id);
    view->applyQuery();
    REQUIRE(view->model()->totalCount() == 1);
    CsvExportDialog list(*view->model(), u"initiatieven"_s);
    auto* listFormat = list.findChild<QComboBox*>(u"dialectComboBox"_s);
    listFormat->setCurrentIndex(listFormat->findData(u"xlsx"_s));
    const QString out = dir.filePath(u"zuid"_s); // the suffix follows the format
    list.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(out);
    REQUIRE(list.exportNow());
    CHECK(list.writtenPath() == out + u".xlsx"_s);
    const QJsonObject book = xlsxByOpenpyxl(list.writtenPath());
    CHECK(book.value(u"sheets"_s).toArray().at(0).toString() == u"initiatieven"_s);
    const QJsonArray rows = book.value(u"rows"_s).toArray();
    REQUIRE(rows.size() == 2);
    const InitiativeModel::Column start = InitiativeModel::StartDate;
    const InitiativeModel::Column budget = InitiativeModel::BudgetGranted;
    CHECK(xlsxCell(book, 0, start).value(u"value"_s).toString()
          == view->model()->headerData(start, Qt::Horizontal).toString());
    CHECK(xlsxCell(book, 0, start).value(u"bold"_s).toBool());
    CHECK(xlsxCell(book, 1, InitiativeModel::Title).value(u"value"_s).toString() == u"Speeltuin"_s);
    CHECK(xlsxCell(book, 1, start).value(u"type"_s).toString() == u"datetime"_s);
    CHECK(xlsxCell(book, 1, start).value(u"value"_s).toString() == u"2025-03-01T00:00:00"_s);
    CHECK(xlsxCell(book, 1, start).value(u"format"_s).toString() == u"dd-mm-yyyy"_s);
    CHECK(xlsxCell(book, 1, budget).value(u"value"_s).toString() == u"1250"_s);
    CHECK(xlsxCell(book, 1, budget).value(u"format"_s).toString().contains(u"€"_s));
    window.closeFile();
}

TEST_CASE("everyListOfTheWindow_exportsAsXlsx_withTheValuesAndTypesOfItsCsv", "[csv][xlsx][ui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.wijkregie"_s);
    {
        auto db = Database::create(path, u"Demo"_s);
        generateDemo(*db, DemoOptions {});
    }
    MainWindow window;
    REQUIRE(window.openFile(path));
    // Every list of the window, wherever it sits (views, agreement pages, the support map), with rows in the demo.
    int lists = 0;
    for (ListView* view : window.findChildren<ListView*>()) {
        LazyTableModel* model = view->model();
        if (!model || model->totalCount() == 0) {
            continue;
        }
        const QString name = view->listName();
        INFO(name.toStdString());
        const QString base = dir.filePath(u"lijst-%1"_s.arg(++lists));
        CsvExportDialog csv(*model, name);
        csv.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(base + u".csv"_s);
        REQUIRE(csv.exportNow());
        CsvExportDialog xlsx(*model, name);
        auto* format = xlsx.findChild<QComboBox*>(u"dialectComboBox"_s);
        format->setCurrentIndex(format->findData(u"xlsx"_s));
        xlsx.findChild<QLineEdit*>(u"fileLineEdit"_s)->setText(base + u".xlsx"_s);
        REQUIRE(xlsx.exportNow());
        // The same rows, cell by cell, value and type (tests/cli/xlsx_export_check.py --compare).
        QProcess check;
        check.start(QStringLiteral(DEBIAN_PYTHON3),
                    {QStringLiteral(XLSX_EXPORT_CHECK), u"--compare"_s, base + u".csv"_s, base + u".xlsx"_s});
        REQUIRE(check.waitForFinished(120000));
        INFO(QString::fromUtf8(check.readAllStandardError()).toStdString());
        CHECK(check.exitCode() == 0);
        const QJsonObject counts = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
        CHECK(counts.value(u"text"_s).toInt() > 0);
    }
    CHECK(lists >= 6);
    window.closeFile();
}
