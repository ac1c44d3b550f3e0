#include "core/Error.h"
#include "core/csv/CsvExporter.h"
#include "core/csv/CsvWriter.h"
#include "tests/support/Builders.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestFiles.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QByteArray write(CsvDialect dialect, const QList<CsvColumn>& columns, const QList<QVariantList>& rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::writeTable(buffer, dialect, columns, rows);
    return bytes;
}

/// Parses a file with Python's csv module (tests/core/csv_parse_check.py) and returns its rows.
QList<QStringList> parseWithPython(const QByteArray& bytes, CsvDialect dialect)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    writeFile(path, bytes);
    return csvRowsByPython(path, Csv::dialectKey(dialect));
}

} // namespace

TEST_CASE("rfc4180_quotesOnlyWhatNeedsQuotes_crlfNoBom", "[csv]")
{
    const QByteArray out
        = write(CsvDialect::Rfc4180, {{u"a"_s, u"A"_s, CsvType::Text, {}}, {u"b"_s, u"B"_s, CsvType::Text, {}}},
                {{u"plain"_s, u"with,comma"_s}, {u"say \"hi\""_s, u"two\nlines"_s}, {u"cr\rhere"_s, u"x;y"_s}});
    CHECK(out == "a,b\r\nplain,\"with,comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\"cr\rhere\",x;y\r\n");
}

TEST_CASE("excelNl_bomSemicolonLabelsDecimalCommaDutchDates", "[csv]")
{
    const QList<QVariantList> rows {
        {u"café"_s, 1234, 1.25, 123456, QDate(2024, 3, 9), true, u"running"_s},
        {u"a;b"_s, -5, 0.1, 5, u"2024-12-31"_s, false, u"unknown_key"_s},
        {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()}};
    const QByteArray out = write(CsvDialect::ExcelNl, Build::everyTypeColumns(), rows);
    CHECK(out.startsWith("\xEF\xBB\xBFTekst;Aantal;Uren;Bedrag;Datum;Vlag;Status\r\n"));
    CHECK(out.contains("caf\xC3\xA9;1234;1,25;1234,56;09-03-2024;yes;lopend\r\n"));
    // Numbers stay numbers: -5 gets no quote; the separator in text is quoted.
    CHECK(out.contains("\"a;b\";-5;0,1;0,05;31-12-2024;no;unknown_key\r\n"));
    CHECK(out.endsWith(";;;;;;\r\n"));
}

TEST_CASE("rfc4180_decimalPointIsoDatesKeysBooleans", "[csv]")
{
    const QByteArray out = write(
        CsvDialect::Rfc4180, Build::everyTypeColumns(),
        {{u"x"_s, 7, 2.5, 100, QDate(2024, 3, 9), true, u"running"_s}, {u"y"_s, 0, 1e6, -250, QDate(), false, {}}});
    CHECK(out.startsWith("text,count,hours,amount,date,flag,status\r\n"));
    CHECK(out.contains("x,7,2.5,1.00,2024-03-09,true,running\r\n"));
    CHECK(out.contains("y,0,1000000,-2.50,,false,\r\n"));
}

TEST_CASE("excelNl_formulaLookingTextGetsAQuote_numbersDoNot", "[csv]")
{
    const QList<CsvColumn> columns {{u"t"_s, u"T"_s, CsvType::Text, {}},
                                    {u"n"_s, u"N"_s, CsvType::Integer, {}},
                                    {u"d"_s, u"D"_s, CsvType::Decimal, {}}};
    const QByteArray nl = write(CsvDialect::ExcelNl, columns,
                                {{u"=1+1"_s, -3, -2.5},
                                 {u"+31 6 1234"_s, 1, 1},
                                 {u"-5 korting"_s, 1, 1},
                                 {u"@SUM(A1)"_s, 1, 1},
                                 {u"\tx"_s, 1, 1},
                                 {u"\rx"_s, 1, 1},
                                 {u"a=b"_s, 1, 1}});
    CHECK(nl.contains("'=1+1;-3;-2,5\r\n"));
    CHECK(nl.contains("'+31 6 1234;"));
    CHECK(nl.contains("'-5 korting;"));
    CHECK(nl.contains("'@SUM(A1);"));
    CHECK(nl.contains("'\tx;"));
    CHECK(nl.contains("\"'\rx\";"));
    CHECK(nl.contains("\r\na=b;"));
    // The machine dialect writes text as it is.
    const QByteArray rfc = write(CsvDialect::Rfc4180, columns, {{u"=1+1"_s, -3, -2.5}});
    CHECK(rfc.contains("\r\n=1+1,-3,-2.5\r\n"));
}

TEST_CASE("writerFlushesLargeOutputInPieces_allRowsArrive", "[csv]")
{
    QList<QVariantList> rows;
    for (int i = 0; i < 50000; ++i) {
        rows.append({u"row %1"_s.arg(i), i});
    }
    const QByteArray out
        = write(CsvDialect::Rfc4180, {{u"t"_s, {}, CsvType::Text, {}}, {u"n"_s, {}, CsvType::Integer, {}}}, rows);
    CHECK(out.count("\r\n") == 50001);
    CHECK(out.endsWith("row 49999,49999\r\n"));
}

TEST_CASE("pythonCsvModuleReadsBothDialects_withQuotesSeparatorsLineBreaksAndNonAscii", "[csv]")
{
    const QList<CsvColumn> columns {{u"name"_s, u"Naam"_s, CsvType::Text, {}},
                                    {u"note"_s, u"Notitie"_s, CsvType::Text, {}},
                                    {u"hours"_s, u"Uren"_s, CsvType::Decimal, {}},
                                    {u"date"_s, u"Datum"_s, CsvType::Date, {}}};
    const QList<QVariantList> rows {
        {u"Renée Yılmaz-Müller"_s, u"zei: \"kom\", en ging; weg"_s, 1.5, QDate(2024, 1, 31)},
        {u"Şükrü Öztürk"_s, u"regel 1\r\nregel 2\nregel 3"_s, 0.25, QDate(2023, 12, 1)},
        {u"=HYPERLINK(\"x\")"_s, u"-5 korting"_s, 24, QDate()},
        {QString(), u"\"\""_s, QVariant(), QVariant()}};
    SECTION("excel-nl")
    {
        const auto parsed = parseWithPython(write(CsvDialect::ExcelNl, columns, rows), CsvDialect::ExcelNl);
        REQUIRE(parsed.size() == 5);
        CHECK(parsed.at(0) == QStringList {u"Naam"_s, u"Notitie"_s, u"Uren"_s, u"Datum"_s});
        CHECK(parsed.at(1)
              == QStringList {u"Renée Yılmaz-Müller"_s, u"zei: \"kom\", en ging; weg"_s, u"1,5"_s, u"31-01-2024"_s});
        CHECK(parsed.at(2)
              == QStringList {u"Şükrü Öztürk"_s, u"regel 1\r\nregel 2\nregel 3"_s, u"0,25"_s, u"01-12-2023"_s});
        CHECK(parsed.at(3) == QStringList {u"'=HYPERLINK(\"x\")"_s, u"'-5 korting"_s, u"24"_s, QString()});
        CHECK(parsed.at(4) == QStringList {QString(), u"\"\""_s, QString(), QString()});
    }
    SECTION("rfc4180")
    {
        const auto parsed = parseWithPython(write(CsvDialect::Rfc4180, columns, rows), CsvDialect::Rfc4180);
        REQUIRE(parsed.size() == 5);
        CHECK(parsed.at(0) == QStringList {u"name"_s, u"note"_s, u"hours"_s, u"date"_s});
        CHECK(parsed.at(1)
              == QStringList {u"Renée Yılmaz-Müller"_s, u"zei: \"kom\", en ging; weg"_s, u"1.5"_s, u"2024-01-31"_s});
        CHECK(parsed.at(2).at(1) == u"regel 1\r\nregel 2\nregel 3"_s);
        CHECK(parsed.at(3) == QStringList {u"=HYPERLINK(\"x\")"_s, u"-5 korting"_s, u"24"_s, QString()});
    }
}

TEST_CASE("exportOfEveryTable_hasTheMachineKeysFirstAndParses", "[csv]")
{
    TempDatabase t;
    for (const QString& table : CsvTables::exportableTables()) {
        for (const CsvDialect dialect : {CsvDialect::Rfc4180, CsvDialect::ExcelNl}) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            CsvExporter::exportTable(*t.db, table, buffer, {dialect, true, {}, {}, nullptr});
            INFO(table.toStdString());
            const auto parsed = parseWithPython(bytes, dialect);
            REQUIRE(parsed.size() == 1);
            CHECK(parsed.first().size() == CsvExporter::columns(table, true).size());
        }
    }
    const QStringList persons = [] {
        QStringList keys;
        for (const auto& c : CsvExporter::columns(u"persons"_s, true)) {
            keys << c.key;
        }
        return keys;
    }();
    CHECK(persons.mid(0, 9)
          == QStringList {u"id"_s, u"first_name"_s, u"surname_prefix"_s, u"last_name"_s, u"email"_s, u"phone"_s,
                          u"ward_code"_s, u"engagement"_s, u"consent_date"_s});
    QStringList initiatives;
    for (const auto& c : CsvExporter::columns(u"initiatives"_s, false)) {
        initiatives << c.key;
    }
    CHECK(initiatives.mid(0, 13)
          == QStringList {u"id"_s, u"ward_code"_s, u"title"_s, u"status"_s, u"track"_s, u"lead_type"_s, u"start_date"_s,
                          u"planned_end"_s, u"budget_requested"_s, u"budget_granted"_s, u"funding_end"_s,
                          u"follow_up_funding"_s, u"fits_framework"_s});
    CHECK_THROWS_AS(CsvExporter::columns(u"nonsense"_s, false), Error);
}

TEST_CASE("excelNl_longCellsNamedByRowAndColumn_rowLimitRefused_rfc4180Neither", "[csv][excel]")
{
    const QList<CsvColumn> columns {{u"title"_s, u"Titel"_s, CsvType::Text, {}},
                                    {u"description"_s, u"Omschrijving"_s, CsvType::Text, {}}};
    const QString longText(CsvWriter::ExcelMaxCellCharacters + 1, u'x');
    for (const CsvDialect dialect : {CsvDialect::ExcelNl, CsvDialect::Rfc4180}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer, dialect);
        writer.writeHeader(columns);
        writer.writeRow({u"kort"_s, QString(CsvWriter::ExcelMaxCellCharacters, u'y')}); // exactly the limit: fine
        writer.writeRow({u"lang"_s, longText});
        writer.cellUtf8("raw");
        writer.cellUtf8(longText.toUtf8());
        writer.endRow();
        writer.flush();
        // Written whole either way.
        CHECK(buffer.data().count('x') == 2 * longText.size());
        const QStringList warnings = writer.excelWarnings();
        if (dialect == CsvDialect::Rfc4180) {
            CHECK(warnings.isEmpty());
            continue;
        }
        REQUIRE(warnings.size() == 1);
        INFO(warnings.first().toStdString());
        // Rows as Excel numbers them: the header is row 1.
        CHECK(warnings.first().contains(u"row 3, column “Omschrijving”"_s));
        CHECK(warnings.first().contains(u"row 4, column “Omschrijving”"_s));
        CHECK_FALSE(warnings.first().contains(u"row 2,"_s));
    }

    // One row more than fit under the header: refused with advice, in excel-nl only.
    const auto fill = [&columns](CsvDialect dialect) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer, dialect);
        writer.writeHeader(columns);
        for (qint64 i = 0; i < CsvWriter::ExcelMaxRows; ++i) {
            writer.cellUtf8("a");
            writer.endRow();
        }
        return writer.rowCount();
    };
    try {
        fill(CsvDialect::ExcelNl);
        FAIL("the row past Excel's last row was written");
    } catch (const Error& e) {
        CHECK(e.message().contains(u"rfc4180"_s));
    }
    CHECK(fill(CsvDialect::Rfc4180) == CsvWriter::ExcelMaxRows);
}
