#pragma once

#include <QTableView>

class HoursGridModel;

/// The hours grid's table, keyboard-driven like a spreadsheet: typing a number starts editing the current cell,
/// Enter moves down and Tab right after an edit, Delete or Backspace clears the selected cells, Ctrl+C copies and
/// Ctrl+V pastes a block of tab-separated rows (as a spreadsheet copies it) starting at the current cell.
class HoursGridView final : public QTableView
{
    Q_OBJECT

public:
    explicit HoursGridView(QWidget* parent = nullptr);

    void setGridModel(HoursGridModel* model);
    HoursGridModel* gridModel() const { return m_model; }

    /// The selected cells as tab-separated text.
    QString selectionText() const;
    /// Pastes tab-separated text at the current cell as one undo step; false when refused (nothing written).
    bool pasteText(const QString& text);
    /// Clears the selected editable cells as one undo step.
    void clearSelectedCells();

public slots:
    void copy();
    void paste();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void moveTo(int row, int column);
    /// Enter (step 1) and Shift+Enter (step -1) from `from`: down the persons of a day, then on to the next day.
    void moveDown(const QModelIndex& from, int step);
    void fitColumns();
    /// Narrows the names (down to a minimum) so that every day and the total column fit the width when possible.
    void fitNames();
    HoursGridModel* m_model = nullptr;
    bool m_refused = false;
};
