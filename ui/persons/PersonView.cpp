#include "PersonView.h"

#include "Document.h"
#include "common/SaveRecordCommand.h"
#include "persons/PersonEditor.h"
#include "persons/PersonModel.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QPushButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>

using namespace Qt::StringLiterals;

PersonView::PersonView(QWidget* parent)
    : ListView(parent)
    , m_engagement(addFilterComboBox(u"engagementComboBox"_s, tr("Show only residents with this engagement")))
{
    setObjectName(u"personView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search name, e-mail or skills..."));
    const QSignalBlocker blocker(m_engagement);
    m_engagement->addItem(tr("All engagement"), QString());
    for (Engagement e : Enums::all<Engagement>()) {
        m_engagement->addItem(Enums::label(e), Enums::key(e));
    }

    // "What if this person stops?": a button beside the list's buttons and the table's context menu.
    auto* whatIf = new QAction(tr("What if this person &stops?"), this);
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
    if (auto* top = qobject_cast<QBoxLayout*>(layout()->itemAt(0)->layout())) {
        top->insertWidget(top->count() - 3, button);
    }
}

void PersonView::setEngagementFilter(const QString& key)
{
    m_engagement->setCurrentIndex(qMax(0, m_engagement->findData(key)));
}

LazyTableModel* PersonView::createModel(Document& document)
{
    return new PersonModel(document.persons());
}

void PersonView::fillQuery(ListQuery& query) const
{
    query.status = m_engagement->currentData().toString();
}

QString PersonView::countText(int count) const
{
    return tr("%n resident(s)", nullptr, count);
}

void PersonView::openEditor(Document& document, qint64 id)
{
    PersonEditor editor(document, id, this, wardFilter());
    editor.exec();
}

void PersonView::deleteRecord(Document& document, qint64 id)
{
    const auto person = document.persons().find(id);
    if (!person) {
        return;
    }
    document.execute(std::make_unique<SaveRecordCommand<PersonRepository, Person>>(
        document, Document::Kind::Persons, person, std::nullopt, tr("Delete resident")));
}

QString PersonView::describe(Document& document, qint64 id) const
{
    const auto person = document.persons().find(id);
    return person ? person->fullName() : QString();
}

void PersonView::setColumnWidths()
{
    QHeaderView* header = tableView()->horizontalHeader();
    header->resizeSection(PersonModel::LastName, 160);
    header->resizeSection(PersonModel::FirstName, 120);
    header->resizeSection(PersonModel::Ward, 100);
    header->resizeSection(PersonModel::Engagement, 110);
    header->resizeSection(PersonModel::Skills, 240);
    header->resizeSection(PersonModel::Email, 220);
}
