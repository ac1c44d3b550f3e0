#include "RiskBreakdownWidget.h"

#include "core/risk/RiskCalculator.h"
#include "ui/Document.h"
#include "ui/common/Palette.h"
#include "ui/risk/RiskCache.h"
#include "ui/risk/RiskStyle.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ContributionBar::ContributionBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"contributionBar"_s);
    setMinimumHeight(30);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ContributionBar::setScore(const std::optional<RiskScore>& score)
{
    m_score = score;
    update();
}

void ContributionBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 4.5, -0.5, -4.5);
    p.setPen(Palette::mark(Palette::Mark::Axis));
    p.setBrush(palette().base());
    p.drawRect(frame);
    // Band boundaries at 34 and 67.
    for (int limit : {Risk::MediumFrom, Risk::HighFrom}) {
        const qreal x = frame.left() + frame.width() * limit / 100.0;
        p.setPen(QPen(Palette::mark(Palette::Mark::Axis), 1, Qt::DotLine));
        p.drawLine(QPointF(x, frame.top() - 4), QPointF(x, frame.bottom() + 4));
    }
    if (!m_score) {
        return;
    }
    qreal x = frame.left();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (const auto& entry : EnumTable<RiskIndicator>::entries) {
        const double part = m_score->contribution(entry.value);
        if (part <= 0) {
            continue;
        }
        const QRectF segment(x, frame.top(), frame.width() * part / 100.0, frame.height());
        const QColor color = RiskStyle::indicatorColor(entry.value);
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(color);
        p.drawRect(segment);
        const QString text = QString::number(qRound(part));
        if (p.fontMetrics().horizontalAdvance(text) + 4 < segment.width()) {
            p.setPen(Palette::labelOn(color));
            p.drawText(segment, Qt::AlignCenter, text);
        }
        x = segment.right();
    }
}

RiskBreakdownWidget::RiskBreakdownWidget(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_score(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_bar(new ContributionBar(this))
{
    setObjectName(u"riskBreakdownWidget"_s);
    m_heading->setObjectName(u"riskHeadingLabel"_s);
    m_score->setObjectName(u"riskScoreLabel"_s);
    m_date->setObjectName(u"riskDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setToolTip(tr("The risk is computed over the twelve months before this date"));
    m_date->setAccessibleName(tr("Reference date"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextFormat(Qt::PlainText);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_document) {
            RiskCache::of(*m_document).setReferenceDate(date);
        }
    });
    auto* today = new QPushButton(tr("Today"), this);
    connect(today, &QPushButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_score);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Reference date:"), this));
    top->addWidget(m_date);
    top->addWidget(today);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(3, 1);
    int row = 0;
    for (const auto& entry : EnumTable<RiskIndicator>::entries) {
        auto* swatch = new QLabel(this);
        QPixmap pixmap(12, 12);
        pixmap.fill(RiskStyle::indicatorColor(entry.value));
        swatch->setPixmap(pixmap);
        auto* name = new QLabel(RiskStyle::indicatorLabel(entry.value), this);
        auto* points = new QLabel(this);
        points->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        points->setMinimumWidth(points->fontMetrics().horizontalAdvance(u"+100"_s));
        auto* sentence = new QLabel(this);
        sentence->setObjectName(u"explanationLabel"_s);
        sentence->setTextFormat(Qt::PlainText);
        sentence->setWordWrap(true);
        grid->addWidget(swatch, row, 0);
        grid->addWidget(name, row, 1);
        grid->addWidget(points, row, 2);
        grid->addWidget(sentence, row, 3);
        m_names << name;
        m_points << points;
        m_sentences << sentence;
        ++row;
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addLayout(grid);
    refresh();
}

void RiskBreakdownWidget::setDocument(Document* document)
{
    if (m_document) {
        disconnect(&RiskCache::of(*m_document), nullptr, this, nullptr);
    }
    m_document = document;
    m_initiativeId = 0;
    if (document) {
        RiskCache& cache = RiskCache::of(*document);
        connect(&cache, &RiskCache::scoresChanged, this, &RiskBreakdownWidget::refresh);
        connect(&cache, &RiskCache::referenceDateChanged, this, [this](const QDate& date) {
            const QSignalBlocker blocker(m_date);
            m_date->setDate(date);
        });
        const QSignalBlocker blocker(m_date);
        m_date->setDate(cache.effectiveDate());
    }
    refresh();
}

void RiskBreakdownWidget::setInitiative(qint64 initiativeId)
{
    m_initiativeId = initiativeId;
    refresh();
}

QStringList RiskBreakdownWidget::sentences() const
{
    QStringList result;
    for (const QLabel* label : m_sentences) {
        if (!label->text().isEmpty()) {
            result << label->text();
        }
    }
    return result;
}

void RiskBreakdownWidget::refresh()
{
    std::optional<RiskScore> score;
    QString heading = tr("Continuity risk: select an initiative");
    QString status;
    if (m_document && m_initiativeId > 0) {
        const QHash<qint64, RiskScore>* scores = RiskCache::of(*m_document).peek();
        const auto initiative = m_document->initiatives().find(m_initiativeId);
        heading = initiative ? tr("Continuity risk of “%1”").arg(initiative->title) : QString();
        if (!scores) {
            status = tr("Computing...");
        } else if (const auto it = scores->constFind(m_initiativeId); it != scores->constEnd()) {
            score = *it;
        } else {
            status = tr("No risk: only running and paused initiatives are scored.");
        }
    }
    m_heading->setText(heading);
    if (score) {
        const QColor color = RiskStyle::bandColor(score->band);
        const QString text = score->overridden
            ? tr("Score %1 \u2013 %2 (%3)")
                  .arg(score->score)
                  .arg(RiskStyle::bandLabel(score->band), RiskCalculator::overrideLabel(*score))
            : tr("Score %1 \u2013 %2").arg(score->score).arg(RiskStyle::bandLabel(score->band));
        m_score->setText(u"<span style=\"color:%1\">\u25A0</span> <b>%2</b>"_s.arg(color.name(), text.toHtmlEscaped()));
    } else {
        m_score->setText(status.toHtmlEscaped());
    }
    m_bar->setScore(score);
    m_score->setToolTip(score ? RiskCalculator::overrideReason(*score) : QString());
    QString topName;
    if (score && score->topContributorId && m_document) {
        if (const auto person = m_document->persons().find(*score->topContributorId)) {
            topName = person->fullName();
        }
    }
    for (int i = 0; i < Risk::IndicatorCount; ++i) {
        const auto indicator = RiskIndicator(i);
        m_points[i]->setText(score ? u"+%1"_s.arg(qRound(score->contribution(indicator))) : QString());
        m_points[i]->setToolTip(
            score ? tr("Indicator value %1").arg(QLocale().toString(score->value(indicator), 'f', 2)) : QString());
        // The register names the top contributor (reports do not).
        m_sentences[i]->setText(score ? RiskCalculator::namedExplanation(*score, indicator, topName) : QString());
        m_names[i]->setEnabled(score.has_value());
    }
}
