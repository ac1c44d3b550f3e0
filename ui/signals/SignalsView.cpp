#include "SignalsView.h"

#include "Document.h"
#include "admin/FrameworksDialog.h"
#include "agreements/AgreementEditor.h"
#include "agreements/Figures.h"
#include "common/Inputs.h"
#include "initiatives/InitiativeEditor.h"
#include "signals/SignalService.h"
#include "supportmap/NeedEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int SignalIndexRole = Qt::UserRole;
}

SignalsView::SignalsView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"signalsView"_s);
    auto* title = new QLabel(tr("Signals: what needs attention"), this);
    title->setObjectName(u"signalsTitleLabel"_s);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    m_summary->setObjectName(u"signalsSummaryLabel"_s);
    m_summary->setWordWrap(true);

    m_tree->setObjectName(u"signalsTreeWidget"_s);
    m_tree->setAccessibleName(tr("Signals"));
    title->setBuddy(m_tree);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Signal"), tr("Date"), tr("Ward"), tr("Kind")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(2, 170);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QVariant index = item->data(0, SignalIndexRole);
        if (index.isValid()) {
            openSignal(index.toInt());
        }
    });

    auto* hint = new QLabel(tr("Double-click a signal or press Enter to open the record behind it."), this);
    hint->setObjectName(u"signalsHintLabel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
}

void SignalsView::setDocument(Document* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this] {
            // Later, not from inside the change: an editor opened from this list may still be on the stack. Also
            // while another page is shown: the count beside "Signals" in the navigation follows every change and
            // undo. Several changes in a row are counted once.
            if (m_stale) {
                return;
            }
            m_stale = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_stale) {
                        refresh();
                    }
                },
                Qt::QueuedConnection);
        });
    }
    refresh();
}

void SignalsView::setWardFilter(std::optional<qint64> wardId)
{
    if (m_wardFilter == wardId) {
        return;
    }
    m_wardFilter = wardId;
    refresh();
}

void SignalsView::setReferenceDate(const QDate& date)
{
    m_referenceDate = date;
    refresh();
}

void SignalsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void SignalsView::refresh()
{
    m_stale = false;
    m_tree->clear();
    m_signals.clear();
    if (!m_document) {
        m_summary->clear();
        emit countChanged(0);
        return;
    }
    SignalQuery query;
    query.referenceDate = m_referenceDate;
    query.wardId = m_wardFilter;
    m_signals = SignalService(m_document->database()).collect(query);

    int counts[3] = {0, 0, 0};
    for (const Signal& s : std::as_const(m_signals)) {
        ++counts[int(s.severity)];
    }
    QTreeWidgetItem* groups[3] = {nullptr, nullptr, nullptr};
    for (Severity severity : {Severity::High, Severity::Medium, Severity::Low}) {
        const int n = counts[int(severity)];
        if (n == 0) {
            continue;
        }
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, u"%1 (%2)"_s.arg(Figures::severityText(severity), QLocale().toString(n)));
        group->setIcon(0, Figures::severityIcon(severity));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        groups[int(severity)] = group;
    }
    for (int i = 0; i < m_signals.size(); ++i) {
        const Signal& s = m_signals.at(i);
        auto* item = new QTreeWidgetItem(groups[int(s.severity)]);
        item->setIcon(0, Figures::severityIcon(s.severity));
        item->setText(0, s.text);
        item->setToolTip(0, s.text);
        item->setText(1, Inputs::listDate(s.date));
        item->setText(2, s.wards);
        item->setToolTip(2, s.wards);
        item->setText(3, Enums::label(s.kind));
        item->setData(0, SignalIndexRole, i);
    }
    m_tree->expandAll();

    if (m_signals.isEmpty()) {
        m_summary->setText(tr("Nothing needs attention: no evaluation is due, no agreement ends soon, every "
                              "framework is current and every need has an offer."));
    } else {
        m_summary->setText(tr("%1 urgent, %2 needing attention, %3 for information. The most urgent come first.")
                               .arg(counts[int(Severity::High)])
                               .arg(counts[int(Severity::Medium)])
                               .arg(counts[int(Severity::Low)]));
    }
    emit countChanged(int(m_signals.size()));
}

QTreeWidgetItem* SignalsView::itemOf(int signalIndex) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->data(0, SignalIndexRole).toInt() == signalIndex) {
                return group->child(c);
            }
        }
    }
    return nullptr;
}

std::unique_ptr<QDialog> SignalsView::createEditor(const Signal& signal)
{
    if (!m_document) {
        return nullptr;
    }
    Document& d = *m_document;
    switch (signal.entity) {
    case SignalEntity::Agreement:
        if (d.agreements().find(signal.entityId)) {
            return std::make_unique<AgreementEditor>(d, signal.entityId, this);
        }
        break;
    case SignalEntity::Kpi:
        if (signal.agreementId && d.agreements().find(*signal.agreementId)) {
            auto editor = std::make_unique<AgreementEditor>(d, *signal.agreementId, this);
            editor->showKpi(signal.entityId);
            return editor;
        }
        break;
    case SignalEntity::Framework:
        if (d.frameworks().find(signal.entityId)) {
            return std::make_unique<FrameworkEditor>(d, signal.entityId, this);
        }
        break;
    case SignalEntity::Initiative:
        if (d.initiatives().find(signal.entityId)) {
            return std::make_unique<InitiativeEditor>(d, signal.entityId, this);
        }
        break;
    case SignalEntity::Need:
        if (d.needs().find(signal.entityId)) {
            return std::make_unique<NeedEditor>(d, signal.entityId, this);
        }
        break;
    }
    return nullptr;
}

void SignalsView::openSignal(int signalIndex)
{
    if (signalIndex < 0 || signalIndex >= m_signals.size()) {
        return;
    }
    if (std::unique_ptr<QDialog> editor = createEditor(m_signals.at(signalIndex))) {
        editor->exec();
    }
}
