#include "tests/ui/UiTestSupport.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/initiatives/InitiativeView.h"
#include "ui/wards/WardEditor.h"
#include "ui/wards/WardView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {
using WardCommand = SaveRecordCommand<WardRepository, Ward>;
using InitiativeCommand = SaveRecordCommand<InitiativeRepository, Initiative>;
} // namespace

TEST_CASE("undoRedo_ofAnEditRestoresTheDatabase", "[undo]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 id = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const Ward before = *d.wards().find(id);
    WardEditor editor(d, id);
    editor.findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(u"Noord-Oost"_s);
    editor.findChild<QLineEdit*>(u"inhabitantsLineEdit"_s)->setText(u"9000"_s);
    editor.findChild<QPushButton*>(u"okButton"_s)->click();
    const Ward after = *d.wards().find(id);
    CHECK(after.name == u"Noord-Oost"_s);

    d.undoStack()->undo();
    CHECK(*d.wards().find(id) == before);
    CHECK(d.undoStack()->isClean());
    d.undoStack()->redo();
    CHECK(*d.wards().find(id) == after);
    CHECK_FALSE(d.undoStack()->isClean());
}

TEST_CASE("undoRedo_ofAnInsertRemovesAndRestoresWithTheSameId", "[undo]")
{
    TestDocument t;
    Document& d = *t.document;
    auto command = std::make_unique<WardCommand>(d, Document::Kind::Wards, std::nullopt,
                                                 Build::ward(u"WK036301"_s, u"Noord"_s), u"Add ward"_s);
    WardCommand* raw = command.get();
    d.execute(std::move(command));
    const qint64 id = raw->recordId();
    REQUIRE(id > 0);
    REQUIRE(d.wards().find(id));

    d.undoStack()->undo();
    CHECK_FALSE(d.wards().find(id));
    CHECK(d.wards().count({}) == 0);
    d.undoStack()->redo();
    REQUIRE(d.wards().find(id));
    CHECK(d.wards().find(id)->code == u"WK036301"_s);
}

TEST_CASE("undoRedo_ofADeleteRestoresTheFullRecord", "[undo]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    Initiative initiative = Build::initiative(ward, u"Buurttuin"_s);
    initiative.themeIds = {d.themes().all().first().id};
    initiative.fitsFramework = FitsFramework::No;
    initiative.followUp.department = u"Groen"_s;
    initiative.followUp.owner = u"P. Visser"_s;
    const qint64 id = d.initiatives().insert(initiative);
    const Initiative stored = *d.initiatives().find(id);

    d.execute(std::make_unique<InitiativeCommand>(d, Document::Kind::Initiatives, stored, std::nullopt,
                                                  u"Delete initiative"_s));
    CHECK_FALSE(d.initiatives().find(id));
    d.undoStack()->undo();
    REQUIRE(d.initiatives().find(id));
    CHECK(*d.initiatives().find(id) == stored);
    d.undoStack()->redo();
    CHECK_FALSE(d.initiatives().find(id));
}

TEST_CASE("undoRedo_refreshesTheViews", "[undo]")
{
    TestDocument t;
    Document& d = *t.document;
    WardView view;
    view.setDocument(&d);
    CHECK(view.model()->rowCount() == 0);
    d.execute(std::make_unique<WardCommand>(d, Document::Kind::Wards, std::nullopt,
                                            Build::ward(u"WK036301"_s, u"Noord"_s), u"Add ward"_s));
    CHECK(view.model()->rowCount() == 1);
    d.undoStack()->undo();
    CHECK(view.model()->rowCount() == 0);
    d.undoStack()->redo();
    CHECK(view.model()->rowCount() == 1);
    view.setDocument(nullptr);
}

TEST_CASE("delete_confirmedFromTheViewIsUndoable", "[undo]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const qint64 id = d.initiatives().insert(Build::initiative(ward, u"Buurttuin"_s));
    InitiativeView view;
    view.setDocument(&d);
    view.tableView()->selectRow(0);
    REQUIRE(view.currentId() == id);
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    view.findChild<QPushButton*>(u"deleteButton"_s)->click();
    CHECK(question.contains(u"Buurttuin"_s));
    CHECK_FALSE(d.initiatives().find(id));
    CHECK(view.model()->rowCount() == 0);
    d.undoStack()->undo();
    CHECK(d.initiatives().find(id));
    CHECK(view.model()->rowCount() == 1);
    view.setDocument(nullptr);
}

TEST_CASE("delete_refusedForAWardWithInitiativesShowsTheReason", "[undo]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    d.initiatives().insert(Build::initiative(ward, u"Buurttuin"_s));
    WardView view;
    view.setDocument(&d);
    view.tableView()->selectRow(0);
    REQUIRE(view.currentId() == ward);

    // The refusal comes before any "do you want to delete" question: nobody confirms what is then refused.
    QString reason;
    answerNextMessageBox(QMessageBox::Ok, &reason);
    view.findChild<QPushButton*>(u"deleteButton"_s)->click();
    CHECK(reason.contains(u"initiative"_s));
    CHECK_FALSE(reason.contains(u"Do you want"_s));
    CHECK(d.wards().find(ward));
    CHECK(d.undoStack()->count() == 0);
    view.setDocument(nullptr);
}
