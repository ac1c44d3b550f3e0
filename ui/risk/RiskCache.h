#pragma once

#include "core/risk/RiskTypes.h"
#include "ui/common/Background.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

class Document;

/// The continuity risk of every active initiative of one document at the chosen reference date: one
/// RiskEngine::scoreAll pass, kept until the data, the weights or the date change. The lists and the dashboard
/// read it; nobody scores an initiative per row.
///
/// peek() never blocks: it starts the pass on a worker thread (own read-only connection) and returns nullptr
/// until scoresChanged(). scores() computes on the calling thread when the scores are not ready (for sorting and
/// filtering, which need them now).
class RiskCache final : public QObject
{
    Q_OBJECT

public:
    /// The cache of a document, created on first use as the document's child.
    static RiskCache& of(Document& document);

    /// Invalid for today.
    QDate referenceDate() const { return m_referenceDate; }
    void setReferenceDate(const QDate& date);
    /// The reference date in use (today when none was chosen).
    QDate effectiveDate() const;
    /// The weights stored in the database.
    const RiskWeights& weights();

    /// The scores by initiative id; computed now when not ready.
    const QHash<qint64, RiskScore>& scores();
    /// The scores, or nullptr while a background pass runs (then scoresChanged() follows).
    const QHash<qint64, RiskScore>* peek();
    /// One initiative's score from the cache (computed now when not ready); nullptr when it is not active.
    const RiskScore* score(qint64 initiativeId);

    /// Throws the scores and weights away (the data changed) and announces it.
    void invalidate();
    /// Milliseconds the last pass took (for the status bar and benchmarks).
    qint64 lastPassMs() const { return m_lastPassMs; }

signals:
    /// New scores are available, or the old ones were thrown away (then peek() starts a new pass).
    void scoresChanged();
    void referenceDateChanged(const QDate& date);

private:
    explicit RiskCache(Document& document);
    void store(const QList<RiskScore>& scores, qint64 ms);

    Document& m_document;
    QDate m_referenceDate;
    std::optional<RiskWeights> m_weights;
    QHash<qint64, RiskScore> m_scores;
    bool m_ready = false;
    int m_generation = 0;
    qint64 m_lastPassMs = 0;
    QFutureWatcher<TaskResult<QList<RiskScore>>>* m_watcher = nullptr;
};
