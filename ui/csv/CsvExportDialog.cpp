#include "CsvExportDialog.h"

#include "core/Cancelled.h"
#include "core/Error.h"
#include "core/csv/CsvExporter.h"
#include "core/csv/CsvTables.h"
#include "core/csv/XlsxExporter.h"
#include "core/io/SafeOutput.h"
#include "core/io/XlsxWriter.h"
#include "core/privacy/PersonalDataUse.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "ui/common/Background.h"
#include "ui/common/Inputs.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool hasPersonalColumns(const LazyTableModel& model)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.isPersonalColumn(c)) {
            return true;
        }
    }
    return false;
}

} // namespace

CsvExportDialog::CsvExportDialog(Database& database, QWidget* parent)
    : CsvExportDialog(&database, nullptr, {}, parent)
{
}

CsvExportDialog::CsvExportDialog(LazyTableModel& model, const QString& name, Database& database, QWidget* parent)
    : CsvExportDialog(&database, &model, name, parent)
{
}

CsvExportDialog::CsvExportDialog(LazyTableModel& model, const QString& name, QWidget* parent)
    : CsvExportDialog(nullptr, &model, name, parent)
{
}

CsvExportDialog::CsvExportDialog(Database* database, LazyTableModel* model, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_model(model)
    , m_name(name)
    , m_table(new QComboBox(this))
    , m_dialect(new QComboBox(this))
    , m_personal(new QCheckBox(tr("With &personal data (names and contact details)"), this))
    , m_personalWarning(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(model ? tr("Export list") : tr("Export"));
    m_table->setObjectName(u"tableComboBox"_s);
    m_dialect->setObjectName(u"dialectComboBox"_s);
    m_personal->setObjectName(u"personalDataCheckBox"_s);
    m_personalWarning->setObjectName(u"personalDataWarningLabel"_s);
    m_file->setObjectName(u"fileLineEdit"_s);
    m_message->setObjectName(u"messageLabel"_s);

    for (const QString& table : CsvTables::exportableTables()) {
        m_table->addItem(tableLabel(table), table);
    }
    m_dialect->addItem(tr("Excel (Dutch): semicolons, decimal comma, dd-mm-yyyy"),
                       Csv::dialectKey(CsvDialect::ExcelNl));
    m_dialect->addItem(tr("RFC 4180: commas, decimal point, ISO dates, stable keys"),
                       Csv::dialectKey(CsvDialect::Rfc4180));
    m_dialect->addItem(tr("Excel workbook (XLSX): text stays text, dates and euros typed"), u"xlsx"_s);
    m_personal->setChecked(false);
    m_personalWarning->setWordWrap(true);
    m_personalWarning->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    m_personalWarning->setText(tr("The file will contain residents' names and contact details. Share it only with "
                                  "those who may see them, store it safely and delete it when it is no longer needed "
                                  "(AVG). Without this option, residents appear as a pseudonym (P-12)."));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::Text::Error));

    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(u"browseButton"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    if (model) {
        m_table->hide();
        form->addRow(new QLabel(tr("The list “%1” as shown: its columns, search, filters and sort (%n row(s)).",
                                   nullptr, model->totalCount())
                                    .arg(name),
                                this));
    } else {
        form->addRow(tr("&Table:"), m_table);
    }
    form->addRow(tr("&Format:"), m_dialect);
    form->addRow(QString(), m_personal);
    form->addRow(QString(), m_personalWarning);
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"exportButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    connect(m_table, &QComboBox::currentIndexChanged, this, &CsvExportDialog::updateState);
    connect(m_personal, &QCheckBox::toggled, this, &CsvExportDialog::updateState);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &CsvExportDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateState();
    resize(560, sizeHint().height());
}

CsvDialect CsvExportDialog::dialect() const
{
    return Csv::dialectFromKey(m_dialect->currentData().toString()).value_or(CsvDialect::ExcelNl);
}

bool CsvExportDialog::xlsx() const
{
    return m_dialect->currentData().toString() == u"xlsx"_s;
}

QString CsvExportDialog::suffix() const
{
    return xlsx() ? u".xlsx"_s : u".csv"_s;
}

QString CsvExportDialog::table() const
{
    return m_table->currentData().toString();
}

void CsvExportDialog::updateState()
{
    // Personal data only where it can be recorded in the audit log (BIO 8.15).
    const bool personal
        = m_database && (m_model ? hasPersonalColumns(*m_model) : table() == u"persons"_s || table() == u"partners"_s);
    m_personal->setEnabled(personal);
    if (!personal) {
        m_personal->setChecked(false);
    }
    m_personalWarning->setVisible(m_personal->isChecked());
    // Suggest a file name in the documents folder, until the user has chosen one.
    if (m_file->text().isEmpty() || !m_file->isModified()) {
        const QString folder = Inputs::documentsFolder();
        // A Dutch file name: the list's name as shown ("initiatieven"), or the table's.
        QString base = (m_model ? m_name : tableLabel(table())).toLower();
        base.remove(u'(').remove(u')').remove(u'/').replace(u' ', u'-');
        m_file->setText(QDir::toNativeSeparators(folder + u'/' + base + u'-'
                                                 + QDate::currentDate().toString(Qt::ISODate) + suffix()));
        m_file->setModified(false);
    } else {
        // A name the user chose keeps its folder and name; only a .csv or .xlsx ending follows the format.
        const QString name = m_file->text();
        for (const QString& other : {u".csv"_s, u".xlsx"_s}) {
            if (other != suffix() && name.endsWith(other, Qt::CaseInsensitive)) {
                m_file->setText(name.left(name.size() - other.size()) + suffix());
                m_file->setModified(true); // still the user's name (setText cleared the flag)
            }
        }
    }
}

void CsvExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_file->text(),
                                                      xlsx() ? tr("Excel workbooks (*.xlsx);;All files (*)")
                                                             : tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
        m_file->setModified(true);
    }
}

void CsvExportDialog::accept()
{
    if (exportNow()) {
        if (!m_warnings.isEmpty()) {
            // Written, but Excel will not show all of it: said before the dialog closes, never silently.
            QMessageBox::warning(this, tr("Export for Excel"), m_warnings);
        }
        QDialog::accept();
    }
}

bool CsvExportDialog::exportNow()
{
    m_message->clear();
    m_warnings.clear();
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_message->setText(tr("Choose the file to write."));
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += suffix();
    }
    if (QFileInfo(path).isDir() || !QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        m_message->setText(tr("The folder of %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const bool ok = m_model ? exportList(path) : exportTable(path);
    if (ok) {
        m_written = path;
    }
    return ok;
}

bool CsvExportDialog::exportTable(const QString& path)
{
    ExportOptions options;
    options.dialect = dialect();
    options.withPersonalData = m_personal->isChecked();
    if (!m_database) {
        return false;
    }
    const QString table = this->table();
    const QString databasePath = m_database->path();
    const bool workbook = xlsx();
    const QString sheet = tableLabel(table);
    try {
        m_database->checkpoint();
    } catch (const Error& e) {
        m_message->setText(e.message());
        return false;
    }
    struct Written
    {
        QStringList warnings;
        qint64 rows = 0;
    };
    const TaskResult<Written> outcome = Background::runWithProgress<Written>(
        this, tr("Exporting %1...").arg(tableLabel(table)), [=](TaskControl& control) {
            // In the worker thread: its own read-only connection (WAL lets it read beside the window's).
            Database::Options openOptions;
            openOptions.access = Database::Access::ReadOnly;
            auto db = Database::open(databasePath, openOptions);
            SafeOutput::Options outputOptions;
            outputOptions.protectedFiles = {databasePath};
            outputOptions.content
                = options.withPersonalData ? OutputContent::PersonalData : OutputContent::NoPersonalData;
            Written written;
            ExportOptions withProgress = options;
            withProgress.progress = control.callback();
            withProgress.rowsWritten = &written.rows;
            if (workbook) {
                SafeOutput::saveByPath(path, outputOptions, [&](const QString& temporaryPath) {
                    XlsxExporter::exportTable(*db, table, temporaryPath, withProgress, sheet);
                });
                return written;
            }
            SafeOutput save(path, outputOptions);
            save.open();
            written.warnings = CsvExporter::exportTable(*db, table, save, withProgress);
            save.commit();
            return written;
        });
    if (outcome.ok() && options.withPersonalData && !recordPersonalExport(path, table, outcome.value.rows)) {
        // recordPersonalExport said why.
        return false;
    }
    if (outcome.cancelled) {
        m_message->setText(tr("Export cancelled; no file was written."));
    } else if (!outcome.ok()) {
        m_message->setText(outcome.error->detail().isEmpty()
                               ? outcome.error->message()
                               : outcome.error->message() + u"\n"_s + outcome.error->detail());
    } else {
        m_warnings = outcome.value.warnings.join(u"\n"_s);
    }
    return outcome.ok();
}

bool CsvExportDialog::recordPersonalExport(const QString& path, const QString& entity, std::optional<qint64> rows)
{
    if (!m_database) {
        // Not reached (the option is off without a database); never an unlogged file with personal data.
        QFile::remove(path);
        m_message->setText(tr("Personal data can only be exported where the export is recorded in the audit log."));
        return false;
    }
    try {
        PersonalDataUse::record(*m_database, {entity, AuditLog::Export, rows, path});
    } catch (const Error& e) {
        m_message->setText(e.message()); // the file is gone again, and it says why
        return false;
    }
    return true;
}

bool CsvExportDialog::exportList(const QString& path)
{
    if (!m_model) {
        return false;
    }
    LazyTableModel& model = *m_model;
    const bool withPersonalData = m_personal->isChecked();
    // The columns on screen, labelled as on screen; personal ones give way to one pseudonym column.
    QList<CsvColumn> columns;
    QList<int> sources; // model column per CSV column; -1 for the pseudonym
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.isPersonalColumn(c) && !withPersonalData) {
            if (!sources.contains(-1)) {
                columns << CsvColumn {tr("Pseudonym"), tr("Pseudonym"), CsvType::Text, {}};
                sources << -1;
            }
            continue;
        }
        const QString label = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        columns << CsvColumn {label, label, model.exportType(c), {}};
        sources << c;
    }
    QProgressDialog progress(tr("Exporting the list..."), tr("Cancel"), 0, qMax(1, model.totalCount()), this);
    progress.setObjectName(u"csvProgressDialog"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    // Pages from the repository, not row by row through the view; between pages the window repaints and Cancel
    // gets its click (the progress dialog is modal, so the list cannot change meanwhile). False when cancelled.
    qint64 written = 0;
    const auto writeRows = [&](const std::function<void(const QVariantList&)>& write) {
        int done = 0;
        written = 0;
        QVariantList cells(columns.size());
        return model.exportRows(1000, [&](const QList<qint64>& ids, const QList<QVariantList>& rows) {
            for (qsizetype r = 0; r < rows.size(); ++r) {
                for (qsizetype i = 0; i < sources.size(); ++i) {
                    const int c = sources.at(i);
                    cells[i] = c < 0 ? QVariant(u"P-"_s + QString::number(ids.at(r))) : rows.at(r).at(c);
                }
                write(cells);
            }
            done += int(rows.size());
            written = done;
            progress.setValue(qMin(done, progress.maximum()));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    };
    try {
        SafeOutput::Options outputOptions;
        if (m_database) {
            outputOptions.protectedFiles = {m_database->path()};
        }
        outputOptions.content = withPersonalData ? OutputContent::PersonalData : OutputContent::NoPersonalData;
        if (xlsx()) {
            XlsxWriter::checkRowCount(model.totalCount()); // before the work, and again row by row
            SafeOutput::saveByPath(path, outputOptions, [&](const QString& temporaryPath) {
                XlsxWriter writer(temporaryPath, m_name);
                writer.writeHeader(columns);
                if (!writeRows([&](const QVariantList& cells) { writer.writeRow(cells); })) {
                    throw Cancelled();
                }
                writer.close();
            });
        } else {
            if (dialect() == CsvDialect::ExcelNl && model.totalCount() > CsvWriter::ExcelMaxRows - 1) {
                throw CsvWriter::excelRowLimitError(model.totalCount()); // before the work, and again row by row
            }
            SafeOutput save(path, outputOptions);
            save.open();
            CsvWriter writer(save, dialect());
            writer.writeHeader(columns);
            if (!writeRows([&](const QVariantList& cells) { writer.writeRow(cells); })) {
                throw Cancelled();
            }
            writer.flush();
            save.commit();
            m_warnings = writer.excelWarnings().join(u"\n"_s);
        }
    } catch (const Cancelled&) {
        m_message->setText(tr("Export cancelled; no file was written."));
        return false;
    } catch (const Error& e) {
        m_message->setText(e.detail().isEmpty() ? e.message() : e.message() + u"\n"_s + e.detail());
        return false;
    }
    // The entity: the list's name as the user sees it is translated; the audit log keeps stable keys.
    return !withPersonalData || recordPersonalExport(path, u"list"_s, written);
}

QString CsvExportDialog::tableLabel(const QString& table)
{
    static const QHash<QString, const char*> labels {
        {u"wards"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Wards")},
        {u"initiatives"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Initiatives")},
        {u"persons"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Residents")},
        {u"involvements"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Involvements")},
        {u"activities"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Activities (hours)")},
        {u"critical_roles"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Critical roles")},
        {u"partners"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Partners")},
        {u"agreements"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Agreements")},
        {u"kpis"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "KPIs")},
        {u"kpi_measurements"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "KPI measurements")},
        {u"goals"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Ward goals")},
        {u"goal_measurements"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Ward goal measurements")},
        {u"participation"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Participation")},
        {u"needs"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Needs (support map)")},
        {u"offers"_s, QT_TRANSLATE_NOOP("CsvExportDialog", "Offers (support map)")}};
    const char* label = labels.value(table);
    return label ? QCoreApplication::translate("CsvExportDialog", label) : table;
}
