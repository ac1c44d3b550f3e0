#pragma once

#include <QDialog>

class AuditModel;
class Document;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

/// The audit log to read (BIO 8.15): every change, erasure, export and report with personal data, filtered by
/// period, account, entity and action, newest last; exportable as CSV (that export is logged too).
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(Document& document, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    /// Applies the filter fields; false (with the reason shown) when a date cannot be read.
    bool applyFilter();
    /// Writes the filtered entries as CSV (excel-nl) to `path` and records that in the audit log. Throws Error.
    void exportTo(const QString& path);

private:
    Document& m_document;
    AuditModel* m_model;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QComboBox* m_user;
    QComboBox* m_entity;
    QComboBox* m_action;
    QTableView* m_table;
    QLabel* m_count;
};
