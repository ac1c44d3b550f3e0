// The ward goal editor: a goal with its indicator, baseline, target and dates is saved as one undoable change; a
// target on the wrong side of the baseline and a target date before the start are refused next to the field.
#include "tests/ui/AgreementTestSupport.h"
#include "ui/goals/GoalEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

void fillGoal(GoalEditor& editor, qint64 ward)
{
    setComboData(&editor, u"wardComboBox"_s, ward);
    setTexts(&editor, {{u"indicatorLineEdit"_s, u"Bewoners die zich veilig voelen"_s}, {u"unitLineEdit"_s, u"%"_s}});
    setComboData(&editor, u"directionComboBox"_s, int(Direction::Higher));
    setTexts(&editor,
             {{u"baselineLineEdit"_s, u"62"_s},
              {u"targetLineEdit"_s, u"70"_s},
              {u"startDateLineEdit"_s, u"01-01-2025"_s},
              {u"targetDateLineEdit"_s, u"31-12-2027"_s}});
}

} // namespace

TEST_CASE("goalEditor_savesANewGoalAsOneUndoableChange", "[goals][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    GoalEditor editor(d, 0, nullptr, f.ward);
    CHECK(child<QComboBox>(&editor, u"wardComboBox"_s)->currentData().toLongLong() == f.ward);
    fillGoal(editor, f.ward2);
    clickOk(&editor);

    CHECK(editor.result() == QDialog::Accepted);
    REQUIRE(d.goals().count({}) == 1);
    const auto row = d.goals().list({}, 0, 1).first();
    const auto goal = d.goals().find(row.id);
    REQUIRE(goal);
    CHECK(goal->wardId == f.ward2);
    CHECK(goal->indicator == u"Bewoners die zich veilig voelen"_s);
    CHECK(goal->baseline == 62.0);
    CHECK(goal->target == 70.0);
    CHECK(goal->startDate == QDate(2025, 1, 1));
    CHECK(goal->targetDate == QDate(2027, 12, 31));
    CHECK(d.undoStack()->undoText() == u"Add ward goal"_s);
    d.undoStack()->undo();
    CHECK(d.goals().count({}) == 0);
}

TEST_CASE("goalEditor_refusesATargetBelowTheBaselineAndADateBeforeTheStart", "[goals][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    GoalEditor editor(d, 0);
    fillGoal(editor, f.ward);
    setText(&editor, u"targetLineEdit"_s, u"50"_s);
    checkOkRefused(&editor, {{u"target"_s, u"above the baseline"_s}});

    setTexts(&editor, {{u"targetLineEdit"_s, u"70"_s}, {u"targetDateLineEdit"_s, u"31-12-2024"_s}});
    checkOkRefused(&editor, {{u"target_date"_s, {}}}, {u"target"_s});

    setTexts(&editor, {{u"indicatorLineEdit"_s, QString()}, {u"targetDateLineEdit"_s, u"31-12-2027"_s}});
    clickOk(&editor);
    CHECK_FALSE(fieldError(&editor, u"indicator"_s).isEmpty());
    CHECK(d.goals().count({}) == 0);
    CHECK(d.undoStack()->count() == 0);
}

TEST_CASE("goalEditor_showsTheProgressOfAnExistingGoal", "[goals][editors]")
{
    AgreementFixture f;
    Document& d = f.doc();
    GoalEditor make(d, 0);
    fillGoal(make, f.ward);
    clickOk(&make);
    const qint64 id = d.goals().list({}, 0, 1).first().id;

    GoalEditor editor(d, id);
    CHECK(child<QLineEdit>(&editor, u"baselineLineEdit"_s)->text() == u"62"_s);
    CHECK(child<QLineEdit>(&editor, u"targetDateLineEdit"_s)->text() == u"31-12-2027"_s);
    CHECK(child<QLabel>(&editor, u"progressLabel"_s)->text().startsWith(u"Progress"_s));
    setText(&editor, u"targetLineEdit"_s, u"75"_s);
    clickOk(&editor);
    CHECK(d.goals().find(id)->target == 75.0);
    CHECK(d.undoStack()->undoText() == u"Edit ward goal"_s);
}
