#pragma once

#include <QObject>

class MainWindow;
class QAction;

/// The CSV part of the main window: File > Export and File > Import, and a .csv file dropped on the window, which
/// opens the import for it.
class CsvActions final : public QObject
{
    Q_OBJECT

public:
    explicit CsvActions(MainWindow* window);

    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }

    void exportTables();
    void chooseImportFile();
    /// Opens the import dialog for a CSV file (window-modal, not blocking), with a preview already made.
    void importFile(const QString& csvPath);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainWindow* m_window;
    QAction* m_export;
    QAction* m_import;
};
