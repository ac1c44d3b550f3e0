// The meeting editor of an initiative: an anonymous event with its date, number of participants and kind.
#include "tests/ui/UiTestSupport.h"
#include "ui/activities/EventEditor.h"

#include <QLineEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("eventEditor_savesAMeetingOfTheInitiative_andEditsIt", "[activities][editors]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const qint64 initiative = d.initiatives().insert(Build::initiative(ward, u"Moestuin"_s));
    {
        EventEditor editor(d, 0, initiative);
        setTexts(&editor,
                 {{u"dateLineEdit"_s, u"05-04-2025"_s},
                  {u"participantsLineEdit"_s, u"14"_s},
                  {u"kindLineEdit"_s, u"  opschoondag "_s}});
        clickOk(&editor);
        CHECK(editor.result() == QDialog::Accepted);
    }
    auto events = d.events().forInitiative(initiative);
    REQUIRE(events.size() == 1);
    CHECK(events.first().date == QDate(2025, 4, 5));
    CHECK(events.first().participants == 14);
    CHECK(events.first().kind == u"opschoondag"_s);
    CHECK(d.undoStack()->undoText() == u"Add meeting"_s);

    EventEditor editor(d, events.first().id, initiative);
    CHECK(child<QLineEdit>(&editor, u"participantsLineEdit"_s)->text() == u"14"_s);
    setText(&editor, u"participantsLineEdit"_s, u"16"_s);
    clickOk(&editor);
    CHECK(d.events().find(events.first().id)->participants == 16);
    CHECK(d.undoStack()->undoText() == u"Edit meeting"_s);
}

TEST_CASE("eventEditor_refusesAWrongDateAndNumberNextToTheField_andAMeetingWithoutParticipants",
          "[activities][editors]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    const qint64 initiative = d.initiatives().insert(Build::initiative(ward, u"Moestuin"_s));
    EventEditor editor(d, 0, initiative);
    setTexts(&editor, {{u"dateLineEdit"_s, u"morgen"_s}, {u"participantsLineEdit"_s, u"veel"_s}});
    checkOkRefused(&editor, {{u"date"_s, {}}, {u"participants"_s, {}}});

    // A meeting needs at least one participant.
    setTexts(&editor, {{u"dateLineEdit"_s, u"05-04-2025"_s}, {u"participantsLineEdit"_s, u"0"_s}});
    checkOkRefused(&editor, {{u"participants"_s, u"at least 1"_s}}, {u"date"_s});
    CHECK(d.events().forInitiative(initiative).isEmpty());
}
