#include "core/storage/ListQuery.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/ThemeChecklist.h"
#include "ui/initiatives/InitiativeEditor.h"
#include "ui/persons/PersonEditor.h"
#include "ui/wards/WardEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

/// Input an editor must refuse next to the fields, writing nothing.
struct RefusedInput
{
    const char* what;
    /// Opens the editor on a new record in the document with ward WK036301.
    std::function<std::unique_ptr<QDialog>(Document&)> open;
    QList<std::pair<QString, QString>> texts;
    QList<ExpectedFieldError> errors;
    QStringList clean;
};

/// The wards, initiatives and persons of the document.
qint64 records(Document& d)
{
    return d.wards().count({}) + d.initiatives().count({}) + d.persons().count({});
}

const QList<RefusedInput>& refusedInputs()
{
    static const QList<RefusedInput> cases {
        {"a ward code without WK and a number that is no number",
         [](Document& d) { return std::make_unique<WardEditor>(d, 0); },
         {{u"codeLineEdit"_s, u"36301"_s}, {u"nameLineEdit"_s, u"Noord"_s}, {u"inhabitantsLineEdit"_s, u"veel"_s}},
         {{u"code"_s, {}}, {u"inhabitants"_s, {}}},
         {u"name"_s}},
        {"an initiative's impossible date and amounts",
         [](Document& d) { return std::make_unique<InitiativeEditor>(d, 0); },
         {{u"titleLineEdit"_s, u"Buurttuin"_s},
          {u"startDateLineEdit"_s, u"31-02-2024"_s},
          {u"budgetRequestedLineEdit"_s, u"12,3,4"_s},
          {u"budgetGrantedLineEdit"_s, u"twaalf"_s}},
         {{u"start_date"_s, u"31-02-2024"_s}, {u"budget_requested"_s, u"12,3,4"_s}, {u"budget_granted"_s, {}}},
         {u"title"_s}},
        {"an initiative's planned end before its start, shown at the planned end",
         [](Document& d) { return std::make_unique<InitiativeEditor>(d, 0); },
         {{u"titleLineEdit"_s, u"Buurttuin"_s},
          {u"startDateLineEdit"_s, u"01-06-2024"_s},
          {u"plannedEndLineEdit"_s, u"01-01-2024"_s}},
         {{u"planned_end"_s, {}}},
         {}},
        {"a person's impossible date and an e-mail without @",
         [](Document& d) { return std::make_unique<PersonEditor>(d, 0); },
         {{u"firstNameLineEdit"_s, u"Fatima"_s},
          {u"lastNameLineEdit"_s, u"El Amrani"_s},
          {u"emailLineEdit"_s, u"geen-adres"_s},
          {u"consentDateLineEdit"_s, u"32-13-2024"_s}},
         {{u"email"_s, {}}, {u"consent_date"_s, {}}},
         {}},
    };
    return cases;
}

} // namespace

TEST_CASE("editors_wrongInputShowsTheErrorsAtTheFieldsAndWritesNothing", "[editors]")
{
    for (const RefusedInput& input : refusedInputs()) {
        DYNAMIC_SECTION(input.what)
        {
            TestDocument t;
            Document& d = *t.document;
            d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
            const qint64 before = records(d);
            const std::unique_ptr<QDialog> editor = input.open(d);
            setTexts(editor.get(), input.texts);
            checkOkRefused(editor.get(), input.errors, input.clean);
            CHECK(records(d) == before);
            CHECK(d.undoStack()->count() == 0);
        }
    }
}

TEST_CASE("wardEditor_savesANewWard", "[editors]")
{
    TestDocument t;
    Document& d = *t.document;
    WardEditor editor(d, 0);
    setTexts(&editor,
             {{u"codeLineEdit"_s, u"wk036301"_s},
              {u"nameLineEdit"_s, u"Lindeveen-Noord"_s},
              {u"inhabitantsLineEdit"_s, u"8200"_s},
              {u"householdsLineEdit"_s, u"3900"_s}});
    auto* themes = child<ThemeChecklist>(&editor, u"themesListWidget"_s);
    const Theme theme = d.themes().all().first();
    REQUIRE(themes->setChecked(theme.name, true));
    clickOk(&editor);

    CHECK(editor.result() == QDialog::Accepted);
    const auto ward = d.wards().findByCode(u"WK036301"_s);
    REQUIRE(ward);
    CHECK(ward->name == u"Lindeveen-Noord"_s);
    CHECK(ward->inhabitants == 8200);
    CHECK(ward->themeIds == QList<qint64> {theme.id});
    CHECK(d.undoStack()->count() == 1);
    CHECK(d.undoStack()->undoText() == u"Add ward"_s);
}

TEST_CASE("wardEditor_duplicateCodeShowsTheErrorAndWritesNothing", "[editors]")
{
    TestDocument t;
    Document& d = *t.document;
    d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    WardEditor editor(d, 0);
    setTexts(&editor, {{u"codeLineEdit"_s, u"WK036301"_s}, {u"nameLineEdit"_s, u"Tweede Noord"_s}});
    checkOkRefused(&editor, {{u"code"_s, u"WK036301"_s}});
    CHECK(d.wards().count({}) == 1);

    // Correcting the code clears the message and saves.
    setText(&editor, u"codeLineEdit"_s, u"WK036302"_s);
    clickOk(&editor);
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(fieldError(&editor, u"code"_s).isEmpty());
    CHECK(d.wards().count({}) == 2);
}

TEST_CASE("wardEditor_editsAnExistingWard", "[editors]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 id = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    WardEditor editor(d, id);
    CHECK(child<QLineEdit>(&editor, u"codeLineEdit"_s)->text() == u"WK036301"_s);
    setText(&editor, u"nameLineEdit"_s, u"Noord-Oost"_s);
    clickOk(&editor);
    CHECK(d.wards().find(id)->name == u"Noord-Oost"_s);
    CHECK(d.undoStack()->undoText() == u"Edit ward"_s);
}

TEST_CASE("initiativeEditor_followUpOnlyWhenItDoesNotFitTheFramework", "[editors]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    PolicyFramework framework;
    framework.title = u"Wijkvisie 2030"_s;
    framework.adoptedOn = QDate(2022, 1, 1);
    const qint64 frameworkId = d.frameworks().insert(framework);

    InitiativeEditor editor(d, 0, nullptr, ward);
    auto* fits = child<QComboBox>(&editor, u"fitsFrameworkComboBox"_s);
    auto* group = child<QGroupBox>(&editor, u"followUpGroupBox"_s);
    fits->setCurrentIndex(fits->findData(int(FitsFramework::Yes)));
    CHECK_FALSE(group->isEnabled());
    fits->setCurrentIndex(fits->findData(int(FitsFramework::No)));
    CHECK(group->isEnabled());

    setTexts(&editor,
             {{u"titleLineEdit"_s, u"Jongerenhonk"_s},
              {u"startDateLineEdit"_s, u"1-3-2024"_s},
              {u"budgetRequestedLineEdit"_s, u"2500"_s},
              {u"fundingEndLineEdit"_s, u"2025-12-31"_s},
              {u"departmentLineEdit"_s, u"Jeugd"_s},
              {u"ownerLineEdit"_s, u"J. de Boer"_s},
              {u"deadlineLineEdit"_s, u"01-09-2024"_s}});
    auto* frameworks = child<QComboBox>(&editor, u"frameworkComboBox"_s);
    frameworks->setCurrentIndex(frameworks->findData(frameworkId));
    child<QCheckBox>(&editor, u"followUpFundingCheckBox"_s)->setChecked(true);
    auto* themes = child<ThemeChecklist>(&editor, u"themesListWidget"_s);
    const Theme theme = d.themes().all().last();
    themes->setChecked(theme.name, true);
    clickOk(&editor);
    REQUIRE(editor.result() == QDialog::Accepted);

    const auto rows = d.initiatives().list({}, 0, 10);
    REQUIRE(rows.size() == 1);
    const auto saved = d.initiatives().find(rows.first().id);
    REQUIRE(saved);
    CHECK(saved->wardId == ward);
    CHECK(saved->startDate == QDate(2024, 3, 1));
    CHECK(saved->fundingEnd == QDate(2025, 12, 31));
    CHECK(saved->budgetRequestedCents == 250000);
    CHECK(saved->followUpFunding);
    CHECK(saved->fitsFramework == FitsFramework::No);
    CHECK(saved->frameworkId == frameworkId);
    CHECK(saved->followUp.department == u"Jeugd"_s);
    CHECK(saved->followUp.deadline == QDate(2024, 9, 1));
    CHECK(saved->themeIds == QList<qint64> {theme.id});
}

TEST_CASE("personEditor_savesSkillsAndConsent", "[editors]")
{
    TestDocument t;
    Document& d = *t.document;
    const qint64 ward = d.wards().insert(Build::ward(u"WK036301"_s, u"Noord"_s));
    PersonEditor editor(d, 0, nullptr, ward);
    setTexts(&editor,
             {{u"firstNameLineEdit"_s, u"Fatima"_s},
              {u"lastNameLineEdit"_s, u"El Amrani"_s},
              {u"emailLineEdit"_s, u"fatima@example.org"_s},
              {u"skillsLineEdit"_s, u"penningmeester, tuinieren,, social media"_s},
              {u"consentDateLineEdit"_s, u"15-01-2024"_s},
              {u"consentScopeLineEdit"_s, u"Contact over de buurttuin"_s}});
    clickOk(&editor);
    REQUIRE(editor.result() == QDialog::Accepted);
    const auto rows = d.persons().list({}, 0, 10);
    REQUIRE(rows.size() == 1);
    const auto p = d.persons().find(rows.first().id);
    CHECK(p->wardId == ward);
    CHECK(p->skills == QStringList {u"penningmeester"_s, u"tuinieren"_s, u"social media"_s});
    CHECK(p->consentDate == QDate(2024, 1, 15));
}
