#include "CsvActions.h"

#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/common/Inputs.h"
#include "ui/csv/CsvExportDialog.h"
#include "ui/csv/CsvImportDialog.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

/// The local .csv file among dropped URLs, or an empty string.
QString droppedCsv(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls()) {
        return {};
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".csv"_s, Qt::CaseInsensitive)) {
            return url.toLocalFile();
        }
    }
    return {};
}

} // namespace

CsvActions::CsvActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(tr("&Export..."), window))
    , m_import(new QAction(tr("&Import..."), window))
{
    m_export->setObjectName(u"exportCsvAction"_s);
    m_import->setObjectName(u"importCsvAction"_s);
    m_export->setStatusTip(tr("Export a table as CSV or as an Excel workbook (XLSX), for a spreadsheet"));
    m_import->setStatusTip(tr("Import wards, residents, initiatives or hours from a CSV file"));
    connect(m_export, &QAction::triggered, this, &CsvActions::exportTables);
    connect(m_import, &QAction::triggered, this, &CsvActions::chooseImportFile);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

void CsvActions::exportTables()
{
    if (Document* document = m_window->document()) {
        CsvExportDialog dialog(document->database(), m_window);
        if (dialog.exec() == QDialog::Accepted) {
            m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.writtenPath())),
                                               5000);
        }
    }
}

void CsvActions::chooseImportFile()
{
    if (!m_window->document()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import CSV"), Inputs::documentsFolder(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

void CsvActions::importFile(const QString& csvPath)
{
    Document* document = m_window->document();
    if (!document) {
        QMessageBox::information(m_window, tr("Import CSV"), tr("Open or create a database first, then import."));
        return;
    }
    if (document->database().isReadOnly()) {
        QMessageBox::information(m_window, tr("Import CSV"), tr("This database is open read-only."));
        return;
    }
    auto* dialog = new CsvImportDialog(*document, csvPath, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_window->statusBar()->showMessage(dialog->resultText(), 8000); });
    dialog->open();
    dialog->preview();
}

bool CsvActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (m_window->document() && !droppedCsv(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QString path = droppedCsv(drop->mimeData());
            if (!path.isEmpty()) {
                drop->acceptProposedAction();
                // After the drop has finished: the import runs a preview with its own event loop.
                QMetaObject::invokeMethod(
                    this, [this, path] { importFile(path); }, Qt::QueuedConnection);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
