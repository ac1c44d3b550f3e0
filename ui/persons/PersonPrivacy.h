#pragma once

#include <QCoreApplication>
#include <QString>

class Document;
struct Person;
class QWidget;

/// The data subject's rights for one resident, from the person's detail (DESIGN.md, Privacy (AVG) and logging
/// (BIO)).
class PersonPrivacy final
{
    Q_DECLARE_TR_FUNCTIONS(PersonPrivacy)

public:
    /// The confirmation of an erasure: what goes and what stays, in counts.
    static QString erasureQuestion(Document& document, qint64 personId);
    /// Asks, then erases the resident (AVG art. 17) on a worker thread with a connection of its own, clears the
    /// undo history (its commands hold the erased values), tells the lists and shows what was done and which backups
    /// still hold the person, offering to delete them. Returns true when the person was erased.
    static bool erase(Document& document, qint64 personId, QWidget* parent);
    /// The subject-access export (AVG art. 15) into a new folder inside `parentFolder` (asked for when empty):
    /// the CSV files and the PDF, on a worker thread, recorded in the audit log. Returns the folder written, or an
    /// empty string when cancelled or refused (the reason shown).
    static QString subjectAccess(Document& document, qint64 personId, QWidget* parent, QString parentFolder = {});
    /// The consent and erasure state of a resident in one or two sentences, for the detail.
    static QString consentText(const Person& person);
};
