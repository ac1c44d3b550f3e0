// The participation editor: a residents' evening or ward walk is saved with its ward, date, kind, channel and
// number of participants; a wrong number or date is refused next to the field.
#include "tests/ui/AgreementTestSupport.h"
#include "ui/participation/ParticipationEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("participationEditor_savesAMomentAsOneUndoableChange", "[participation][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    ParticipationEditor editor(d, 0, nullptr, f.ward2);
    CHECK(child<QComboBox>(&editor, u"wardComboBox"_s)->currentData().toLongLong() == f.ward2);
    setText(&editor, u"dateLineEdit"_s, u"12-03-2025"_s);
    setComboData(&editor, u"kindComboBox"_s, int(ParticipationKind::WardWalk));
    setComboData(&editor, u"channelComboBox"_s, int(Channel::Physical));
    setText(&editor, u"participantsLineEdit"_s, u"23"_s);
    child<QPlainTextEdit>(&editor, u"notesPlainTextEdit"_s)->setPlainText(u"Schouw met de politie"_s);
    clickOk(&editor);

    CHECK(editor.result() == QDialog::Accepted);
    REQUIRE(d.participation().count({}) == 1);
    const auto moment = d.participation().find(d.participation().list({}, 0, 1).first().id);
    REQUIRE(moment);
    CHECK(moment->wardId == f.ward2);
    CHECK(moment->date == QDate(2025, 3, 12));
    CHECK(moment->kind == ParticipationKind::WardWalk);
    CHECK(moment->participants == 23);
    CHECK(moment->notes == u"Schouw met de politie"_s);
    CHECK(d.undoStack()->undoText() == u"Add participation moment"_s);
}

TEST_CASE("participationEditor_refusesAWrongDateAndNumberNextToTheField", "[participation][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    ParticipationEditor editor(d, 0);
    setTexts(&editor, {{u"dateLineEdit"_s, u"31-02-2025"_s}, {u"participantsLineEdit"_s, u"veel"_s}});
    checkOkRefused(&editor, {{u"date"_s, {}}, {u"participants"_s, {}}, {u"ward"_s, {}}});
    CHECK(d.participation().count({}) == 0);
    CHECK(d.undoStack()->count() == 0);
}
