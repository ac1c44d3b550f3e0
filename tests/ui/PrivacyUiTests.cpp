// The resident's rights in the window: erasure and subject access from the person's detail, the consent line, and
// the audit log dialog's filters and export.
#include "core/storage/AuditLog.h"
#include "tests/ui/GridTestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/admin/AuditLogDialog.h"
#include "ui/admin/AuditModel.h"
#include "ui/persons/PersonDetailDialog.h"
#include "ui/persons/PersonPrivacy.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("personDetail_eraseButtonAsksWhatGoesAndWhatStaysThenErases", "[ui][privacy]")
{
    TestDocument t;
    Document& d = *t.document;
    Person p = Build::person(u"Fatima"_s, u"Yilmaz"_s);
    p.email = u"fatima@example.org"_s;
    p.phone = u"06-12345678"_s;
    p.id = d.persons().insert(p);
    // An edit on the undo stack holds the old values: it must not survive the erasure.
    Person edited = *d.persons().find(p.id);
    edited.phone = u"06-87654321"_s;
    d.persons().update(edited);
    d.undoStack()->push(new QUndoCommand(u"edit"_s));

    PersonDetailDialog dialog(d, p.id);
    auto* consent = child<QLabel>(&dialog, u"consentLabel"_s);
    CHECK(!consent->text().isEmpty());
    auto* erase = child<QPushButton>(&dialog, u"eraseButton"_s);
    REQUIRE(erase->isEnabled());
    QStringList texts;
    answerMessageBoxes({QMessageBox::Yes, QMessageBox::Ok}, &texts);
    erase->click();
    REQUIRE(texts.size() == 2);
    CHECK(texts.at(0).contains(u"Fatima Yilmaz"_s));
    CHECK(texts.at(0).contains(u"AVG art. 17"_s));
    const auto erased = d.persons().find(p.id);
    REQUIRE(erased);
    CHECK(erased->isErased());
    CHECK(erased->email.isEmpty());
    CHECK(d.undoStack()->count() == 0);
    CHECK(PersonPrivacy::consentText(*erased).contains(u"AVG art. 17"_s));

    PersonDetailDialog again(d, p.id);
    CHECK(!again.findChild<QPushButton*>(u"eraseButton"_s)->isEnabled());
}

TEST_CASE("personDetail_noAnswerNoErasure", "[ui][privacy]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 id = d.persons().insert(Build::person(u"Jan"_s, u"Berg"_s));
    QStringList texts;
    answerMessageBoxes({QMessageBox::No}, &texts);
    CHECK(!PersonPrivacy::erase(d, id, nullptr));
    CHECK(d.persons().find(id)->lastName == u"Berg"_s);
}

TEST_CASE("personDetail_subjectAccessWritesTheFolderAndLogsIt", "[ui][privacy]")
{
    TestDocument t;
    Document& d = *t.document;
    Person p = Build::person(u"Anna"_s, u"de Vries"_s);
    p.email = u"anna@example.org"_s;
    p.id = d.persons().insert(p);
    QTemporaryDir parent;
    QStringList texts;
    answerMessageBoxes({QMessageBox::Ok}, &texts);
    const QString folder = PersonPrivacy::subjectAccess(d, p.id, nullptr, parent.path());
    REQUIRE(!folder.isEmpty());
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    CHECK(files.contains(u"persons.csv"_s));
    CHECK(files.contains(u"subject-access.pdf"_s));
    QFile persons(folder + u"/persons.csv"_s);
    REQUIRE(persons.open(QIODevice::ReadOnly));
    CHECK(persons.readAll().contains("anna@example.org"));
    CHECK(AuditLog(d.database()).forRecord(u"person"_s, p.id).constLast().action == AuditLog::Access);
}

TEST_CASE("auditLogDialog_filtersByActionAndExports", "[ui][privacy][audit]")
{
    TestDocument t;
    Document& d = *t.document;
    for (int i = 0; i < 3; ++i) {
        d.persons().insert(Build::person(u"Naam"_s, u"Nummer %1"_s.arg(i)));
    }
    AuditLog(d.database()).record(u"persons"_s, 0, AuditLog::Export, {u"personal_data"_s}, 3);
    AuditLogDialog dialog(d);
    QAbstractItemModelTester tester(dialog.model());
    const int all = dialog.model()->totalCount();
    CHECK(all >= 4);
    auto* action = child<QComboBox>(&dialog, u"actionComboBox"_s);
    action->setCurrentIndex(action->findData(AuditLog::Export));
    CHECK(dialog.model()->totalCount() == 1);
    CHECK(dialog.model()->data(dialog.model()->index(0, AuditModel::Records)).toInt() == 3);
    auto* entity = dialog.findChild<QComboBox*>(u"entityComboBox"_s);
    action->setCurrentIndex(0);
    entity->setCurrentIndex(entity->findData(u"person"_s));
    CHECK(dialog.model()->totalCount() == 3);

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"audit.csv"_s);
    dialog.exportTo(csv);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).count(u'\n') == 4); // header and three entries
    AuditQuery exports;
    exports.entity = u"audit_log"_s;
    CHECK(AuditLog(d.database()).count(exports) == 1);
}
