// XlsxWriter: typed cells read back by openpyxl (tests/core/xlsx_dump.py), Excel's serial days, sheet names, and
// Excel's limits refused instead of cut off.
#include "core/Error.h"
#include "core/io/ExcelLimits.h"
#include "core/io/XlsxWriter.h"
#include "tests/support/Builders.h"
#include "tests/support/TestFiles.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

} // namespace

TEST_CASE("XlsxWriter writes typed cells that openpyxl reads back as such", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lijst.xlsx"_s);
    const QList<QVariantList> rows {{u"0612345678"_s, 12, 1.25, qint64(123450), QDate(2026, 3, 1), true, u"running"_s},
                                    {u"=1+1"_s, QVariant(), 0.75, qint64(-5), u"2026-11-30"_s, false, u"unknown_key"_s},
                                    {u"@SUM(A1)"_s, 3, QVariant(), QVariant(), u"geen datum"_s, QVariant(), QVariant()},
                                    {u"_x0041_ en \u0001"_s}};
    XlsxWriter::writeTable(path, u"Lijst: [alles]"_s, Build::everyTypeColumns(), rows);

    const QJsonObject book = xlsxByOpenpyxl(path);
    CHECK(book.value(u"sheets"_s).toArray().at(0).toString() == u"Lijst   alles"_s.simplified());
    CHECK(book.value(u"freeze"_s).toString() == u"A2"_s);
    CHECK(book.value(u"rows"_s).toArray().size() == 5);
    for (int c = 0; c < 7; ++c) {
        CHECK(xlsxCell(book, 0, c).value(u"bold"_s).toBool());
        CHECK(xlsxCell(book, 0, c).value(u"value"_s).toString() == Build::everyTypeColumns().at(c).label);
    }
    // Text stays text, formula-like text is a string, never a formula.
    for (int r : {2, 3}) {
        CHECK(xlsxCell(book, r, 0).value(u"type"_s).toString() == u"str"_s);
        CHECK_FALSE(xlsxCell(book, r, 0).value(u"formula"_s).toBool());
    }
    CHECK(xlsxCell(book, 1, 3).value(u"format"_s).toString().contains(u"€"_s));
    // Each cell's type, value or format as openpyxl gives it: row (1 is the first data row), column, what, expected.
    struct Expected
    {
        int row;
        int column;
        const char16_t* key;
        const char16_t* value;
    };
    for (const Expected& e : std::initializer_list<Expected> {
             {1, 0, u"type", u"str"}, // a leading zero kept
             {1, 0, u"value", u"0612345678"},
             {2, 0, u"value", u"=1+1"},
             {3, 0, u"value", u"@SUM(A1)"},
             {4, 0, u"value", u"_x0041_ en \u0001"},
             // Numbers, hours with their quarters, euro cents as euros in a currency format.
             {1, 1, u"type", u"int"},
             {1, 2, u"value", u"1.25"},
             {1, 3, u"value", u"1234.5"},
             {2, 3, u"value", u"-0.05"},
             {2, 1, u"type", u"none"},
             // Dates as dates shown dd-mm-yyyy; a text that is no date stays text.
             {1, 4, u"type", u"datetime"},
             {1, 4, u"value", u"2026-03-01T00:00:00"},
             {1, 4, u"format", u"dd-mm-yyyy"},
             {2, 4, u"value", u"2026-11-30T00:00:00"},
             {3, 4, u"type", u"str"},
             // Booleans, enums by their label (an unknown key as it is).
             {1, 5, u"type", u"bool"},
             {1, 5, u"value", u"True"},
             {2, 5, u"value", u"False"},
             {1, 6, u"value", u"lopend"},
             {2, 6, u"value", u"unknown_key"},
         }) {
        INFO("row " << e.row << ", column " << e.column << ", " << QString::fromUtf16(e.key).toStdString());
        CHECK(xlsxCell(book, e.row, e.column).value(QString::fromUtf16(e.key)).toString()
              == QString::fromUtf16(e.value));
    }
}

TEST_CASE("XlsxWriter counts days as Excel does and names sheets as Excel accepts", "[xlsx]")
{
    // Excel's 1900 date system: 1 March 1900 is day 61 (it counts a 29 February 1900), 1 January 2026 is 46023.
    CHECK(XlsxWriter::serialDay("1900-03-01") == 61);
    CHECK(XlsxWriter::serialDay("2026-01-01") == 46023);
    CHECK(XlsxWriter::serialDay("1900-02-28") == 0);
    CHECK(XlsxWriter::serialDay("2026-02-30") == 0);
    CHECK(XlsxWriter::serialDay("01-03-2026") == 0);
    CHECK(XlsxWriter::serialDay("") == 0);
    CHECK(XlsxWriter::sheetName(u"Activiteiten (uren)"_s) == u"Activiteiten (uren)"_s);
    CHECK(XlsxWriter::sheetName(u"a/b\\c?d*e:f[g]h"_s) == u"a b c d e f g h"_s);
    CHECK(XlsxWriter::sheetName(u"'quoted'"_s) == u"quoted"_s);
    CHECK(XlsxWriter::sheetName(QString()) == u"Blad1"_s);
    CHECK(XlsxWriter::sheetName(QString(40, u'x')).size() == 31);
}

TEST_CASE("XlsxWriter refuses more rows than a worksheet holds and cells over 32,767 characters", "[xlsx]")
{
    CHECK_NOTHROW(XlsxWriter::checkRowCount(ExcelLimits::MaxDataRows));
    CHECK_THROWS_AS(XlsxWriter::checkRowCount(ExcelLimits::MaxDataRows + 1), Error);

    QTemporaryDir dir;
    {
        // Row by row, as a list is written: the last row that fits, then one more (empty rows cost nothing).
        XlsxWriter writer(dir.filePath(u"rijen.xlsx"_s), u"Rijen"_s);
        writer.writeHeader({{u"n"_s, u"N"_s, CsvType::Integer, {}}});
        for (qint64 i = 0; i < ExcelLimits::MaxDataRows; ++i) {
            writer.writeRow({});
        }
        CHECK(writer.rowCount() == ExcelLimits::MaxDataRows);
        CHECK_THROWS_AS(writer.writeRow({}), Error);
    }
    {
        XlsxWriter writer(dir.filePath(u"lang.xlsx"_s), u"Lang"_s);
        writer.writeHeader({{u"t"_s, u"Tekst"_s, CsvType::Text, {}}});
        CHECK_NOTHROW(writer.writeRow({QString(ExcelLimits::MaxCellCharacters, u'x')}));
        // Counted as Excel counts, in UTF-16 units: 16,384 characters outside the BMP are 32,768 units.
        QString astral;
        for (int i = 0; i < 16384; ++i) {
            astral += u"\U0001F600"_s;
        }
        try {
            writer.writeRow({astral});
            FAIL("a cell of 32,768 UTF-16 units was written");
        } catch (const Error& e) {
            CHECK(e.message().contains(u"Tekst"_s));
            CHECK(e.message().contains(u"3"_s));
        }
        CHECK_THROWS_AS(writer.cellUtf8(QByteArray(ExcelLimits::MaxCellCharacters + 1, 'y')), Error);
    }
}

TEST_CASE("XlsxWriter dropped without close leaves the file as it was", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"afgebroken.xlsx"_s);
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("oud\n");
    old.close();
    const auto openFiles = [] {
        return QDir(u"/proc/self/fd"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size();
    };
    const qsizetype filesBefore = openFiles();
    {
        // As on Cancel or an error halfway: the rows so far are not compressed into the file.
        XlsxWriter writer(path, u"Blad"_s);
        writer.writeHeader({{u"t"_s, u"Tekst"_s, CsvType::Text, {}}});
        for (int i = 0; i < 1000; ++i) {
            writer.writeRow({u"regel %1"_s.arg(i)});
        }
    }
#ifdef Q_OS_LINUX
    CHECK(openFiles() == filesBefore); // the sheet's temporary file closed too
#else
    Q_UNUSED(filesBefore)
#endif
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "oud\n");
    // Only the file itself in the folder: the sheet's temporary files were unlinked at once.
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
          == QStringList {u"afgebroken.xlsx"_s});
}
