#include "tests/ui/GridTestSupport.h"
#include "ui/activities/EventModel.h"
#include "ui/activities/HoursGridWidget.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/RecordTable.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/initiatives/InitiativeDetailDialog.h"
#include "ui/involvements/InvolvementEditor.h"
#include "ui/involvements/InvolvementModel.h"
#include "ui/persons/PersonDetailDialog.h"
#include "ui/persons/PersonHistoryModel.h"
#include "ui/persons/PersonModel.h"
#include "ui/persons/PersonView.h"
#include "ui/succession/CriticalRoleEditor.h"
#include "ui/succession/CriticalRoleModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {
void choose(QComboBox* combo, qint64 id)
{
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}
} // namespace

TEST_CASE("roleEditor_refusesABackupWhoIsTheHolder", "[succession]")
{
    GridFixture f(2);
    CriticalRoleEditor editor(f.d, 0, f.initiative);
    editor.findChild<QComboBox*>(u"roleComboBox"_s)->setEditText(u"penningmeester"_s);
    choose(editor.findChild<QComboBox*>(u"holderComboBox"_s), f.people.at(0));
    choose(editor.findChild<QComboBox*>(u"backupComboBox"_s), f.people.at(0));
    editor.show();
    editor.findChild<QPushButton*>(u"okButton"_s)->click();
    QLabel* error = editor.findChild<QLabel*>(u"backupErrorLabel"_s);
    REQUIRE(error);
    CHECK(error->isVisibleTo(&editor));
    CHECK(error->text().contains(u"other than the holder"_s));
    CHECK(f.d.criticalRoles().forInitiative(f.initiative).isEmpty());
    CHECK(f.d.undoStack()->count() == 0);

    // A standard role typed as its label is stored by key; another backup is accepted.
    editor.findChild<QComboBox*>(u"roleComboBox"_s)->setEditText(u"treasurer"_s);
    choose(editor.findChild<QComboBox*>(u"backupComboBox"_s), f.people.at(1));
    editor.findChild<QPushButton*>(u"okButton"_s)->click();
    const auto roles = f.d.criticalRoles().forInitiative(f.initiative);
    REQUIRE(roles.size() == 1);
    CHECK(roles.first().role.role == u"treasurer"_s);
    CHECK(roles.first().role.backupId == f.people.at(1));
    f.d.undoStack()->undo();
    CHECK(f.d.criticalRoles().forInitiative(f.initiative).isEmpty());
}

TEST_CASE("successionRegister_marksARoleWithoutBackupWithIconTextAndColour", "[succession]")
{
    GridFixture f(2);
    Build::addRole(f.d.database(), f.initiative, u"lead"_s, f.people.at(0));
    Build::addRole(f.d.database(), f.initiative, u"keys"_s, f.people.at(0), f.people.at(1));
    InitiativeDetailDialog dialog(f.d, f.initiative);
    CriticalRoleModel* model = dialog.criticalRoleModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 2);
    int marked = 0;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex status = model->index(row, CriticalRoleModel::Status);
        if (status.data(CriticalRoleModel::NeedsAttentionRole).toBool()) {
            ++marked;
            CHECK(status.data().toString() == u"No backup"_s);
            CHECK_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
            CHECK(status.data(Qt::ForegroundRole).isValid());
            CHECK(model->index(row, CriticalRoleModel::Backup).data().toString() == u"(no backup)"_s);
        } else {
            CHECK(status.data().toString() == u"Backup named"_s);
        }
    }
    CHECK(marked == 1);
    CHECK(dialog.tabs()->tabText(InitiativeDetailDialog::SuccessionTab).contains(u"1"_s));
    CHECK(dialog.findChild<QLabel*>(u"successionSummaryLabel"_s)->text().contains(u"without a backup"_s));
}

TEST_CASE("personView_removingAPersonWithACriticalRoleShowsTheRolesNamed", "[succession]")
{
    GridFixture f(2);
    Build::addRole(f.d.database(), f.initiative, u"lead"_s, f.people.at(0), f.people.at(1));
    PersonView view;
    view.setDocument(&f.d);
    QTableView* table = view.tableView();
    table->selectRow(view.model()->rowOf(f.people.at(1)));
    QStringList texts;
    // The refusal, with the roles named, comes before any "do you want to delete" question.
    answerMessageBoxes({QMessageBox::Ok}, &texts);
    view.deleteCurrent();
    REQUIRE(texts.size() == 1);
    CHECK(texts.at(0).contains(u"backup for the role lead in Buurttuin"_s));
    CHECK(f.d.persons().find(f.people.at(1)));
    CHECK(f.d.undoStack()->count() == 0);
}

TEST_CASE("involvements_areEditableFromBothSides", "[succession]")
{
    GridFixture f(1);
    const qint64 kees = f.d.persons().insert(Build::person(u"Kees"_s, u"de Vries"_s, f.ward));
    InitiativeDetailDialog initiativeDialog(f.d, f.initiative);
    PersonDetailDialog personDialog(f.d, kees);
    QAbstractItemModelTester t1(initiativeDialog.involvementModel(),
                                QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester t2(personDialog.involvementModel(),
                                QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(initiativeDialog.involvementModel()->rowCount() == 1);
    CHECK(personDialog.involvementModel()->rowCount() == 0);

    // From the initiative's side: add Kees; an end before the start is shown next to its field first.
    {
        InvolvementEditor editor(f.d, 0, f.initiative, 0);
        choose(editor.findChild<QComboBox*>(u"personComboBox"_s), kees);
        editor.findChild<QLineEdit*>(u"fromLineEdit"_s)->setText(u"01-02-2025"_s);
        editor.findChild<QLineEdit*>(u"untilLineEdit"_s)->setText(u"01-01-2025"_s);
        editor.show();
        editor.findChild<QPushButton*>(u"okButton"_s)->click();
        CHECK(editor.findChild<QLabel*>(u"untilErrorLabel"_s)->isVisibleTo(&editor));
        editor.findChild<QLineEdit*>(u"untilLineEdit"_s)->clear();
        editor.findChild<QPushButton*>(u"okButton"_s)->click();
        CHECK(editor.result() == QDialog::Accepted);
    }
    CHECK(initiativeDialog.involvementModel()->rowCount() == 2);
    REQUIRE(personDialog.involvementModel()->rowCount() == 1);
    CHECK(personDialog.involvementModel()->index(0, InvolvementModel::Name).data().toString() == u"Buurttuin"_s);

    // From the person's side: make Kees a lead.
    const qint64 id = personDialog.involvementModel()->idAt(0);
    {
        InvolvementEditor editor(f.d, id, 0, kees);
        CHECK_FALSE(editor.findChild<QComboBox*>(u"personComboBox"_s));
        editor.findChild<QComboBox*>(u"roleComboBox"_s)
            ->setCurrentIndex(editor.findChild<QComboBox*>(u"roleComboBox"_s)->findData(int(InvolvementRole::Lead)));
        editor.findChild<QPushButton*>(u"okButton"_s)->click();
    }
    CHECK(f.d.involvements().find(id)->role == InvolvementRole::Lead);
    bool shown = false;
    for (int row = 0; row < initiativeDialog.involvementModel()->rowCount(); ++row) {
        const QModelIndex name = initiativeDialog.involvementModel()->index(row, InvolvementModel::Name);
        if (name.data().toString() == u"Kees de Vries"_s) {
            shown = initiativeDialog.involvementModel()->index(row, InvolvementModel::Role).data().toString()
                == Enums::label(InvolvementRole::Lead);
        }
    }
    CHECK(shown);
    f.d.undoStack()->undo();
    CHECK(f.d.involvements().find(id)->role == InvolvementRole::AdHoc); // the new involvement's default
    f.d.undoStack()->undo();
    CHECK(personDialog.involvementModel()->rowCount() == 0);
}

TEST_CASE("personDetail_showsHistoryPerMonthAndInitiativeAndTheRoles", "[succession]")
{
    GridFixture f(2);
    const qint64 person = f.people.at(0);
    f.d.activities().setHours(f.initiative,
                              {Activity {person, f.initiative, QDate(2025, 3, 3), 8, {}},
                               Activity {person, f.initiative, QDate(2025, 3, 4), 2, {}},
                               Activity {person, f.initiative, QDate(2025, 4, 1), 4, {}}});
    Build::addRole(f.d.database(), f.initiative, u"lead"_s, person);
    PersonDetailDialog dialog(f.d, person);
    PersonHistoryModel* history = dialog.historyModel();
    QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(history->rowCount() == 2);
    CHECK(history->initiativeCount() == 1);
    CHECK(history->index(0, 0).data(PersonHistoryModel::QuartersRole).toInt() == 4); // April first
    CHECK(history->index(1, 0).data(PersonHistoryModel::QuartersRole).toInt() == 10);
    CHECK(history->index(1, 1).data(PersonHistoryModel::QuartersRole).toInt() == 10);
    CHECK(dialog.roleModel()->rowCount() == 1);
    CHECK(dialog.findChild<QLabel*>(u"historySummaryLabel"_s)->text().contains(u"2 month"_s));
}

TEST_CASE("personView_inactiveResidentsAreMarkedAndCanBeFiltered", "[succession]")
{
    GridFixture f(3);
    const QDate today = QDate::currentDate();
    for (qint64 person : {f.people.at(0), f.people.at(1)}) {
        for (const InvolvementRow& row : f.d.involvements().forPerson(person, today)) {
            Involvement v = row.involvement;
            v.from = today.addYears(-2);
            f.d.involvements().update(v);
        }
    }
    f.d.activities().setHours(f.initiative,
                              {Activity {f.people.at(0), f.initiative, today.addDays(-3), 8, {}},
                               Activity {f.people.at(1), f.initiative, today.addMonths(-8), 20, {}}});
    PersonView view;
    view.setDocument(&f.d);
    LazyTableModel* model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model->totalCount() == 3);
    const int active = model->rowOf(f.people.at(0));
    const int inactive = model->rowOf(f.people.at(1));
    CHECK_FALSE(model->index(active, PersonModel::LastActive).data().toString().contains(u"inactive"_s));
    CHECK(model->index(inactive, PersonModel::LastActive).data().toString().contains(u"inactive"_s));
    CHECK_FALSE(model->index(inactive, PersonModel::LastName).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(model->index(active, PersonModel::HoursLast12Months).data().toString() == QLocale().toString(2.0, 'f', 2));

    view.findChild<QCheckBox*>(u"inactiveCheckBox"_s)->setChecked(true);
    CHECK(model->totalCount() == 2);
    CHECK(model->rowOf(f.people.at(0)) < 0);
    view.setInactiveFilter(false);
    CHECK(model->totalCount() == 3);

    // Sortable by hours in the last 12 months and by last activity.
    view.tableView()->sortByColumn(PersonModel::HoursLast12Months, Qt::DescendingOrder);
    CHECK(model->idAt(0) == f.people.at(1));
    view.tableView()->sortByColumn(PersonModel::LastActive, Qt::DescendingOrder);
    CHECK(model->idAt(0) == f.people.at(0));
}

TEST_CASE("initiativeDetail_meetingsAreAddedAndUndone", "[succession]")
{
    GridFixture f(1);
    InitiativeDetailDialog dialog(f.d, f.initiative);
    EventModel* model = qobject_cast<EventModel*>(dialog.meetings()->tableView()->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    f.d.execute(std::make_unique<SaveRecordCommand<EventRepository, AnonymousEvent>>(
        f.d, Document::Kind::Activities, std::nullopt,
        AnonymousEvent {0, f.initiative, QDate(2025, 5, 10), 23, u"clean-up"_s}, u"Add meeting"_s));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, EventModel::Participants).data().toInt() == 23);
    f.d.undoStack()->undo();
    CHECK(model->rowCount() == 0);
    CHECK(dialog.tabs()->count() == 4);
    CHECK(dialog.hoursGrid());
}
