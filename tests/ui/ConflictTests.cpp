// Two windows on one file (as two colleagues on the team database): a save, delete or undo that meets the other's
// newer change is refused with who and when, writes nothing, and the editor keeps what was typed.
#include "core/storage/AuditLog.h"
#include "core/storage/ListQuery.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/initiatives/InitiativeEditor.h"
#include "ui/persons/PersonEditor.h"
#include "ui/wards/WardEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QLineEdit* field(QWidget& editor, const QString& name)
{
    auto* w = editor.findChild<QLineEdit*>(name);
    REQUIRE(w != nullptr);
    return w;
}

QString generalError(QWidget& editor)
{
    const auto* label = editor.findChild<QLabel*>(u"generalErrorLabel"_s);
    REQUIRE(label != nullptr);
    return label->isHidden() ? QString() : label->text();
}

/// A second window on the same file: its own connection, repositories and undo stack.
std::unique_ptr<Document> secondWindow(const TestDocument& t)
{
    return std::make_unique<Document>(Database::open(t.path()));
}

} // namespace

TEST_CASE("conflict_aSaveThatMeetsANewerChangeIsRefusedWithWhoAndWhenAndKeepsTheText", "[conflict]")
{
    TestDocument t;
    Document& mine = *t.document;
    const qint64 ward = mine.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const qint64 id = mine.persons().insert(Build::person(u"Fatima"_s, u"El Amrani"_s, ward));

    PersonEditor editor(mine, id); // opened before the colleague saves
    auto colleague = secondWindow(t);
    {
        PersonEditor theirs(*colleague, id);
        field(theirs, u"phoneLineEdit"_s)->setText(u"0612345678"_s);
        theirs.findChild<QPushButton*>(u"okButton"_s)->click();
        REQUIRE(theirs.result() == QDialog::Accepted);
    }
    const Person theirVersion = *colleague->persons().find(id);
    CHECK(theirVersion.phone == u"0612345678"_s);

    field(editor, u"emailLineEdit"_s)->setText(u"fatima@example.org"_s);
    editor.findChild<QPushButton*>(u"okButton"_s)->click();
    CHECK(editor.result() != QDialog::Accepted);
    const QString message = generalError(editor);
    INFO(message.toStdString());
    CHECK(message.contains(AuditLog::osUser()));
    CHECK(message.contains(QDateTime::currentDateTime().toString(u"dd-MM-yyyy"_s)));
    CHECK(message.contains(u"changed this record"_s));
    // What was typed stays; nothing was written; nothing to undo.
    CHECK(field(editor, u"emailLineEdit"_s)->text() == u"fatima@example.org"_s);
    CHECK(*mine.persons().find(id) == theirVersion);
    CHECK(mine.undoStack()->count() == 0);

    // Opened again, the editor shows their version and saves.
    PersonEditor again(mine, id);
    CHECK(field(again, u"phoneLineEdit"_s)->text() == u"0612345678"_s);
    field(again, u"emailLineEdit"_s)->setText(u"fatima@example.org"_s);
    again.findChild<QPushButton*>(u"okButton"_s)->click();
    CHECK(again.result() == QDialog::Accepted);
    const Person saved = *mine.persons().find(id);
    CHECK(saved.phone == u"0612345678"_s);
    CHECK(saved.email == u"fatima@example.org"_s);
}

TEST_CASE("conflict_aSaveOfARecordAColleagueDeletedIsRefused", "[conflict]")
{
    TestDocument t;
    Document& mine = *t.document;
    const qint64 id = mine.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    WardEditor editor(mine, id);
    auto colleague = secondWindow(t);
    colleague->execute(std::make_unique<SaveRecordCommand<WardRepository, Ward>>(
        *colleague, Document::Kind::Wards, colleague->wards().find(id), std::nullopt, u"Delete ward"_s));
    REQUIRE(!mine.wards().find(id));

    field(editor, u"nameLineEdit"_s)->setText(u"Noord-Oost"_s);
    editor.findChild<QPushButton*>(u"okButton"_s)->click();
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(generalError(editor).contains(u"deleted this record"_s));
    CHECK(field(editor, u"nameLineEdit"_s)->text() == u"Noord-Oost"_s);
    CHECK(!mine.wards().find(id)); // not brought back
}

TEST_CASE("conflict_anUndoOrDeleteAfterAColleaguesChangeIsRefusedAndWritesNothing", "[conflict]")
{
    TestDocument t;
    Document& mine = *t.document;
    const qint64 ward = mine.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const Initiative first = Build::initiative(ward, u"Buurttuin"_s);
    mine.execute(std::make_unique<SaveRecordCommand<InitiativeRepository, Initiative>>(
        mine, Document::Kind::Initiatives, std::nullopt, first, u"Add initiative"_s));
    const qint64 id = mine.initiatives().list({}, 0, 10).first().id;
    const Initiative mineAsStored = *mine.initiatives().find(id);

    auto colleague = secondWindow(t);
    Initiative changed = *colleague->initiatives().find(id);
    changed.title = u"Buurttuin De Plantage"_s;
    colleague->execute(std::make_unique<SaveRecordCommand<InitiativeRepository, Initiative>>(
        *colleague, Document::Kind::Initiatives, colleague->initiatives().find(id), changed, u"Edit initiative"_s));

    // Undoing my insert would delete their edited record: refused, and the command leaves the stack.
    QString reported;
    QObject::connect(&mine, &Document::commandFailed, [&](const QString& message) { reported = message; });
    mine.undoStack()->undo();
    CHECK(reported.contains(u"changed this record"_s));
    CHECK(mine.initiatives().find(id)->title == u"Buurttuin De Plantage"_s);

    // A delete from a list that still shows my version: refused too.
    CHECK_THROWS_AS(mine.execute(std::make_unique<SaveRecordCommand<InitiativeRepository, Initiative>>(
                        mine, Document::Kind::Initiatives, mineAsStored, std::nullopt, u"Delete initiative"_s)),
                    ConflictError);
    CHECK(mine.initiatives().find(id).has_value());
}

TEST_CASE("conflict_myOwnEditsUndoAndRedoWithoutFalseConflicts", "[conflict]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const qint64 id = d.persons().insert(Build::person(u"Fatima"_s, u"El Amrani"_s, ward));
    for (const QString& skills : {u" tuinieren,, koken "_s, u"koken, penningmeester"_s}) {
        PersonEditor editor(d, id);
        field(editor, u"skillsLineEdit"_s)->setText(skills); // normalised by the repository when stored
        editor.findChild<QPushButton*>(u"okButton"_s)->click();
        REQUIRE(editor.result() == QDialog::Accepted);
    }
    const Person last = *d.persons().find(id);
    d.undoStack()->undo();
    d.undoStack()->undo();
    CHECK(d.persons().find(id)->skills.isEmpty());
    d.undoStack()->redo();
    d.undoStack()->redo();
    CHECK(*d.persons().find(id) == last);
    CHECK(d.undoStack()->count() == 2);
}
