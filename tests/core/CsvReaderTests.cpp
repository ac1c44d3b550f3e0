#include "core/csv/CsvReader.h"

#include <QBuffer>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

struct Read
{
    CsvDialect dialect = CsvDialect::Rfc4180;
    QList<QStringList> rows;
    QList<int> rowNumbers;
    QList<CsvProblem> problems;
};

Read readAll(const QByteArray& bytes)
{
    CsvReader reader(bytes);
    Read r;
    r.dialect = reader.dialect();
    QStringList cells;
    while (reader.readRow(cells)) {
        r.rows << cells;
        r.rowNumbers << reader.row();
    }
    r.problems = reader.problems();
    return r;
}

} // namespace

TEST_CASE("reader_detectsDialectFromBomAndSeparator", "[csv]")
{
    CHECK(readAll("a,b\r\n1,2\r\n").dialect == CsvDialect::Rfc4180);
    CHECK(readAll("a;b\r\n1;2\r\n").dialect == CsvDialect::ExcelNl);
    const Read bom = readAll("\xEF\xBB\xBF"
                             "a;b\r\n1,5;2\r\n");
    CHECK(bom.dialect == CsvDialect::ExcelNl);
    CHECK(bom.rows.at(0) == QStringList {u"a"_s, u"b"_s});
    CHECK(bom.rows.at(1) == QStringList {u"1,5"_s, u"2"_s});
    // Separators inside a quoted header cell do not count.
    CHECK(readAll("\"x;y;z\",b\r\n").dialect == CsvDialect::Rfc4180);
}

TEST_CASE("reader_parsesQuotedCellsWithSeparatorsQuotesAndLineBreaks_rowsAsASpreadsheetNumbersThem", "[csv]")
{
    const Read r = readAll("name,note\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x\n\nlast,\"\"\rcr,end");
    REQUIRE(r.problems.isEmpty());
    REQUIRE(r.rows.size() == 5);
    CHECK(r.rows.at(1) == QStringList {u"a,b"_s, u"say \"hi\""_s});
    CHECK(r.rows.at(2) == QStringList {u"two\r\nlines"_s, u"x"_s});
    CHECK(r.rows.at(3) == QStringList {u"last"_s, QString()});
    CHECK(r.rows.at(4) == QStringList {u"cr"_s, u"end"_s});
    // The cell with a line break is one row; the blank line counts as a row.
    CHECK(r.rowNumbers == QList<int> {1, 2, 3, 5, 6});
}

TEST_CASE("reader_unbalancedQuote_isReportedWithRowAndColumn", "[csv]")
{
    const Read r = readAll("code,name\r\nWK036301,ok\r\nWK036302,\"never closed\r\nWK036303,x\r\n");
    CHECK(r.rows.size() == 2);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().row == 3);
    CHECK(r.problems.first().column == u"name"_s);
    CHECK(r.problems.first().message.contains(u"never closed"_s));
}

TEST_CASE("reader_textAfterClosingQuote_isAProblem", "[csv]")
{
    const Read r = readAll("a,b\r\n\"x\"y,z\r\n");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().row == 2);
    CHECK(r.problems.first().column == u"a"_s);
}

TEST_CASE("reader_emptyFile_andOnlyABom_andOnlyWhitespace_areEmpty", "[csv]")
{
    for (const QByteArray& bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n \r\n")}) {
        CsvReader reader(bytes);
        CHECK_FALSE(reader.isReadable());
        REQUIRE(reader.problems().size() == 1);
        CHECK(reader.problems().first().message == u"The file is empty."_s);
        QStringList cells;
        CHECK_FALSE(reader.readRow(cells));
    }
}

TEST_CASE("reader_windows1252FromExcel_isReadAsSuch_aMixWithUtf8IsRefusedWithTheRow", "[csv]")
{
    // "René", "Müller" and "€5" in Windows-1252 (0x80 is the euro sign there, not in Latin-1).
    CsvReader reader(QByteArray("voornaam;achternaam\r\nJan;Jansen\r\nRen\xE9;M\xFCller \x80"
                                "5\r\n"));
    REQUIRE(reader.isReadable());
    CHECK(reader.encoding() == CsvReader::Encoding::Windows1252);
    CHECK(CsvReader::encodingName(reader.encoding()) == u"Windows-1252"_s);
    QStringList cells;
    REQUIRE(reader.readRow(cells));
    REQUIRE(reader.readRow(cells));
    REQUIRE(reader.readRow(cells));
    CHECK(cells == QStringList {u"René"_s, u"Müller €5"_s});
    CHECK(CsvReader(QByteArray("a\r\nb\r\n")).encoding() == CsvReader::Encoding::Utf8);
    CHECK(CsvReader(QByteArray("\xEF\xBB\xBF"
                               "a\r\nb\r\n"))
              .encoding()
          == CsvReader::Encoding::Utf8WithBom);

    // UTF-8 "Zoë" on row 2 and Windows-1252 "é" on row 3: either reading garbles a part, so it is refused.
    CsvReader mixed(QByteArray("voornaam;achternaam\r\nZo\xC3\xAB;Jansen\r\nRen\xE9;X\r\n"));
    CHECK_FALSE(mixed.isReadable());
    REQUIRE(mixed.problems().size() == 1);
    CHECK(mixed.problems().first().row == 3);
    CHECK(mixed.problems().first().message.contains(u"UTF-8"_s));
    // A BOM says UTF-8: an invalid byte after it is refused, not reread.
    CHECK_FALSE(CsvReader(QByteArray("\xEF\xBB\xBF"
                                     "a\r\nb\xE9\r\n"))
                    .isReadable());
}

TEST_CASE("reader_sepLineNamesTheSeparatorAndIsNotARow", "[csv]")
{
    const Read r = readAll("sep=;\r\nVoornaam;Achternaam\r\nAnna;Bakker\r\n");
    CHECK(r.dialect == CsvDialect::ExcelNl);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows.at(0) == QStringList {u"Voornaam"_s, u"Achternaam"_s});
    CHECK(r.rowNumbers == QList<int> {1, 2});
    const Read comma = readAll("SEP=,\na;b,c\n");
    REQUIRE(comma.rows.size() == 1);
    CHECK(comma.rows.at(0) == QStringList {u"a;b"_s, u"c"_s});
}

TEST_CASE("reader_fileOverTheSizeLimit_isRefusedUnread", "[csv]")
{
    QByteArray big(2 * 1024 * 1024 + 10, 'x');
    QBuffer buffer(&big);
    buffer.open(QIODevice::ReadOnly);
    const CsvReader reader = CsvReader::fromDevice(buffer, 2 * 1024 * 1024);
    CHECK_FALSE(reader.isReadable());
    REQUIRE(reader.problems().size() == 1);
    CHECK(reader.problems().first().message.contains(u"too large"_s));
    CHECK(reader.problems().first().message.contains(u"at most 2 MB"_s));
}
