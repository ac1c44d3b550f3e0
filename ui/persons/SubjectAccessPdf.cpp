#include "SubjectAccessPdf.h"

#include "core/Error.h"
#include "core/io/SafeOutput.h"
#include "ui/report/ReportContent.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

QString SubjectAccessPdf::fileName()
{
    return u"subject-access.pdf"_s;
}

QString SubjectAccessPdf::html(const SubjectAccessExport& data, const QString& municipality)
{
    QString html = u"<h1>"_s + tr("Subject access request (AVG art. 15)").toHtmlEscaped() + u"</h1>"_s;
    html += u"<p>"_s
        + tr("All records that %1 holds about %2 (resident number %3), made on %4. The CSV files beside this "
             "document hold the same records for use in a spreadsheet.")
              .arg(municipality.toHtmlEscaped(), data.name.toHtmlEscaped())
              .arg(data.personId)
              .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
        + u"</p>"_s;
    for (const SubjectAccessTable& table : data.tables) {
        html += u"<h2>"_s + table.title.toHtmlEscaped() + u"</h2>"_s;
        if (table.rows.isEmpty()) {
            html += u"<p>"_s + tr("None.").toHtmlEscaped() + u"</p>"_s;
            continue;
        }
        html += u"<p>"_s + tr("%n record(s), file %1", nullptr, int(table.rows.size())).arg(table.fileName) + u"</p>"_s;
        // Wide tables (the person's own row) read better turned: one line per field.
        if (table.rows.size() == 1 && table.headers.size() > 6) {
            QList<QStringList> lines;
            for (qsizetype i = 0; i < table.headers.size(); ++i) {
                lines << QStringList {table.headers.at(i).toHtmlEscaped(),
                                      table.rows.constFirst().value(i).toHtmlEscaped()};
            }
            html += ReportContent::tableHtml({tr("Field").toHtmlEscaped(), tr("Value").toHtmlEscaped()}, lines,
                                             {35, 65});
            continue;
        }
        QStringList headers;
        for (const QString& h : table.headers) {
            headers << h.toHtmlEscaped();
        }
        QList<QStringList> rows;
        for (const QStringList& row : table.rows) {
            QStringList cells;
            for (const QString& c : row) {
                cells << c.toHtmlEscaped();
            }
            rows << cells;
        }
        QList<int> widths;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            widths << int(100 / qMax<qsizetype>(1, headers.size()));
        }
        html += ReportContent::tableHtml(headers, rows, widths);
    }
    return html;
}

void SubjectAccessPdf::write(const QString& path, const SubjectAccessExport& data, const QString& municipality,
                             const QStringList& protectedFiles)
{
    SafeOutput::Options options;
    options.protectedFiles = protectedFiles;
    options.content = OutputContent::PersonalData;
    options.allowNonRegular = false;
    SafeOutput::saveByPath(path, options, [&](const QString& temporary) {
        {
            QPdfWriter writer(temporary);
            writer.setTitle(tr("Subject access request (AVG art. 15)"));
            writer.setCreator(u"Wijkregie"_s);
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                             QPageLayout::Millimeter));
            QTextDocument document;
            document.setDefaultStyleSheet(ReportContent::styleSheet());
            QFont font(ReportContent::fontFamily());
            font.setPointSizeF(9.5);
            document.setDefaultFont(font);
            document.documentLayout()->setPaintDevice(&writer);
            document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
            document.setHtml(html(data, municipality));
            document.print(&writer);
        }
        if (QFileInfo(temporary).size() == 0) {
            throw Error(tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path)));
        }
    });
}
