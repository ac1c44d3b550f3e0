#include "ReportContent.h"

#include "ui/common/Palette.h"
#include "ui/report/ReportFonts.h"
#include "ui/report/ReportRenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRawFont>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ReportContent {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString errorColor()
{
    return Palette::text(Palette::Text::Error).name();
}

QString mutedColor()
{
    return Palette::text(Palette::Text::Muted).name();
}

QString headingColor()
{
    return Palette::text(Palette::Text::Heading).name();
}

QString longDate(const QDate& date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

/// Finds characters the report font lacks, once per record.
class GlyphCheck
{
public:
    explicit GlyphCheck(QStringList& warnings)
        : m_font(QRawFont::fromFont(QFont(fontFamily())))
        , m_warnings(warnings)
    {
    }

    /// `record` names what `text` belongs to, e.g. Initiative "Moestuin" (Noord).
    void operator()(const QString& text, const QString& record)
    {
        for (const char32_t c : text.toUcs4()) {
            const QChar::Category category = QChar::category(c);
            if (c < 0x20 || QChar::isSpace(c) || category == QChar::Other_Format || category == QChar::Mark_NonSpacing
                || category == QChar::Other_Control || m_font.supportsCharacter(c)) {
                continue;
            }
            const QString key = record + QString::number(c);
            if (m_seen.contains(key)) {
                continue;
            }
            m_seen.insert(key);
            m_warnings << ReportRenderer::tr(
                              "%1: the character %2 (U+%3) is not in the report's font and prints as an empty box.")
                              .arg(record, QString::fromUcs4(&c, 1),
                                   QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
        }
    }

private:
    QRawFont m_font;
    QStringList& m_warnings;
    QSet<QString> m_seen;
};

bool isVowel(QChar c)
{
    static const QString vowels = u"aeiouyàáâäèéêëìíîïòóôöùúûü"_s;
    return vowels.contains(c.toLower());
}

/// Builds one section's blocks.
class Flow
{
public:
    explicit Flow(Section& section)
        : m_section(section)
    {
    }

    void html(const QString& fragment, bool keepWithNext = false)
    {
        Block b;
        b.html = fragment;
        b.keepWithNext = keepWithNext;
        m_section.blocks << b;
    }
    void heading(int level, const QString& text)
    {
        html(u"<h%1>"_s.arg(level) + esc(text) + u"</h%1>"_s.arg(level), true);
    }
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths = {})
    {
        Block b;
        b.kind = Block::Kind::Table;
        for (const QString& h : headers) {
            b.headers << hyphenated(h);
        }
        b.rows = rows;
        b.widths = widths;
        m_section.blocks << b;
    }
    void chart(const ChartPainter::BarChart& chart)
    {
        Block b;
        b.kind = Block::Kind::Chart;
        b.chart = chart;
        m_section.blocks << b;
    }
    void none() { html(u"<p><i>"_s + esc(ReportRenderer::tr("None.")) + u"</i></p>"_s); }

private:
    Section& m_section;
};

QString progressCell(const Report::ProgressLine& line)
{
    if (!line.progress) {
        return esc(ReportRenderer::tr("unknown"));
    }
    const QString percent = QLocale().toString(qRound(*line.progress * 100)) + QLocale().percent();
    const QString state = line.onTrack ? ReportRenderer::tr("on track") : ReportRenderer::tr("off track");
    const QString color = Palette::text(line.onTrack ? Palette::Text::Positive : Palette::Text::Error).name();
    return esc(percent) + u" <span style=\"color:"_s + color + u"\">("_s + esc(state) + u")</span>"_s;
}

QString bandCell(const Report::InitiativeLine& line)
{
    if (!line.score) {
        return u"–"_s;
    }
    const QString color = Palette::bandText(RiskBand(std::clamp(line.bandIndex, 0, 2))).name();
    return u"<b style=\"color:"_s + color + u"\">"_s + esc(line.band) + u"</b> ("_s + QLocale().toString(*line.score)
        + u')';
}

void progressTable(Flow& f, const QList<Report::ProgressLine>& lines)
{
    if (lines.isEmpty()) {
        f.none();
        return;
    }
    QList<QStringList> rows;
    for (const auto& g : lines) {
        rows << QStringList {hyphenated(g.name), esc(g.baseline),   esc(g.target),
                             esc(g.latest),      esc(g.targetDate), progressCell(g)};
    }
    f.table({ReportRenderer::tr("Indicator"), ReportRenderer::tr("Baseline"), ReportRenderer::tr("Target"),
             ReportRenderer::tr("Latest"), ReportRenderer::tr("Target date"), ReportRenderer::tr("Progress")},
            rows, {27, 11, 11, 19, 14, 18});
}

QList<ChartPainter::LegendEntry> bandLegend()
{
    return {{ReportRenderer::tr("low"), ChartPainter::bandColor(0)},
            {ReportRenderer::tr("medium"), ChartPainter::bandColor(1)},
            {ReportRenderer::tr("high"), ChartPainter::bandColor(2)}};
}

/// Succession help (DESIGN.md): the critical roles without a backup with the suggested candidates, and the pipeline.
void continuitySection(Flow& f, const Report::WardSection& w, GlyphCheck& check)
{
    f.heading(2, ReportRenderer::tr("Succession: critical roles without a backup"));
    if (w.succession.isEmpty()) {
        f.none();
    } else {
        QList<QStringList> rows;
        for (const auto& line : w.succession) {
            check(line.initiative + line.role, ReportRenderer::tr("Initiative “%1” (%2)").arg(line.initiative, w.name));
            rows << QStringList {hyphenated(line.initiative), hyphenated(line.role), esc(line.holder),
                                 line.candidates.isEmpty()
                                     ? esc(ReportRenderer::tr("no candidate"))
                                     : esc(line.candidates.join(u"\n"_s)).replace(u"\n"_s, u"<br/>"_s)};
        }
        f.html(u"<p>"_s
                   + esc(ReportRenderer::tr("Suggestions only: residents involved in the initiative or living in the "
                                            "ward, active in the last 6 months."))
                   + u"</p>"_s,
               true);
        f.table({ReportRenderer::tr("Initiative"), ReportRenderer::tr("Role"), ReportRenderer::tr("Holder"),
                 ReportRenderer::tr("Suggested backups")},
                rows, {22, 14, 14, 50});
    }
    const Report::PipelineLine& p = w.pipeline;
    f.heading(2, ReportRenderer::tr("Pipeline of the last 12 months"));
    QList<QStringList> rows {
        {esc(ReportRenderer::tr("From ad hoc helper to core member")), QLocale().toString(p.adHocToCore)},
        {esc(ReportRenderer::tr("From core member to lead")), QLocale().toString(p.coreToLead)},
        {esc(ReportRenderer::tr("New residents")), QLocale().toString(p.newcomers)},
        {esc(ReportRenderer::tr("Residents who left")), QLocale().toString(p.leavers)}};
    for (const auto& reason : p.reasons) {
        rows << QStringList {u"&nbsp;&nbsp;"_s + esc(ReportRenderer::tr("of whom: %1").arg(reason.label)),
                             esc(reason.value)};
    }
    f.table({ReportRenderer::tr("Movement"), ReportRenderer::tr("Residents")}, rows, {70, 30});
}

void wardSection(Section& section, const Report::WardSection& w, GlyphCheck& check)
{
    const QString wardRecord = ReportRenderer::tr("Ward %1 (%2)").arg(w.name, w.code);
    check(w.name + w.profile, wardRecord);
    Flow f(section);
    f.html(u"<h1>"_s + esc(w.name) + u" <span style=\"color:"_s + mutedColor() + u"; font-weight:normal\">("_s
           + esc(w.code) + u")</span></h1><p><i>"_s + esc(w.wardType) + u"</i>"_s
           + (w.profile.isEmpty() ? QString() : u" — "_s + esc(w.profile)) + u"</p>"_s);

    if (!w.note.trimmed().isEmpty()) {
        check(w.note, ReportRenderer::tr("The notes on ward %1").arg(w.name));
        f.heading(2, ReportRenderer::tr("Notes from the ward director"));
        // One block per paragraph, so that a long text flows over pages.
        for (const QString& paragraph : w.note.split(u"\n\n"_s, Qt::SkipEmptyParts)) {
            f.html(u"<p style=\"margin-bottom: 4px\">"_s + esc(paragraph.trimmed()).replace(u'\n', u"<br/>"_s)
                   + u"</p>"_s);
        }
    }

    f.heading(2, ReportRenderer::tr("Key figures"));
    QList<QStringList> figures;
    for (const auto& k : w.keyFigures) {
        figures << QStringList {esc(k.label), u"<b>"_s + esc(k.value) + u"</b>"_s};
    }
    if (figures.isEmpty()) {
        f.none();
    } else {
        f.table({ReportRenderer::tr("Figure"), ReportRenderer::tr("Value")}, figures, {60, 40});
    }

    f.heading(2, ReportRenderer::tr("Ward goals"));
    for (const auto& g : w.goals) {
        check(g.name, ReportRenderer::tr("Ward goal “%1” (%2)").arg(g.name, w.name));
    }
    progressTable(f, w.goals);

    f.heading(2, ReportRenderer::tr("Initiatives and continuity risk"));
    if (w.initiatives.isEmpty()) {
        f.none();
    } else {
        QList<QStringList> rows;
        for (const auto& i : w.initiatives) {
            check(i.title + i.themes + i.reasons.join(QString()),
                  ReportRenderer::tr("Initiative “%1” (%2)").arg(i.title, w.name));
            rows << QStringList {hyphenated(i.title), hyphenated(i.status), hyphenated(i.themes), bandCell(i),
                                 hyphenated(i.reasons.join(u"; "_s))};
        }
        f.table({ReportRenderer::tr("Initiative"), ReportRenderer::tr("Status"), ReportRenderer::tr("Themes"),
                 ReportRenderer::tr("Risk"), ReportRenderer::tr("Reasons")},
                rows, {24, 12, 17, 12, 35});
    }
    QList<Report::InitiativeLine> scored;
    for (const auto& i : w.initiatives) {
        if (i.score) {
            scored << i;
        }
    }
    if (!scored.isEmpty()) {
        std::stable_sort(scored.begin(), scored.end(),
                         [](const auto& a, const auto& c) { return *a.score > *c.score; });
        ChartPainter::BarChart chart;
        chart.title = ReportRenderer::tr("Continuity risk per active initiative");
        chart.maximum = 100;
        chart.axisNote = ReportRenderer::tr("score 0–100");
        for (const auto& i : scored.mid(0, 25)) {
            chart.bars << ChartPainter::Bar {i.title,
                                             {{double(*i.score), ChartPainter::bandColor(i.bandIndex)}},
                                             QLocale().toString(*i.score) + u" ("_s + i.band + u')'};
        }
        chart.legend = bandLegend();
        f.chart(chart);
        if (scored.size() > 25) {
            f.html(u"<p><i>"_s + esc(ReportRenderer::tr("The chart shows the 25 initiatives with the highest score."))
                   + u"</i></p>"_s);
        }
    }

    f.heading(2, ReportRenderer::tr("Key persons"));
    if (w.keyPersons.isEmpty()) {
        f.none();
    } else {
        QList<QStringList> rows;
        for (const auto& k : w.keyPersons) {
            check(k.name, ReportRenderer::tr("Person %1 (%2)").arg(k.name, w.name));
            rows << QStringList {esc(k.name), hyphenated(k.initiatives.join(u", "_s))};
        }
        f.html(u"<p>"_s
                   + esc(ReportRenderer::tr("Residents whose leaving would put at least one initiative at high risk."))
                   + u"</p>"_s,
               true);
        f.table({ReportRenderer::tr("Person"), ReportRenderer::tr("Initiatives that would move to high risk")}, rows,
                {25, 75});
    }

    continuitySection(f, w, check);

    f.heading(2, ReportRenderer::tr("Agreements with partners"));
    if (w.agreements.isEmpty()) {
        f.none();
    }
    for (const auto& a : w.agreements) {
        check(a.title + a.partner, ReportRenderer::tr("Agreement “%1” (%2)").arg(a.title, w.name));
        QString evaluation = esc(a.nextEvaluation.isEmpty() ? ReportRenderer::tr("none planned") : a.nextEvaluation);
        if (a.evaluationOverdue) {
            evaluation
                += u" <b style=\"color:"_s + errorColor() + u"\">("_s + esc(ReportRenderer::tr("overdue")) + u")</b>"_s;
        } else if (a.evaluationDueSoon) {
            evaluation += u" <b>("_s + esc(ReportRenderer::tr("due soon")) + u")</b>"_s;
        }
        const QString me = a.monitoringAgreed
            ? esc(ReportRenderer::tr("yes"))
            : u"<b style=\"color:"_s + errorColor() + u"\">"_s + esc(ReportRenderer::tr("no")) + u"</b>"_s;
        f.html(u"<h3>"_s + esc(a.title) + u"</h3><p>"_s + esc(ReportRenderer::tr("Partner")) + u": "_s + esc(a.partner)
                   + u" · "_s + esc(ReportRenderer::tr("Period")) + u": "_s + esc(a.period) + u" · "_s
                   + esc(ReportRenderer::tr("Status")) + u": "_s + esc(a.status) + u"<br/>"_s
                   + esc(ReportRenderer::tr("Monitoring and evaluation agreed")) + u": "_s + me + u" · "_s
                   + esc(ReportRenderer::tr("Next evaluation")) + u": "_s + evaluation + u"</p>"_s,
               !a.kpis.isEmpty());
        if (!a.kpis.isEmpty()) {
            progressTable(f, a.kpis);
        }
    }

    f.heading(2, ReportRenderer::tr("Outdated policy frameworks"));
    if (w.outdatedFrameworks.isEmpty()) {
        f.none();
    } else {
        QList<QStringList> rows;
        for (const auto& fw : w.outdatedFrameworks) {
            check(fw.title, ReportRenderer::tr("Policy framework “%1”").arg(fw.title));
            rows << QStringList {hyphenated(fw.title), esc(fw.reviewBy)};
        }
        f.table({ReportRenderer::tr("Framework"), ReportRenderer::tr("Review was due")}, rows, {70, 30});
    }

    f.heading(2, ReportRenderer::tr("Gaps in the support map"));
    if (w.gaps.isEmpty()) {
        f.none();
    } else {
        QList<QStringList> rows;
        for (const auto& g : w.gaps) {
            check(g.theme + g.need, ReportRenderer::tr("Need “%1” (%2)").arg(g.need, w.name));
            rows << QStringList {hyphenated(g.theme), hyphenated(g.need), hyphenated(g.severity), esc(g.signalledOn)};
        }
        f.table({ReportRenderer::tr("Theme"), ReportRenderer::tr("Need without an offer"),
                 ReportRenderer::tr("Severity"), ReportRenderer::tr("Signalled on")},
                rows, {20, 48, 13, 19});
    }

    f.heading(2, ReportRenderer::tr("Participation by channel"));
    if (w.participation.isEmpty()) {
        f.none();
    } else {
        QList<QStringList> rows;
        ChartPainter::BarChart chart;
        chart.title = ReportRenderer::tr("Participants by channel");
        const QList<QColor> colors {Palette::mark(Palette::Mark::ChannelA), Palette::mark(Palette::Mark::ChannelB),
                                    Palette::mark(Palette::Mark::ChannelC)};
        int index = 0;
        for (const auto& p : w.participation) {
            rows << QStringList {esc(p.channel), QLocale().toString(p.moments), QLocale().toString(p.participants)};
            chart.bars << ChartPainter::Bar {
                p.channel, {{double(p.participants), colors.value(index++ % 3)}}, QLocale().toString(p.participants)};
        }
        f.table({ReportRenderer::tr("Channel"), ReportRenderer::tr("Moments"), ReportRenderer::tr("Participants")},
                rows, {50, 25, 25});
        f.chart(chart);
    }

    f.heading(2, ReportRenderer::tr("Follow-ups of initiatives outside the policy framework"));
    if (w.followUps.isEmpty()) {
        f.none();
    } else {
        QList<QStringList> rows;
        for (const auto& fu : w.followUps) {
            check(fu.initiative + fu.department + fu.owner,
                  ReportRenderer::tr("Follow-up of “%1” (%2)").arg(fu.initiative, w.name));
            QString deadline = esc(fu.deadline);
            if (fu.overdue) {
                deadline += u" <b style=\"color:"_s + errorColor() + u"\">("_s + esc(ReportRenderer::tr("overdue"))
                    + u")</b>"_s;
            }
            rows << QStringList {hyphenated(fu.initiative), hyphenated(fu.department), hyphenated(fu.owner), deadline,
                                 hyphenated(fu.status)};
        }
        f.table({ReportRenderer::tr("Initiative"), ReportRenderer::tr("Department"), ReportRenderer::tr("Owner"),
                 ReportRenderer::tr("Due by", "the date by which the follow-up must be done (uiterste datum)"),
                 ReportRenderer::tr("Status")},
                rows, {28, 20, 18, 18, 16});
    }
}

void overviewSection(Section& section, const Report::Document& report)
{
    Flow f(section);
    f.html(u"<h1>"_s + esc(ReportRenderer::tr("Overview of all wards")) + u"</h1>"_s, true);
    QList<QStringList> rows;
    for (const auto& r : report.overview) {
        rows << QStringList {esc(r.code),
                             hyphenated(r.name),
                             QLocale().toString(r.activeInitiatives),
                             QLocale().toString(r.bands.high),
                             QLocale().toString(r.bands.medium),
                             QLocale().toString(r.bands.low),
                             QLocale().toString(r.agreements),
                             QLocale().toString(r.agreementsWithoutMe),
                             QLocale().toString(r.gaps),
                             r.goals == 0 ? u"–"_s : u"%1 / %2"_s.arg(r.goalsOnTrack).arg(r.goals)};
    }
    f.table({ReportRenderer::tr("Code"), ReportRenderer::tr("Ward"), ReportRenderer::tr("Active"),
             ReportRenderer::tr("High"), ReportRenderer::tr("Medium"), ReportRenderer::tr("Low"),
             ReportRenderer::tr("Agreements"), ReportRenderer::tr("Without M&E"), ReportRenderer::tr("Gaps"),
             ReportRenderer::tr("Goals on track")},
            rows, {14, 20, 8, 7, 9, 6, 10, 10, 6, 10});
    // As on the dashboard: the wards with the most high risk first, bands low, medium, high from the left.
    QList<Report::OverviewRow> wards = report.overview;
    std::stable_sort(wards.begin(), wards.end(), [](const Report::OverviewRow& a, const Report::OverviewRow& b) {
        return a.bands.high != b.bands.high ? a.bands.high > b.bands.high : a.name < b.name;
    });
    // Charts of at most 40 wards each, so that every chart fits on a page.
    for (qsizetype start = 0; start < wards.size(); start += 40) {
        ChartPainter::BarChart chart;
        chart.title = wards.size() > 40 ? ReportRenderer::tr("Risk bands of active initiatives per ward (%1–%2)")
                                              .arg(start + 1)
                                              .arg(qMin(start + 40, wards.size()))
                                        : ReportRenderer::tr("Risk bands of active initiatives per ward");
        for (const auto& r : wards.mid(start, 40)) {
            chart.bars << ChartPainter::Bar {r.name,
                                             {{double(r.bands.low), ChartPainter::bandColor(0)},
                                              {double(r.bands.medium), ChartPainter::bandColor(1)},
                                              {double(r.bands.high), ChartPainter::bandColor(2)}},
                                             QLocale().toString(r.bands.total())};
        }
        chart.legend = bandLegend();
        f.chart(chart);
    }
}

QString periodText(const Report::Document& r)
{
    return ReportRenderer::tr("%1 to %2").arg(longDate(r.from), longDate(r.to));
}

void coverSection(Section& section, const Report::Document& r)
{
    const QString heading
        = r.isOverview ? ReportRenderer::tr("Municipality overview") : ReportRenderer::tr("Ward report");
    QString wards;
    if (r.isOverview) {
        wards = esc(ReportRenderer::tr("All wards"));
    } else {
        QStringList names;
        for (const auto& w : r.wards) {
            names << esc(w.name);
        }
        wards = names.join(u", "_s);
    }
    Block b;
    b.html = u"<p style=\"font-size: 12pt; color:"_s + mutedColor() + u"\">"_s + esc(r.municipality)
        + u"</p><p style=\"font-size: 30pt; color: "_s + headingColor() + u"\"><b>"_s + esc(heading)
        + u"</b></p><p style=\"font-size: "_s + (r.wards.size() > 3 && !r.isOverview ? u"14pt"_s : u"20pt"_s) + u"\">"_s
        + wards + u"</p>"_s + u"<p style=\"font-size: 12pt\"><br/>"_s + esc(ReportRenderer::tr("Period")) + u": "_s
        + esc(periodText(r)) + u"<br/>"_s + esc(ReportRenderer::tr("Prepared by")) + u": "_s + esc(r.author)
        + u"<br/>"_s + esc(ReportRenderer::tr("Date")) + u": "_s + esc(longDate(r.printedOn))
        + u"</p><p style=\"font-size: 9pt; color:"_s + mutedColor() + u"\"><br/><br/>"_s
        + esc(r.withNames
                  ? ReportRenderer::tr("This report contains names of residents. Handle it as personal data.")
                  : ReportRenderer::tr("Residents appear under a pseudonym (Resident A, Resident B, …) that holds "
                                       "within this report only."))
        + u"</p>"_s;
    section.cover = true;
    section.blocks << b;
}

} // namespace

QString fontFamily()
{
    return ReportFonts::family();
}

QString styleSheet()
{
    return u"h1 { font-size: 17pt; color: %1; margin-top: 0; }"
           "h2 { font-size: 12.5pt; color: %1; margin-top: 14px; margin-bottom: 6px; }"
           "h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 2px; }"
           "th { font-weight: bold; } p { margin-top: 2px; }"_s.arg(headingColor());
}

QString tableHtml(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths)
{
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                "style=\"border-collapse: collapse; border: 1px solid #9aa5b1;\"><thead><tr>"_s;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? u" width=\"%1%\""_s.arg(widths.at(i)) : QString();
        h += u"<th align=\"left\" bgcolor=\""_s + Palette::background(Palette::Background::TableHeader).name() + u"\""_s
            + width + u'>' + headers.at(i) + u"</th>"_s;
    }
    h += u"</tr></thead>"_s;
    bool odd = false;
    for (const QStringList& row : rows) {
        h += odd ? u"<tr bgcolor=\""_s + Palette::background(Palette::Background::TableStripe).name() + u"\">"_s
                 : u"<tr>"_s;
        for (const QString& cell : row) {
            h += u"<td valign=\"top\">"_s + cell + u"</td>"_s;
        }
        h += u"</tr>"_s;
        odd = !odd;
    }
    return h + u"</table>"_s;
}

QString hyphenated(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype start = 0;
    const auto flush = [&](qsizetype end) {
        const QString word = text.mid(start, end - start);
        if (word.size() < 8) {
            out += word;
            return;
        }
        // Break before a consonant that stands between two vowels (ge-pau-zeerd), or between two consonants that
        // stand between vowels (con-tact), never inside ch, ng, ij, sch, and never leaving fewer than three letters.
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (i >= 3 && i <= word.size() - 3) {
                const QChar a = word.at(i - 1);
                const QChar b = word.at(i);
                const QChar c = word.at(i + 1);
                const QString pair = QString(a) + b;
                const bool digraph = pair == u"ch"_s || pair == u"ng"_s || pair == u"ij"_s || pair == u"sc"_s
                    || pair == u"ph"_s || pair == u"th"_s;
                const bool vcv = isVowel(a) && !isVowel(b) && isVowel(c);
                // A stop or f/v before l or r starts the syllable together with it (aange-vraagd, pu-bliek).
                const bool cluster = u"bdfgkptv"_s.contains(a.toLower()) && u"lr"_s.contains(b.toLower());
                const bool vccv
                    = i >= 2 && isVowel(word.at(i - 2)) && !isVowel(a) && !isVowel(b) && isVowel(c) && !cluster;
                const bool vclv = isVowel(a) && u"bdfgkptv"_s.contains(b.toLower()) && u"lr"_s.contains(c.toLower())
                    && i + 2 < word.size() && isVowel(word.at(i + 2));
                if ((vcv || vccv || vclv) && !digraph && a.isLetter() && b.isLetter()) {
                    out += QChar(QChar::SoftHyphen);
                }
            }
            out += word.at(i);
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLetter()) {
            flush(i);
            out += text.at(i);
            start = i + 1;
        }
    }
    flush(text.size());
    return out.toHtmlEscaped();
}

QList<Section> build(const Report::Document& report, QStringList& warnings)
{
    GlyphCheck check(warnings);
    QList<Section> sections;
    Section cover;
    coverSection(cover, report);
    check(report.author, ReportRenderer::tr("The author's name"));
    sections << cover;
    if (report.isOverview) {
        Section overview;
        overview.header = ReportRenderer::tr("Overview of all wards");
        overviewSection(overview, report);
        sections << overview;
    }
    for (const auto& ward : report.wards) {
        Section section;
        section.header = ward.name + u" ("_s + ward.code + u')';
        wardSection(section, ward, check);
        sections << section;
    }
    return sections;
}

} // namespace ReportContent
