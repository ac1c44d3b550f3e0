// XlsxWriter: typed cells read back by openpyxl (tests/core/xlsx_dump.py), Excel's serial days, sheet names, and
// Excel's limits refused instead of cut off.
#include "core/Error.h"
#include "core/io/ExcelLimits.h"
#include "core/io/XlsxWriter.h"

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

/// The file as openpyxl reads it.
QJsonObject readWithOpenpyxl(const QString& path)
{
    QProcess python;
    python.start(QStringLiteral(DEBIAN_PYTHON3), {QStringLiteral(XLSX_DUMP), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QJsonObject cell(const QJsonObject& book, int row, int column)
{
    return book.value(u"rows"_s).toArray().at(row).toArray().at(column).toObject();
}

QList<CsvColumn> columns()
{
    return {{u"code"_s, u"Code"_s, CsvType::Text, {}},
            {u"count"_s, u"Aantal"_s, CsvType::Integer, {}},
            {u"hours"_s, u"Uren"_s, CsvType::Decimal, {}},
            {u"amount"_s, u"Bedrag"_s, CsvType::Money, {}},
            {u"date"_s, u"Datum"_s, CsvType::Date, {}},
            {u"flag"_s, u"Vlag"_s, CsvType::Bool, {}},
            {u"status"_s, u"Status"_s, CsvType::Enum, {{u"running"_s, u"lopend"_s}}}};
}

} // namespace

TEST_CASE("XlsxWriter writes typed cells that openpyxl reads back as such", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lijst.xlsx"_s);
    const QList<QVariantList> rows {{u"0612345678"_s, 12, 1.25, qint64(123450), QDate(2026, 3, 1), true, u"running"_s},
                                    {u"=1+1"_s, QVariant(), 0.75, qint64(-5), u"2026-11-30"_s, false, u"unknown_key"_s},
                                    {u"@SUM(A1)"_s, 3, QVariant(), QVariant(), u"geen datum"_s, QVariant(), QVariant()},
                                    {u"_x0041_ en \u0001"_s}};
    XlsxWriter::writeTable(path, u"Lijst: [alles]"_s, columns(), rows);

    const QJsonObject book = readWithOpenpyxl(path);
    CHECK(book.value(u"sheets"_s).toArray().at(0).toString() == u"Lijst   alles"_s.simplified());
    CHECK(book.value(u"freeze"_s).toString() == u"A2"_s);
    CHECK(book.value(u"rows"_s).toArray().size() == 5);
    for (int c = 0; c < 7; ++c) {
        CHECK(cell(book, 0, c).value(u"bold"_s).toBool());
        CHECK(cell(book, 0, c).value(u"value"_s).toString() == columns().at(c).label);
    }
    // Text stays text, a leading zero kept; formula-like text is a string, never a formula.
    CHECK(cell(book, 1, 0).value(u"type"_s).toString() == u"str"_s);
    CHECK(cell(book, 1, 0).value(u"value"_s).toString() == u"0612345678"_s);
    for (int r : {2, 3}) {
        CHECK(cell(book, r, 0).value(u"type"_s).toString() == u"str"_s);
        CHECK_FALSE(cell(book, r, 0).value(u"formula"_s).toBool());
    }
    CHECK(cell(book, 2, 0).value(u"value"_s).toString() == u"=1+1"_s);
    CHECK(cell(book, 3, 0).value(u"value"_s).toString() == u"@SUM(A1)"_s);
    CHECK(cell(book, 4, 0).value(u"value"_s).toString() == u"_x0041_ en \u0001"_s);
    // Numbers, hours with their quarters, euro cents as euros in a currency format.
    CHECK(cell(book, 1, 1).value(u"type"_s).toString() == u"int"_s);
    CHECK(cell(book, 1, 2).value(u"value"_s).toString() == u"1.25"_s);
    CHECK(cell(book, 1, 3).value(u"value"_s).toString() == u"1234.5"_s);
    CHECK(cell(book, 1, 3).value(u"format"_s).toString().contains(u"€"_s));
    CHECK(cell(book, 2, 3).value(u"value"_s).toString() == u"-0.05"_s);
    CHECK(cell(book, 2, 1).value(u"type"_s).toString() == u"none"_s);
    // Dates as dates shown dd-mm-yyyy; a text that is no date stays text.
    CHECK(cell(book, 1, 4).value(u"type"_s).toString() == u"datetime"_s);
    CHECK(cell(book, 1, 4).value(u"value"_s).toString() == u"2026-03-01T00:00:00"_s);
    CHECK(cell(book, 1, 4).value(u"format"_s).toString() == u"dd-mm-yyyy"_s);
    CHECK(cell(book, 2, 4).value(u"value"_s).toString() == u"2026-11-30T00:00:00"_s);
    CHECK(cell(book, 3, 4).value(u"type"_s).toString() == u"str"_s);
    // Booleans, enums by their label (an unknown key as it is).
    CHECK(cell(book, 1, 5).value(u"type"_s).toString() == u"bool"_s);
    CHECK(cell(book, 1, 5).value(u"value"_s).toString() == u"True"_s);
    CHECK(cell(book, 2, 5).value(u"value"_s).toString() == u"False"_s);
    CHECK(cell(book, 1, 6).value(u"value"_s).toString() == u"lopend"_s);
    CHECK(cell(book, 2, 6).value(u"value"_s).toString() == u"unknown_key"_s);
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
