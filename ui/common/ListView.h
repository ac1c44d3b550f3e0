#pragma once

#include "core/domain/Enums.h"
#include "core/storage/ListQuery.h"

#include <QPointer>
#include <QStringList>
#include <QVariant>
#include <QWidget>
#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

class Document;
class LazyTableModel;
class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

/// The frame every list shares: a search box and filters above a table over a lazy model, the number of records
/// under it, and buttons to add, edit and delete. A concrete view supplies the model, its filters and its editor.
class ListView : public QWidget
{
    Q_OBJECT

public:
    explicit ListView(QWidget* parent = nullptr);
    ~ListView() override;

    /// Shows the lists of `document`, or nothing for nullptr.
    void setDocument(Document* document);
    Document* document() const { return m_document; }
    /// The global ward filter of the main window.
    void setWardFilter(std::optional<qint64> wardId);
    std::optional<qint64> wardFilter() const { return m_wardFilter; }

    LazyTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    /// What the list shows, in the language of the window ("initiatives"), for file names.
    QString listName() const;
    /// The id of the current row, or 0.
    qint64 currentId() const;
    /// Selects the record with this id when the list shows it (fetching further pages as needed).
    bool selectRecord(qint64 id);
    /// Shows above the list which filter a click elsewhere (a chart) set, with a button that clears it at once
    /// (`clear` is called, then the note hides).
    void showFilterNote(const QString& text, std::function<void()> clear);
    void hideFilterNote();
    QString filterNote() const;
    /// What the list holds ("Initiatives"): the accessible name of its table and search box.
    void setListName(const QString& name);

public slots:
    void newRecord();
    void editCurrent();
    void deleteCurrent();
    /// Exports the list as shown (columns, search, filters, sort) as CSV or XLSX, after asking format and file.
    void exportList();
    /// Puts the focus in the search field, its text selected (Ctrl+F).
    void focusSearch();

    /// Builds the query from the search box and filters and reloads the model.
    void applyQuery();

protected:
    virtual LazyTableModel* createModel(Document& document) = 0;
    /// Adds the view's own filters to the query.
    virtual void fillQuery(ListQuery& query) const { Q_UNUSED(query) }
    /// "123 initiatives": by default the text given to setCountText().
    virtual QString countText(int count) const;
    virtual void openEditor(Document& document, qint64 id) = 0;
    /// Deletes after confirmation; throws Error when the repository refuses.
    virtual void deleteRecord(Document& document, qint64 id) = 0;
    /// Describes a record for the confirmation question.
    virtual QString describe(Document& document, qint64 id) const = 0;
    /// The records that refer to this one and keep it from being deleted ("3 initiatives"); checked before the
    /// question "do you want to delete", so that nobody confirms a deletion that is then refused.
    virtual QStringList dependents(Document& document, qint64 id) const
    {
        Q_UNUSED(document)
        Q_UNUSED(id)
        return {};
    }
    /// Refills filter choices that depend on the database (themes).
    virtual void refreshFilters(Document* document) { Q_UNUSED(document) }
    /// Lays out the columns beyond the widths the model declares (LazyTableModel::columnWidth()).
    virtual void setColumnWidths() { }

    QComboBox* addFilterComboBox(const QString& objectName, const QString& toolTip);
    /// The same, filled with fixed choices: {text, data} pairs, the first normally "all" with empty data.
    QComboBox* addFilterComboBox(const QString& objectName, const QString& toolTip,
                                 const QList<std::pair<QString, QVariant>>& choices);
    /// A filter over an enumeration: `all` (empty data) first, then each value's label with its key as data.
    template<typename E> QComboBox* addEnumFilter(const QString& objectName, const QString& toolTip, const QString& all)
    {
        QList<std::pair<QString, QVariant>> choices {{all, QString()}};
        for (E value : Enums::all<E>()) {
            choices.append({Enums::label(value), Enums::key(value)});
        }
        return addFilterComboBox(objectName, toolTip, choices);
    }
    /// The count under the list: a numerus text ("%n partner(s)") marked with QT_TR_N_NOOP in the concrete view and
    /// translated in that view's context.
    void setCountText(const char* text) { m_countText = text; }
    /// A filter of another kind (a check box) after the filter combo boxes, above the list.
    void addFilterWidget(QWidget* widget);
    /// A button of the view's own under the list, before New.
    void addButton(QWidget* button);
    /// A widget right under the list (above the count and the buttons).
    void addBelowList(QWidget* widget);
    /// A bar right above the list (under the search and the filters).
    void addAboveList(QWidget* widget);
    QLineEdit* searchLineEdit() const { return m_search; }
    /// Shows `columns` side by side from visual position `position` on.
    void moveColumns(std::initializer_list<int> columns, int position);
    /// Refills a filter of records: `all` (data 0) first, then each record's name (data: its id), keeping the
    /// choice when the record is still there.
    static void refillFilter(QComboBox* combo, const QString& all, const QList<std::pair<QString, qint64>>& records);
    template<typename Record>
    static void refillFilter(QComboBox* combo, const QString& all, const QList<Record>& records)
    {
        QList<std::pair<QString, qint64>> named;
        named.reserve(records.size());
        for (const Record& record : records) {
            named.append({record.name, record.id});
        }
        refillFilter(combo, all, named);
    }

private:
    const char* m_countText = "";
    void updateCount();
    /// Widens every column whose title would be clipped.
    void fitHeaders();
    void updateButtons();

    QPointer<Document> m_document;
    LazyTableModel* m_model = nullptr;
    std::optional<qint64> m_wardFilter;
    QLineEdit* m_search;
    QHBoxLayout* m_filterLayout;
    QHBoxLayout* m_buttonLayout = nullptr;
    class QVBoxLayout* m_layout = nullptr;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_export;
    QTimer* m_debounce;
    QFrame* m_note;
    QLabel* m_noteLabel;
    std::function<void()> m_clearNote;
};
