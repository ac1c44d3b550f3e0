#pragma once

#include "report/ReportBuilder.h"

#include <QDialog>
#include <optional>

class Database;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

/// Chooses what to print for the council (a ward report for one or more wards, or the municipality overview),
/// the period, and whether names of residents may appear; then shows a print preview, prints, or saves a PDF.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Database& database, std::optional<qint64> wardId, QWidget* parent = nullptr);

    /// The request as the dialog's fields describe it.
    ReportRequest request() const;
    /// Builds the report; shows the reason and returns nullopt when that is not possible.
    std::optional<Report::Document> buildReport();

    void showPreview();
    void printReport();
    /// Saves a PDF to `path`, or asks for a path when it is empty. Returns true when written.
    bool savePdf(const QString& path = {});

private:
    void updateState();
    Database& m_database;
    QRadioButton* m_wardRadio;
    QRadioButton* m_overviewRadio;
    QListWidget* m_wardList;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QLineEdit* m_authorEdit;
    QCheckBox* m_namesCheck;
    QLabel* m_namesWarning;
    QLabel* m_message;
};
