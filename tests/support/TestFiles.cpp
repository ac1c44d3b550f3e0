#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString toolOutput(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    INFO(program.toStdString());
    REQUIRE(process.waitForFinished(timeoutMs));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QString& pdf)
{
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(toolOutput(u"pdfinfo"_s, {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pdfPageText(const QString& pdf, int page)
{
    return toolOutput(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
}

QList<QStringList> csvRowsByPython(const QString& path, const QString& dialect)
{
    // An absolute path from CMake: __FILE__ may be relative to the build folder (a compiler cache rewrites it).
    const QString out = toolOutput(u"python3"_s, {QStringLiteral(WIJKREGIE_CSV_PARSE_CHECK), path, dialect}, 120000);
    QList<QStringList> rows;
    for (const QJsonValue& row : QJsonDocument::fromJson(out.toUtf8()).array()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray()) {
            cells << cell.toString();
        }
        rows << cells;
    }
    return rows;
}

QJsonObject xlsxByOpenpyxl(const QString& path)
{
    const QString out
        = toolOutput(QStringLiteral(WIJKREGIE_DEBIAN_PYTHON3), {QStringLiteral(WIJKREGIE_XLSX_DUMP), path}, 60000);
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonObject xlsxCell(const QJsonObject& book, int row, int column)
{
    return book.value(u"rows"_s).toArray().at(row).toArray().at(column).toObject();
}
