// The window's side of data safety: the main file is complete between edits (a sync client or a copy by hand takes
// the main file alone, without the -wal beside it), and what it writes on request goes through SafeOutput.
#include "core/storage/Database.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TestFiles.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/dashboard/ChartPanel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString wardCodesIn(const QString& file)
{
    return toolOutput(u"sqlite3"_s,
                      {file, u"SELECT group_concat(code, ',') FROM (SELECT code FROM wards ORDER BY code)"_s}, 30000)
        .trimmed();
}

} // namespace

TEST_CASE("document_aCopyOfTheMainFileAloneHoldsEveryEditWhileTheWindowIsOpen", "[document][safety]")
{
    TestDocument t;
    Document& d = *t.document;
    REQUIRE(d.database().journalMode() == u"wal"_s); // otherwise there is no -wal to leave behind
    d.execute(std::make_unique<SaveRecordCommand<WardRepository, Ward>>(
        d, Document::Kind::Wards, std::nullopt, Build::ward(u"WK036301"_s, u"Noord"_s), u"Add ward"_s));
    d.execute(std::make_unique<SaveRecordCommand<WardRepository, Ward>>(
        d, Document::Kind::Wards, std::nullopt, Build::ward(u"WK036302"_s, u"Zuid"_s), u"Add ward"_s));
    REQUIRE(QFile::exists(t.path() + u"-wal"_s)); // the window's connection is still open

    const QString copy = t.dir.filePath(u"kopie.wijkregie"_s);
    REQUIRE(QFile::copy(t.path(), copy));
    CHECK(wardCodesIn(copy) == u"WK036301,WK036302"_s);

    d.undoStack()->undo(); // an undo is a commit too
    const QString second = t.dir.filePath(u"kopie2.wijkregie"_s);
    REQUIRE(QFile::copy(t.path(), second));
    CHECK(wardCodesIn(second) == u"WK036301"_s);
}

TEST_CASE("chartPanel_savePngRefusesAWijkregieFileAndWritesANewPng", "[document][safety]")
{
    TestDocument t;
    auto* chart = new QChart;
    auto* series = new QBarSeries;
    auto* set = new QBarSet(u"Uren"_s);
    *set << 3 << 5;
    series->append(set);
    chart->addSeries(series);
    chart->setTitle(u"Uren per maand"_s);
    ChartPanel panel(chart);
    panel.resize(480, 320);

    // The open database (or any Wijkregie file) given as the PNG's name: refused, the file unchanged.
    t.document->database().checkpoint();
    QFile before(t.path());
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    CHECK_FALSE(panel.savePng(t.path()));
    QFile after(t.path());
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == bytes);

    const QString png = t.dir.filePath(u"grafiek.png"_s);
    REQUIRE(panel.savePng(png));
    QFile written(png);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
}
