// The council report from the command line, checked with poppler's pdfinfo, pdffonts, pdfimages and pdftotext.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestFiles.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString& pdf)
{
    return toolOutput(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
}

/// Every person's full name in the file.
QStringList fullNames(const QString& file)
{
    return sqlite3(file, u"SELECT first_name || ' ' || last_name FROM persons"_s).split(u'\n', Qt::SkipEmptyParts);
}

/// No resident of the file is named in full in the text.
void requireNoFullName(const QString& text, const QString& file)
{
    for (const QString& fullName : fullNames(file)) {
        INFO(fullName.toStdString());
        REQUIRE_FALSE(text.contains(fullName));
    }
}

} // namespace

TEST_CASE("report for one ward: a PDF/A with embedded fonts, vector charts and every section", "[cli][report]")
{
    SmallDemo demo;
    const QString code = sqlite3(demo.file, u"SELECT code FROM wards ORDER BY code LIMIT 1"_s).trimmed();
    const QString name = sqlite3(demo.file, u"SELECT name FROM wards ORDER BY code LIMIT 1"_s).trimmed();
    const QString pdf = demo.path(u"wijk.pdf"_s);
    wijkregieOk({u"report"_s, demo.file, u"--ward"_s, code, u"--out"_s, pdf, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                 u"2026-11-28"_s});

    const QString info = toolOutput(u"pdfinfo"_s, {u"-meta"_s, pdf});
    CHECK(info.contains(name));
    CHECK(info.contains(u"pdfaid:part>1<"_s));
    CHECK(toolOutput(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
    CHECK(pdfPageCount(pdf) >= 3);

    // Every font is embedded.
    const QStringList fonts = toolOutput(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString& line : fonts) {
        INFO(line.toStdString());
        CHECK(line.contains(QRegularExpression(u"\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s)));
    }
    // The charts are vectors: the PDF holds no raster image at all.
    CHECK(toolOutput(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n', Qt::SkipEmptyParts).size() == 2);

    const QString text = pdfText(pdf);
    for (const QString& section :
         {u"Wijkrapportage"_s, u"Kerncijfers"_s, u"Wijkdoelen"_s, u"Initiatieven en continuïteitsrisico"_s,
          u"Sleutelpersonen"_s, u"Samenwerkingsafspraken"_s, u"Verouderde beleidskaders"_s,
          u"Knelpunten in vraag en aanbod"_s, u"Participatie per kanaal"_s, u"Vervolgacties"_s, u"Pagina 2 van"_s,
          u"28 november 2026"_s}) {
        INFO(section.toStdString());
        CHECK(text.contains(section));
    }
    // The number of active initiatives is the one in the database.
    const QString active
        = sqlite3(demo.file,
                  u"SELECT count(*) FROM initiatives i JOIN wards w ON w.id = i.ward_id WHERE w.code = '%1' "
                  "AND i.status IN ('running', 'paused')"_s.arg(code))
              .trimmed();
    const auto figure = QRegularExpression(u"Actieve initiatieven \\(lopend of gepauzeerd\\)\\s+(\\d+)"_s).match(text);
    REQUIRE(figure.hasMatch());
    CHECK(figure.captured(1) == active);

    // No resident's full name without --with-names.
    requireNoFullName(text, demo.file);
}

TEST_CASE("report with names shows key persons by name and without names as Bewoner A", "[cli][report]")
{
    SmallDemo demo;
    const QString pdf = demo.path(u"alle.pdf"_s);
    RunResult made = wijkregieOk({u"report"_s, demo.file, u"--all"_s, u"--out"_s, pdf});
    const QString anonymous = pdfText(pdf);
    CHECK(anonymous.contains(u"Gemeenteoverzicht"_s));
    CHECK(anonymous.contains(u"Overzicht van alle wijken"_s));
    for (const QString& ward : sqlite3(demo.file, u"SELECT name FROM wards"_s).split(u'\n', Qt::SkipEmptyParts)) {
        CHECK(anonymous.contains(ward));
    }
    const bool hasKeyPersons = anonymous.contains(u"Bewoner A"_s);
    requireNoFullName(anonymous, demo.file);

    const QString named = demo.path(u"namen.pdf"_s);
    made = wijkregie({u"report"_s, demo.file, u"--all"_s, u"--out"_s, named, u"--with-names"_s});
    REQUIRE(made.exitCode == 0);
    const QString text = pdfText(named);
    CHECK_FALSE(text.contains(u"Bewoner A"_s));
    if (hasKeyPersons) {
        const QStringList names = fullNames(demo.file);
        CHECK(std::any_of(names.begin(), names.end(), [&](const QString& n) { return text.contains(n); }));
    }
}

TEST_CASE("ward report carries succession help and the pipeline, pseudonymised", "[cli][report][continuity]")
{
    SmallDemo demo;
    // The ward with the most critical roles without a backup in its active initiatives.
    const QString code = sqlite3(demo.file,
                                 u"SELECT w.code FROM critical_roles r JOIN initiatives i ON i.id = "
                                 "r.initiative_id JOIN wards w ON w.id = i.ward_id WHERE r.backup_person_id "
                                 "IS NULL AND r.holder_person_id IS NOT NULL AND i.status IN ('running', "
                                 "'paused') GROUP BY w.code ORDER BY count(*) DESC, w.code LIMIT 1"_s)
                             .trimmed();
    REQUIRE_FALSE(code.isEmpty());
    const QString pdf = demo.path(u"opvolging.pdf"_s);
    wijkregieOk({u"report"_s, demo.file, u"--ward"_s, code, u"--out"_s, pdf});
    const QString text = pdfText(pdf).simplified();
    // The texts as the executable prints them: through its Dutch translation where it has one, else the source.
    QTranslator dutch;
    REQUIRE(dutch.load(u":/i18n/wijkregie_nl.qm"_s));
    const auto translated = [&dutch](const char* context, const char* source) {
        const QString found = dutch.translate(context, source);
        return found.isEmpty() ? QString::fromUtf8(source) : found;
    };
    const auto printed = [&translated](const char* source) {
        return translated("ReportRenderer", source);
    };
    const QString succession = printed("Succession: critical roles without a backup");
    const QString pipeline = printed("Pipeline of the last 12 months");
    REQUIRE(text.contains(succession));
    REQUIRE(text.contains(pipeline));
    // The section lists roles (not "None.") with pseudonymised holders, then the four pipeline rows.
    const QString part = text.mid(text.indexOf(succession), text.indexOf(pipeline) - text.indexOf(succession));
    CHECK_FALSE(part.contains(printed("None.")));
    CHECK(part.contains(translated("Pseudonyms", "Resident %1").arg(QString()).trimmed()));
    for (const char* row :
         {"From ad hoc helper to core member", "From core member to lead", "New residents", "Residents who left"}) {
        INFO(row);
        CHECK(text.indexOf(printed(row), text.indexOf(pipeline)) > text.indexOf(pipeline)); // also elsewhere
    }
    requireNoFullName(text, demo.file);
}

TEST_CASE("report refuses bad input with a clear message", "[cli][report]")
{
    SmallDemo demo;
    const QString pdf = demo.path(u"x.pdf"_s);
    SECTION("an unknown ward")
    {
        const RunResult r = wijkregie({u"report"_s, demo.file, u"--ward"_s, u"WK999999"_s, u"--out"_s, pdf});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"WK999999"_s));
    }
    SECTION("both --ward and --all, or neither")
    {
        CHECK(wijkregie({u"report"_s, demo.file, u"--all"_s, u"--ward"_s, u"WK099901"_s, u"--out"_s, pdf}).exitCode
              == 2);
        CHECK(wijkregie({u"report"_s, demo.file, u"--out"_s, pdf}).exitCode == 2);
    }
    SECTION("no output, or not a PDF")
    {
        CHECK(wijkregie({u"report"_s, demo.file, u"--all"_s}).exitCode == 2);
        CHECK(wijkregie({u"report"_s, demo.file, u"--all"_s, u"--out"_s, demo.path(u"x.txt"_s)}).exitCode == 2);
    }
    SECTION("a bad date or a period that ends before it starts")
    {
        CHECK(wijkregie({u"report"_s, demo.file, u"--all"_s, u"--out"_s, pdf, u"--from"_s, u"31-02-2026"_s}).exitCode
              == 2);
        CHECK(wijkregie({u"report"_s, demo.file, u"--all"_s, u"--out"_s, pdf, u"--from"_s, u"2026-05-01"_s, u"--to"_s,
                         u"2026-04-01"_s})
                  .exitCode
              == 2);
    }
    SECTION("a folder that does not exist")
    {
        const RunResult r = wijkregie({u"report"_s, demo.file, u"--all"_s, u"--out"_s, demo.path(u"nope/x.pdf"_s)});
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(pdf));
}
