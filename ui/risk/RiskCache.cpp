#include "RiskCache.h"

#include "core/risk/RiskEngine.h"
#include "core/storage/RiskWeightsRepository.h"
#include "ui/Document.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

RiskCache& RiskCache::of(Document& document)
{
    if (auto* cache = document.findChild<RiskCache*>(QString(), Qt::FindDirectChildrenOnly)) {
        return *cache;
    }
    return *new RiskCache(document);
}

RiskCache::RiskCache(Document& document)
    : QObject(&document)
    , m_document(document)
{
    setObjectName(u"riskCache"_s);
    // Every change may move a score: hours, roles, funding, agreements, statuses.
    connect(&document, &Document::changed, this, &RiskCache::invalidate);
}

void RiskCache::setReferenceDate(const QDate& date)
{
    const QDate normalized = date == QDate::currentDate() ? QDate() : date;
    if (normalized == m_referenceDate) {
        return;
    }
    m_referenceDate = normalized;
    emit referenceDateChanged(effectiveDate());
    invalidate();
}

QDate RiskCache::effectiveDate() const
{
    return m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
}

const RiskWeights& RiskCache::weights()
{
    if (!m_weights) {
        m_weights = RiskWeightsRepository(m_document.database()).load();
    }
    return *m_weights;
}

const QHash<qint64, RiskScore>& RiskCache::scores()
{
    if (!m_ready) {
        QElapsedTimer timer;
        timer.start();
        RiskOptions options;
        options.referenceDate = effectiveDate();
        const QList<RiskScore> all = RiskEngine(m_document.database(), weights()).scoreAll(options);
        ++m_generation; // a background pass still running is stale now
        store(all, timer.elapsed());
    }
    return m_scores;
}

const QHash<qint64, RiskScore>* RiskCache::peek()
{
    if (m_ready) {
        return &m_scores;
    }
    if (!m_watcher) {
        m_watcher = new QFutureWatcher<TaskResult<QList<RiskScore>>>(this);
        connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
            const int generation = m_watcher->property("generation").toInt();
            const TaskResult<QList<RiskScore>> result = m_watcher->result();
            if (generation != m_generation || m_ready) {
                // Stale (the data or date changed meanwhile): start again for the current state.
                if (!m_ready) {
                    peek();
                }
                return;
            }
            if (!result.ok()) {
                scores(); // the worker could not read the file: do it here
                return;
            }
            store(result.value, m_watcher->property("started").toDateTime().msecsTo(QDateTime::currentDateTime()));
        });
    }
    if (!m_watcher->isRunning()) {
        RiskOptions options;
        options.referenceDate = effectiveDate();
        const RiskWeights w = weights();
        m_watcher->setProperty("generation", m_generation);
        m_watcher->setProperty("started", QDateTime::currentDateTime());
        m_watcher->setFuture(
            Background::runOnFile<QList<RiskScore>>(m_document.filePath(), [w, options](Database& db, TaskControl&) {
                return RiskEngine(db, w).scoreAll(options);
            }).future);
    }
    return nullptr;
}

const RiskScore* RiskCache::score(qint64 initiativeId)
{
    const auto& all = scores();
    const auto it = all.constFind(initiativeId);
    return it == all.constEnd() ? nullptr : &it.value();
}

void RiskCache::invalidate()
{
    ++m_generation;
    m_ready = false;
    m_weights.reset();
    m_scores.clear();
    emit scoresChanged();
}

void RiskCache::store(const QList<RiskScore>& scores, qint64 ms)
{
    m_scores.clear();
    m_scores.reserve(scores.size());
    for (const RiskScore& s : scores) {
        m_scores.insert(s.initiativeId, s);
    }
    m_ready = true;
    m_lastPassMs = ms;
    emit scoresChanged();
}
