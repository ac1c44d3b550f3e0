#pragma once

#include "core/csv/CsvDialect.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class Database;
class LazyTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

/// File > Export: a whole table of the database (DESIGN.md's tables), or, from a list, the list as shown (its
/// columns, search, filters and sort). Chooses the format (CSV excel-nl by default, CSV rfc4180, or an Excel
/// workbook: XLSX with typed cells), whether personal data goes in (off by default, with a warning) and the file.
/// The file is written to a temporary name and renamed at the end.
class CsvExportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Exports a table of `database` (in a worker thread, over its own connection to the same file).
    explicit CsvExportDialog(Database& database, QWidget* parent = nullptr);
    /// Exports the rows of `model` as the list shows them; `name` names the list (file name, title). An export with
    /// personal data is recorded in the audit log of `database`.
    CsvExportDialog(LazyTableModel& model, const QString& name, Database& database, QWidget* parent = nullptr);
    /// The same without a database: personal data cannot be recorded in an audit log, so the option is off.
    CsvExportDialog(LazyTableModel& model, const QString& name, QWidget* parent = nullptr);

    /// How the export and import dialogs name a table ("persons": "Residents"); the table's own name when unknown.
    static QString tableLabel(const QString& table);

    /// Writes the file as the fields say; shows the reason in the dialog and returns false when it cannot.
    bool exportNow();
    /// The file written by the last successful exportNow().
    QString writtenPath() const { return m_written; }
    /// What the last export wrote but Excel will not show (cells longer than Excel shows); empty when none.
    QString warnings() const { return m_warnings; }

    void accept() override;

private:
    CsvExportDialog(Database* database, LazyTableModel* model, const QString& name, QWidget* parent);
    void updateState();
    void browse();
    CsvDialect dialect() const;
    /// True when the format chosen is an Excel workbook (XLSX) rather than CSV.
    bool xlsx() const;
    QString suffix() const;
    QString table() const;
    bool exportTable(const QString& path);
    bool exportList(const QString& path);

    /// Records an export with personal data (`rows` records) in the audit log; removes the file and says so when
    /// that fails.
    bool recordPersonalExport(const QString& path, const QString& entity, std::optional<qint64> rows);
    Database* m_database;
    QPointer<LazyTableModel> m_model;
    QString m_name;
    QString m_written;
    QString m_warnings;
    QComboBox* m_table;
    QComboBox* m_dialect;
    QCheckBox* m_personal;
    QLabel* m_personalWarning;
    QLineEdit* m_file;
    QLabel* m_message;
};
