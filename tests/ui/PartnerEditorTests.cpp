// The partner editor: what a ward director types is saved as one undoable change, refused next to the field when
// it is wrong, and shown again when the partner is edited.
#include "tests/ui/AgreementTestSupport.h"
#include "ui/partners/PartnerEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("partnerEditor_savesANewPartnerAsOneUndoableChange", "[partners][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    PartnerEditor editor(d, 0);
    setText(&editor, u"nameLineEdit"_s, u"  Woonstichting De Key "_s);
    setComboData(&editor, u"typeComboBox"_s, int(PartnerType::Housing));
    setTexts(&editor,
             {{u"contactLineEdit"_s, u"A. Bakker"_s},
              {u"emailLineEdit"_s, u"a.bakker@dekey.example"_s},
              {u"phoneLineEdit"_s, u"020 123 4567"_s}});
    child<QPlainTextEdit>(&editor, u"notesPlainTextEdit"_s)->setPlainText(u"Buurtbeheer Oost"_s);
    clickOk(&editor);

    CHECK(editor.result() == QDialog::Accepted);
    ListQuery query;
    query.search = u"De Key"_s;
    const auto rows = d.partners().list(query, 0, 10);
    REQUIRE(rows.size() == 1);
    const auto saved = d.partners().find(rows.first().id);
    REQUIRE(saved);
    CHECK(saved->name == u"Woonstichting De Key"_s);
    CHECK(saved->type == PartnerType::Housing);
    CHECK(saved->contactPerson == u"A. Bakker"_s);
    CHECK(saved->email == u"a.bakker@dekey.example"_s);
    CHECK(saved->notes == u"Buurtbeheer Oost"_s);
    CHECK(d.undoStack()->undoText() == u"Add partner"_s);
    d.undoStack()->undo();
    CHECK_FALSE(d.partners().find(rows.first().id));
}

TEST_CASE("partnerEditor_refusesAnEmptyNameNextToTheField_andWritesNothing", "[partners][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    const int before = d.partners().count({});
    PartnerEditor editor(d, 0);
    setText(&editor, u"nameLineEdit"_s, u"   "_s);
    checkOkRefused(&editor, {{u"name"_s, {}}});
    CHECK(d.partners().count({}) == before);
    CHECK(d.undoStack()->count() == 0);
}

TEST_CASE("partnerEditor_showsAndEditsAnExistingPartner", "[partners][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    PartnerEditor editor(d, f.partner);
    CHECK(child<QLineEdit>(&editor, u"nameLineEdit"_s)->text() == u"Politie Oost"_s);
    CHECK(child<QComboBox>(&editor, u"typeComboBox"_s)->currentData().toInt() == int(PartnerType::Police));
    CHECK(child<QLineEdit>(&editor, u"contactLineEdit"_s)->text() == u"J. de Vries"_s);
    setText(&editor, u"contactLineEdit"_s, u"K. Jansen"_s);
    clickOk(&editor);
    CHECK(d.partners().find(f.partner)->contactPerson == u"K. Jansen"_s);
    CHECK(d.undoStack()->undoText() == u"Edit partner"_s);

    // Unchanged, OK closes the editor without a change to undo.
    PartnerEditor again(d, f.partner);
    clickOk(&again);
    CHECK(again.result() == QDialog::Accepted);
    CHECK(d.undoStack()->count() == 1);
}
