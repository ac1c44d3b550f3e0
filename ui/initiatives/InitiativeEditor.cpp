#include "InitiativeEditor.h"

#include <QGroupBox>

using namespace Qt::StringLiterals;

namespace {
template<auto Member> constexpr auto followUp = nested<&Initiative::followUp, Member>;
} // namespace

InitiativeEditor::InitiativeEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : RecordEditor(document, id, Document::Kind::Initiatives, tr("Add initiative"), tr("Edit initiative"), parent)
{
    setObjectName(u"initiativeEditor"_s);
    setWindowTitle(isNew() ? tr("New initiative") : tr("Edit initiative"));
    if (isNew() && wardId) {
        record().wardId = *wardId;
    }
    wardBox(tr("&Ward:"), u"ward"_s, u"wardComboBox"_s, &Initiative::wardId, document.wards().all());
    lineEdit(tr("&Title:"), u"title"_s, u"titleLineEdit"_s, &Initiative::title);
    textEdit(tr("&Description:"), u"description"_s, u"descriptionPlainTextEdit"_s, &Initiative::description,
             TextRead::AsTyped)
        ->setMaximumHeight(70);
    themeList(tr("T&hemes:"), u"themes"_s, u"themesListWidget"_s, &Initiative::themeIds, document.themes());
    enumBox(tr("Trac&k:"), u"track"_s, u"trackComboBox"_s, &Initiative::track);
    enumBox(tr("&Status:"), u"status"_s, u"statusComboBox"_s, &Initiative::status);
    dateEdit(tr("Start &date:"), u"start_date"_s, u"startDateLineEdit"_s, &Initiative::startDate);
    dateEdit(tr("&Planned end:"), u"planned_end"_s, u"plannedEndLineEdit"_s, &Initiative::plannedEnd);
    enumBox(tr("&Lead:"), u"lead_type"_s, u"leadTypeComboBox"_s, &Initiative::leadType);
    m_fitsFramework = enumBox(tr("&Fits policy framework:"), u"fits_framework"_s, u"fitsFrameworkComboBox"_s,
                              &Initiative::fitsFramework);
    idBox(tr("Policy fra&mework:"), u"framework"_s, u"frameworkComboBox"_s, &Initiative::frameworkId,
          [&](QComboBox* combo) {
              combo->addItem(tr("(none)"), qint64(0));
              for (const PolicyFramework& framework : document.frameworks().all()) {
                  combo->addItem(framework.title, framework.id);
              }
          });

    // Money and the follow-up in a second column: in one column the editor is taller than a laptop's screen.
    placeRowsIn(sideForm());
    amountEdit(tr("Budget re&quested:"), u"budget_requested"_s, u"budgetRequestedLineEdit"_s,
               &Initiative::budgetRequestedCents)
        ->setPlaceholderText(tr("euros"));
    amountEdit(tr("Budget &granted:"), u"budget_granted"_s, u"budgetGrantedLineEdit"_s, &Initiative::budgetGrantedCents)
        ->setPlaceholderText(tr("euros"));
    lineEdit(tr("Funding s&ource:"), u"funding_source"_s, u"fundingSourceLineEdit"_s, &Initiative::fundingSource);
    dateEdit(tr("Funding &ends:"), u"funding_end"_s, u"fundingEndLineEdit"_s, &Initiative::fundingEnd);
    checkBox(QString(), u"follow_up_funding"_s, u"followUpFundingCheckBox"_s, &Initiative::followUpFunding,
             tr("Follow-up funding has been arranged"));

    //: The follow-up (vervolgactie) of an initiative outside the policy framework; not the succession register.
    m_followUp = named(new QGroupBox(tr("Follow-up (does not fit the policy framework)")), u"followUpGroupBox"_s);
    placeRowsIn(new QFormLayout(m_followUp));
    lineEdit(tr("Department:"), u"follow_up_department"_s, u"departmentLineEdit"_s, followUp<&FollowUp::department>);
    lineEdit(tr("Owner:"), u"follow_up_owner"_s, u"ownerLineEdit"_s, followUp<&FollowUp::owner>);
    //: The date by which the follow-up must be done (uiterste datum); not the English "deadline".
    dateEdit(tr("Due by:"), u"follow_up_deadline"_s, u"deadlineLineEdit"_s, followUp<&FollowUp::deadline>);
    textEdit(tr("Agreed solution:"), u"follow_up_solution"_s, u"solutionPlainTextEdit"_s, followUp<&FollowUp::solution>,
             TextRead::AsTyped)
        ->setMaximumHeight(60);
    enumBox(tr("Status:"), u"follow_up_status"_s, u"followUpStatusComboBox"_s, followUp<&FollowUp::status>);
    sideForm()->addRow(m_followUp);
    load();

    connect(m_fitsFramework, &QComboBox::currentIndexChanged, this, &InitiativeEditor::updateFollowUp);
    updateFollowUp();
    resize(qMax(900, sizeHint().width()), sizeHint().height());
}

void InitiativeEditor::updateFollowUp()
{
    m_followUp->setEnabled(FitsFramework(m_fitsFramework->currentData().toInt()) == FitsFramework::No);
}
