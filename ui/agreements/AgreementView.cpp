#include "AgreementView.h"

#include "ui/Document.h"
#include "ui/agreements/AgreementCommand.h"
#include "ui/agreements/AgreementEditor.h"
#include "ui/agreements/AgreementModel.h"
#include "ui/common/Inputs.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

AgreementView::AgreementView(QWidget* parent)
    : ListView(parent)
    , m_status(addEnumFilter<AgreementStatus>(u"statusComboBox"_s, tr("Show only agreements with this status"),
                                              tr("All statuses")))
    , m_partner(addFilterComboBox(u"partnerComboBox"_s, tr("Show only agreements with this partner")))
    , m_withoutMe(new QCheckBox(tr("Without M&&E only"), this))
    , m_periodBar(new QWidget(this))
    , m_periodLabel(new QLabel(m_periodBar))
{
    setObjectName(u"agreementView"_s);
    setCountText(QT_TR_N_NOOP("%n agreement(s)"));
    searchLineEdit()->setPlaceholderText(tr("Search title, description or partner..."));
    m_withoutMe->setObjectName(u"withoutMeCheckBox"_s);
    m_withoutMe->setToolTip(tr("Show only agreements in which no monitoring and evaluation is laid down"));
    connect(m_withoutMe, &QCheckBox::toggled, this, &ListView::applyQuery);
    addFilterWidget(m_withoutMe);

    m_periodBar->setObjectName(u"periodFilterBar"_s);
    m_periodLabel->setObjectName(u"periodFilterLabel"_s);
    auto* clear
        = new QPushButton(Inputs::icon(u"edit-clear"_s, QStyle::SP_DialogResetButton), tr("Show all"), m_periodBar);
    clear->setObjectName(u"clearPeriodFilterButton"_s);
    connect(clear, &QPushButton::clicked, this, &AgreementView::clearPeriodFilter);
    auto* bar = new QHBoxLayout(m_periodBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_periodLabel);
    bar->addWidget(clear);
    bar->addStretch(1);
    addAboveList(m_periodBar);
    m_periodBar->hide();
}

void AgreementView::showEndingIn(const QDate& month)
{
    const QDate first(month.year(), month.month(), 1);
    m_period = {};
    m_period.endFrom = first;
    m_period.endTo = first.addMonths(1).addDays(-1);
    m_periodText = tr("Agreements ending in %1").arg(QLocale().toString(first, u"MMMM yyyy"_s));
    updatePeriodBar();
}

void AgreementView::showEvaluationsDueIn(const QDate& month)
{
    const QDate first(month.year(), month.month(), 1);
    m_period = {};
    m_period.evaluationFrom = first;
    m_period.evaluationTo = first.addMonths(1).addDays(-1);
    m_periodText = tr("Evaluations due in %1").arg(QLocale().toString(first, u"MMMM yyyy"_s));
    updatePeriodBar();
}

void AgreementView::clearPeriodFilter()
{
    m_period = {};
    m_periodText.clear();
    updatePeriodBar();
}

QString AgreementView::periodFilterText() const
{
    return m_periodText;
}

void AgreementView::updatePeriodBar()
{
    m_periodLabel->setText(u"\u25b6 "_s + m_periodText);
    m_periodBar->setVisible(!m_periodText.isEmpty());
    applyQuery();
}

void AgreementView::setWithoutMonitoringOnly(bool on)
{
    m_withoutMe->setChecked(on);
    applyQuery();
}

void AgreementView::setStatusFilter(const QString& statusKey)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusKey)));
}

void AgreementView::setPartnerFilter(qint64 partnerId)
{
    m_partner->setCurrentIndex(qMax(0, m_partner->findData(partnerId)));
}

void AgreementView::setSearchText(const QString& text)
{
    searchLineEdit()->setText(text);
    applyQuery();
}

AgreementFilter AgreementView::filter() const
{
    AgreementFilter f = m_period;
    if (const qint64 partner = m_partner->currentData().toLongLong(); partner > 0) {
        f.partnerId = partner;
    }
    f.withoutMonitoringOnly = m_withoutMe->isChecked();
    return f;
}

LazyTableModel* AgreementView::createModel(Document& document)
{
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Partners) {
            refreshFilters(this->document());
        }
    });
    return new AgreementModel(document.agreements());
}

void AgreementView::fillQuery(ListQuery& query) const
{
    query.agreementStatus = m_status->currentData().toString();
    if (auto* agreements = qobject_cast<AgreementModel*>(model())) {
        agreements->setFilter(filter());
    }
}

void AgreementView::openEditor(Document& document, qint64 id)
{
    AgreementEditor editor(document, id, this, wardFilter());
    editor.exec();
}

void AgreementView::deleteRecord(Document& document, qint64 id)
{
    auto record = document.agreements().loadRecord(id);
    if (!record) {
        return;
    }
    document.execute(std::make_unique<AgreementCommand>(document, Document::Kind::Agreements, record, std::nullopt,
                                                        tr("Delete agreement")));
}

QString AgreementView::describe(Document& document, qint64 id) const
{
    const auto agreement = document.agreements().find(id);
    if (!agreement) {
        return {};
    }
    const QStringList contents = document.agreements().contents(id);
    return contents.isEmpty()
        ? tr("agreement \u201c%1\u201d").arg(agreement->title)
        : tr("agreement \u201c%1\u201d with %2").arg(agreement->title, contents.join(tr(" and ")));
}

void AgreementView::refreshFilters(Document* document)
{
    refillFilter(m_partner, tr("All partners"), document ? document->partners().all() : QList<Partner> {});
}
