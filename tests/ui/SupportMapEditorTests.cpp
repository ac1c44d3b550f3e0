// The support map's offer editor: an offer by exactly one initiative, partner or resident, in a ward and theme.
#include "tests/ui/AgreementTestSupport.h"
#include "ui/supportmap/OfferEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("offerEditor_savesAPartnersOfferAsOneUndoableChange", "[supportmap][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    OfferEditor editor(d, 0, nullptr, f.ward);
    setComboData(&editor, u"themeComboBox"_s, f.theme);
    child<QPlainTextEdit>(&editor, u"descriptionPlainTextEdit"_s)->setPlainText(u"Spreekuur op woensdag"_s);
    setComboData(&editor, u"providerKindComboBox"_s, int(OfferProvider::Partner));
    setComboData(&editor, u"providerComboBox"_s, f.partner);
    setText(&editor, u"capacityLineEdit"_s, u"10 per week"_s);
    clickOk(&editor);

    CHECK(editor.result() == QDialog::Accepted);
    REQUIRE(d.offers().count({}) == 1);
    const auto offer = d.offers().find(d.offers().list({}, 0, 1).first().id);
    REQUIRE(offer);
    CHECK(offer->wardId == f.ward);
    CHECK(offer->themeId == f.theme);
    CHECK(offer->partnerId == f.partner);
    CHECK_FALSE(offer->initiativeId);
    CHECK_FALSE(offer->personId);
    CHECK(offer->capacity == u"10 per week"_s);
    CHECK(offer->active);
    CHECK(d.undoStack()->undoText() == u"Add offer"_s);
}

TEST_CASE("offerEditor_refusesAnOfferWithoutDescriptionOrProvider", "[supportmap][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    OfferEditor editor(d, 0, nullptr, f.ward);
    setComboData(&editor, u"themeComboBox"_s, f.theme);
    checkOkRefused(&editor, {{u"description"_s, {}}, {u"provider"_s, {}}});
    CHECK(d.offers().count({}) == 0);
}

TEST_CASE("offerEditor_showsAnInitiativesOfferAndSwitchesItOff", "[supportmap][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    Offer o;
    o.wardId = f.ward;
    o.themeId = f.theme;
    o.description = u"Koffieochtend"_s;
    o.initiativeId = f.initiative;
    const qint64 id = d.offers().insert(o);

    OfferEditor editor(d, id);
    CHECK(child<QComboBox>(&editor, u"providerKindComboBox"_s)->currentData().toInt()
          == int(OfferProvider::Initiative));
    CHECK(child<QComboBox>(&editor, u"providerComboBox"_s)->currentData().toLongLong() == f.initiative);
    child<QCheckBox>(&editor, u"activeCheckBox"_s)->setChecked(false);
    clickOk(&editor);
    CHECK_FALSE(d.offers().find(id)->active);
    CHECK(d.undoStack()->undoText() == u"Edit offer"_s);
}
