#include "CsvImportDialog.h"

#include "core/Error.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvTables.h"
#include "core/storage/Database.h"
#include "ui/Document.h"
#include "ui/common/Background.h"
#include "ui/common/Palette.h"
#include "ui/csv/CsvExportDialog.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/// The header of a CSV file: its first row, read from the first 64 KB.
QStringList readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray head = file.read(64 * 1024);
    if (!file.atEnd()) {
        // Cut at a line end so that no UTF-8 sequence is cut in half.
        head.truncate(qMax(head.lastIndexOf('\n'), qsizetype(0)));
    }
    CsvReader reader(head);
    QStringList header;
    return reader.readRow(header) ? header : QStringList();
}

} // namespace

QString CsvImportDialog::guessTable(const QString& csvPath)
{
    const QStringList header = readHeader(csvPath);
    const QString base = QFileInfo(csvPath).completeBaseName().toLower();
    QString best;
    int bestScore = 0;
    for (const QString& table : CsvTables::importableTables()) {
        QSet<QString> keys;
        int unknown = 0;
        for (const QString& cell : header) {
            const QString key = CsvImporter::columnKey(table, cell);
            if (!key.isEmpty()) {
                keys.insert(key);
            } else if (!cell.trimmed().isEmpty()) {
                ++unknown;
            }
        }
        bool complete = true;
        for (const QString& key : CsvImporter::requiredColumns(table)) {
            complete = complete && keys.contains(key);
        }
        if (!complete) {
            continue;
        }
        // Every known column counts, an unknown one counts against; the file's name breaks a tie.
        const int score = 4 * (int(keys.size()) - unknown) + (base.contains(table) ? 2 : 0) + 1;
        if (score > bestScore) {
            bestScore = score;
            best = table;
        }
    }
    if (best.isEmpty()) {
        for (const QString& table : CsvTables::importableTables()) {
            if (base.startsWith(table)) {
                return table;
            }
        }
    }
    return best;
}

CsvImportDialog::CsvImportDialog(Document& document, const QString& csvPath, QWidget* parent)
    : QDialog(parent)
    , m_document(&document)
    , m_csvPath(csvPath)
    , m_table(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_problems(new QTableWidget(0, 3, this))
    , m_notices(new QTableWidget(0, 3, this))
    , m_rows(new QTableWidget(this))
    , m_columns(new QTableWidget(0, 2, this))
    , m_backup(new QCheckBox(tr("Make a &backup copy of the database first"), this))
    , m_message(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(csvPath).fileName()));
    m_table->setObjectName(u"tableComboBox"_s);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_problems->setObjectName(u"problemsTableWidget"_s);
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setTabKeyNavigation(false);
    m_dateOrder->setObjectName(u"dateOrderComboBox"_s);
    m_tabs->setObjectName(u"previewTabWidget"_s);
    m_notices->setObjectName(u"noticesTableWidget"_s);
    m_rows->setObjectName(u"rowsTableWidget"_s);
    m_columns->setObjectName(u"columnsTableWidget"_s);
    m_notices->setAccessibleName(tr("Notes to check"));
    m_rows->setAccessibleName(tr("Rows of the file"));
    m_columns->setAccessibleName(tr("Columns of the file"));
    for (QTableWidget* table : {m_notices, m_rows, m_columns}) {
        table->setTabKeyNavigation(false);
    }
    m_dateOrder->addItem(tr("Unknown: refuse dates that read two ways"), int(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (31/12/2026)"), int(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month first (12/31/2026)"), int(DateOrder::MonthDayYear));
    m_dateOrder->setToolTip(tr("Dates like 03/04/2026 read two ways. Say which order the file uses, or leave it "
                               "unknown and such dates are refused per cell."));
    m_backup->setObjectName(u"backupCheckBox"_s);
    m_message->setObjectName(u"messageLabel"_s);
    m_import->setObjectName(u"importButton"_s);

    for (const QString& table : CsvTables::importableTables()) {
        m_table->addItem(CsvExportDialog::tableLabel(table), table);
    }
    const QString guessed = guessTable(csvPath);
    if (!guessed.isEmpty()) {
        m_table->setCurrentIndex(m_table->findData(guessed));
    }
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_notices->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Note")});
    m_notices->horizontalHeader()->setStretchLastSection(true);
    m_notices->verticalHeader()->hide();
    m_notices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notices->setWordWrap(true);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Read as")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(m_notices, tr("Notes"));
    m_tabs->addTab(m_rows, tr("Rows"));
    m_tabs->addTab(m_columns, tr("Columns"));
    // A team database's backups are its server administrator's; the file's lie beside it.
    const bool onServer = m_document && m_document->database().isServer();
    m_backup->setChecked(!onServer);
    m_backup->setEnabled(!onServer);
    if (onServer) {
        m_backup->setToolTip(tr("The team database's backups are made on the server by its administrator."));
    }
    auto* note = new QLabel(tr("The import writes all rows in one go, or none when any row has a problem. It cannot "
                               "be undone with Edit > Undo: keep the backup copy if you may want to go back."),
                            this);
    note->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::Text::Error));

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(QDir::toNativeSeparators(csvPath), this));
    form->addRow(tr("&Table:"), m_table);
    form->addRow(tr("&Date order:"), m_dateOrder);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        m_columnMap.clear(); // the keys belong to the table
        preview();
    });
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &CsvImportDialog::preview);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(note);
    layout->addWidget(m_backup);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 560);
}

QString CsvImportDialog::table() const
{
    return m_table->currentData().toString();
}

void CsvImportDialog::setTable(const QString& table)
{
    m_table->setCurrentIndex(m_table->findData(table));
}

void CsvImportDialog::mapColumn(const QString& header, const QString& key)
{
    m_columnMap.insert(header, key);
    preview();
}

void CsvImportDialog::setDateOrder(DateOrder order)
{
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(order)));
}

bool CsvImportDialog::runImport(bool dryRun)
{
    if (!m_document) {
        return false;
    }
    const QString databasePath = m_document->filePath();
    try {
        // The worker's connection must find the file as the window's connection sees it.
        m_document->database().checkpoint();
    } catch (const Error& e) {
        m_message->setText(e.message());
        return false;
    }
    const QString csvPath = m_csvPath;
    const QString table = this->table();
    const QHash<QString, QString> columnMap = m_columnMap;
    const auto dateOrder = static_cast<DateOrder>(m_dateOrder->currentData().toInt());
    ImportReport report;
    const TaskResult<bool> outcome = Background::runWithProgress<bool>(
        this,
        dryRun ? tr("Checking %1...").arg(QFileInfo(csvPath).fileName())
               : tr("Importing %1...").arg(QFileInfo(csvPath).fileName()),
        [&report, databasePath, csvPath, table, dryRun, columnMap, dateOrder](TaskControl& control) {
            // In the worker thread, over its own connection; the window does not write meanwhile (the progress
            // dialog is modal), so this connection is the only writer.
            QFile file(csvPath);
            if (!file.open(QIODevice::ReadOnly)) {
                throw Error(CsvImportDialog::tr("Cannot read %1.").arg(QDir::toNativeSeparators(csvPath)),
                            file.errorString());
            }
            auto db = Database::open(databasePath);
            ImportOptions options;
            options.dryRun = dryRun;
            options.progress = control.callback();
            options.columnMap = columnMap;
            options.dateOrder = dateOrder;
            report = CsvImporter::import(*db, table, file, options);
            return true;
        });
    if (outcome.cancelled) {
        m_message->setText(dryRun ? tr("Check cancelled.") : tr("Import cancelled; nothing was written."));
        return false;
    }
    if (!outcome.ok()) {
        m_message->setText(outcome.error->detail().isEmpty()
                               ? outcome.error->message()
                               : outcome.error->message() + u"\n"_s + outcome.error->detail());
        return false;
    }
    m_report = report;
    return true;
}

void CsvImportDialog::preview()
{
    m_message->clear();
    m_previewed = runImport(true);
    if (!m_previewed) {
        m_report = ImportReport {};
    }
    showReport();
}

void CsvImportDialog::showReport()
{
    const ImportReport& r = m_report;
    if (m_previewed) {
        QString text = tr("Format: %1, encoding %2 (detected). Rows read: %3. New: %4. Already present (not added "
                          "again): %5.")
                           .arg(r.dialect == CsvDialect::ExcelNl ? tr("Excel (Dutch)") : tr("RFC 4180"),
                                CsvReader::encodingName(r.encoding))
                           .arg(r.rowsRead)
                           .arg(r.rowsNew)
                           .arg(r.presentRows.size());
        if (!r.mergedRows.isEmpty()) {
            text += u' ' + tr("Added to the day total of an earlier row: %1.").arg(r.mergedRows.size());
        }
        if (!r.repeatedRows.isEmpty()) {
            text += u' ' + tr("Repeated within the file (stored once): %1.").arg(r.repeatedRows.size());
        }
        if (!r.notices.isEmpty()) {
            text += u' ' + tr("%n note(s) to check.", nullptr, int(r.notices.size()));
        }
        if (r.problemCount > 0) {
            text += u' '
                + tr("%n problem(s): nothing will be imported until the file is corrected.", nullptr, r.problemCount);
        } else if (r.rowsNew == 0) {
            text += u' ' + tr("There is nothing new to import.");
        }
        m_summary->setText(text);
    } else {
        m_summary->clear();
    }
    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const CsvProblem& p = r.problems.at(i);
        auto* row = new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : tr("file"));
        row->setData(Qt::UserRole, p.row);
        m_problems->setItem(i, 0, row);
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_notices->setRowCount(int(r.notices.size()));
    for (int i = 0; i < r.notices.size(); ++i) {
        const CsvProblem& p = r.notices.at(i);
        auto* row = new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : tr("file"));
        row->setData(Qt::UserRole, p.row);
        m_notices->setItem(i, 0, row);
        m_notices->setItem(i, 1, new QTableWidgetItem(p.column));
        m_notices->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_notices->resizeColumnToContents(0);
    m_notices->resizeColumnToContents(1);
    m_tabs->setTabText(m_tabs->indexOf(m_problems), tr("Problems (%1)").arg(r.problemCount));
    m_tabs->setTabText(m_tabs->indexOf(m_notices), tr("Notes (%1)").arg(r.notices.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_rows), tr("Rows (%1)").arg(r.rowsRead));
    showRows();
    showColumns();
    m_tabs->setCurrentWidget(r.problemCount > 0         ? static_cast<QWidget*>(m_problems)
                                 : !r.notices.isEmpty() ? static_cast<QWidget*>(m_notices)
                                                        : static_cast<QWidget*>(m_rows));
    m_import->setEnabled(m_previewed && r.ok() && r.rowsNew > 0);
}

void CsvImportDialog::showRows()
{
    const ImportReport& r = m_report;
    QStringList headers {tr("Row"), tr("Status")};
    for (const ImportColumn& c : r.columns) {
        headers << c.header;
    }
    m_rows->clear();
    m_rows->setColumnCount(int(headers.size()));
    m_rows->setHorizontalHeaderLabels(headers);
    m_rows->setRowCount(int(r.rows.size()));
    QHash<int, QStringList> problemsOf;
    for (const CsvProblem& p : r.problems) {
        problemsOf[p.row] << (p.column.isEmpty() ? p.message : tr("%1: %2").arg(p.column, p.message));
    }
    for (int i = 0; i < r.rows.size(); ++i) {
        const ImportPreviewRow& row = r.rows.at(i);
        QString status;
        switch (row.status) {
        case ImportPreviewRow::Status::New:
            status = tr("new");
            break;
        case ImportPreviewRow::Status::Merged:
            status = tr("added to an earlier row's day");
            break;
        case ImportPreviewRow::Status::Present:
            status = tr("already present");
            break;
        case ImportPreviewRow::Status::Repeated:
            status = tr("repeated in the file");
            break;
        case ImportPreviewRow::Status::Problem:
            status = tr("problem");
            break;
        }
        m_rows->setItem(i, 0, new QTableWidgetItem(QString::number(row.row)));
        auto* statusItem = new QTableWidgetItem(status);
        if (row.status == ImportPreviewRow::Status::Problem) {
            statusItem->setForeground(QColor(0xb2, 0x22, 0x00));
            statusItem->setToolTip(problemsOf.value(row.row).join(u'\n'));
        }
        m_rows->setItem(i, 1, statusItem);
        for (int c = 0; c < row.cells.size() && c + 2 < headers.size(); ++c) {
            m_rows->setItem(i, c + 2, new QTableWidgetItem(CsvReader::elided(row.cells.at(c), 80)));
        }
    }
    m_rows->resizeColumnsToContents();
}

void CsvImportDialog::showColumns()
{
    const ImportReport& r = m_report;
    const QList<QPair<QString, QString>> keys = CsvImporter::mappableColumns(table());
    m_columns->setRowCount(int(r.columns.size()));
    for (int i = 0; i < r.columns.size(); ++i) {
        const ImportColumn& column = r.columns.at(i);
        m_columns->setItem(i, 0, new QTableWidgetItem(column.header.isEmpty() ? tr("(no name)") : column.header));
        auto* choice = new QComboBox(m_columns);
        choice->setObjectName(u"columnMapComboBox"_s);
        choice->setAccessibleName(tr("Read column %1 as").arg(column.header));
        if (column.key.isEmpty() && !column.ignored) {
            choice->addItem(tr("Unknown: choose a column or ignore it"), QString());
        }
        choice->addItem(tr("Ignore this column"), ImportOptions::IgnoreColumn);
        for (const auto& [key, label] : keys) {
            choice->addItem(label == key ? key : tr("%1 (%2)").arg(label, key), key);
        }
        choice->setCurrentIndex(column.ignored ? choice->findData(ImportOptions::IgnoreColumn)
                                               : qMax(0, choice->findData(column.key)));
        choice->setEnabled(!column.header.isEmpty());
        const QString header = column.header;
        connect(choice, &QComboBox::activated, this, [this, choice, header] {
            const QString key = choice->currentData().toString();
            if (!key.isEmpty()) {
                mapColumn(header, key);
            }
        });
        m_columns->setCellWidget(i, 1, choice);
    }
    m_columns->resizeColumnToContents(0);
}

bool CsvImportDialog::importNow()
{
    if (!m_document || !m_previewed || !m_report.ok()) {
        return false;
    }
    m_message->clear();
    if (m_backup->isChecked()) {
        const QFileInfo info(m_document->filePath());
        const QString folder = info.absolutePath() + u"/backups"_s;
        const QString out = folder + u'/' + info.completeBaseName() + u"-before-import-"_s
            + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".wijkregie"_s;
        try {
            QDir().mkpath(folder);
            m_document->database().backupTo(out);
        } catch (const Error& e) {
            m_message->setText(tr("No backup could be made, so nothing was imported: %1").arg(e.message()));
            return false;
        }
    }
    const bool ok = runImport(false);
    showReport();
    if (!ok || !m_report.written) {
        if (ok) {
            m_message->setText(tr("The file was refused; nothing was written."));
        }
        return false;
    }
    m_result
        = tr("%n row(s) imported into %1.", nullptr, m_report.rowsNew).arg(CsvExportDialog::tableLabel(m_report.table));
    for (const Document::Kind kind : {Document::Kind::Wards, Document::Kind::Initiatives, Document::Kind::Persons}) {
        m_document->notifyChanged(kind);
    }
    return true;
}
