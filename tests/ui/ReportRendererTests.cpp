// The council report's pages, checked in the PDF itself with poppler's pdfinfo, pdftotext and pdftoppm: tables break
// between rows, repeat their header row and keep the whole table's stripes, the page header names the ward of the
// page, the preview (any printer) has the PDF's pages, a character the font lacks is reported with its record, long
// words break with a hyphen.
#include "core/storage/WardNoteRepository.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TestFiles.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/Palette.h"
#include "ui/report/ReportContent.h"
#include "ui/report/ReportDialog.h"
#include "ui/report/ReportRenderer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// A ward whose initiatives table runs over several pages; every row spans several lines and is marked at its
/// first cell ("begin N") and its last ("einde N").
Report::WardSection longWard(const QString& name, const QString& code, int rows)
{
    Report::WardSection ward;
    ward.wardId = code.right(2).toInt();
    ward.code = code;
    ward.name = name;
    ward.wardType = u"vinex"_s;
    for (int i = 1; i <= rows; ++i) {
        Report::InitiativeLine line;
        line.id = i;
        line.title = u"begin %1 van een initiatief met een titel die over meer regels loopt"_s.arg(i);
        line.status = u"gepauzeerd"_s;
        line.themes = u"Ontmoeting, Groen en duurzaamheid"_s;
        line.score = 40 + i % 50;
        line.band = u"midden"_s;
        line.bandIndex = 1;
        line.reasons = {u"De trekker draagt het meeste werk en er is geen opvolger voor zijn rol"_s,
                        u"Het aantal actieve bewoners daalde in het laatste halfjaar"_s, u"einde %1"_s.arg(i)};
        ward.initiatives << line;
    }
    return ward;
}

Report::Document twoWards()
{
    Report::Document doc;
    doc.title = u"Wijkrapportage"_s;
    doc.municipality = u"Testgemeente"_s;
    doc.author = u"Tester"_s;
    doc.printedOn = QDate(2026, 11, 28);
    doc.from = QDate(2026, 1, 1);
    doc.to = QDate(2026, 11, 28);
    doc.wards << longWard(u"Noorderhaven"_s, u"WK000101"_s, 70) << longWard(u"Zuiderpark"_s, u"WK000102"_s, 45);
    return doc;
}

} // namespace

TEST_CASE("report tables break between rows and repeat their header, and every page header names its ward",
          "[report][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"two.pdf"_s);
    ReportRenderer renderer(twoWards());
    renderer.writePdf(pdf);
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages == renderer.pageCount());
    REQUIRE(pages >= 8);

    QHash<int, int> beginPage;
    QHash<int, int> endPage;
    const QRegularExpression begin(u"\\bbegin (\\d+)\\b"_s);
    const QRegularExpression end(u"\\beinde (\\d+)\\b"_s);
    QString ward;
    int continued = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfPageText(pdf, page);
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        if (page == 1) {
            CHECK(text.contains(u"Noorderhaven"_s)); // the cover names both wards
            CHECK(text.contains(u"Zuiderpark"_s));
            continue;
        }
        // The section's own heading starts a ward; the header (first line) must name that ward from then on.
        const QString body = lines.mid(1).join(u'\n');
        if (body.contains(u"Noorderhaven (WK000101)"_s)) {
            ward = u"Noorderhaven"_s;
        } else if (body.contains(u"Zuiderpark (WK000102)"_s)) {
            ward = u"Zuiderpark"_s;
        }
        INFO("page " << page << ": " << lines.value(0).toStdString());
        REQUIRE_FALSE(ward.isEmpty());
        CHECK(lines.value(0).contains(ward));
        CHECK_FALSE(lines.value(0).contains(ward == u"Zuiderpark"_s ? u"Noorderhaven"_s : u"Zuiderpark"_s));
        for (auto it = begin.globalMatch(text); it.hasNext();) {
            // The first time: the risk chart further on names the initiatives again.
            const int row = it.next().captured(1).toInt() + (ward == u"Zuiderpark"_s ? 1000 : 0);
            if (!beginPage.contains(row)) {
                beginPage[row] = page;
            }
        }
        for (auto it = end.globalMatch(text); it.hasNext();) {
            endPage[it.next().captured(1).toInt() + (ward == u"Zuiderpark"_s ? 1000 : 0)] = page;
        }
        // A page that goes on with the table starts with its header row.
        if (!body.contains(u"Initiatives and continuity risk"_s) && body.contains(u"einde "_s)) {
            ++continued;
            CHECK(body.contains(u"Reasons"_s));
            CHECK(body.indexOf(u"Reasons"_s) < body.indexOf(u"einde "_s));
        }
    }
    CHECK(continued >= 4);
    REQUIRE(beginPage.size() == 115);
    for (auto it = beginPage.cbegin(); it != beginPage.cend(); ++it) {
        INFO("row " << it.key());
        CHECK(endPage.value(it.key()) == it.value()); // the row's first and last line on one page
    }
    CHECK(renderer.pageHeaders().mid(1).count(u"Zuiderpark (WK000102)"_s) >= 2);
}

TEST_CASE("a printer at another resolution gets the same pages as the PDF", "[report][pdf]")
{
    QTemporaryDir dir;
    ReportRenderer renderer(twoWards());
    renderer.writePdf(dir.filePath(u"a.pdf"_s));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"b.pdf"_s));
    printer.setFullPage(true);
    const int printed = renderer.print(printer);
    CHECK(printed == pdfPageCount(dir.filePath(u"a.pdf"_s)));
    CHECK(pdfPageCount(dir.filePath(u"b.pdf"_s)) == printed);
    // The same words on the same page.
    CHECK(pdfPageText(dir.filePath(u"b.pdf"_s), 5).simplified()
          == pdfPageText(dir.filePath(u"a.pdf"_s), 5).simplified());
}

TEST_CASE("report laid out on a worker thread is printed and saved from other threads without laying it out again",
          "[report][pdf]")
{
    QTemporaryDir dir;
    ReportRenderer renderer(twoWards());
    // As the window does it: laid out on a worker of a pool, printed (or previewed) on the main thread, saved on
    // another worker.
    QThreadPool pool;
    QtConcurrent::run(&pool, [&renderer] { renderer.layout(); }).waitForFinished();
    const int laidOut = renderer.documentsLaidOut();
    REQUIRE(laidOut > 0);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    printer.setFullPage(true);
    const int printed = renderer.print(printer);
    const QString saved = dir.filePath(u"saved.pdf"_s);
    QtConcurrent::run(&pool, [&renderer, saved] { renderer.writePdf(saved); }).waitForFinished();
    CHECK(renderer.documentsLaidOut() == laidOut);
    CHECK(pdfPageCount(dir.filePath(u"printed.pdf"_s)) == printed);
    CHECK(pdfPageCount(saved) == printed);
    // The same words on the same pages as a report laid out and written on the main thread.
    ReportRenderer here(twoWards());
    here.writePdf(dir.filePath(u"here.pdf"_s));
    CHECK(here.pageCount() == printed);
    for (const int page : {2, 5, printed}) {
        INFO("page " << page);
        CHECK(pdfPageText(saved, page) == pdfPageText(dir.filePath(u"here.pdf"_s), page));
        CHECK(pdfPageText(dir.filePath(u"printed.pdf"_s), page).simplified() == pdfPageText(saved, page).simplified());
    }
}

TEST_CASE("report tables keep the whole table's stripes over their pages, so a page may begin with a shaded row",
          "[report][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"two.pdf"_s);
    ReportRenderer renderer(twoWards());
    renderer.writePdf(pdf);
    const QRegularExpression begin(u"\\bbegin (\\d+)\\b"_s);
    int shadedStarts = 0;
    int plainStarts = 0;
    for (int page = 2; page <= renderer.pageCount(); ++page) {
        const QString text = pdfPageText(pdf, page);
        // A page that goes on with a ward's table of initiatives: the table's header row comes first.
        if (text.contains(u"Initiatives and continuity risk"_s) || !text.contains(u"einde "_s)) {
            continue;
        }
        const auto first = begin.match(text);
        REQUIRE(first.hasMatch());
        const int row = first.captured(1).toInt(); // 1-based: rows 2, 4, ... are shaded in the whole table
        const QString stem = dir.filePath(u"page%1"_s.arg(page));
        toolOutput(u"pdftoppm"_s,
                   {u"-r"_s, u"50"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-singlefile"_s,
                    u"-png"_s, pdf, stem});
        const QImage image(stem + u".png"_s);
        REQUIRE_FALSE(image.isNull());
        // The background of each pixel line inside the table's width (the colour most of its pixels have), from the
        // top of the content (27 mm) down: the header row, then the first row of this page.
        const int left = qRound(22 / 25.4 * 50);
        const int right = qRound(188 / 25.4 * 50);
        const auto background = [&](int y) {
            QHash<QRgb, int> count;
            for (int x = left; x < right; ++x) {
                ++count[image.pixel(x, y)];
            }
            return std::max_element(count.cbegin(), count.cend()).key();
        };
        const QRgb header = Palette::background(Palette::Background::TableHeader).rgb();
        const QRgb stripe = Palette::background(Palette::Background::TableStripe).rgb();
        const QRgb white = QColor(Qt::white).rgb();
        int y = qRound(27 / 25.4 * 50);
        while (y < image.height() && background(y) != header) {
            ++y;
        }
        while (y < image.height() && background(y) != stripe && background(y) != white) {
            ++y;
        }
        INFO("page " << page << " begins with row " << row);
        REQUIRE(y + 2 < image.height());
        const QRgb firstRow = background(y + 2);
        CHECK(firstRow == (row % 2 == 0 ? stripe : white));
        ++(firstRow == stripe ? shadedStarts : plainStarts);
    }
    CHECK(shadedStarts >= 1);
    CHECK(plainStarts >= 1);
}

TEST_CASE("a character the report font lacks is reported with its record", "[report]")
{
    Report::Document doc = twoWards();
    doc.wards[0].initiatives[3].title = u"Moestuin \U0001F955 aan de dijk"_s;
    ReportRenderer renderer(doc);
    const QStringList warnings = renderer.warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(u"Moestuin"_s));
    CHECK(warnings.first().contains(u"Noorderhaven"_s));
    CHECK(warnings.first().contains(u"U+1F955"_s));
    CHECK(ReportRenderer(twoWards()).warnings().isEmpty());
}

TEST_CASE("long words break between syllables with a hyphen", "[report]")
{
    const QChar shy(QChar::SoftHyphen);
    CHECK(ReportContent::hyphenated(u"gepauzeerd"_s) == u"gepau"_s + shy + u"zeerd"_s);
    CHECK(ReportContent::hyphenated(u"kort woord"_s) == u"kort woord"_s);
    CHECK(ReportContent::hyphenated(u"aangevraagd"_s) == u"aange"_s + shy + u"vraagd"_s);
    CHECK(ReportContent::hyphenated(u"<b>"_s) == u"&lt;b&gt;"_s);
}

TEST_CASE("the report dialog saves a PDF and an ODT of the chosen wards in the background", "[report][dialog]")
{
    TestDocument test;
    insertWards(*test.document, 3);
    const QList<Ward> wards = test.document->wards().all();
    REQUIRE(wards.size() == 3);
    ReportDialog dialog(test.document->database(), wards.at(1).id);
    auto* list = child<QListWidget>(&dialog, u"wardListWidget"_s);
    list->item(2)->setCheckState(Qt::Checked);
    CHECK(dialog.request().wardIds == QList<qint64> {wards.at(1).id, wards.at(2).id});

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"wijken.pdf"_s);
    REQUIRE(dialog.savePdf(pdf));
    const QString text = toolOutput(u"pdftotext"_s, {pdf, u"-"_s});
    CHECK(text.contains(wards.at(1).name));
    CHECK(text.contains(wards.at(2).name));
    CHECK_FALSE(text.contains(wards.at(0).name + u" ("_s));
    const QString odt = dir.filePath(u"wijken.odt"_s);
    REQUIRE(dialog.saveOdt(odt));
    CHECK(QFileInfo(odt).size() > 0);
    CHECK(pdfPageCount(pdf) == dialog.prepare()->pageCount()); // the same report, made once

    dialog.findChild<QRadioButton*>(u"overviewRadioButton"_s)->setChecked(true);
    REQUIRE(dialog.savePdf(pdf));
    CHECK(toolOutput(u"pdftotext"_s, {pdf, u"-"_s}).contains(wards.at(0).name));
}

TEST_CASE("the report dialog's preview shows the pages laid out in the background without laying them out again",
          "[report][dialog]")
{
    TestDocument test;
    insertWards(*test.document, 2);
    const QList<Ward> wards = test.document->wards().all();
    ReportDialog dialog(test.document->database(), wards.at(0).id);
    ReportRenderer* renderer = dialog.prepare();
    REQUIRE(renderer);
    const int laidOut = renderer->documentsLaidOut();
    int shown = -1;
    QTimer::singleShot(0, &dialog, [&] {
        auto* preview = child<QPrintPreviewDialog>(&dialog, u"reportPreviewDialog"_s);
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        REQUIRE(widget);
        shown = widget->pageCount();
        preview->reject();
    });
    dialog.showPreview();
    CHECK(shown == renderer->pageCount());
    CHECK(renderer->documentsLaidOut() == laidOut);
}

TEST_CASE("the report dialog keeps the ward director's notes per ward and period and prints them", "[report][dialog]")
{
    TestDocument test;
    insertWards(*test.document, 3);
    const QList<Ward> wards = test.document->wards().all();
    Database& db = test.document->database();
    const QString note = u"De wijk kreeg er een buurtkamer bij."_s;
    QDate from;
    QDate to;
    {
        ReportDialog dialog(db, wards.at(1).id);
        auto* list = child<QListWidget>(&dialog, u"wardListWidget"_s);
        auto* combo = child<QComboBox>(&dialog, u"noteWardComboBox"_s);
        auto* edit = child<QPlainTextEdit>(&dialog, u"notePlainTextEdit"_s);
        // The notes editor offers the chosen wards only.
        REQUIRE(combo->count() == 1);
        CHECK(combo->currentData().toLongLong() == wards.at(1).id);
        list->item(2)->setCheckState(Qt::Checked);
        CHECK(combo->count() == 2);
        edit->setPlainText(note);
        from = dialog.findChild<QDateEdit*>(u"fromDateEdit"_s)->date();
        to = dialog.findChild<QDateEdit*>(u"toDateEdit"_s)->date();
        // Choosing the other ward stores the text of the first and shows the (empty) text of the second.
        combo->setCurrentIndex(1);
        CHECK(edit->toPlainText().isEmpty());
        CHECK(WardNoteRepository(db).find(wards.at(1).id, from, to) == note);
        edit->setPlainText(u"Rustig."_s);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"toelichting.pdf"_s);
        REQUIRE(dialog.savePdf(pdf));
        const QString text = toolOutput(u"pdftotext"_s, {pdf, u"-"_s});
        CHECK(text.contains(note));
        CHECK(text.contains(u"Rustig."_s));
        // Another period has its own (empty) text.
        dialog.findChild<QDateEdit*>(u"fromDateEdit"_s)->setDate(from.addDays(1));
        CHECK(edit->toPlainText().isEmpty());
        edit->setPlainText(u"Alleen bij het sluiten bewaard."_s);
    }
    CHECK(WardNoteRepository(db).find(wards.at(2).id, from, to) == u"Rustig."_s);
    CHECK(WardNoteRepository(db).find(wards.at(2).id, from.addDays(1), to) == u"Alleen bij het sluiten bewaard."_s);
    // Opened again, the dialog shows the stored text.
    ReportDialog again(db, wards.at(1).id);
    CHECK(again.findChild<QPlainTextEdit*>(u"notePlainTextEdit"_s)->toPlainText() == note);
}
