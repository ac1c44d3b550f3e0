#pragma once

#include "core/report/ReportBuilder.h"

#include <QDate>
#include <QDialog>
#include <memory>
#include <optional>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class ReportRenderer;

/// Chooses what to print for the council (a ward report for one or more wards, or the municipality overview),
/// the period, and whether names of residents may appear; then shows a print preview, prints, or saves a PDF or an ODT.
/// The report is built and laid out once per choice, in the background behind a progress dialog with Cancel.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Database& database, std::optional<qint64> wardId, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// The request as the dialog's fields describe it.
    ReportRequest request() const;
    /// Stores the notes typed so far, then builds and lays out the report in the background (or reuses the one
    /// made for the same request). Shows the reason and returns null when that is not possible or was cancelled.
    ReportRenderer* prepare();

    void showPreview();
    void printReport();
    /// Saves a PDF to `path`, or asks for a path when it is empty. Returns true when written.
    bool savePdf(const QString& path = {});
    /// Saves an ODT to `path`, or asks for a path when it is empty. Returns true when written.
    bool saveOdt(const QString& path = {});

private:
    void updateState();
    QString askPath(const QString& suffix, const QString& filter);
    bool save(const QString& path, bool odt);
    void showWarnings(const QStringList& warnings);
    /// The notes editor offers the wards the report covers.
    void updateNoteWards();
    /// Stores the text of the ward and period the notes editor showed, then shows the chosen ward's text.
    void loadNote();
    /// Stores the text in the notes editor when it changed; shows the reason and returns false when refused.
    bool keepNote();

    /// Shows only the wards whose name or code contains `text`.
    void filterWards(const QString& text);
    Database& m_database;
    QRadioButton* m_wardRadio;
    QRadioButton* m_overviewRadio;
    QLineEdit* m_wardSearch;
    QListWidget* m_wardList;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QLineEdit* m_authorEdit;
    QCheckBox* m_namesCheck;
    QLabel* m_namesWarning;
    QLabel* m_message;
    QComboBox* m_noteWardCombo;
    QPlainTextEdit* m_noteEdit;
    qint64 m_noteWard = 0; ///< the ward and period whose text the notes editor shows, and that text as stored
    QDate m_noteFrom;
    QDate m_noteTo;
    QString m_noteStored;
    std::shared_ptr<ReportRenderer> m_renderer;
    std::optional<ReportRequest> m_rendered; ///< the request m_renderer was made for
    qint64 m_renderedWards = 0; ///< the ward sections of m_renderer's report (for the audit log)
};
