#include "PersonView.h"

#include "ui/persons/PersonDetailDialog.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

PersonView::PersonView(QWidget* parent)
    : RecordListView(Document::Kind::Persons, QT_TR_NOOP("Delete resident"), parent)
    , m_engagement(addEnumFilter<Engagement>(u"engagementComboBox"_s, tr("Show only residents with this engagement"),
                                             tr("All engagement")))
    , m_inactive(new QCheckBox(tr("Only &inactive"), this))
{
    setObjectName(u"personView"_s);
    setCountText(QT_TR_N_NOOP("%n resident(s)"));
    searchLineEdit()->setPlaceholderText(tr("Search name, e-mail or skills..."));

    // "What if this person stops?": a button beside the list's buttons and the table's context menu.
    auto* whatIf = new QAction(tr("What if this person stops?"), this);
    whatIf->setObjectName(u"whatIfAction"_s);
    whatIf->setToolTip(tr("Show which of this resident's initiatives would move to high risk without them"));
    connect(whatIf, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId(); id > 0) {
            emit whatIfRequested(id);
        }
    });
    tableView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    tableView()->addAction(whatIf);
    auto* button = new QPushButton(whatIf->text(), this);
    button->setObjectName(u"whatIfButton"_s);
    button->setToolTip(whatIf->toolTip());
    connect(button, &QPushButton::clicked, whatIf, &QAction::trigger);
    addButton(button);

    // Initiatives, history and roles of the current resident: a button, the context menu and Enter.
    auto* details = new QAction(tr("Initiatives and history..."), this);
    details->setObjectName(u"detailsAction"_s);
    details->setToolTip(tr("Show this resident's initiatives, hours per month and critical roles"));
    connect(details, &QAction::triggered, this, &PersonView::showDetails);
    tableView()->addAction(details);
    auto* detailsButton = new QPushButton(details->text(), this);
    detailsButton->setObjectName(u"detailsButton"_s);
    detailsButton->setToolTip(details->toolTip());
    connect(detailsButton, &QPushButton::clicked, details, &QAction::trigger);
    details->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    details->setShortcutContext(Qt::WidgetShortcut);
    m_inactive->setObjectName(u"inactiveCheckBox"_s);
    m_inactive->setToolTip(tr("Show only residents without registered hours in the last %n month(s)", nullptr,
                              PersonRepository::InactiveAfterMonths));
    connect(m_inactive, &QCheckBox::toggled, this, &ListView::applyQuery);
    addFilterWidget(m_inactive);
    addButton(detailsButton);
}

void PersonView::setInactiveFilter(bool inactiveOnly)
{
    m_inactive->setChecked(inactiveOnly);
}

void PersonView::showDetails()
{
    if (const qint64 id = currentId(); document() && id > 0) {
        PersonDetailDialog dialog(*document(), id, this);
        dialog.exec();
    }
}

void PersonView::setEngagementFilter(const QString& key)
{
    m_engagement->setCurrentIndex(qMax(0, m_engagement->findData(key)));
}

LazyTableModel* PersonView::createModel(Document& document)
{
    return new PersonModel(document.persons(), &document.wards());
}

void PersonView::fillQuery(ListQuery& query) const
{
    query.engagement = m_engagement->currentData().toString();
    query.inactiveOnly = m_inactive->isChecked();
}

QString PersonView::describeRecord(const Person& person) const
{
    return person.fullName();
}

void PersonView::setColumnWidths()
{
    // The activity beside the name, where the ward director looks first.
    moveColumns({PersonModel::LastActive, PersonModel::HoursLast12Months}, 2);
}
