#include "InitiativeEditor.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/ThemeChecklist.h"
#include "ui/common/WardPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {
template<typename E> QComboBox* enumComboBox(const QString& objectName)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    for (E value : Enums::all<E>()) {
        combo->addItem(Enums::label(value), int(value));
    }
    return combo;
}

template<typename E> void selectEnum(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

template<typename E> E currentEnum(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
}

QLineEdit* lineEdit(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    return edit;
}

QPlainTextEdit* textEdit(const QString& objectName, int height)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setMaximumHeight(height);
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

InitiativeEditor::InitiativeEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.initiatives().find(id) : std::nullopt)
    , m_ward(new QComboBox)
    , m_title(lineEdit(u"titleLineEdit"_s))
    , m_description(textEdit(u"descriptionPlainTextEdit"_s, 70))
    , m_themes(new ThemeChecklist(document.themes()))
    , m_track(enumComboBox<Track>(u"trackComboBox"_s))
    , m_status(enumComboBox<InitiativeStatus>(u"statusComboBox"_s))
    , m_startDate(Inputs::makeDateLineEdit(u"startDateLineEdit"_s))
    , m_plannedEnd(Inputs::makeDateLineEdit(u"plannedEndLineEdit"_s))
    , m_budgetRequested(lineEdit(u"budgetRequestedLineEdit"_s))
    , m_budgetGranted(lineEdit(u"budgetGrantedLineEdit"_s))
    , m_fundingSource(lineEdit(u"fundingSourceLineEdit"_s))
    , m_fundingEnd(Inputs::makeDateLineEdit(u"fundingEndLineEdit"_s))
    , m_followUpFunding(new QCheckBox(tr("Follow-up funding has been arranged")))
    , m_leadType(enumComboBox<LeadType>(u"leadTypeComboBox"_s))
    , m_fitsFramework(enumComboBox<FitsFramework>(u"fitsFrameworkComboBox"_s))
    , m_framework(new QComboBox)
    //: The follow-up (vervolgactie) of an initiative outside the policy framework; not the succession register.
    , m_followUp(new QGroupBox(tr("Follow-up (does not fit the policy framework)")))
    , m_department(lineEdit(u"departmentLineEdit"_s))
    , m_owner(lineEdit(u"ownerLineEdit"_s))
    , m_deadline(Inputs::makeDateLineEdit(u"deadlineLineEdit"_s))
    , m_solution(textEdit(u"solutionPlainTextEdit"_s, 60))
    , m_followUpStatus(enumComboBox<FollowUpStatus>(u"followUpStatusComboBox"_s))
{
    setObjectName(u"initiativeEditor"_s);
    setWindowTitle(m_original ? tr("Edit initiative") : tr("New initiative"));
    m_ward->setObjectName(u"wardComboBox"_s);
    m_themes->setObjectName(u"themesListWidget"_s);
    m_followUpFunding->setObjectName(u"followUpFundingCheckBox"_s);
    m_framework->setObjectName(u"frameworkComboBox"_s);
    m_followUp->setObjectName(u"followUpGroupBox"_s);
    m_budgetRequested->setPlaceholderText(tr("euros"));
    m_budgetGranted->setPlaceholderText(tr("euros"));

    WardPicker::fill(m_ward, document.wards().all());
    m_framework->addItem(tr("(none)"), qint64(0));
    for (const PolicyFramework& framework : document.frameworks().all()) {
        m_framework->addItem(framework.title, framework.id);
    }

    addRow(tr("&Ward:"), u"ward"_s, m_ward);
    addRow(tr("&Title:"), u"title"_s, m_title);
    addRow(tr("&Description:"), u"description"_s, m_description);
    addRow(tr("T&hemes:"), u"themes"_s, m_themes);
    addRow(tr("Trac&k:"), u"track"_s, m_track);
    addRow(tr("&Status:"), u"status"_s, m_status);
    addRow(tr("Start &date:"), u"start_date"_s, m_startDate);
    addRow(tr("&Planned end:"), u"planned_end"_s, m_plannedEnd);
    addRow(tr("&Lead:"), u"lead_type"_s, m_leadType);
    addRow(tr("&Fits policy framework:"), u"fits_framework"_s, m_fitsFramework);
    addRow(tr("Policy fra&mework:"), u"framework"_s, m_framework);
    // Money and the follow-up in a second column: in one column the editor is taller than a laptop's screen.
    addSideRow(tr("Budget re&quested:"), u"budget_requested"_s, m_budgetRequested);
    addSideRow(tr("Budget &granted:"), u"budget_granted"_s, m_budgetGranted);
    addSideRow(tr("Funding s&ource:"), u"funding_source"_s, m_fundingSource);
    addSideRow(tr("Funding &ends:"), u"funding_end"_s, m_fundingEnd);
    addSideRow(QString(), u"follow_up_funding"_s, m_followUpFunding);

    auto* followUpForm = new QFormLayout(m_followUp);
    fieldErrors().addRow(followUpForm, tr("Department:"), u"follow_up_department"_s, m_department);
    fieldErrors().addRow(followUpForm, tr("Owner:"), u"follow_up_owner"_s, m_owner);
    //: The date by which the follow-up must be done (uiterste datum); not the English "deadline".
    fieldErrors().addRow(followUpForm, tr("Due by:"), u"follow_up_deadline"_s, m_deadline);
    fieldErrors().addRow(followUpForm, tr("Agreed solution:"), u"follow_up_solution"_s, m_solution);
    fieldErrors().addRow(followUpForm, tr("Status:"), u"follow_up_status"_s, m_followUpStatus);
    sideForm()->addRow(m_followUp);

    Initiative i = m_original.value_or(Initiative {});
    if (!m_original && wardId) {
        i.wardId = *wardId;
    }
    m_ward->setCurrentIndex(m_ward->findData(i.wardId));
    m_title->setText(i.title);
    m_description->setPlainText(i.description);
    m_themes->setCheckedIds(i.themeIds);
    selectEnum(m_track, i.track);
    selectEnum(m_status, i.status);
    Inputs::setDate(m_startDate, i.startDate);
    Inputs::setDate(m_plannedEnd, i.plannedEnd);
    Inputs::setAmount(m_budgetRequested, i.budgetRequestedCents);
    Inputs::setAmount(m_budgetGranted, i.budgetGrantedCents);
    m_fundingSource->setText(i.fundingSource);
    Inputs::setDate(m_fundingEnd, i.fundingEnd);
    m_followUpFunding->setChecked(i.followUpFunding);
    selectEnum(m_leadType, i.leadType);
    selectEnum(m_fitsFramework, i.fitsFramework);
    m_framework->setCurrentIndex(qMax(0, m_framework->findData(i.frameworkId.value_or(0))));
    m_department->setText(i.followUp.department);
    m_owner->setText(i.followUp.owner);
    Inputs::setDate(m_deadline, i.followUp.deadline);
    m_solution->setPlainText(i.followUp.solution);
    selectEnum(m_followUpStatus, i.followUp.status);

    connect(m_fitsFramework, &QComboBox::currentIndexChanged, this, &InitiativeEditor::updateFollowUp);
    updateFollowUp();
    resize(qMax(900, sizeHint().width()), sizeHint().height());
}

void InitiativeEditor::updateFollowUp()
{
    m_followUp->setEnabled(currentEnum<FitsFramework>(m_fitsFramework) == FitsFramework::No);
}

bool InitiativeEditor::save(QList<FieldError>& errors)
{
    Initiative i = m_original.value_or(Initiative {});
    i.wardId = m_ward->currentData().toLongLong();
    i.title = m_title->text().trimmed();
    i.description = m_description->toPlainText();
    i.themeIds = m_themes->checkedIds();
    i.track = currentEnum<Track>(m_track);
    i.status = currentEnum<InitiativeStatus>(m_status);
    i.startDate = Inputs::readDate(m_startDate, u"start_date"_s, errors);
    i.plannedEnd = Inputs::readDate(m_plannedEnd, u"planned_end"_s, errors);
    i.budgetRequestedCents = Inputs::readAmount(m_budgetRequested, u"budget_requested"_s, errors);
    i.budgetGrantedCents = Inputs::readAmount(m_budgetGranted, u"budget_granted"_s, errors);
    i.fundingSource = m_fundingSource->text().trimmed();
    i.fundingEnd = Inputs::readDate(m_fundingEnd, u"funding_end"_s, errors);
    i.followUpFunding = m_followUpFunding->isChecked();
    i.leadType = currentEnum<LeadType>(m_leadType);
    i.fitsFramework = currentEnum<FitsFramework>(m_fitsFramework);
    const qint64 framework = m_framework->currentData().toLongLong();
    i.frameworkId = framework > 0 ? std::optional<qint64>(framework) : std::nullopt;
    i.followUp.department = m_department->text().trimmed();
    i.followUp.owner = m_owner->text().trimmed();
    i.followUp.deadline = Inputs::readDate(m_deadline, u"follow_up_deadline"_s, errors);
    i.followUp.solution = m_solution->toPlainText();
    i.followUp.status = currentEnum<FollowUpStatus>(m_followUpStatus);
    errors << m_document.initiatives().validate(i);
    return saveRecord<InitiativeRepository>(m_document, Document::Kind::Initiatives, m_original, i, errors,
                                            tr("Add initiative"), tr("Edit initiative"));
}
