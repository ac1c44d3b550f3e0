// The themes dialog: add, rename and delete a theme, each an undoable change; a duplicate name and a theme in use
// are refused with a message.
#include "tests/ui/UiTestSupport.h"
#include "ui/admin/ThemesDialog.h"

#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QStringList themeNames(Document& d)
{
    QStringList names;
    for (const Theme& theme : d.themes().all()) {
        names << theme.name;
    }
    return names;
}

void select(ThemesDialog& dialog, const QString& name)
{
    auto* list = child<QListWidget>(&dialog, u"themesListWidget"_s);
    const auto items = list->findItems(name, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    list->setCurrentItem(items.first());
}

} // namespace

TEST_CASE("themesDialog_addsRenamesAndDeletesAThemeUndoably", "[admin][editors]")
{
    TestDocument t;
    Document& d = *t.document;
    ThemesDialog dialog(d);
    const int before = int(d.themes().all().size());

    answerNextInputDialog(u"Eenzaamheid"_s);
    child<QPushButton>(&dialog, u"addButton"_s)->click();
    CHECK(themeNames(d).contains(u"Eenzaamheid"_s));
    CHECK(d.undoStack()->undoText() == u"Add theme"_s);

    select(dialog, u"Eenzaamheid"_s);
    answerNextInputDialog(u"Eenzaamheid en ontmoeting"_s);
    child<QPushButton>(&dialog, u"renameButton"_s)->click();
    CHECK(themeNames(d).contains(u"Eenzaamheid en ontmoeting"_s));
    CHECK_FALSE(themeNames(d).contains(u"Eenzaamheid"_s));

    select(dialog, u"Eenzaamheid en ontmoeting"_s);
    answerNextMessageBox(QMessageBox::Yes);
    child<QPushButton>(&dialog, u"deleteButton"_s)->click();
    CHECK(int(d.themes().all().size()) == before);
    d.undoStack()->undo();
    CHECK(themeNames(d).contains(u"Eenzaamheid en ontmoeting"_s));
}

TEST_CASE("themesDialog_refusesADuplicateName_andAThemeInUse", "[admin][editors]")
{
    TestDocument t;
    Document& d = *t.document;
    const Theme used = d.themes().all().first();
    Ward ward = Build::ward(u"WK036301"_s, u"Noord"_s);
    ward.themeIds = {used.id};
    d.wards().insert(ward);
    ThemesDialog dialog(d);

    QString message;
    answerNextInputDialog(used.name.toUpper());
    answerNextMessageBox(QMessageBox::Ok, &message);
    child<QPushButton>(&dialog, u"addButton"_s)->click();
    CHECK_FALSE(message.isEmpty());
    CHECK(d.undoStack()->count() == 0);

    select(dialog, used.name);
    QStringList texts;
    answerMessageBoxes({QMessageBox::Yes, QMessageBox::Ok}, &texts);
    child<QPushButton>(&dialog, u"deleteButton"_s)->click();
    REQUIRE(texts.size() == 2);
    CHECK(texts.at(1).contains(u"in use by 1 ward"_s));
    CHECK(themeNames(d).contains(used.name));
}
