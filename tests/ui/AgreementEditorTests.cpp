// The agreement editor driven offscreen: every field, KPIs with measurements, evaluations, refusals next to the field,
// and undo/redo of an edit and a delete with everything in the agreement.
#include "tests/ui/AgreementTestSupport.h"
#include "ui/agreements/AgreementCommand.h"
#include "ui/agreements/AgreementEditor.h"
#include "ui/agreements/AgreementView.h"
#include "ui/agreements/CheckList.h"
#include "ui/agreements/EvaluationPanel.h"
#include "ui/agreements/KpiPanel.h"
#include "ui/common/LazyTableModel.h"
#include "ui/common/MeasurementTable.h"
#include "ui/common/RecordTable.h"
#include "ui/partners/PartnerView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QPushButton* button(QWidget* parent, const QString& name)
{
    auto* b = parent->findChild<QPushButton*>(name);
    REQUIRE(b);
    return b;
}

/// Fills the general tab of a new agreement with valid values.
void fillGeneral(AgreementEditor& editor, const AgreementFixture& f)
{
    auto* partner = editor.findChild<QComboBox*>(u"partnerComboBox"_s);
    partner->setCurrentIndex(partner->findData(f.partner));
    setText(&editor, u"titleLineEdit"_s, u"Jongerenwerk op straat"_s);
    editor.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)->setPlainText(u"Twee avonden per week"_s);
    REQUIRE(editor.wardList()->setChecked(u"Oosterpark (WK036301)"_s, true));
    REQUIRE(editor.wardList()->setChecked(u"Dapperbuurt (WK036302)"_s, true));
    REQUIRE(editor.initiativeList()->setChecked(u"Buurtpreventie (Oosterpark)"_s, true));
    setTexts(&editor,
             {{u"startDateLineEdit"_s, u"01-01-2025"_s},
              {u"endDateLineEdit"_s, u"31-12-2026"_s},
              {u"budgetLineEdit"_s, u"12500"_s}});
    auto* monitoring = editor.findChild<QComboBox*>(u"monitoringComboBox"_s);
    monitoring->setCurrentIndex(monitoring->findData(int(MonitoringFrequency::Quarterly)));
    editor.findChild<QCheckBox*>(u"monitoringAgreedCheckBox"_s)->setChecked(true);
    setText(&editor, u"nextEvaluationLineEdit"_s, u"01-09-2025"_s);
}

void addMeasurement(AgreementEditor& editor, const QString& date, const QString& value)
{
    onNextModal(u"measurementEditor"_s, [date, value](QDialog* d) {
        setText(d, u"dateLineEdit"_s, date);
        setText(d, u"valueLineEdit"_s, value);
        setText(d, u"noteLineEdit"_s, u"telling"_s);
        button(d, u"okButton"_s)->click();
    });
    button(&editor, u"measurementsAddButton"_s)->click();
}

} // namespace

TEST_CASE("agreementEditor_newAgreementWithKpiMeasurementsAndEvaluation_savedAsOneUndoableCommand", "[agreementui]")
{
    AgreementFixture f;
    Document& d = f.doc();
    AgreementEditor editor(d, 0);
    editor.show();
    fillGeneral(editor, f);

    // A KPI through its dialog: a target on the wrong side of the baseline is refused next to the target first.
    editor.tabs()->setCurrentIndex(AgreementEditor::KpiTab);
    QString refused;
    onNextModal(u"kpiEditor"_s, [&refused](QDialog* k) {
        setText(k, u"nameLineEdit"_s, u"Meldingen van overlast"_s);
        setText(k, u"unitLineEdit"_s, u"per kwartaal"_s);
        auto* direction = k->findChild<QComboBox*>(u"directionComboBox"_s);
        direction->setCurrentIndex(direction->findData(int(Direction::Lower)));
        setText(k, u"baselineLineEdit"_s, u"40"_s);
        setText(k, u"targetLineEdit"_s, u"55"_s);
        button(k, u"okButton"_s)->click();
        refused = fieldError(k, u"target"_s);
        CHECK(k->isVisible());
        setText(k, u"targetLineEdit"_s, u"25,5"_s);
        button(k, u"okButton"_s)->click();
    });
    button(&editor, u"kpisAddButton"_s)->click();
    CHECK(refused.contains(u"lower is better"_s));
    REQUIRE(editor.kpiPanel()->kpis().size() == 1);
    CHECK(editor.kpiPanel()->kpis().first().target == 25.5);
    addMeasurement(editor, u"01-03-2025"_s, u"36"_s);
    addMeasurement(editor, u"01-06-2025"_s, u"31"_s);
    REQUIRE(editor.kpiPanel()->kpis().first().measurements.size() == 2);
    CHECK(editor.findChild<QLabel*>(u"progressLabel"_s)->text().contains(u"62%"_s));
    CHECK(editor.kpiPanel()->model()->index(0, KpiListModel::ProgressColumn).data().toString() == u"62%"_s);

    editor.tabs()->setCurrentIndex(AgreementEditor::EvaluationTab);
    onNextModal(u"evaluationEditor"_s, [](QDialog* e) {
        setText(e, u"dateLineEdit"_s, u"15-05-2025"_s);
        e->findChild<QPlainTextEdit*>(u"outcomePlainTextEdit"_s)->setPlainText(u"Minder overlast op het plein"_s);
        auto* decision = e->findChild<QComboBox*>(u"decisionComboBox"_s);
        decision->setCurrentIndex(decision->findData(int(EvaluationDecision::Adjust)));
        button(e, u"okButton"_s)->click();
    });
    button(&editor, u"evaluationsAddButton"_s)->click();
    REQUIRE(editor.evaluationPanel()->evaluations().size() == 1);

    CHECK(d.agreements().count(ListQuery {}) == 0);
    button(&editor, u"okButton"_s)->click();
    for (QLabel* label : editor.findChildren<QLabel*>()) {
        if (label->objectName().endsWith(u"ErrorLabel"_s) && !label->isHidden()) {
            FAIL_CHECK(label->objectName().toStdString() + ": " + label->text().toStdString());
        }
    }
    CHECK(editor.result() == QDialog::Accepted);
    REQUIRE(d.agreements().count(ListQuery {}) == 1);
    const qint64 id = d.agreements().list(ListQuery {}, 0, 1).first().id;
    const auto record = d.agreements().loadRecord(id);
    REQUIRE(record);
    CHECK(record->agreement.title == u"Jongerenwerk op straat"_s);
    CHECK(record->agreement.wardIds == QList<qint64> {f.ward, f.ward2});
    CHECK(record->agreement.initiativeIds == QList<qint64> {f.initiative});
    CHECK(record->agreement.budgetCents == 1250000);
    CHECK(record->agreement.nextEvaluation == QDate(2025, 9, 1));
    CHECK(record->agreement.monitoringAgreed);
    REQUIRE(record->kpis.size() == 1);
    CHECK(record->kpis.first().direction == Direction::Lower);
    CHECK(record->kpis.first().measurements.size() == 2);
    REQUIRE(record->evaluations.size() == 1);
    CHECK(record->evaluations.first().decision == EvaluationDecision::Adjust);

    // One command for all of it.
    REQUIRE(d.undoStack()->count() == 1);
    d.undoStack()->undo();
    CHECK(d.agreements().count(ListQuery {}) == 0);
    d.undoStack()->redo();
    CHECK(d.agreements().loadRecord(id) == record);
}

TEST_CASE("agreementEditor_invalidDatesAmountsAndMissingWardRefusedNextToTheField_nothingWritten", "[agreementui]")
{
    AgreementFixture f;
    Document& d = f.doc();
    const qint64 id = f.insert(f.agreement());
    const auto before = d.agreements().loadRecord(id);
    AgreementEditor editor(d, id);
    editor.show();
    setTexts(&editor,
             {{u"endDateLineEdit"_s, u"31-02-2026"_s},
              {u"budgetLineEdit"_s, u"veel geld"_s},
              {u"nextEvaluationLineEdit"_s, u"morgen"_s}});
    REQUIRE(editor.wardList()->setChecked(u"Oosterpark (WK036301)"_s, false));
    editor.tabs()->setCurrentIndex(AgreementEditor::EvaluationTab);
    button(&editor, u"okButton"_s)->click();

    CHECK(editor.result() != QDialog::Accepted);
    CHECK(fieldError(&editor, u"end_date"_s).contains(u"is not a date"_s));
    CHECK(fieldError(&editor, u"budget"_s).contains(u"is not an amount"_s));
    CHECK(fieldError(&editor, u"next_evaluation"_s).contains(u"is not a date"_s));
    CHECK(fieldError(&editor, u"wards"_s).contains(u"at least one ward"_s));
    CHECK(fieldError(&editor, u"title"_s).isEmpty());
    // The messages are on the first tab: the editor shows it.
    CHECK(editor.tabs()->currentIndex() == AgreementEditor::GeneralTab);
    CHECK(d.agreements().loadRecord(id) == before);
    CHECK(d.undoStack()->count() == 0);

    // End before start: the repository's rule, next to the end date.
    REQUIRE(editor.wardList()->setChecked(u"Oosterpark (WK036301)"_s, true));
    setTexts(&editor,
             {{u"budgetLineEdit"_s, u"1.000"_s},
              {u"nextEvaluationLineEdit"_s, QString()},
              {u"endDateLineEdit"_s, u"31-12-2024"_s}});
    button(&editor, u"okButton"_s)->click();
    CHECK(fieldError(&editor, u"end_date"_s).contains(u"before the start"_s));
    CHECK(fieldError(&editor, u"budget"_s).isEmpty());
    CHECK(d.agreements().loadRecord(id) == before);
}

TEST_CASE("measurementAndEvaluationEditors_refuseAnInvalidDateOrValue", "[agreementui]")
{
    MeasurementEditor measurement(Measurement {}, true);
    setTexts(&measurement, {{u"dateLineEdit"_s, u"32-01-2025"_s}, {u"valueLineEdit"_s, u"veel"_s}});
    button(&measurement, u"okButton"_s)->click();
    CHECK(measurement.result() != QDialog::Accepted);
    CHECK(fieldError(&measurement, u"date"_s).contains(u"is not a date"_s));
    CHECK(fieldError(&measurement, u"value"_s).contains(u"is not a number"_s));

    EvaluationEditor evaluation(Evaluation {}, true);
    setText(&evaluation, u"dateLineEdit"_s, QString());
    button(&evaluation, u"okButton"_s)->click();
    CHECK(evaluation.result() != QDialog::Accepted);
    CHECK(fieldError(&evaluation, u"date"_s).contains(u"date of the evaluation"_s));
}

TEST_CASE("agreementEdit_undoRedoRestoresKpisMeasurementsAndEvaluations", "[agreementui][undo]")
{
    AgreementFixture f;
    Document& d = f.doc();
    AgreementRecord record;
    record.agreement = f.agreement();
    Kpi kpi;
    kpi.name = u"Bezoekers"_s;
    kpi.baseline = 10;
    kpi.target = 50;
    kpi.measurements = {Measurement {0, QDate(2025, 3, 1), 20, {}}, Measurement {0, QDate(2025, 5, 1), 30, {}}};
    record.kpis = {kpi};
    record.evaluations = {Evaluation {0, 0, QDate(2025, 4, 1), u"Goed begin"_s, EvaluationDecision::Continue}};
    d.execute(
        std::make_unique<AgreementCommand>(d, Document::Kind::Agreements, std::nullopt, record, u"Add agreement"_s));
    const qint64 id = d.agreements().list(ListQuery {}, 0, 1).first().id;
    const auto original = d.agreements().loadRecord(id);
    REQUIRE(original);

    {
        // Edit in the editor: another title, the KPI removed, a second evaluation.
        AgreementEditor editor(d, id);
        editor.show();
        setText(&editor, u"titleLineEdit"_s, u"Veilige buurt 2.0"_s);
        editor.tabs()->setCurrentIndex(AgreementEditor::KpiTab);
        editor.kpiPanel()->selectRow(0);
        button(&editor, u"kpisRemoveButton"_s)->click();
        AgreementRecord changed = *original;
        changed.evaluations << Evaluation {0, id, QDate(2025, 6, 1), u"Bijsturen"_s, EvaluationDecision::Adjust};
        editor.evaluationPanel()->setEvaluations(changed.evaluations);
        button(&editor, u"okButton"_s)->click();
        REQUIRE(editor.result() == QDialog::Accepted);
    }
    const auto edited = d.agreements().loadRecord(id);
    CHECK(edited->agreement.title == u"Veilige buurt 2.0"_s);
    CHECK(edited->kpis.isEmpty());
    CHECK(edited->evaluations.size() == 2);

    d.undoStack()->undo();
    CHECK(d.agreements().loadRecord(id) == original);
    d.undoStack()->redo();
    CHECK(d.agreements().loadRecord(id) == edited);
    d.undoStack()->undo();
    CHECK(d.agreements().loadRecord(id) == original);
}

TEST_CASE("agreementDelete_fromTheList_confirmedAndUndoneWithKpisAndEvaluations", "[agreementui][undo]")
{
    AgreementFixture f;
    Document& d = f.doc();
    AgreementRecord record;
    record.agreement = f.agreement();
    Kpi kpi;
    kpi.name = u"Bezoekers"_s;
    kpi.target = 50;
    kpi.measurements = {Measurement {0, QDate(2025, 3, 1), 20, u"start"_s}};
    record.kpis = {kpi};
    record.evaluations = {Evaluation {0, 0, QDate(2025, 4, 1), u"Goed begin"_s, EvaluationDecision::Continue}};
    const qint64 id = d.agreements().insertRecord(record);
    const auto original = d.agreements().loadRecord(id);

    AgreementView view;
    view.setDocument(&d);
    REQUIRE(view.model()->totalCount() == 1);
    view.tableView()->selectRow(0);
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    view.deleteCurrent();
    CHECK(question.contains(u"1 KPI"_s));
    CHECK(question.contains(u"1 evaluation"_s));
    CHECK_FALSE(d.agreements().find(id));
    CHECK(view.model()->totalCount() == 0);

    d.undoStack()->undo();
    CHECK(d.agreements().loadRecord(id) == original);
    CHECK(view.model()->totalCount() == 1);
    d.undoStack()->redo();
    CHECK_FALSE(d.agreements().find(id));
}

TEST_CASE("partnerDelete_fromTheList_refusedWithTheRepositoryMessage", "[agreementui]")
{
    AgreementFixture f;
    f.insert(f.agreement());
    Document& d = f.doc();
    PartnerView view;
    view.setDocument(&d);
    REQUIRE(view.model()->totalCount() == 1);
    view.tableView()->selectRow(0);
    QStringList texts;
    // Refused before any "do you want to delete" question, naming what refers to the partner.
    answerMessageBoxes({QMessageBox::Ok}, &texts);
    view.deleteCurrent();
    REQUIRE(texts.size() == 1);
    CHECK(texts.at(0).contains(u"Politie Oost"_s));
    CHECK(texts.at(0).contains(u"1 agreement"_s));
    CHECK(d.partners().find(f.partner));
    CHECK(d.undoStack()->count() == 0);
}
