#include "InitiativeView.h"

#include "ui/initiatives/InitiativeDetailDialog.h"
#include "ui/risk/RiskBreakdownWidget.h"
#include "ui/risk/RiskCache.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InitiativeView::InitiativeView(QWidget* parent)
    : RecordListView(Document::Kind::Initiatives, QT_TR_NOOP("Delete initiative"), parent)
    , m_status(addEnumFilter<InitiativeStatus>(u"statusComboBox"_s, tr("Show only initiatives with this status"),
                                               tr("All statuses")))
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only initiatives with this theme")))
    , m_risk(addFilterComboBox(u"riskComboBox"_s, tr("Show only initiatives in this continuity risk band"),
                               {{tr("All risk bands"), -1},
                                {tr("High risk only"), int(RiskBand::High)},
                                {tr("Medium risk only"), int(RiskBand::Medium)},
                                {tr("Low risk only"), int(RiskBand::Low)}}))
    , m_breakdown(new RiskBreakdownWidget(this))
{
    setObjectName(u"initiativeView"_s);
    setCountText(QT_TR_N_NOOP("%n initiative(s)"));
    searchLineEdit()->setPlaceholderText(tr("Search title or description..."));
    // The risk breakdown of the selected initiative, between the table and the count.
    addBelowList(m_breakdown);

    // People, hours, meetings and succession of the current initiative: a button, the context menu and Enter.
    auto* details = new QAction(tr("&People and hours..."), this);
    details->setObjectName(u"detailsAction"_s);
    details->setToolTip(tr("Show who is involved, the hours grid, the meetings and the succession register"));
    connect(details, &QAction::triggered, this, &InitiativeView::showDetails);
    tableView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    tableView()->addAction(details);
    details->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    details->setShortcutContext(Qt::WidgetShortcut);
    auto* detailsButton = new QPushButton(details->text(), this);
    detailsButton->setObjectName(u"detailsButton"_s);
    detailsButton->setToolTip(details->toolTip());
    connect(detailsButton, &QPushButton::clicked, details, &QAction::trigger);
    addButton(detailsButton);
}

void InitiativeView::showDetails()
{
    if (const qint64 id = currentId(); document() && id > 0) {
        InitiativeDetailDialog dialog(*document(), id, this);
        dialog.exec();
    }
}

void InitiativeView::setRiskBandFilter(std::optional<RiskBand> band)
{
    m_risk->setCurrentIndex(qMax(0, m_risk->findData(band ? int(*band) : -1)));
}

std::optional<RiskBand> InitiativeView::riskBandFilter() const
{
    const int band = m_risk->currentData().toInt();
    return band < 0 ? std::nullopt : std::optional<RiskBand>(RiskBand(band));
}

void InitiativeView::showCurrentRisk()
{
    m_breakdown->setInitiative(currentId());
}

LazyTableModel* InitiativeView::createModel(Document& document)
{
    auto* model = new InitiativeModel(document.initiatives());
    model->setRiskCache(&RiskCache::of(document));
    m_breakdown->setDocument(&document);
    // The table gets its new selection model after this; follow it once the model is shown.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (tableView()->selectionModel()) {
            connect(tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &InitiativeView::showCurrentRisk, Qt::UniqueConnection);
        }
        showCurrentRisk();
    });
    return model;
}

void InitiativeView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = m_theme->currentData().toLongLong(); theme > 0) {
        query.themeId = theme;
    }
    query.initiativeStatus = m_status->currentData().toString();
    if (auto* initiatives = qobject_cast<InitiativeModel*>(model())) {
        initiatives->setBandFilter(riskBandFilter());
    }
}

QString InitiativeView::describeRecord(const Initiative& initiative) const
{
    return tr("initiative “%1”").arg(initiative.title);
}

void InitiativeView::refreshFilters(Document* document)
{
    refillFilter(m_theme, tr("All themes"), document ? document->themes().all() : QList<Theme> {});
}

void InitiativeView::setColumnWidths()
{
    // The risk beside the title and ward.
    moveColumns({InitiativeModel::RiskScoreColumn, InitiativeModel::RiskBandColumn}, 2);
}
