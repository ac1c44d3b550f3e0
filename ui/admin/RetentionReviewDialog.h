#pragma once

#include "core/storage/RetentionRepository.h"
#include "ui/common/LazyTableModel.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

class Document;
class QLabel;
class QPushButton;
class QTableView;

/// One row of the retention review: a candidate, keyed by the person's id.
struct RetentionRow
{
    qint64 id = 0;
    RetentionCandidate candidate;
};

/// The residents the retention rule lists (RetentionRepository::candidates), with a check box each: none ticked
/// at first. Rows are handed to the view in pages, as every list of the window.
class RetentionModel final : public LazyRowModel<RetentionRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionModel)

public:
    enum Column { Name, Ward, Reason, Date, ColumnCount };

    /// `wardNames`: ward id to "code name", for the ward column.
    RetentionModel(QList<RetentionCandidate> candidates, int months, QHash<qint64, QString> wardNames,
                   QObject* parent = nullptr);

    /// The ticked persons' ids, in the list's order.
    QList<qint64> tickedIds() const;
    int tickedCount() const { return int(m_ticked.size()); }
    void setAllTicked(bool ticked);
    /// Ticks or unticks one person (by row of the model).
    void toggle(int row);
    /// Drops the persons `ids` from the list (after they were anonymised) and reloads.
    void remove(const QList<qint64>& ids);
    int months() const { return m_months; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool isPersonalColumn(int column) const override { return column == Name; }

signals:
    void tickedChanged(int count);

protected:
    int queryCount(const ListQuery& query) const override;
    QList<RetentionRow> queryRows(const ListQuery& query, int offset, int limit) const override;

private:
    QList<RetentionRow> m_candidates;
    int m_months;
    QHash<qint64, QString> m_wardNames;
    QSet<qint64> m_ticked;
};

/// The retention review (DESIGN.md, Privacy (AVG) and logging (BIO), Retention; AVG art. 5(1)(e)): the residents
/// inactive for longer than the retention period, or whose consent was withdrawn or ended, listed for review; the
/// ones the user ticks are anonymised on confirmation by the same erasure as `wijkregie retention --apply`
/// (PersonErasure::eraseForRetention), on a worker thread with progress and Cancel. Afterwards it says what was done
/// and which backups still hold them, offering to delete those.
class RetentionReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Lists `candidates` (as of `today`; invalid: the real today) of the document's file.
    RetentionReviewDialog(Document& document, const QList<RetentionCandidate>& candidates, const QDate& today = {},
                          QWidget* parent = nullptr);

    /// Menu Settings > Retention review: finds the candidates and shows the dialog, or says that there is nothing
    /// to do (no dialog then). `today` invalid: the real today.
    static void review(Document& document, QWidget* parent, const QDate& today = {});

    RetentionModel* model() const { return m_model; }
    /// Asks for confirmation naming how many, then anonymises the ticked residents; false when nothing was done
    /// (none ticked, the answer was no, or it failed: the reason shown).
    bool anonymiseTicked();

private:
    void updateState();

    Document& m_document;
    QDate m_today;
    RetentionModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_anonymise;
};
