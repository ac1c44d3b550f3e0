// The council report as an archive would take it: PDF/A-1b checked with Apache PDFBox Preflight (the validator
// that the test command installs: libpdfbox2-java, a headless JRE), page headers that name the ward of each page,
// and the same report as ODT.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestFiles.h"

#include <QDate>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// Runs PDFBox Preflight; passes only when the file is valid PDF/A-1b.
void requirePdfA1b(const QString& pdf)
{
    QStringList jars;
    for (const char* jar :
         {"preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"}) {
        jars << u"/usr/share/java/"_s + QString::fromLatin1(jar) + u".jar"_s;
    }
    QProcess java;
    java.setProcessChannelMode(QProcess::MergedChannels);
    java.start(u"java"_s, {u"-cp"_s, jars.join(u':'), u"org.apache.pdfbox.preflight.Validator_A1b"_s, pdf});
    REQUIRE(java.waitForStarted(60000)); // no JRE: install-deps.sh --test installs it
    REQUIRE(java.waitForFinished(300000));
    const QString out = QString::fromUtf8(java.readAll());
    INFO(out.toStdString());
    CHECK(java.exitCode() == 0);
    CHECK(out.contains(u"is a valid PDF/A-1b file"_s));
}

/// The small demo with the first wards by code and the report run on it for 2026 up to 28 November.
struct ReportDemo : SmallDemo
{
    /// The first `n` wards by code: code, name.
    QList<QStringList> wards(int n) const
    {
        QList<QStringList> result;
        const QString rows = sqlite3(file, u"SELECT code || '|' || name FROM wards ORDER BY code LIMIT %1"_s.arg(n));
        for (const QString& row : rows.split(u'\n', Qt::SkipEmptyParts)) {
            result << row.split(u'|');
        }
        return result;
    }
    RunResult report(const QStringList& what, const QString& out) const
    {
        return wijkregie(QStringList {u"report"_s, file} + what
                         + QStringList {u"--out"_s, out, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-11-28"_s});
    }
};

} // namespace

TEST_CASE("a ward report is valid PDF/A-1b with author, title and one creation date", "[cli][report][pdfa]")
{
    ReportDemo demo;
    const auto wards = demo.wards(1);
    const QString pdf = demo.path(u"ward.pdf"_s);
    const RunResult made = demo.report({u"--ward"_s, wards[0][0]}, pdf);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    requirePdfA1b(pdf);
    const QString info = toolOutput(u"pdfinfo"_s, {pdf});
    CHECK(info.contains(QRegularExpression(u"Author:\\s+\\S"_s)));
    CHECK(info.contains(wards[0][1]));
}

TEST_CASE("a two-ward report is valid PDF/A-1b and each page header names the ward of that page", "[cli][report][pdfa]")
{
    ReportDemo demo;
    const auto wards = demo.wards(2);
    REQUIRE(wards.size() == 2);
    const QString pdf = demo.path(u"two.pdf"_s);
    const RunResult made = demo.report({u"--ward"_s, wards[0][0], u"--ward"_s, wards[1][0]}, pdf);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    requirePdfA1b(pdf);

    const int pages = pdfPageCount(pdf);
    const QString cover = toolOutput(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s});
    CHECK(cover.contains(wards[0][1]));
    CHECK(cover.contains(wards[1][1]));
    int current = -1;
    QList<int> sections;
    for (int page = 2; page <= pages; ++page) {
        const QString text
            = toolOutput(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        const QString body = lines.mid(1).join(u'\n');
        for (int w = 0; w < 2; ++w) {
            // A section starts with the ward's heading: "Name (CODE)" on a line of its own.
            if (QRegularExpression(u"(^|\\n)"_s + QRegularExpression::escape(wards[w][1] + u" ("_s + wards[w][0] + u')')
                                   + u"\\n"_s)
                    .match(body)
                    .hasMatch()) {
                current = w;
                sections << w;
            }
        }
        INFO("page " << page << " of " << pages << ": " << lines.value(0).toStdString());
        REQUIRE(current >= 0);
        CHECK(lines.value(0).contains(wards[current][1]));
        CHECK_FALSE(lines.value(0).contains(wards[1 - current][1]));
    }
    CHECK(sections == QList<int> {0, 1});
}

TEST_CASE("the municipality overview of the small demo is valid PDF/A-1b", "[cli][report][pdfa]")
{
    ReportDemo demo;
    const QString pdf = demo.path(u"overview.pdf"_s);
    const RunResult made = demo.report({u"--all"_s}, pdf);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    requirePdfA1b(pdf);
    // Every goal's target date (Streefdatum) is printed.
    // In the order of drawing (-raw), a table cell's lines come one after the other.
    const QString text = toolOutput(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    const QString dates = sqlite3(demo.file, u"SELECT DISTINCT target_date FROM goals WHERE target_date IS NOT NULL"_s);
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    int found = 0;
    for (const QString& iso : dates.split(u'\n', Qt::SkipEmptyParts)) {
        const QString date = dutch.toString(QDate::fromString(iso, Qt::ISODate), u"d MMMM yyyy"_s);
        INFO(date.toStdString());
        // A narrow column may wrap the date over lines.
        CHECK(text.contains(QRegularExpression(date.split(u' ').join(u"\\s+"_s))));
        ++found;
    }
    CHECK(found > 0);
}

TEST_CASE("report --out x.odt writes an OpenDocument text with every section", "[cli][report][odt]")
{
    ReportDemo demo;
    const auto wards = demo.wards(2);
    const QString odt = demo.path(u"report.odt"_s);
    const RunResult made = demo.report({u"--ward"_s, wards[0][0], u"--ward"_s, wards[1][0]}, odt);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString script = u"import sys, zipfile\n"
                           "z = zipfile.ZipFile(sys.argv[1])\n"
                           "assert z.read('mimetype') == b'application/vnd.oasis.opendocument.text'\n"
                           "sys.stdout.write(z.read('content.xml').decode('utf-8'))\n"_s;
    const QString content = toolOutput(u"python3"_s, {u"-c"_s, script, odt});
    for (const QString& expected :
         {wards[0][1], wards[1][1], u"Wijkrapportage"_s, u"Kerncijfers"_s, u"Wijkdoelen"_s,
          u"Initiatieven en continuïteitsrisico"_s, u"Sleutelpersonen"_s, u"Samenwerkingsafspraken"_s,
          u"Verouderde beleidskaders"_s, u"Knelpunten in vraag en aanbod"_s, u"Participatie per kanaal"_s,
          u"Vervolgacties"_s, u"table:table"_s}) {
        INFO(expected.toStdString());
        CHECK(content.contains(expected));
    }
    // Each ward's section once, the second after the first.
    CHECK(content.count(wards[0][0]) >= 1);
    CHECK(content.indexOf(wards[0][0]) < content.indexOf(wards[1][0]));
}

TEST_CASE("the ward director's notes print at the top of their ward's section, in the PDF and the ODT",
          "[cli][report][wardnotes]")
{
    ReportDemo demo;
    const auto wards = demo.wards(2);
    REQUIRE(wards.size() == 2);
    // Two paragraphs for the second ward and the report's period; a text of another period stays out.
    const QString first = u"Na de zomer kwam de buurtkamer weer op gang."_s;
    const QString second = u"Twee bewoners namen het trekkerschap over."_s;
    sqlite3(demo.file,
            u"INSERT INTO ward_notes (ward_id, period_from, period_to, text) SELECT id, '2026-01-01', '2026-11-28', "
            "'%1' || char(10) || char(10) || '%2' FROM wards WHERE code = '%3'"_s.arg(first, second, wards[1][0]));
    const QString otherPeriod = u"Alleen voor het eerste kwartaal."_s;
    sqlite3(demo.file,
            u"INSERT INTO ward_notes (ward_id, period_from, period_to, text) SELECT id, '2026-01-01', "
            "'2026-03-31', '%1' FROM wards WHERE code = '%2'"_s.arg(otherPeriod, wards[0][0]));

    const QString pdf = demo.path(u"notes.pdf"_s);
    RunResult made = demo.report({u"--ward"_s, wards[0][0], u"--ward"_s, wards[1][0]}, pdf);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString text = toolOutput(u"pdftotext"_s, {pdf, u"-"_s}).simplified();
    const qsizetype heading = text.indexOf(wards[1][1] + u" ("_s + wards[1][0] + u')');
    REQUIRE(heading >= 0);
    const qsizetype figures = text.indexOf(u"Kerncijfers"_s, heading);
    CHECK(text.indexOf(first) > heading);
    CHECK(text.indexOf(second) > text.indexOf(first));
    CHECK(text.indexOf(second) < figures);
    CHECK_FALSE(text.contains(otherPeriod));

    const QString odt = demo.path(u"notes.odt"_s);
    made = demo.report({u"--ward"_s, wards[0][0], u"--ward"_s, wards[1][0]}, odt);
    REQUIRE(made.exitCode == 0);
    const QString script = u"import sys, zipfile\n"
                           "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('content.xml').decode('utf-8'))\n"_s;
    const QString content = toolOutput(u"python3"_s, {u"-c"_s, script, odt});
    const qsizetype odtHeading = content.lastIndexOf(wards[1][0]); // the second section is the last
    REQUIRE(odtHeading >= 0);
    CHECK(content.indexOf(first) > odtHeading);
    CHECK(content.indexOf(second) < content.indexOf(u"Kerncijfers"_s, odtHeading));
    CHECK_FALSE(content.contains(otherPeriod));
}
