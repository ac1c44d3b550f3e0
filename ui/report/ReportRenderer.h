#pragma once

#include "report/ReportData.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;
class ChartObjectHandler;

/// Renders a council report (Report::Document) onto a printer or a PDF: A4 portrait, a cover page, then the
/// sections with a header and footer on every page (ward, period, print date, "page n of m"). Charts are painted
/// as vectors through a text object handler inside the QTextDocument.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(Report::Document report);
    ~ReportRenderer();
    Q_DISABLE_COPY_MOVE(ReportRenderer)

    /// Lays the report out for the device and paints every page. Returns the number of pages.
    int print(QPagedPaintDevice& device);
    /// Writes the report as a PDF/A-1b file with title, author and creation date. Throws Error on failure.
    void writePdf(const QString& path);

    /// The report's HTML body, for tests and for copying into another program.
    QString toHtml();

private:
    void build(QPagedPaintDevice& device);
    Report::Document m_report;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ChartObjectHandler> m_charts;
};
