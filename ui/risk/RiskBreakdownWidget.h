#pragma once

#include "core/risk/RiskTypes.h"

#include <QPointer>
#include <QWidget>

class Document;
class QDateEdit;
class QGridLayout;
class QLabel;

/// The seven contributions of a score as one horizontal stacked bar (0..100), each segment in its indicator's
/// colour with the indicator named in the legend beneath the breakdown.
class ContributionBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ContributionBar(QWidget* parent = nullptr);
    void setScore(const std::optional<RiskScore>& score);
    QSize sizeHint() const override { return {400, 34}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<RiskScore> m_score;
};

/// Why an initiative is at risk: its score and band, the contributions of the seven indicators as a stacked bar,
/// and one sentence per indicator. The reference date is the document's (RiskCache), editable here.
class RiskBreakdownWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RiskBreakdownWidget(QWidget* parent = nullptr);

    void setDocument(Document* document);
    /// Shows the risk of this initiative (0: none).
    void setInitiative(qint64 initiativeId);
    qint64 initiativeId() const { return m_initiativeId; }
    /// The sentences on show, in indicator order (empty when there is no score).
    QStringList sentences() const;

private:
    void refresh();

    QPointer<Document> m_document;
    qint64 m_initiativeId = 0;
    QLabel* m_heading;
    QLabel* m_score;
    QDateEdit* m_date;
    ContributionBar* m_bar;
    QList<QLabel*> m_names;
    QList<QLabel*> m_points;
    QList<QLabel*> m_sentences;
};
