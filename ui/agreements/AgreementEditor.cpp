#include "AgreementEditor.h"

#include "ui/Document.h"
#include "ui/agreements/AgreementCommand.h"
#include "ui/agreements/CheckList.h"
#include "ui/agreements/EvaluationPanel.h"
#include "ui/agreements/KpiPanel.h"
#include "ui/common/Inputs.h"
#include "ui/common/WardPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
template<auto Member> constexpr auto agreement = nested<&AgreementRecord::agreement, Member>;
} // namespace

AgreementEditor::AgreementEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : RecordEditor(document, id, Document::Kind::Agreements, tr("Add agreement"), tr("Edit agreement"), parent)
    , m_tabs(new QTabWidget(this))
    , m_kpis(new KpiPanel(document))
    , m_evaluations(new EvaluationPanel)
{
    setObjectName(u"agreementEditor"_s);
    setWindowTitle(original() ? tr("Agreement: %1").arg(original()->agreement.title) : tr("New agreement"));
    m_tabs->setObjectName(u"agreementTabWidget"_s);
    if (isNew()) {
        record().agreement.startDate = QDate::currentDate();
        record().agreement.status = AgreementStatus::Active;
        if (wardId) {
            record().agreement.wardIds = {*wardId};
        }
    }

    m_tabs->addTab(createGeneralPage(), tr("&Agreement"));
    m_tabs->addTab(m_kpis, tr("&KPIs"));
    m_tabs->addTab(m_evaluations, tr("E&valuations"));
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        box->insertWidget(0, m_tabs, 1);
    }
    bind([this](const AgreementRecord& r) { m_kpis->setKpis(r.kpis); },
         [this](AgreementRecord& r, QList<FieldError>&) { r.kpis = m_kpis->kpis(); });
    bind([this](const AgreementRecord& r) { m_evaluations->setEvaluations(r.evaluations); },
         [this](AgreementRecord& r, QList<FieldError>&) { r.evaluations = m_evaluations->evaluations(); });
    load();
    updatePeriod();

    connect(m_wards, &CheckList::checkedChanged, this, &AgreementEditor::refreshInitiatives);
    connect(m_start, &QLineEdit::editingFinished, this, &AgreementEditor::updatePeriod);
    connect(m_end, &QLineEdit::editingFinished, this, &AgreementEditor::updatePeriod);
    resize(820, 640);
}

QWidget* AgreementEditor::createGeneralPage()
{
    QList<CheckList::Item> wards;
    for (const Ward& w : document().wards().all()) {
        wards.append({w.id, WardPicker::caption(w)});
    }
    m_wards = new CheckList(u"wards"_s, wards);
    m_initiatives = new CheckList(u"initiatives"_s, {});

    auto* page = new QWidget;
    page->setObjectName(u"generalPage"_s);
    // Two columns: what the agreement is on the left, its period, money and follow-up on the right.
    auto* left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    placeRowsIn(left);
    idBox(tr("&Partner:"), u"partner"_s, u"partnerComboBox"_s, agreement<&Agreement::partnerId>,
          [this](QComboBox* combo) {
              combo->addItem(tr("Choose a partner..."), qint64(0));
              for (const Partner& p : document().partners().all()) {
                  combo->addItem(u"%1 (%2)"_s.arg(p.name, Enums::label(p.type)), p.id);
              }
          });
    lineEdit(tr("&Title:"), u"title"_s, u"titleLineEdit"_s, agreement<&Agreement::title>);
    QPlainTextEdit* description = textEdit(tr("Descri&ption:"), u"description"_s, u"descriptionPlainTextEdit"_s,
                                           agreement<&Agreement::description>, TextRead::Trimmed);
    description->setPlaceholderText(tr("What the partner and the municipality agreed"));
    field(
        tr("&Wards:"), u"wards"_s, m_wards,
        [this](const AgreementRecord& r) { m_wards->setCheckedIds(r.agreement.wardIds); },
        [this](AgreementRecord& r, QList<FieldError>&) { r.agreement.wardIds = m_wards->checkedIds(); });
    // The initiatives to choose from follow the wards (loaded before them).
    field(
        tr("&Initiatives:"), u"initiatives"_s, m_initiatives,
        [this](const AgreementRecord& r) {
            refreshInitiatives();
            m_initiatives->setCheckedIds(r.agreement.initiativeIds);
        },
        [this](AgreementRecord& r, QList<FieldError>&) { r.agreement.initiativeIds = m_initiatives->checkedIds(); });
    auto* right = new QFormLayout;
    placeRowsIn(right);
    m_start = dateEdit(tr("&Start:"), u"start_date"_s, u"startDateLineEdit"_s, agreement<&Agreement::startDate>);
    m_end = dateEdit(tr("&End:"), u"end_date"_s, u"endDateLineEdit"_s, agreement<&Agreement::endDate>);
    QLineEdit* budget
        = amountEdit(tr("&Budget:"), u"budget"_s, u"budgetLineEdit"_s, agreement<&Agreement::budgetCents>);
    budget->setPlaceholderText(tr("euros, e.g. 12.500,00"));
    budget->setMaximumWidth(160);
    enumBox(tr("&Monitoring:"), u"monitoring"_s, u"monitoringComboBox"_s, agreement<&Agreement::monitoring>);
    checkBox(tr("M&&E:"), u"me_agreed"_s, u"monitoringAgreedCheckBox"_s, agreement<&Agreement::monitoringAgreed>,
             tr("Monitoring and evaluation are laid down in the agreement"));
    dateEdit(tr("&Next evaluation:"), u"next_evaluation"_s, u"nextEvaluationLineEdit"_s,
             agreement<&Agreement::nextEvaluation>);
    enumBox(tr("St&atus:"), u"status"_s, u"statusComboBox"_s, agreement<&Agreement::status>);
    auto* grid = new QGridLayout(page);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    // Extra height goes to the initiatives list, not between the fields.
    description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    description->setFixedHeight(70);
    m_wards->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_initiatives->listWidget()->setMaximumHeight(QWIDGETSIZE_MAX);
    return page;
}

void AgreementEditor::refreshInitiatives()
{
    // The initiatives of the chosen wards, and those already linked wherever they are.
    QList<CheckList::Item> items;
    QList<qint64> seen;
    for (qint64 wardId : m_wards->checkedIds()) {
        ListQuery query;
        query.wardId = wardId;
        for (const InitiativeRow& i : document().initiatives().list(query, 0, 1000)) {
            items.append({i.id, u"%1 (%2)"_s.arg(i.title, i.wardName)});
            seen << i.id;
        }
    }
    QList<qint64> linked = m_initiatives->checkedIds();
    if (original()) {
        linked << original()->agreement.initiativeIds;
    }
    for (qint64 id : std::as_const(linked)) {
        if (!seen.contains(id)) {
            if (const auto i = document().initiatives().find(id)) {
                items.append({i->id, i->title});
                seen << id;
            }
        }
    }
    m_initiatives->setItems(items);
}

void AgreementEditor::updatePeriod()
{
    QList<FieldError> ignored;
    m_kpis->setPeriod(Inputs::readDate(m_start, u"start_date"_s, ignored),
                      Inputs::readDate(m_end, u"end_date"_s, ignored));
}

void AgreementEditor::showKpi(qint64 kpiId)
{
    m_tabs->setCurrentIndex(KpiTab);
    m_kpis->selectKpi(kpiId);
}

void AgreementEditor::accept()
{
    EditorDialog::accept();
    if (result() == QDialog::Accepted) {
        return;
    }
    // Show the first tab with a message on it.
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        for (QLabel* label : m_tabs->widget(tab)->findChildren<QLabel*>()) {
            if (label->objectName().endsWith(u"ErrorLabel"_s) && !label->text().isEmpty()
                && label->isVisibleTo(m_tabs->widget(tab))) {
                m_tabs->setCurrentIndex(tab);
                return;
            }
        }
    }
}

QStringList AgreementEditor::extraState() const
{
    QStringList state;
    for (const Kpi& k : m_kpis->kpis()) {
        state << u"kpi %1|%2|%3|%4|%5|%6"_s.arg(k.id)
                     .arg(k.name, k.unit, k.baseline ? QString::number(*k.baseline) : QString())
                     .arg(k.target)
                     .arg(int(k.direction));
        for (const Measurement& m : k.measurements) {
            state << u"measurement %1|%2|%3|%4"_s.arg(m.id).arg(m.date.toString(Qt::ISODate)).arg(m.value).arg(m.note);
        }
    }
    for (const Evaluation& e : m_evaluations->evaluations()) {
        state
            << u"evaluation %1|%2|%3|%4"_s.arg(e.id).arg(e.date.toString(Qt::ISODate), e.outcome).arg(int(e.decision));
    }
    return state;
}

void AgreementEditor::check(const AgreementRecord& record, QList<FieldError>& errors) const
{
    for (const FieldError& error : document().agreements().validate(record.agreement)) {
        // A date that could not be read is already reported; do not compare it.
        const bool unread = std::any_of(errors.cbegin(), errors.cend(), [&error](const FieldError& e) {
            return e.field == error.field || (error.field == u"end_date"_s && e.field == u"start_date"_s);
        });
        if (!unread) {
            errors << error;
        }
    }
}
