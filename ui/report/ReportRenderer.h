#pragma once

#include "core/io/SafeOutput.h"
#include "core/report/ReportData.h"
#include "ui/report/ReportContent.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPdfWriter;
class QObject;
class QPaintDevice;
class QThread;
class QPainter;
class QTextDocument;
class QTextLayout;
class QRectF;

/// Renders a council report (Report::Document) onto a printer, a PDF/A-1b file or an ODT file. The report is laid
/// out once, section by section (cover, overview, each ward), against a fixed 300-dpi reference, and cut into pages
/// by hand: every page is drawn from documents of its own, so no coordinate grows with the page number; tables
/// break between rows and repeat their header row; a heading never ends a page; the page header names the ward
/// whose section the page belongs to. Printing, the preview and the PDF show the same pages.
///
/// layout() may run on a worker thread; print() and the writers may then run on any other: the text is laid out
/// and painted on a thread of the renderer's own (a text layout keeps the font engines of its thread), so nothing is
/// laid out twice. Called on the main thread, everything happens there.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    /// Called now and then with 0..100; returning false cancels (Cancelled is thrown).
    using Progress = std::function<bool(int percent)>;

    explicit ReportRenderer(Report::Document report);
    ~ReportRenderer();
    Q_DISABLE_COPY_MOVE(ReportRenderer)

    /// Lays the report out (once; later calls do nothing). Throws Cancelled when `progress` returns false.
    void layout(const Progress& progress = {});
    /// The number of pages; lays out first when needed.
    int pageCount();
    /// The ward (or the overview) that the page header names on each page, in page order; empty for the cover.
    QStringList pageHeaders();
    /// Texts the report's font cannot show, each naming its record; known after layout().
    QStringList warnings();
    /// How many block documents have been laid out so far (once each by layout(); printing lays out none again
    /// unless the report was laid out on the main thread and is printed on another).
    int documentsLaidOut() const { return m_documentsLaidOut; }

    /// Paints every page onto the device (any resolution; A4 portrait, full page). Returns the number of pages.
    int print(QPagedPaintDevice& device, const Progress& progress = {});
    /// Files the output must never be (the database the report was made from); see SafeOutput.
    void setProtectedFiles(const QStringList& files);
    /// Throws Error when `path` may not be written (the database, a folder, a missing folder); cheap, for asking
    /// before the work.
    void checkTarget(const QString& path) const;
    /// Writes the report as a PDF/A-1b file with title, author and one creation date in the Info dictionary and
    /// the XMP metadata, through SafeOutput (complete or not at all; owner-only when it holds names). Throws Error on
    /// failure, Cancelled when cancelled; then `path` is as it was.
    void writePdf(const QString& path, const Progress& progress = {});
    /// Writes the report as an OpenDocument text (the same sections, headings, tables and charts as images) for
    /// editing in LibreOffice or Word, through SafeOutput. Throws Error on failure.
    void writeOdt(const QString& path);

    /// The whole report as one HTML text, for tests and for copying into another program.
    QString toHtml();

private:
    struct Placed;
    struct Page;
    SafeOutput::Options outputOptions() const;
    void buildPages(const Progress& progress);
    double rowCut(QPaintDevice& reference) const;
    QList<std::shared_ptr<Page>> layoutSection(const ReportContent::Section& section, QPaintDevice& reference,
                                               double cut) const;
    std::unique_ptr<QTextDocument> newDocument(const QString& html, QPaintDevice* reference = nullptr) const;
    /// Runs `work` on the renderer's own thread when it has one (waiting for it, its exception rethrown here),
    /// otherwise here.
    void onTextThread(const std::function<void()>& work);
    int printHere(QPagedPaintDevice& device, const Progress& progress);
    void paintPage(QPainter& painter, int index, double scale);
    void drawRepeated(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const QString& text);
    QTextDocument* wholeDocument(bool withCharts);

    Report::Document m_report;
    QList<ReportContent::Section> m_sections;
    QStringList m_warnings;
    std::shared_ptr<QPdfWriter> m_reference; ///< the 300-dpi device every block is laid out against
    QThread* m_layoutThread = nullptr; ///< where the blocks were laid out
    std::unique_ptr<QThread> m_textThread; ///< the renderer's own thread, when layout() was called off the main one
    QObject* m_textContext = nullptr; ///< lives in m_textThread
    mutable std::atomic<int> m_documentsLaidOut {0};
    QList<std::shared_ptr<QTextDocument>> m_retired; ///< blocks made on another thread, replaced
    QList<std::shared_ptr<Page>> m_pages;
    QStringList m_protectedFiles;
    bool m_laidOut = false;
    std::unique_ptr<QTextDocument> m_whole;
    /// The header and footer texts that repeat on the pages, laid out once per print() on its thread.
    QHash<QString, std::shared_ptr<QTextLayout>> m_repeated;
};
