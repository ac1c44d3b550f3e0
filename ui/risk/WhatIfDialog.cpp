#include "WhatIfDialog.h"

#include "core/Error.h"
#include "core/risk/RiskCalculator.h"
#include "core/risk/RiskEngine.h"
#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/risk/RiskCache.h"
#include "ui/risk/RiskStyle.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { TitleColumn, WardColumn, BeforeColumn, AfterColumn, ChangeColumn, ColumnCount };
}

WhatIfDialog::WhatIfDialog(Document& document, qint64 personId, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(u"whatIfDialog"_s);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"changesTableWidget"_s);
    m_table->setAccessibleName(tr("Initiatives that change band"));
    m_table->setTabKeyNavigation(false);
    RiskCache& cache = RiskCache::of(document);
    const auto person = document.persons().find(personId);
    const QString name = person ? person->fullName() : QString::number(personId);
    setWindowTitle(tr("What if %1 stops?").arg(name));
    try {
        m_whatIf = RiskEngine(document.database(), cache.weights()).whatIfPersonStops(personId, cache.effectiveDate());
    } catch (const Error& e) {
        m_summary->setText(e.message());
    }

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Initiative"), tr("Ward"), tr("Before"), tr("After"), tr("Change")});
    m_table->setRowCount(int(m_whatIf.changes.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(false);
    // A score that is high by the override rule says so: "66 hoog" alone would contradict the bands.
    const auto scoreText = [](const RiskScore& s) {
        //: A score, its band and the override rule that set the band: "66  hoog (override: ...)".
        return s.overridden
            ? tr("%1  %2 (%3)").arg(s.score).arg(RiskStyle::bandLabel(s.band), RiskCalculator::overrideLabel(s))
            : u"%1  %2"_s.arg(s.score).arg(RiskStyle::bandLabel(s.band));
    };
    QHash<QString, QString> wardNames;
    for (const Ward& w : document.wards().all()) {
        wardNames.insert(w.code, w.name);
    }
    int row = 0;
    int moving = 0;
    for (const RiskChange& c : std::as_const(m_whatIf.changes)) {
        auto* title = new QTableWidgetItem(c.title);
        auto* ward = new QTableWidgetItem(wardNames.value(c.before.wardCode, c.before.wardCode));
        ward->setToolTip(c.before.wardCode);
        auto* before = new QTableWidgetItem(RiskStyle::bandIcon(c.before.band), scoreText(c.before));
        auto* after = new QTableWidgetItem(RiskStyle::bandIcon(c.after.band), scoreText(c.after));
        before->setToolTip(RiskCalculator::overrideReason(c.before));
        after->setToolTip(RiskCalculator::overrideReason(c.after));
        QString change;
        if (c.movesToHigh()) {
            change = tr("moves to %1").arg(RiskStyle::bandLabel(RiskBand::High));
            ++moving;
            QFont bold = title->font();
            bold.setBold(true);
            for (QTableWidgetItem* item : {title, after}) {
                item->setFont(bold);
            }
        } else if (c.after.score != c.before.score) {
            change = u"%1%2"_s.arg(c.after.score > c.before.score ? u"+"_s : QString())
                         .arg(c.after.score - c.before.score);
        } else {
            change = tr("no change");
        }
        auto* changeItem = new QTableWidgetItem(change);
        if (c.movesToHigh()) {
            changeItem->setFont(title->font());
            changeItem->setIcon(RiskStyle::bandIcon(RiskBand::High));
        }
        changeItem->setData(Qt::UserRole, c.movesToHigh());
        m_table->setItem(row, TitleColumn, title);
        m_table->setItem(row, WardColumn, ward);
        m_table->setItem(row, BeforeColumn, before);
        m_table->setItem(row, AfterColumn, after);
        m_table->setItem(row, ChangeColumn, changeItem);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (m_summary->text().isEmpty()) {
        if (m_whatIf.changes.isEmpty()) {
            m_summary->setText(tr("%1 plays no part in an active initiative.").arg(name));
        } else {
            m_summary->setText(
                tr("Without %1, %n initiative(s) move to high risk (reference date %2).", nullptr, moving)
                    .arg(name, Inputs::listDate(cache.effectiveDate())));
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}
