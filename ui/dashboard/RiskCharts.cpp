#include "RiskCharts.h"

#include "core/privacy/Pseudonyms.h"
#include "core/risk/RiskEngine.h"
#include "core/risk/SuccessionAdvisor.h"
#include "ui/Document.h"
#include "ui/common/Charts.h"
#include "ui/common/Palette.h"
#include "ui/dashboard/ChartPanel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/risk/RiskCache.h"
#include "ui/risk/RiskStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxWards = 12;
constexpr int MaxKeyPersons = 8;

QString wardCaption(const QString& code, const QString& name)
{
    const QString shortName = Charts::shorten(name, 18);
    return shortName.isEmpty() ? code : shortName;
}

} // namespace

void RiskCharts::later(const std::function<void()>& navigate)
{
    // A click navigates, which may rebuild this very chart: never delete a chart inside its own mouse handler.
    QTimer::singleShot(0, this, navigate);
}

RiskCharts::RiskCharts(DashboardView& dashboard)
    : QObject(&dashboard)
    , m_dashboard(dashboard)
    , m_watcher(new QFutureWatcher<TaskResult<Slow>>(this))
{
    m_bands = dashboard.addChart(tr("Risk bands per ward"), Charts::newChart(tr("Risk bands per ward")));
    m_bands->setObjectName(u"riskBandsChartView"_s);
    m_trend = dashboard.addChart(tr("Risk trend"), Charts::newChart(tr("Risk trend")));
    m_trend->setObjectName(u"riskTrendChartView"_s);
    m_engagement = dashboard.addChart(tr("Engagement per ward"), Charts::newChart(tr("Engagement per ward")));
    m_engagement->setObjectName(u"engagementChartView"_s);
    m_keyPersons = dashboard.addChart(tr("Key persons"), Charts::newChart(tr("Key persons")));
    m_keyPersons->setObjectName(u"keyPersonsChartView"_s);
    m_hours = dashboard.addChart(tr("Hours per month"), Charts::newChart(tr("Hours per month")));
    m_hours->setObjectName(u"hoursChartView"_s);
    m_pipeline = dashboard.addChart(tr("Pipeline per ward"), Charts::newChart(tr("Pipeline per ward")));
    m_pipeline->setObjectName(u"pipelineChartView"_s);
    m_bands->setAccessibleDescription(
        tr("For each ward, the number of active initiatives at low, medium and high continuity risk."));
    m_trend->setAccessibleDescription(tr("The average risk score and the share of initiatives at high risk at the "
                                         "end of each of the last twelve months."));
    m_engagement->setAccessibleDescription(
        tr("For each ward, the number of residents with structural, ad hoc and unknown engagement."));
    m_keyPersons->setAccessibleDescription(tr("The residents whose leaving would move the most initiatives to high "
                                              "risk, by pseudonym, with the number of initiatives for each."));
    m_hours->setAccessibleDescription(
        tr("The hours registered for all initiatives in each of the last twelve months."));
    m_pipeline->setAccessibleDescription(tr("For each ward, the residents who moved from ad hoc helper to core member "
                                            "and from core member to lead, joined and left in the last 12 months."));

    connect(&dashboard, &DashboardView::contextChanged, this, &RiskCharts::rebuild);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher->property("generation").toInt() != m_generation) {
            return; // a newer computation is on its way
        }
        const TaskResult<Slow> result = m_watcher->result();
        if (!result.ok()) {
            for (ChartPanel* p : {m_trend, m_keyPersons, m_hours, m_pipeline}) {
                setPlaceholder(p, ChartPanel::titleWithoutNote(p->chart()->title()), result.error->message());
            }
            return;
        }
        buildSlow(result.value);
    });
}

bool RiskCharts::isBusy() const
{
    return m_watcher->isRunning();
}

void RiskCharts::rebuild()
{
    Document* document = m_dashboard.document();
    if (document != m_document) {
        if (m_cache) {
            disconnect(m_cache, nullptr, this, nullptr);
        }
        m_document = document;
        m_cache = document ? &RiskCache::of(*document) : nullptr;
        if (m_cache) {
            connect(m_cache, &RiskCache::scoresChanged, this, [this] {
                if (m_dashboard.isVisible()) {
                    rebuildBands();
                }
            });
            connect(document, &Document::changed, this, [this] {
                if (m_dashboard.isVisible()) {
                    rebuildEngagement();
                    startSlow();
                }
            });
        }
    }
    rebuildBands();
    rebuildEngagement();
    startSlow();
}

void RiskCharts::setPlaceholder(ChartPanel* panel, const QString& title, const QString& text)
{
    QChart* chart = Charts::newChart(title);
    chart->legend()->hide();
    auto* series = new QBarSeries;
    chart->addSeries(series);
    chart->setTitle(ChartPanel::titleWithNote(title, text));
    panel->replaceChart(chart);
}

void RiskCharts::rebuildBands()
{
    const QString title = tr("Risk bands per ward");
    if (!m_cache) {
        setPlaceholder(m_bands, title, QString());
        return;
    }
    const QHash<qint64, RiskScore>* scores = m_cache->peek();
    if (!scores) {
        setPlaceholder(m_bands, title, tr("Computing..."));
        return;
    }
    struct WardBands
    {
        qint64 wardId = 0;
        QString caption;
        int counts[3] = {0, 0, 0};
    };
    QHash<qint64, WardBands> byWard;
    const auto filter = m_dashboard.wardFilter();
    for (const RiskScore& s : *scores) {
        if (filter && s.wardId != *filter) {
            continue;
        }
        WardBands& w = byWard[s.wardId];
        w.wardId = s.wardId;
        w.caption = s.wardCode;
        ++w.counts[int(s.band)];
    }
    for (const Ward& ward : m_document->wards().all()) {
        if (byWard.contains(ward.id)) {
            byWard[ward.id].caption = wardCaption(ward.code, ward.name);
        }
    }
    QList<WardBands> wards = byWard.values();
    std::sort(wards.begin(), wards.end(), [](const WardBands& a, const WardBands& b) {
        return a.counts[2] != b.counts[2] ? a.counts[2] > b.counts[2] : a.caption < b.caption;
    });
    const QString chartTitle = title;
    m_bands->setCategoryRows(int(wards.size()));
    std::reverse(wards.begin(), wards.end()); // the first ward on top

    QChart* chart = Charts::newChart(chartTitle);
    auto* series = new QHorizontalStackedBarSeries;
    QStringList categories;
    QList<qint64> wardIds;
    for (const WardBands& w : std::as_const(wards)) {
        categories << w.caption;
        wardIds << w.wardId;
    }
    for (RiskBand band : {RiskBand::Low, RiskBand::Medium, RiskBand::High}) {
        QBarSet* set = Charts::newSet(RiskStyle::bandLabel(band), RiskStyle::bandColor(band));
        // Not colour alone: high is hatched and medium dotted, in the bars and in the legend.
        set->setBrush(ChartPanel::patterned(RiskStyle::bandColor(band),
                                            band == RiskBand::High         ? Qt::BDiagPattern
                                                : band == RiskBand::Medium ? Qt::Dense6Pattern
                                                                           : Qt::SolidPattern));
        for (const WardBands& w : std::as_const(wards)) {
            *set << w.counts[int(band)];
        }
        connect(set, &QBarSet::clicked, this, [this, wardIds, band](int index) {
            const qint64 wardId = wardIds.value(index);
            later([this, wardId, band] { emit m_dashboard.initiativesRequested(wardId, band); });
        });
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    std::reverse(categories.begin(), categories.end()); // addHorizontalAxes reverses again
    Charts::addHorizontalAxes(chart, series, categories, tr("Active initiatives"))->applyNiceNumbers();
    m_bands->replaceChart(chart);
}

void RiskCharts::rebuildEngagement()
{
    const QString title = tr("Engagement per ward");
    if (!m_document) {
        setPlaceholder(m_engagement, title, QString());
        return;
    }
    QList<EngagementMix> mix = DashboardQueries(m_document->database()).engagementMix(m_dashboard.wardFilter());
    const QString chartTitle = title;
    if (mix.size() > MaxWards) {
        // Many wards: the ones with the most residents on top.
        std::sort(mix.begin(), mix.end(), [](const EngagementMix& a, const EngagementMix& b) {
            return a.structural + a.adHoc + a.unknown > b.structural + b.adHoc + b.unknown;
        });
    }
    m_engagement->setCategoryRows(int(mix.size()));
    QChart* chart = Charts::newChart(chartTitle);
    auto* series = new QHorizontalStackedBarSeries;
    QStringList categories;
    QList<qint64> wardIds;
    for (const EngagementMix& m : std::as_const(mix)) {
        categories << wardCaption(m.wardCode, m.wardName);
        wardIds << m.wardId;
    }
    const struct
    {
        Engagement engagement;
        Palette::Mark color;
    } kinds[] = {{Engagement::Structural, Palette::Mark::Structural},
                 {Engagement::AdHoc, Palette::Mark::AdHoc},
                 {Engagement::Unknown, Palette::Mark::EngagementUnknown}};
    for (const auto& kind : kinds) {
        QBarSet* set = Charts::newSet(Enums::label(kind.engagement), Palette::mark(kind.color));
        for (int i = int(mix.size()) - 1; i >= 0; --i) {
            const EngagementMix& m = mix.at(i);
            *set << (kind.engagement == Engagement::Structural  ? m.structural
                         : kind.engagement == Engagement::AdHoc ? m.adHoc
                                                                : m.unknown);
        }
        const QString key = Enums::key(kind.engagement);
        const int count = int(wardIds.size());
        connect(set, &QBarSet::clicked, this, [this, wardIds, key, count](int index) {
            const qint64 wardId = wardIds.value(count - 1 - index);
            later([this, wardId, key] { emit m_dashboard.personsRequested(wardId, key); });
        });
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    Charts::addHorizontalAxes(chart, series, categories, tr("Residents"))->applyNiceNumbers();
    m_engagement->replaceChart(chart);
}

void RiskCharts::startSlow()
{
    ++m_generation;
    if (!m_document) {
        return;
    }
    for (ChartPanel* p : {m_trend, m_keyPersons, m_hours, m_pipeline}) {
        setPlaceholder(p, ChartPanel::titleWithoutNote(p->chart()->title()), tr("Computing..."));
    }
    const auto ward = m_dashboard.wardFilter();
    const QDate reference = m_dashboard.referenceDate();
    const RiskWeights weights = RiskCache::of(*m_document).weights();
    m_watcher->setProperty("generation", m_generation);
    const auto job = [ward, reference, weights](Database& db, TaskControl& control) {
        Slow slow;
        const RiskEngine engine(db, weights);
        slow.trend = engine.trend(ward, 12, reference);
        control.throwIfCancelled();
        slow.keyPersons = engine.keyPersons(ward, reference);
        control.throwIfCancelled();
        slow.hours = DashboardQueries(db).hoursPerMonth(ward, 12, reference);
        control.throwIfCancelled();
        slow.pipeline = SuccessionAdvisor(db).pipeline(ward, reference);
        return slow;
    };
    m_watcher->setFuture(Background::runOnFile<Slow>(m_document->filePath(), job).future);
}

void RiskCharts::buildSlow(const Slow& slow)
{
    const auto ward = m_dashboard.wardFilter();
    const QLocale locale;

    // Trend: the average score and the share in the high band at each month end.
    QChart* trend = Charts::newChart(tr("Risk trend"));
    auto* average = new QLineSeries;
    average->setName(tr("Average score"));
    average->setPen(QPen(RiskStyle::bandColor(RiskBand::Low), 2.5));
    average->setPointsVisible(true);
    auto* high = new QLineSeries;
    high->setName(tr("Share high (%)"));
    QPen dashed(RiskStyle::bandColor(RiskBand::High), 2.5, Qt::DashLine);
    high->setPen(dashed);
    high->setPointsVisible(true);
    for (const TrendPoint& p : slow.trend) {
        const qreal x = qreal(p.date.startOfDay().toMSecsSinceEpoch());
        average->append(x, p.averageScore);
        high->append(x, p.initiatives > 0 ? 100.0 * p.high / p.initiatives : 0.0);
    }
    trend->addSeries(average);
    trend->addSeries(high);
    auto* time = new QDateTimeAxis;
    time->setFormat(u"MMM yy"_s);
    time->setTickCount(7);
    auto* value = new QValueAxis;
    value->setRange(0, 100);
    value->setLabelFormat(u"%d"_s);
    trend->addAxis(time, Qt::AlignBottom);
    trend->addAxis(value, Qt::AlignLeft);
    for (QLineSeries* s : {average, high}) {
        s->attachAxis(time);
        s->attachAxis(value);
        connect(s, &QLineSeries::clicked, this,
                [this, ward] { later([this, ward] { emit m_dashboard.initiativesRequested(ward, RiskBand::High); }); });
    }
    const bool noInitiatives
        = std::all_of(slow.trend.cbegin(), slow.trend.cend(), [](const TrendPoint& p) { return p.initiatives == 0; });
    if (noInitiatives) {
        // A new, empty file: say so instead of drawing a flat line at zero.
        delete trend;
        setPlaceholder(m_trend, tr("Risk trend"),
                       tr("No data yet: the trend appears once initiatives are registered."));
    } else {
        m_trend->replaceChart(trend);
    }

    // Key persons, pseudonymised: the number of initiatives that move to high when they stop.
    QChart* keys = Charts::newChart(tr("Key persons"));
    auto* keySeries = new QHorizontalBarSeries;
    QBarSet* moving
        = Charts::newSet(tr("Initiatives moving to high if this person stops"), RiskStyle::bandColor(RiskBand::High));
    QStringList names;
    QList<qint64> personIds;
    Pseudonyms pseudonyms;
    const QList<KeyPerson> top = slow.keyPersons.mid(0, MaxKeyPersons);
    for (const KeyPerson& k : top) {
        names << pseudonyms.forPerson(k.personId);
        personIds << k.personId;
    }
    for (int i = int(top.size()) - 1; i >= 0; --i) {
        *moving << int(top.at(i).changes.size());
    }
    const int count = int(personIds.size());
    connect(moving, &QBarSet::clicked, this, [this, personIds, count](int index) {
        const qint64 personId = personIds.value(count - 1 - index);
        later([this, personId] { emit m_dashboard.whatIfRequested(personId); });
    });
    keySeries->append(moving);
    keySeries->setLabelsVisible(true);
    keys->addSeries(keySeries);
    Charts::addHorizontalAxes(keys, keySeries, names, tr("Initiatives"))->applyNiceNumbers();
    if (top.isEmpty()) {
        keys->setTitle(
            ChartPanel::titleWithNote(tr("Key persons"), tr("Nobody whose leaving moves an initiative to high")));
    } else if (slow.keyPersons.size() > top.size()) {
        keys->setTitle(tr("Key persons: the %1 of %2 with most impact").arg(top.size()).arg(slow.keyPersons.size()));
    }
    m_keyPersons->replaceChart(keys);

    // Hours per month.
    QChart* hours = Charts::newChart(tr("Hours per month"));
    hours->legend()->hide();
    auto* hourSeries = new QBarSeries;
    QBarSet* hourSet = Charts::newSet(tr("Hours"), Palette::mark(Palette::Mark::Hours));
    QStringList months;
    for (const MonthHours& m : slow.hours) {
        months << locale.toString(m.month, u"MMM"_s);
        *hourSet << m.hours;
    }
    connect(hourSet, &QBarSet::clicked, this,
            [this, ward] { later([this, ward] { emit m_dashboard.initiativesRequested(ward, std::nullopt); }); });
    hourSeries->append(hourSet);
    hours->addSeries(hourSeries);
    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    monthAxis->setTruncateLabels(false);
    if (!slow.hours.isEmpty()) {
        monthAxis->setTitleText(u"%1 \u2013 %2"_s.arg(locale.toString(slow.hours.constFirst().month, u"MMMM yyyy"_s),
                                                      locale.toString(slow.hours.constLast().month, u"MMMM yyyy"_s)));
    }
    auto* hourAxis = new QValueAxis;
    hourAxis->setLabelFormat(u"%d"_s);
    hourAxis->setTitleText(tr("Hours"));
    hours->addAxis(monthAxis, Qt::AlignBottom);
    hours->addAxis(hourAxis, Qt::AlignLeft);
    hourSeries->attachAxis(monthAxis);
    hourSeries->attachAxis(hourAxis);
    hourAxis->applyNiceNumbers();
    const bool noHours
        = std::all_of(slow.hours.cbegin(), slow.hours.cend(), [](const MonthHours& m) { return m.hours == 0; });
    if (noHours) {
        delete hours;
        setPlaceholder(m_hours, tr("Hours per month"), tr("No data yet: no hours registered in these twelve months."));
    } else {
        m_hours->replaceChart(hours);
    }
    buildPipeline(slow.pipeline);

    emit slowChartsReady();
}

void RiskCharts::buildPipeline(QList<ContinuitySql::Pipeline> pipeline)
{
    // Moves up, newcomers and leavers per ward in the last 12 months (the wards with the most movement when there
    // are many). A bar opens the persons of that ward.
    const auto movement = [](const ContinuitySql::Pipeline& p) {
        return p.adHocToCore + p.coreToLead + p.newcomers + p.leavers;
    };
    pipeline.removeIf([&](const ContinuitySql::Pipeline& p) { return movement(p) == 0; });
    QString title = tr("Pipeline per ward (last 12 months)");
    if (pipeline.size() > MaxWards) {
        std::stable_sort(pipeline.begin(), pipeline.end(),
                         [&](const auto& a, const auto& b) { return movement(a) > movement(b); });
        pipeline = pipeline.mid(0, MaxWards);
        title = tr("Pipeline: the %1 wards with the most movement (last 12 months)").arg(MaxWards);
    }
    if (pipeline.isEmpty()) {
        setPlaceholder(m_pipeline, title, tr("Nobody joined, moved up or left in the last 12 months."));
        return;
    }
    QChart* chart = Charts::newChart(title);
    auto* series = new QHorizontalBarSeries;
    QStringList categories;
    QList<qint64> wardIds;
    for (const ContinuitySql::Pipeline& p : std::as_const(pipeline)) {
        categories << wardCaption(p.wardCode, p.wardName);
        wardIds << p.wardId;
    }
    const struct
    {
        QString name;
        QColor color;
        int ContinuitySql::Pipeline::*field;
    } flows[]
        = {{tr("ad hoc to core member"), Palette::mark(Palette::Mark::AdHoc), &ContinuitySql::Pipeline::adHocToCore},
           {tr("core member to lead"), Palette::mark(Palette::Mark::Structural), &ContinuitySql::Pipeline::coreToLead},
           {tr("new residents"), Palette::mark(Palette::Mark::IndicatorKeyPersonLoad),
            &ContinuitySql::Pipeline::newcomers},
           {tr("residents who left"), Palette::mark(Palette::Mark::Gaps), &ContinuitySql::Pipeline::leavers}};
    const int count = int(wardIds.size());
    for (const auto& f : flows) {
        QBarSet* set = Charts::newSet(f.name, f.color);
        for (int i = count - 1; i >= 0; --i) {
            *set << pipeline.at(i).*(f.field);
        }
        connect(set, &QBarSet::clicked, this, [this, wardIds, count](int index) {
            const qint64 wardId = wardIds.value(count - 1 - index);
            later([this, wardId] { emit m_dashboard.personsRequested(wardId, QString()); });
        });
        series->append(set);
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    Charts::addHorizontalAxes(chart, series, categories, tr("Residents"))->applyNiceNumbers();
    m_pipeline->replaceChart(chart);
}
