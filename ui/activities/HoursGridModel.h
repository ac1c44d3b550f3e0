#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Involvement.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <optional>

class Document;

/// The hours of one initiative in one month: a row per person involved in (part of) the month, a column per day,
/// a total per person in the last column and a totals row at the bottom. Cells outside a person's involvement are
/// not editable. Every edit is an undoable command through ActivityRepository::setHours.
class HoursGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { PersonIdRole = Qt::UserRole, DateRole, QuartersRole, EditableCellRole };

    explicit HoursGridModel(Document& document, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HoursGridModel)

    void setInitiative(qint64 initiativeId);
    qint64 initiativeId() const { return m_initiativeId; }
    /// Shows the month of `date`.
    void setMonth(const QDate& date);
    QDate month() const { return m_month; }
    /// Reads the rows and hours again (after a change in the database); keeps the structure when it is the same.
    void reload();

    int personCount() const { return int(m_persons.size()); }
    int dayCount() const { return m_month.isValid() ? m_month.daysInMonth() : 0; }
    bool isTotalsRow(int row) const { return row == personCount(); }
    bool isTotalColumn(int column) const { return column == dayCount(); }
    /// True for a day cell of a person within one of their involvements.
    bool isEditableCell(const QModelIndex& index) const;
    qint64 personIdAt(int row) const;
    QDate dateAt(int column) const;
    int quartersAt(int row, int column) const;

    /// Writes cells (person, date, quarters; other fields are filled in) as one undo step named `text`. Returns
    /// false, with the messages emitted by refused(), when the repository refuses any cell; then nothing is written.
    bool setCells(const QList<Activity>& cells, const QString& text);

    /// Reads hours as typed: "1,5", "1.5", "1:30", "2" or empty (0). nullopt, with `error` set, for text that is
    /// no number of hours or not a whole number of quarter hours.
    static std::optional<int> parseQuarters(const QString& text, QString* error = nullptr);
    /// Hours for display and copying: "1,5" in a Dutch locale, empty for 0.
    static QString formatQuarters(int quarters);
    /// "“x” is not a number of hours" with examples written as the locale writes decimals.
    static QString notHours(const QString& text);
    /// The examples of hours one may type: "2, 1,5 or 1:30" in Dutch, "2, 1.5 or 1:30" in English.
    static QString examples();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// An edit or paste was refused; the messages name the person and the date.
    void refused(const QStringList& messages);
    /// An edit or paste was written.
    void written(const QString& text);

private:
    struct PersonRow
    {
        qint64 personId = 0;
        QString name;
        QList<Involvement> involvements;
    };
    void readRows(QList<PersonRow>& rows, QHash<qint64, Activity>& cells) const;
    static qint64 cellKey(qint64 personId, int day) { return personId * 64 + day; }
    int rowTotal(int row) const;
    int dayTotal(int day) const;

    QPointer<Document> m_document;
    qint64 m_initiativeId = 0;
    QDate m_month;
    QList<PersonRow> m_persons;
    QHash<qint64, Activity> m_cells;
};
