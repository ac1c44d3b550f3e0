#pragma once

#include "core/csv/CsvImporter.h"

#include <QDialog>
#include <QPointer>

class Document;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

/// File > Import, or a CSV file dropped on the window: which table, then a preview from a dry run (dialect and
/// encoding, rows read, new, already present and repeated; the problems per row and column, the notes such as
/// possible duplicate persons, the rows themselves with their status, and the file's columns, each of which can be
/// mapped to a column key or ignored; the order of dates like 03/04/2026), then Import, which writes all rows in one
/// transaction or none. Import is disabled while there is a problem. The import is not on the undo stack; the
/// dialog offers a backup copy first.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(Document& document, const QString& csvPath, QWidget* parent = nullptr);

    /// The importable table the file's header (or name) suggests; empty when none fits.
    static QString guessTable(const QString& csvPath);

    /// Checks the file against the chosen table in a dry run and shows the outcome.
    void preview();
    /// Makes the backup when asked, imports, and refreshes the lists. Shows the reason and returns false when
    /// nothing was written.
    bool importNow();

    QString table() const;
    void setTable(const QString& table);
    /// Reads a column of the file as `key` (ImportOptions::IgnoreColumn leaves it out) and previews again.
    void mapColumn(const QString& header, const QString& key);
    /// The order of dates like 03/04/2026, and previews again.
    void setDateOrder(DateOrder order);
    /// The last preview's or import's report.
    const ImportReport& report() const { return m_report; }
    /// What the import did, for the status bar.
    QString resultText() const { return m_result; }

private:
    bool runImport(bool dryRun);
    void showReport();
    void showColumns();
    void showRows();

    QPointer<Document> m_document;
    QString m_csvPath;
    ImportReport m_report;
    bool m_previewed = false;
    QString m_result;
    QHash<QString, QString> m_columnMap;
    QComboBox* m_table;
    QComboBox* m_dateOrder;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTableWidget* m_problems;
    QTableWidget* m_notices;
    QTableWidget* m_rows;
    QTableWidget* m_columns;
    QCheckBox* m_backup;
    QLabel* m_message;
    QPushButton* m_import;
};
