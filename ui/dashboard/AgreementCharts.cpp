#include "AgreementCharts.h"

#include "ui/Document.h"
#include "ui/common/Charts.h"
#include "ui/common/Figures.h"
#include "ui/common/Palette.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxProgressRows = 12;

void showEmpty(ChartPanel* panel, const QString& title, const QString& text)
{
    QChart* chart = Charts::newChart(ChartPanel::titleWithNote(title, text));
    chart->legend()->hide();
    chart->addSeries(new QBarSeries);
    panel->replaceChart(chart);
}

} // namespace

AgreementCharts::AgreementCharts(DashboardView& dashboard)
    : QObject(&dashboard)
    , m_dashboard(dashboard)
{
    m_due = dashboard.addChart(tr("Agreements ending and evaluations due"), Charts::newChart(QString()));
    m_due->setObjectName(u"agreementsDueChartView"_s);
    m_progress = dashboard.addChart(tr("KPI and ward-goal progress"), Charts::newChart(QString()));
    m_progress->setObjectName(u"progressChartView"_s);
    m_participation = dashboard.addChart(tr("Participation by channel"), Charts::newChart(QString()));
    m_participation->setObjectName(u"participationChartView"_s);
    m_gaps = dashboard.addChart(tr("Support gaps per theme"), Charts::newChart(QString()));
    m_gaps->setObjectName(u"gapsChartView"_s);
    m_due->setAccessibleDescription(tr("For each of the next twelve months, the number of agreements that end and "
                                       "of evaluations that are due."));
    m_progress->setAccessibleDescription(tr("How far each KPI and ward goal has come from its baseline towards its "
                                            "target, in per cent, the ones off track first."));
    m_participation->setAccessibleDescription(
        tr("For each ward, the number of participants in the last twelve months by channel."));
    m_gaps->setAccessibleDescription(
        tr("For each theme, the number of open needs and of gaps, which are needs that no offer meets."));
    connect(&dashboard, &DashboardView::contextChanged, this, &AgreementCharts::rebuild);
    dashboard.installEventFilter(this);
}

bool AgreementCharts::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_dashboard && event->type() == QEvent::Show && m_stale) {
        rebuild();
    }
    return QObject::eventFilter(watched, event);
}

void AgreementCharts::rebuild()
{
    Document* document = m_dashboard.document();
    if (document != m_document) {
        if (m_document) {
            disconnect(m_document, nullptr, this, nullptr);
        }
        m_document = document;
        if (document) {
            connect(document, &Document::changed, this, [this](Document::Kind kind) {
                if (kind == Document::Kind::Agreements || kind == Document::Kind::Goals
                    || kind == Document::Kind::Participation || kind == Document::Kind::SupportMap
                    || kind == Document::Kind::Wards || kind == Document::Kind::Themes
                    || kind == Document::Kind::Partners) {
                    m_stale = true;
                    if (m_dashboard.isVisible()) {
                        rebuild();
                    }
                }
            });
        }
    }
    m_stale = false;
    rebuildDue();
    rebuildProgress();
    rebuildParticipation();
    rebuildGaps();
}

void AgreementCharts::rebuildDue()
{
    const QString title = tr("Agreements ending and evaluations due");
    if (!m_document) {
        showEmpty(m_due, title, QString());
        return;
    }
    const QDate today = m_dashboard.referenceDate();
    const QList<MonthlyDue> months = m_document->agreements().monthlyDue(today, 12, m_dashboard.wardFilter());
    QChart* chart = Charts::newChart(title);
    auto* series = new QBarSeries;
    QBarSet* ending = Charts::newSet(tr("Agreements ending"), Palette::mark(Palette::Mark::AgreementsEnding));
    QBarSet* due = Charts::newSet(tr("Evaluations due"), Palette::mark(Palette::Mark::EvaluationsDue));
    QStringList categories;
    int maximum = 0;
    for (const MonthlyDue& m : months) {
        *ending << m.agreementsEnding;
        *due << m.evaluationsDue;
        QString month = QLocale().toString(m.month, u"MMM"_s);
        if (month.endsWith(u'.')) {
            month.chop(1);
        }
        categories << month;
        maximum = std::max({maximum, m.agreementsEnding, m.evaluationsDue});
    }
    series->append(ending);
    series->append(due);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    if (!months.isEmpty()) {
        x->setTitleText(u"%1 – %2"_s.arg(QLocale().toString(months.first().month, u"MMMM yyyy"_s),
                                         QLocale().toString(months.last().month, u"MMMM yyyy"_s)));
    }
    auto* y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    y->setRange(0, std::max(4, maximum + 1));
    y->setTickCount(std::min(std::max(4, maximum + 1), 8) + 1);
    y->setTitleText(tr("number"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_due->replaceChart(chart);
    connect(series, &QBarSeries::clicked, this, [this, months, ending](int index, QBarSet* set) {
        if (index < 0 || index >= months.size()) {
            return;
        }
        const QDate month = months.at(index).month;
        const bool endings = set == ending;
        ChartPanel::afterClick(this, [this, month, endings] {
            if (endings) {
                emit agreementsEndingRequested(month);
            } else {
                emit evaluationsDueRequested(month);
            }
        });
    });
}

void AgreementCharts::rebuildProgress()
{
    const QString title = tr("KPI and ward-goal progress against target");
    m_progressRows.clear();
    if (!m_document) {
        showEmpty(m_progress, title, QString());
        return;
    }
    ProgressQuery query;
    query.referenceDate = m_dashboard.referenceDate();
    query.wardId = m_dashboard.wardFilter();
    QList<ProgressRow> rows = m_document->kpis().progress(query);
    rows << m_document->goals().progress(query);
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const ProgressRow& r) { return !r.progress.isKnown(); }),
               rows.end());
    if (rows.isEmpty()) {
        showEmpty(m_progress, title, tr("No KPI or goal has measurements yet."));
        return;
    }
    // Off track first (furthest behind first), then on track, then achieved; when there are more than fit, a mix:
    // most of the rows for the ones off track, the rest for the others.
    const auto rank = [](ProgressStatus s) {
        return s == ProgressStatus::OffTrack ? 0 : s == ProgressStatus::OnTrack ? 1 : 2;
    };
    std::stable_sort(rows.begin(), rows.end(), [&rank](const ProgressRow& a, const ProgressRow& b) {
        if (rank(a.progress.status) != rank(b.progress.status)) {
            return rank(a.progress.status) < rank(b.progress.status);
        }
        return *a.progress.value < *b.progress.value;
    });
    const int total = int(rows.size());
    if (rows.size() > MaxProgressRows) {
        const auto offTrack = std::count_if(rows.cbegin(), rows.cend(), [](const ProgressRow& r) {
            return r.progress.status == ProgressStatus::OffTrack;
        });
        const qsizetype keepOff = std::min<qsizetype>(
            offTrack, std::max<qsizetype>(MaxProgressRows * 2 / 3, MaxProgressRows - (rows.size() - offTrack)));
        QList<ProgressRow> chosen = rows.mid(0, keepOff);
        chosen << rows.mid(offTrack, MaxProgressRows - keepOff);
        rows = chosen;
    }
    m_progressRows = rows;

    m_progress->setCategoryRows(int(rows.size()));
    QChart* chart = Charts::newChart(tr("KPI and ward-goal progress"));
    auto* series = new QHorizontalStackedBarSeries;
    const QList<ProgressStatus> statuses {ProgressStatus::OffTrack, ProgressStatus::OnTrack, ProgressStatus::Achieved};
    QList<QBarSet*> sets;
    for (ProgressStatus s : statuses) {
        sets << Charts::newSet(Figures::statusText(s), Palette::statusMark(s));
        // Not colour alone: off track is hatched, achieved cross-hatched, in the bars and in the legend.
        sets.last()->setBrush(ChartPanel::patterned(Palette::statusMark(s),
                                                    s == ProgressStatus::OffTrack       ? Qt::BDiagPattern
                                                        : s == ProgressStatus::Achieved ? Qt::CrossPattern
                                                                                        : Qt::SolidPattern));
    }
    QStringList categories;
    // Bars from the top down: the category axis lists bottom-up, so fill the sets in reverse.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const ProgressRow& r = rows.at(i);
        const double percent = std::clamp(*r.progress.value, -0.5, 1.5) * 100.0;
        for (int s = 0; s < statuses.size(); ++s) {
            *sets[s] << (r.progress.status == statuses.at(s) ? percent : 0.0);
        }
    }
    for (const ProgressRow& r : std::as_const(rows)) {
        const QString kind = r.subject == ProgressSubject::Kpi ? tr("KPI") : tr("Goal");
        categories << u"%1: %2 (%3)"_s.arg(kind, Charts::shorten(r.name, 20), Charts::shorten(r.ownerTitle, 12));
    }
    for (QBarSet* set : std::as_const(sets)) {
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    if (total > rows.size()) {
        chart->setTitle(tr("%1: %2 of %3").arg(chart->title()).arg(rows.size()).arg(total));
    }
    QValueAxis* x = Charts::addHorizontalAxes(chart, series, categories, tr("% of the way from baseline to target"));
    const bool backwards
        = std::any_of(rows.cbegin(), rows.cend(), [](const ProgressRow& r) { return *r.progress.value < 0.0; });
    x->setRange(backwards ? -50 : 0, 150);
    x->setTickCount(backwards ? 9 : 7);

    // The target: a line at 100 % across all bars, on an axis of its own for the rows.
    auto* target = new QLineSeries;
    target->setName(tr("Target (100%)"));
    QPen pen(Palette::mark(Palette::Mark::Target));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    target->setPen(pen);
    target->append(100, -0.5);
    target->append(100, double(rows.size()) - 0.5);
    chart->addSeries(target);
    auto* rowsAxis = new QValueAxis;
    rowsAxis->setRange(-0.5, double(rows.size()) - 0.5);
    rowsAxis->setVisible(false);
    chart->addAxis(rowsAxis, Qt::AlignRight);
    target->attachAxis(x);
    target->attachAxis(rowsAxis);
    m_progress->replaceChart(chart);

    connect(series, &QHorizontalStackedBarSeries::clicked, this, [this](int index, QBarSet*) {
        const int row = int(m_progressRows.size()) - 1 - index;
        if (row < 0 || row >= m_progressRows.size()) {
            return;
        }
        const ProgressRow r = m_progressRows.at(row);
        ChartPanel::afterClick(this, [this, r] {
            if (r.subject == ProgressSubject::Kpi) {
                emit agreementRequested(r.ownerId, r.ownerTitle);
            } else {
                emit goalsRequested(r.wardId, r.name);
            }
        });
    });
}

void AgreementCharts::rebuildParticipation()
{
    const QString title = tr("Participants by channel per ward, last 12 months");
    if (!m_document) {
        showEmpty(m_participation, title, QString());
        return;
    }
    const QDate today = m_dashboard.referenceDate();
    const QList<ChannelParticipation> data
        = m_document->participation().byChannel(today.addMonths(-12).addDays(1), today, m_dashboard.wardFilter());
    struct WardBars
    {
        qint64 wardId = 0;
        QString name;
        int byChannel[3] = {0, 0, 0};
        int total() const { return byChannel[0] + byChannel[1] + byChannel[2]; }
    };
    QList<WardBars> wards;
    for (const ChannelParticipation& c : data) {
        if (wards.isEmpty() || wards.last().wardId != c.wardId) {
            wards.append({c.wardId, c.wardName, {0, 0, 0}});
        }
        wards.last().byChannel[int(c.channel)] += c.participants;
    }
    if (wards.isEmpty()) {
        showEmpty(m_participation, title, tr("No participation moments in this period."));
        return;
    }
    std::stable_sort(wards.begin(), wards.end(),
                     [](const WardBars& a, const WardBars& b) { return a.total() > b.total(); });
    m_participation->setCategoryRows(int(wards.size()));
    QChart* chart = Charts::newChart(title);
    auto* series = new QHorizontalStackedBarSeries;
    const QList<QColor> colors {Palette::mark(Palette::Mark::ChannelA), Palette::mark(Palette::Mark::ChannelB),
                                Palette::mark(Palette::Mark::ChannelC)};
    QList<QBarSet*> sets;
    for (Channel c : Enums::all<Channel>()) {
        sets << Charts::newSet(Enums::label(c), colors.at(int(c)));
    }
    QStringList categories;
    for (int i = int(wards.size()) - 1; i >= 0; --i) {
        for (int c = 0; c < 3; ++c) {
            *sets[c] << wards.at(i).byChannel[c];
        }
    }
    for (const WardBars& w : std::as_const(wards)) {
        categories << Charts::shorten(w.name, 22);
    }
    for (QBarSet* set : std::as_const(sets)) {
        series->append(set);
    }
    chart->addSeries(series);
    Charts::addHorizontalAxes(chart, series, categories, tr("participants"))->applyNiceNumbers();
    m_participation->replaceChart(chart);
    connect(series, &QHorizontalStackedBarSeries::clicked, this, [this, wards, sets](int index, QBarSet* set) {
        const int row = int(wards.size()) - 1 - index;
        const int channel = int(sets.indexOf(set));
        if (row >= 0 && row < wards.size() && channel >= 0) {
            const qint64 wardId = wards.at(row).wardId;
            ChartPanel::afterClick(this,
                                   [this, wardId, channel] { emit participationRequested(wardId, Channel(channel)); });
        }
    });
}

void AgreementCharts::rebuildGaps()
{
    const QString title = tr("Open needs and gaps per theme");
    if (!m_document) {
        showEmpty(m_gaps, title, QString());
        return;
    }
    const QList<ThemeGaps> themes = m_document->needs().gapsPerTheme(m_dashboard.wardFilter());
    if (themes.isEmpty()) {
        showEmpty(m_gaps, title, tr("No open needs in the support map."));
        return;
    }
    m_gaps->setCategoryRows(int(themes.size()));
    QChart* chart = Charts::newChart(title);
    auto* series = new QHorizontalBarSeries;
    QBarSet* open = Charts::newSet(tr("Open needs"), Palette::mark(Palette::Mark::OpenNeeds));
    QBarSet* gaps = Charts::newSet(tr("\u26a0 Gaps: no offer"), Palette::mark(Palette::Mark::Gaps));
    gaps->setBrush(ChartPanel::patterned(Palette::mark(Palette::Mark::Gaps), Qt::BDiagPattern));
    QStringList categories;
    for (int i = int(themes.size()) - 1; i >= 0; --i) {
        *open << themes.at(i).openNeeds;
        *gaps << themes.at(i).gaps;
    }
    for (const ThemeGaps& t : themes) {
        categories << Charts::shorten(t.themeName, 24);
    }
    series->append(open);
    series->append(gaps);
    chart->addSeries(series);
    QValueAxis* x = Charts::addHorizontalAxes(chart, series, categories, tr("needs"));
    int maximum = 0;
    for (const ThemeGaps& t : themes) {
        maximum = std::max(maximum, t.openNeeds);
    }
    x->setRange(0, std::max(4, maximum + 1));
    x->setTickCount(std::min(std::max(4, maximum + 1), 8) + 1);
    m_gaps->replaceChart(chart);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, themes, gaps](int index, QBarSet* set) {
        const int row = int(themes.size()) - 1 - index;
        if (row >= 0 && row < themes.size()) {
            const qint64 themeId = themes.at(row).themeId;
            const bool gapsOnly = set == gaps;
            ChartPanel::afterClick(this, [this, themeId, gapsOnly] { emit needsRequested(themeId, gapsOnly); });
        }
    });
}
