#include "PersonPrivacy.h"

#include "core/privacy/PersonErasure.h"
#include "core/privacy/SubjectAccess.h"
#include "ui/Document.h"
#include "ui/common/Background.h"
#include "ui/persons/SubjectAccessPdf.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

QString backupList(const QStringList& backups)
{
    QStringList lines;
    for (const QString& backup : backups) {
        lines << QDir::toNativeSeparators(backup);
    }
    return lines.join(u'\n');
}

TaskResult<ErasureReport> runErasure(Document& document, qint64 personId, bool purgeBackups, QWidget* parent)
{
    const QString path = document.filePath();
    return Background::runWithProgress<ErasureReport>(parent, PersonPrivacy::tr("Erasing the resident's data..."),
                                                      [path, personId, purgeBackups](TaskControl&) {
                                                          const auto db = Database::open(path);
                                                          PersonErasure::Options options;
                                                          options.purgeBackups = purgeBackups;
                                                          return PersonErasure::erase(*db, personId, options);
                                                      });
}

} // namespace

QString PersonPrivacy::erasureQuestion(Document& document, qint64 personId)
{
    const auto person = document.persons().find(personId);
    const QString name = person ? person->fullName() : QString::number(personId);
    const PersonRepository::References references = document.persons().references(personId);
    return tr("Erase all personal data of %1 (AVG art. 17)?").arg(name) + u"\n\n"_s
        + tr("What goes: first and last name, e-mail, phone, notes, skills, ward of residence and consent. The "
             "resident becomes \"%1\".")
              .arg(PersonRepository::erasedName(personId))
        + u"\n\n"_s + tr("What stays, no longer linked to a name: %n involvement(s)", nullptr, references.involvements)
        + u", "_s + tr("%n day(s) with hours", nullptr, references.activityDays) + u", "_s
        + tr("%n critical role(s)", nullptr, references.criticalRoles) + u". "_s
        + tr("Hour totals per initiative and the risk scores do not change.") + u"\n\n"_s
        + tr("This cannot be undone. Backups that still hold the resident are listed afterwards.");
}

bool PersonPrivacy::erase(Document& document, qint64 personId, QWidget* parent)
{
    const auto answer = QMessageBox::question(parent, tr("Erase resident"), erasureQuestion(document, personId),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return false;
    }
    const TaskResult<ErasureReport> result = runErasure(document, personId, false, parent);
    // The undo history holds the person's former values in its commands; an erasure is not undone.
    document.undoStack()->clear();
    document.notifyChanged(Document::Kind::Persons);
    if (!result.ok()) {
        QMessageBox::warning(parent, tr("Erase resident"), result.error->message());
        return false;
    }
    const ErasureReport& report = result.value;
    QString text = tr("The resident is now \"%1\". The file and its journal no longer hold the erased data.")
                       .arg(report.erasedName);
    if (report.backups.isEmpty()) {
        QMessageBox::information(parent, tr("Erase resident"),
                                 text + u"\n\n"_s + tr("No backup in the backups folder holds the resident's data."));
        return true;
    }
    text += u"\n\n"_s + tr("%n backup(s) still hold the resident's data:", nullptr, int(report.backups.size())) + u'\n'
        + backupList(report.backups) + u"\n\n"_s + tr("Delete these backups? A new backup is made without them.");
    const auto purge = QMessageBox::question(parent, tr("Erase resident"), text, QMessageBox::Yes | QMessageBox::No,
                                             QMessageBox::No);
    if (purge != QMessageBox::Yes) {
        return true;
    }
    const TaskResult<ErasureReport> purged = runErasure(document, personId, true, parent);
    if (!purged.ok()) {
        QMessageBox::warning(parent, tr("Erase resident"), purged.error->message());
    } else {
        QMessageBox::information(
            parent, tr("Erase resident"),
            tr("Deleted %n backup(s) that still held the resident's data.", nullptr, int(purged.value.backups.size())));
    }
    return true;
}

QString PersonPrivacy::subjectAccess(Document& document, qint64 personId, QWidget* parent, QString parentFolder)
{
    if (parentFolder.isEmpty()) {
        parentFolder = QFileDialog::getExistingDirectory(
            parent, tr("Subject access request: choose where to put the folder with the files"));
        if (parentFolder.isEmpty()) {
            return {};
        }
    }
    const QString folder
        = QDir(parentFolder)
              .filePath(tr("subject-access-%1-%2").arg(personId).arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = document.filePath();
    const QString municipality = document.municipality();
    const TaskResult<QString> result = Background::runWithProgress<QString>(
        parent, tr("Writing every record about the resident..."), [=](TaskControl&) {
            const auto db = Database::open(path);
            SubjectAccess::prepareFolder(folder);
            const SubjectAccessExport data = SubjectAccess::writeCsv(*db, personId, folder);
            SubjectAccessPdf::write(data.folder + u'/' + SubjectAccessPdf::fileName(), data, municipality, {path});
            SubjectAccess::recordAccess(*db, data);
            return data.folder;
        });
    if (!result.ok()) {
        QMessageBox::warning(parent, tr("Subject access request (AVG art. 15)"), result.error->message());
        return {};
    }
    QMessageBox::information(parent, tr("Subject access request (AVG art. 15)"),
                             tr("Every record about the resident was written to %1: CSV files and %2, readable by "
                                "you alone. Hand them to the resident safely.")
                                 .arg(QDir::toNativeSeparators(result.value), SubjectAccessPdf::fileName()));
    return result.value;
}

QString PersonPrivacy::consentText(const Person& person)
{
    const QLocale locale;
    const auto day = [&locale](const QDate& d) {
        return locale.toString(d, QLocale::ShortFormat);
    };
    if (person.isErased()) {
        return tr("Erased on %1 (AVG art. 17): only hours, involvements and roles remain.").arg(day(person.erasedOn));
    }
    QStringList parts;
    parts << (person.consentDate.isValid()
                  ? tr("Consent given on %1 for: %2.").arg(day(person.consentDate), person.consentScope)
                  : tr("No consent registered."));
    if (person.consentWithdrawn.isValid()) {
        parts << tr("Consent withdrawn on %1: anonymise this resident.").arg(day(person.consentWithdrawn));
    } else if (person.consentExpires.isValid()) {
        parts << (person.consentExpires < QDate::currentDate() ? tr("The consent ended on %1: anonymise this resident.")
                                                               : tr("The consent holds until %1."))
                     .arg(day(person.consentExpires));
    }
    return parts.join(u' ');
}
