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

AgreementEditor::AgreementEditor(Document& document, qint64 id, QWidget* parent, std::optional<qint64> wardId)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.agreements().loadRecord(id) : std::nullopt)
    , m_tabs(new QTabWidget(this))
    , m_partner(new QComboBox)
    , m_title(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_start(Inputs::makeDateLineEdit(u"startDateLineEdit"_s))
    , m_end(Inputs::makeDateLineEdit(u"endDateLineEdit"_s))
    , m_budget(new QLineEdit)
    , m_monitoring(new QComboBox)
    , m_monitoringAgreed(new QCheckBox(tr("Monitoring and evaluation are laid down in the agreement")))
    , m_nextEvaluation(Inputs::makeDateLineEdit(u"nextEvaluationLineEdit"_s))
    , m_status(new QComboBox)
    , m_kpis(new KpiPanel(document))
    , m_evaluations(new EvaluationPanel)
{
    setObjectName(u"agreementEditor"_s);
    setWindowTitle(m_original ? tr("Agreement: %1").arg(m_original->agreement.title) : tr("New agreement"));
    m_tabs->setObjectName(u"agreementTabWidget"_s);

    QList<CheckList::Item> wards;
    for (const Ward& w : document.wards().all()) {
        wards.append({w.id, WardPicker::caption(w)});
    }
    m_wards = new CheckList(u"wards"_s, wards);
    m_initiatives = new CheckList(u"initiatives"_s, {});
    m_tabs->addTab(createGeneralPage(), tr("&Agreement"));
    m_tabs->addTab(m_kpis, tr("&KPIs"));
    m_tabs->addTab(m_evaluations, tr("E&valuations"));
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        box->insertWidget(0, m_tabs, 1);
    }

    AgreementRecord r = m_original.value_or(AgreementRecord {});
    if (!m_original) {
        r.agreement.startDate = QDate::currentDate();
        r.agreement.status = AgreementStatus::Active;
        if (wardId) {
            r.agreement.wardIds = {*wardId};
        }
    }
    const Agreement& a = r.agreement;
    m_partner->setCurrentIndex(qMax(0, m_partner->findData(a.partnerId)));
    m_title->setText(a.title);
    m_description->setPlainText(a.description);
    m_wards->setCheckedIds(a.wardIds);
    refreshInitiatives();
    m_initiatives->setCheckedIds(a.initiativeIds);
    Inputs::setDate(m_start, a.startDate);
    Inputs::setDate(m_end, a.endDate);
    Inputs::setAmount(m_budget, a.budgetCents);
    m_monitoring->setCurrentIndex(m_monitoring->findData(int(a.monitoring)));
    m_monitoringAgreed->setChecked(a.monitoringAgreed);
    Inputs::setDate(m_nextEvaluation, a.nextEvaluation);
    m_status->setCurrentIndex(m_status->findData(int(a.status)));
    m_kpis->setKpis(r.kpis);
    m_evaluations->setEvaluations(r.evaluations);
    updatePeriod();

    connect(m_wards, &CheckList::checkedChanged, this, &AgreementEditor::refreshInitiatives);
    connect(m_start, &QLineEdit::editingFinished, this, &AgreementEditor::updatePeriod);
    connect(m_end, &QLineEdit::editingFinished, this, &AgreementEditor::updatePeriod);
    resize(820, 640);
}

QWidget* AgreementEditor::createGeneralPage()
{
    m_partner->setObjectName(u"partnerComboBox"_s);
    m_partner->addItem(tr("Choose a partner..."), qint64(0));
    for (const Partner& p : m_document.partners().all()) {
        m_partner->addItem(u"%1 (%2)"_s.arg(p.name, Enums::label(p.type)), p.id);
    }
    m_title->setObjectName(u"titleLineEdit"_s);
    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the partner and the municipality agreed"));
    m_budget->setObjectName(u"budgetLineEdit"_s);
    m_budget->setPlaceholderText(tr("euros, e.g. 12.500,00"));
    m_budget->setMaximumWidth(160);
    m_monitoring->setObjectName(u"monitoringComboBox"_s);
    for (MonitoringFrequency f : Enums::all<MonitoringFrequency>()) {
        m_monitoring->addItem(Enums::label(f), int(f));
    }
    m_monitoringAgreed->setObjectName(u"monitoringAgreedCheckBox"_s);
    m_status->setObjectName(u"statusComboBox"_s);
    for (AgreementStatus s : Enums::all<AgreementStatus>()) {
        m_status->addItem(Enums::label(s), int(s));
    }

    auto* page = new QWidget;
    page->setObjectName(u"generalPage"_s);
    FieldErrors& e = fieldErrors();
    // Two columns: what the agreement is on the left, its period, money and follow-up on the right.
    auto* left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    e.addRow(left, tr("&Partner:"), u"partner"_s, m_partner);
    e.addRow(left, tr("&Title:"), u"title"_s, m_title);
    e.addRow(left, tr("Descri&ption:"), u"description"_s, m_description);
    e.addRow(left, tr("&Wards:"), u"wards"_s, m_wards);
    e.addRow(left, tr("&Initiatives:"), u"initiatives"_s, m_initiatives);
    auto* right = new QFormLayout;
    e.addRow(right, tr("&Start:"), u"start_date"_s, m_start);
    e.addRow(right, tr("&End:"), u"end_date"_s, m_end);
    e.addRow(right, tr("&Budget:"), u"budget"_s, m_budget);
    e.addRow(right, tr("&Monitoring:"), u"monitoring"_s, m_monitoring);
    e.addRow(right, tr("M&&E:"), u"me_agreed"_s, m_monitoringAgreed);
    e.addRow(right, tr("&Next evaluation:"), u"next_evaluation"_s, m_nextEvaluation);
    e.addRow(right, tr("St&atus:"), u"status"_s, m_status);
    auto* grid = new QGridLayout(page);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    // Extra height goes to the initiatives list, not between the fields.
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_description->setFixedHeight(70);
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
        for (const InitiativeRow& i : m_document.initiatives().list(query, 0, 1000)) {
            items.append({i.id, u"%1 (%2)"_s.arg(i.title, i.wardName)});
            seen << i.id;
        }
    }
    QList<qint64> linked = m_initiatives->checkedIds();
    if (m_original) {
        linked << m_original->agreement.initiativeIds;
    }
    for (qint64 id : std::as_const(linked)) {
        if (!seen.contains(id)) {
            if (const auto i = m_document.initiatives().find(id)) {
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

bool AgreementEditor::save(QList<FieldError>& errors)
{
    AgreementRecord r = m_original.value_or(AgreementRecord {});
    Agreement& a = r.agreement;
    a.partnerId = m_partner->currentData().toLongLong();
    a.title = m_title->text().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.wardIds = m_wards->checkedIds();
    a.initiativeIds = m_initiatives->checkedIds();
    a.startDate = Inputs::readDate(m_start, u"start_date"_s, errors);
    a.endDate = Inputs::readDate(m_end, u"end_date"_s, errors);
    a.budgetCents = Inputs::readAmount(m_budget, u"budget"_s, errors);
    a.monitoring = MonitoringFrequency(m_monitoring->currentData().toInt());
    a.monitoringAgreed = m_monitoringAgreed->isChecked();
    a.nextEvaluation = Inputs::readDate(m_nextEvaluation, u"next_evaluation"_s, errors);
    a.status = AgreementStatus(m_status->currentData().toInt());
    r.kpis = m_kpis->kpis();
    r.evaluations = m_evaluations->evaluations();
    for (const FieldError& error : m_document.agreements().validate(a)) {
        // A date that could not be read is already reported; do not compare it.
        const bool unread = std::any_of(errors.cbegin(), errors.cend(), [&error](const FieldError& e) {
            return e.field == error.field || (error.field == u"end_date"_s && e.field == u"start_date"_s);
        });
        if (!unread) {
            errors << error;
        }
    }
    return saveRecord<AgreementRecordRepository>(m_document, Document::Kind::Agreements, m_original, r, errors,
                                                 tr("Add agreement"), tr("Edit agreement"));
}
