#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

/// Reading the files a test made or kept, for every test executable.

/// The whole file; the test fails when it cannot be read.
inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The whole file, or nothing when it does not exist (or cannot be read).
inline QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// SHA-256 of the file, in hex.
inline QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

/// Every name in `folder`, hidden ones included, sorted.
inline QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// The standard output of a tool run on files the test made (pdfinfo, pdftotext, python3 ...); the test fails with
/// the tool's standard error unless it exits 0 within `timeoutMs`.
QString toolOutput(const QString& program, const QStringList& arguments, int timeoutMs = 300000);

/// The number of pages of a PDF, as poppler's pdfinfo counts them.
int pdfPageCount(const QString& pdf);

/// The text of one page of a PDF (1-based), as poppler's pdftotext reads it.
QString pdfPageText(const QString& pdf, int page);

/// The rows of a CSV file as Python's csv module reads them, header included (tests/core/csv_parse_check.py, which
/// also checks the BOM and the line ends of the dialect: "rfc4180" or "excel-nl").
QList<QStringList> csvRowsByPython(const QString& path, const QString& dialect);

/// An .xlsx file as openpyxl reads it (tests/core/xlsx_dump.py, with Debian's python3-openpyxl): its sheets, frozen
/// cell and rows of typed cells.
QJsonObject xlsxByOpenpyxl(const QString& path);
/// One cell of xlsxByOpenpyxl()'s rows (row 0 is the header): its type, value, format, bold, formula.
QJsonObject xlsxCell(const QJsonObject& book, int row, int column);
