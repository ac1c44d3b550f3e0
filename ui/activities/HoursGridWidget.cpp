#include "HoursGridWidget.h"

#include "ui/activities/HoursGridModel.h"
#include "ui/activities/HoursGridView.h"
#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HoursGridWidget::HoursGridWidget(Document& document, qint64 initiativeId, QWidget* parent)
    : QWidget(parent)
    , m_model(new HoursGridModel(document, this))
    , m_view(new HoursGridView(this))
    , m_month(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"hoursGridWidget"_s);
    auto* previous = new QToolButton(this);
    previous->setObjectName(u"previousMonthButton"_s);
    previous->setIcon(Inputs::icon(u"go-previous"_s, QStyle::SP_ArrowLeft));
    previous->setToolTip(tr("Previous month (Ctrl+Page Up)"));
    previous->setAccessibleName(tr("Previous month"));
    auto* next = new QToolButton(this);
    next->setObjectName(u"nextMonthButton"_s);
    next->setIcon(Inputs::icon(u"go-next"_s, QStyle::SP_ArrowRight));
    next->setToolTip(tr("Next month (Ctrl+Page Down)"));
    next->setAccessibleName(tr("Next month"));
    auto* thisMonth = new QPushButton(tr("This &month"), this);
    thisMonth->setObjectName(u"thisMonthButton"_s);
    m_month->setObjectName(u"monthDateEdit"_s);
    m_month->setDisplayFormat(u"MMMM yyyy"_s);
    m_month->setCalendarPopup(true);
    m_month->setMinimumWidth(150);
    m_month->setToolTip(tr("The month shown; type or pick another"));
    m_month->setAccessibleName(tr("Month"));
    m_view->setAccessibleName(tr("Hours per person and day"));
    m_status->setObjectName(u"hoursStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_empty->setObjectName(u"hoursEmptyLabel"_s);
    m_empty->setText(tr("Nobody is involved in this initiative in this month. Add people under “Involved” first."));
    m_empty->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(m_month);
    top->addWidget(next);
    top->addWidget(thisMonth);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_view->setGridModel(m_model);
    m_model->setInitiative(initiativeId);
    m_month->setDate(m_model->month());

    connect(previous, &QToolButton::clicked, this, &HoursGridWidget::previousMonth);
    connect(next, &QToolButton::clicked, this, &HoursGridWidget::nextMonth);
    connect(thisMonth, &QPushButton::clicked, this, [this] { setMonth(QDate::currentDate()); });
    connect(m_month, &QDateEdit::dateChanged, this, [this](const QDate& date) { m_model->setMonth(date); });
    auto* prevShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(prevShortcut, &QShortcut::activated, this, &HoursGridWidget::previousMonth);
    auto* nextShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(nextShortcut, &QShortcut::activated, this, &HoursGridWidget::nextMonth);
    connect(m_model, &HoursGridModel::refused, this, &HoursGridWidget::showMessages);
    connect(m_model, &HoursGridModel::written, this, [this](const QString& text) { showHint(text); });
    // An undo or another edit changes the cells: a message about an earlier refusal no longer applies.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_showingError) {
            showHint();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_model->personCount() == 0);
        showHint();
    });
    m_empty->setVisible(m_model->personCount() == 0);
    showHint();
}

void HoursGridWidget::setMonth(const QDate& date)
{
    m_month->setDate(date.addDays(1 - date.day()));
    m_model->setMonth(date);
}

QDate HoursGridWidget::month() const
{
    return m_model->month();
}

void HoursGridWidget::previousMonth()
{
    setMonth(m_model->month().addMonths(-1));
}

void HoursGridWidget::nextMonth()
{
    setMonth(m_model->month().addMonths(1));
}

void HoursGridWidget::showMessages(const QStringList& messages)
{
    m_status->setStyleSheet(
        u"QLabel { %1 background: %2; border: 1px solid #e8a0a8; border-radius: 3px; padding: 4px; }"_s.arg(
            Palette::textStyle(Palette::Text::Error), Palette::background(Palette::Background::ErrorPanel).name()));
    m_status->setText(tr("Not saved:") + u'\n' + messages.join(u'\n'));
    m_showingError = true;
}

void HoursGridWidget::showHint(const QString& done)
{
    m_showingError = false;
    m_status->setStyleSheet(u"QLabel { %1 padding: 4px; }"_s.arg(Palette::textStyle(Palette::Text::Muted)));
    QString hint = tr("Type hours (%1, in quarter hours) and press Enter or Tab; arrows move, Delete clears, Ctrl+V "
                      "pastes a block from a spreadsheet, Ctrl+Z undoes.")
                       .arg(HoursGridModel::examples());
    if (!done.isEmpty()) {
        hint = tr("Saved: %1.").arg(done) + u' ' + hint;
    }
    m_status->setText(hint);
}
