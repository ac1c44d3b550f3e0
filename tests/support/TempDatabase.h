#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

/// A fresh Wijkregie database in a temporary folder, removed after the test.
struct TempDatabase
{
    TempDatabase();
    QString path(const QString& name = QStringLiteral("test.wijkregie")) const { return dir.filePath(name); }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

/// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString& path);
/// Writes bytes to a file, replacing it.
void writeFile(const QString& path, const QByteArray& bytes);
