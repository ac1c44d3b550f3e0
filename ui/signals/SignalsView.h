#pragma once

#include "domain/Signal.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class Document;
class QDialog;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

/// The home screen: what needs the wijkregisseur's attention this week (SignalService), grouped by severity, each
/// with an icon and a word for its severity, its date and ward. Double-click or Enter opens the record behind it: the
/// agreement (on the KPIs tab for a KPI), the policy framework, the initiative or the need. Follows the global ward
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

    const QList<Signal>& currentSignals() const { return m_signals; }
    QTreeWidget* treeWidget() const { return m_tree; }
    /// The tree item of the n-th signal (in the order shown).
    QTreeWidgetItem* itemOf(int signalIndex) const;
    /// The editor a signal opens, not shown yet; nullptr when its record is gone.
    std::unique_ptr<QDialog> createEditor(const Signal& signal);

public slots:
    void refresh();
    /// Opens the record of the signal (modal).
    void openSignal(int signalIndex);

signals:
    /// After a refresh: how many signals there are.
    void countChanged(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPointer<Document> m_document;
    std::optional<qint64> m_wardFilter;
    QDate m_referenceDate;
    QList<Signal> m_signals;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    bool m_stale = true;
};
