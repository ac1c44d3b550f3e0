#include "SignalsView.h"

#include "core/signals/SignalService.h"
#include "core/storage/CriticalRoleRepository.h"
#include "ui/Document.h"
#include "ui/admin/FrameworksDialog.h"
#include "ui/agreements/AgreementEditor.h"
#include "ui/common/Background.h"
#include "ui/common/Figures.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/initiatives/InitiativeEditor.h"
#include "ui/persons/PersonDetailDialog.h"
#include "ui/supportmap/NeedEditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int SignalIndexRole = Qt::UserRole;
constexpr int SuggestionIndexRole = Qt::UserRole + 1;
} // namespace

SignalsView::SignalsView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_kindBox(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_acceptButton(new QPushButton(tr("Set as backup"), this))
    , m_watcher(new QFutureWatcher<TaskResult<QList<Signal>>>(this))
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

    m_kindBox->setObjectName(u"signalKindComboBox"_s);
    m_kindBox->addItem(tr("All signals"), QString());
    m_kindBox->addItem(tr("Continuity only"), u"continuity"_s);
    for (const auto& entry : EnumTable<SignalKind>::entries) {
        m_kindBox->addItem(Enums::label(entry.value), QString::fromLatin1(entry.key));
    }
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_kindBox->currentData().toString();
        if (key == u"continuity"_s) {
            setKindFilter(std::nullopt, true);
        } else {
            setKindFilter(key.isEmpty() ? std::nullopt : Enums::fromKey<SignalKind>(key), false);
        }
    });
    auto* kindLabel = new QLabel(tr("Filter by &kind:"), this);
    kindLabel->setBuddy(m_kindBox);

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
        const QVariant suggestion = item->data(0, SuggestionIndexRole);
        const QVariant index = item->data(0, SignalIndexRole);
        if (suggestion.isValid()) {
            acceptSuggestion(index.toInt(), suggestion.toInt());
        } else if (index.isValid()) {
            openSignal(index.toInt());
        }
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SignalsView::updateAcceptButton);
    m_acceptButton->setObjectName(u"acceptSuggestionButton"_s);
    m_acceptButton->setToolTip(tr("Sets the selected candidate as the backup of the critical role (can be undone)"));
    m_acceptButton->setEnabled(false);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_tree->currentItem(); item && item->data(0, SuggestionIndexRole).isValid()) {
            acceptSuggestion(item->data(0, SignalIndexRole).toInt(), item->data(0, SuggestionIndexRole).toInt());
        }
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const TaskResult<QList<Signal>> result = m_watcher->result();
        if (m_watcher->property("generation").toInt() != m_generation) {
            return; // a newer computation runs
        }
        m_computing = false;
        m_all = result.value;
        m_error = result.error ? result.error->message() : QString();
        populate();
    });

    auto* hint = new QLabel(tr("Double-click a signal or press Enter to open the record behind it; on a suggested "
                               "candidate, to set them as the backup."),
                            this);
    hint->setObjectName(u"signalsHintLabel"_s);
    hint->setWordWrap(true);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(kindLabel);
    filterRow->addWidget(m_kindBox);
    filterRow->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(m_acceptButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);
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
    ++m_generation;
    if (!m_document) {
        m_computing = false;
        m_all.clear();
        m_error.clear();
        populate();
        return;
    }
    m_computing = true;
    SignalQuery query;
    query.referenceDate = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    query.wardId = m_wardFilter;
    // The GUI's connection has committed everything: the worker reads the file over its own connection.
    m_document->database().checkpoint();
    m_watcher->setProperty("generation", m_generation);
    m_watcher->setFuture(
        Background::runOnFile<QList<Signal>>(m_document->filePath(), [query](Database& db, TaskControl&) {
            return SignalService(db).collect(query);
        }).future);
    m_summary->setText(tr("Computing..."));
}

bool SignalsView::isComputing() const
{
    return m_computing;
}

bool SignalsView::waitUntilReady(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (isComputing() || m_stale) {
        if (m_stale && !isComputing()) {
            refresh();
        }
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void SignalsView::setKindFilter(std::optional<SignalKind> kind, bool continuityOnly)
{
    m_kindFilter = kind;
    m_continuityOnly = continuityOnly;
    const QString key = continuityOnly ? u"continuity"_s : kind ? Enums::key(*kind) : QString();
    const int index = m_kindBox->findData(key);
    if (index >= 0 && index != m_kindBox->currentIndex()) {
        const QSignalBlocker blocker(m_kindBox);
        m_kindBox->setCurrentIndex(index);
    }
    populate();
}

void SignalsView::populate()
{
    m_tree->clear();
    m_signals.clear();
    for (const Signal& s : std::as_const(m_all)) {
        if ((m_kindFilter && s.kind != *m_kindFilter) || (m_continuityOnly && !s.isContinuity())) {
            continue;
        }
        m_signals << s;
    }
    int counts[3] = {0, 0, 0};
    int continuity = 0;
    for (const Signal& s : std::as_const(m_signals)) {
        if (s.isContinuity()) {
            ++continuity;
        } else {
            ++counts[int(s.severity)];
        }
    }
    const auto groupItem = [this](const QString& text, const QIcon& icon) {
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, text);
        group->setIcon(0, icon);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        return group;
    };
    QTreeWidgetItem* continuityGroup = nullptr;
    if (continuity > 0) {
        continuityGroup = groupItem(tr("Continuity of initiatives (%1)").arg(QLocale().toString(continuity)),
                                    Figures::severityIcon(Severity::High));
    }
    QTreeWidgetItem* groups[3] = {nullptr, nullptr, nullptr};
    for (Severity severity : {Severity::High, Severity::Medium, Severity::Low}) {
        const int n = counts[int(severity)];
        if (n > 0) {
            groups[int(severity)] = groupItem(u"%1 (%2)"_s.arg(Figures::severityText(severity), QLocale().toString(n)),
                                              Figures::severityIcon(severity));
        }
    }
    for (int i = 0; i < m_signals.size(); ++i) {
        const Signal& s = m_signals.at(i);
        auto* item = new QTreeWidgetItem(s.isContinuity() ? continuityGroup : groups[int(s.severity)]);
        item->setIcon(0, Figures::severityIcon(s.severity));
        item->setText(0, s.text);
        item->setToolTip(0, s.text);
        item->setText(1, Inputs::listDate(s.date));
        item->setText(2, s.wards);
        item->setToolTip(2, s.wards);
        item->setText(3, Enums::label(s.kind));
        item->setData(0, SignalIndexRole, i);
        for (int c = 0; c < s.suggestions.size(); ++c) {
            const SuccessorSuggestion& candidate = s.suggestions.at(c);
            auto* child = new QTreeWidgetItem(item);
            child->setText(
                0, tr("Suggested backup %1: %2 – %3").arg(candidate.rank).arg(candidate.name, candidate.reason));
            child->setToolTip(
                0, tr("Double-click or press Enter to set %1 as the backup (can be undone).").arg(candidate.name));
            child->setData(0, SignalIndexRole, i);
            child->setData(0, SuggestionIndexRole, c);
        }
    }
    m_tree->expandAll();

    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
    } else if (m_signals.isEmpty()) {
        m_summary->setText(m_all.isEmpty()
                               ? tr("Nothing needs attention: no initiative moved to high risk, every critical role "
                                    "has a backup, no evaluation is due, no agreement ends soon, every framework is "
                                    "current and every need has an offer.")
                               : tr("No signal of this kind."));
    } else {
        m_summary->setText(tr("%1 about the continuity of initiatives; of the others %2 urgent, %3 needing attention, "
                              "%4 for information. The most urgent come first.")
                               .arg(continuity)
                               .arg(counts[int(Severity::High)])
                               .arg(counts[int(Severity::Medium)])
                               .arg(counts[int(Severity::Low)]));
    }
    updateAcceptButton();
    emit countChanged(int(m_signals.size()));
}

void SignalsView::updateAcceptButton()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    m_acceptButton->setEnabled(item && item->data(0, SuggestionIndexRole).isValid());
}

bool SignalsView::acceptSuggestion(int signalIndex, int suggestionIndex)
{
    if (!m_document || signalIndex < 0 || signalIndex >= m_signals.size()) {
        return false;
    }
    const Signal& s = m_signals.at(signalIndex);
    if (!s.criticalRoleId || suggestionIndex < 0 || suggestionIndex >= s.suggestions.size()) {
        return false;
    }
    const SuccessorSuggestion& candidate = s.suggestions.at(suggestionIndex);
    const auto before = m_document->criticalRoles().find(*s.criticalRoleId);
    if (!before || before->backupId || before->holderId == candidate.personId) {
        return false;
    }
    CriticalRole after = *before;
    after.backupId = candidate.personId;
    m_document->execute(std::make_unique<SaveRecordCommand<CriticalRoleRepository, CriticalRole>>(
        *m_document, Document::Kind::CriticalRoles, before, after,
        tr("Set %1 as backup for %2").arg(candidate.name, CriticalRole::label(before->role))));
    return true;
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
    case SignalEntity::Person:
        if (d.persons().find(signal.entityId)) {
            return std::make_unique<PersonDetailDialog>(d, signal.entityId, this);
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
