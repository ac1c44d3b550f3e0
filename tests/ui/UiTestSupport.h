#pragma once

#include "core/domain/Initiative.h"
#include "core/domain/Person.h"
#include "core/domain/Ward.h"
#include "ui/Document.h"

#include <QMessageBox>
#include <QString>
#include <QTemporaryDir>
#include <memory>

/// A fresh database in a temporary folder, opened as a Document.
struct TestDocument
{
    TestDocument();
    QString path() const { return dir.filePath(QStringLiteral("test.wijkregie")); }

    QTemporaryDir dir;
    std::unique_ptr<Document> document;
};

Ward makeWard(const QString& code, const QString& name);
Initiative makeInitiative(qint64 wardId, const QString& title);
Person makePerson(const QString& first, const QString& last, std::optional<qint64> wardId = {});

/// Inserts `count` wards WK0001xx.. (codes WK0<6 digits>) in one transaction.
void insertWards(Document& document, int count);
void insertPersons(Document& document, int count, std::optional<qint64> wardId = {});

/// Answers the next message box that opens (within a few seconds) with `button`; its text lands in `text`.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr);
