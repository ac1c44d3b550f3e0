#pragma once

#include "core/domain/Signal.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class Document;
class QDialog;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
template<typename T> class QFutureWatcher;
template<typename T> struct TaskResult;
class QTreeWidgetItem;

/// The home screen: what needs the wijkregisseur's attention this week (SignalService). Continuity leads (DESIGN.md,
/// Signals): its signals form the first group, the others follow grouped by severity, each with an icon and a word
/// for its severity, its date and ward. A filter shows one kind (or continuity only). Double-click or Enter opens
/// the record behind it: the agreement (on the KPIs tab for a KPI), the policy framework, the initiative, the need or
/// the person. A critical role without backup lists its suggested candidates as child rows; "Set as backup" (or
/// activating the candidate) sets that person as the role's backup through an undoable command.
///
/// The signals are computed on a worker thread over the document's file (the continuity kinds score every active
/// initiative twice and try every key person); the list shows "Computing..." meanwhile. Follows the global ward
/// filter and refreshes whenever the document changes.
class SignalsView final : public QWidget
{
    Q_OBJECT

public:
    explicit SignalsView(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setWardFilter(std::optional<qint64> wardId);
    /// "Today" for the signals; invalid (the default) is the real today.
    void setReferenceDate(const QDate& date);

    /// The signals shown (after the kind filter).
    const QList<Signal>& currentSignals() const { return m_signals; }
    /// True while a computation runs on the worker thread.
    bool isComputing() const;
    /// Waits (processing events) until the computation is done; false on timeout. For tests and benchmarks.
    bool waitUntilReady(int timeoutMs = 30000);
    /// Shows only one kind (nullopt: all); `continuityOnly` shows the five continuity kinds.
    void setKindFilter(std::optional<SignalKind> kind, bool continuityOnly = false);
    QComboBox* kindFilterBox() const { return m_kindBox; }
    QTreeWidget* treeWidget() const { return m_tree; }
    /// The tree item of the n-th signal (in the order shown).
    QTreeWidgetItem* itemOf(int signalIndex) const;
    /// The editor a signal opens, not shown yet; nullptr when its record is gone.
    std::unique_ptr<QDialog> createEditor(const Signal& signal);

public slots:
    void refresh();
    /// Opens the record of the signal (modal).
    void openSignal(int signalIndex);
    /// Sets the suggested candidate as the backup of the signal's critical role (undoable). False when the role is
    /// gone or has a backup meanwhile.
    bool acceptSuggestion(int signalIndex, int suggestionIndex);

signals:
    /// After a refresh: how many signals there are.
    void countChanged(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void populate();
    void updateAcceptButton();

    QPointer<Document> m_document;
    std::optional<qint64> m_wardFilter;
    QDate m_referenceDate;
    QList<Signal> m_all;
    QList<Signal> m_signals;
    std::optional<SignalKind> m_kindFilter;
    bool m_continuityOnly = false;
    QLabel* m_summary;
    QComboBox* m_kindBox;
    QTreeWidget* m_tree;
    QPushButton* m_acceptButton;
    QFutureWatcher<TaskResult<QList<Signal>>>* m_watcher;
    int m_generation = 0;
    bool m_computing = false;
    QString m_error;
    bool m_stale = true;
};
