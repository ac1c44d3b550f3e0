#include "InitiativeView.h"

#include "Document.h"
#include "common/SaveRecordCommand.h"
#include "initiatives/InitiativeEditor.h"
#include "initiatives/InitiativeModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>

using namespace Qt::StringLiterals;

InitiativeView::InitiativeView(QWidget* parent)
    : ListView(parent)
    , m_status(addFilterComboBox(u"statusComboBox"_s, tr("Show only initiatives with this status")))
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only initiatives with this theme")))
{
    setObjectName(u"initiativeView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search title or description..."));
    const QSignalBlocker blocker(m_status);
    m_status->addItem(tr("All statuses"), QString());
    for (InitiativeStatus status : Enums::all<InitiativeStatus>()) {
        m_status->addItem(Enums::label(status), Enums::key(status));
    }
}

LazyTableModel* InitiativeView::createModel(Document& document)
{
    return new InitiativeModel(document.initiatives());
}

void InitiativeView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = m_theme->currentData().toLongLong(); theme > 0) {
        query.themeId = theme;
    }
    query.status = m_status->currentData().toString();
}

QString InitiativeView::countText(int count) const
{
    return tr("%n initiative(s)", nullptr, count);
}

void InitiativeView::openEditor(Document& document, qint64 id)
{
    InitiativeEditor editor(document, id, this, wardFilter());
    editor.exec();
}

void InitiativeView::deleteRecord(Document& document, qint64 id)
{
    const auto initiative = document.initiatives().find(id);
    if (!initiative) {
        return;
    }
    document.execute(std::make_unique<SaveRecordCommand<InitiativeRepository, Initiative>>(
        document, Document::Kind::Initiatives, initiative, std::nullopt, tr("Delete initiative")));
}

QString InitiativeView::describe(Document& document, qint64 id) const
{
    const auto initiative = document.initiatives().find(id);
    return initiative ? tr("initiative \"%1\"").arg(initiative->title) : QString();
}

void InitiativeView::refreshFilters(Document* document)
{
    const QSignalBlocker blocker(m_theme);
    const qint64 current = m_theme->currentData().toLongLong();
    m_theme->clear();
    m_theme->addItem(tr("All themes"), qint64(0));
    if (document) {
        for (const Theme& theme : document->themes().all()) {
            m_theme->addItem(theme.name, theme.id);
        }
    }
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(current)));
}

void InitiativeView::setColumnWidths()
{
    QHeaderView* header = tableView()->horizontalHeader();
    header->resizeSection(InitiativeModel::Title, 220);
    header->resizeSection(InitiativeModel::Ward, 115);
    header->resizeSection(InitiativeModel::Status, 85);
    header->resizeSection(InitiativeModel::Track, 105);
    header->resizeSection(InitiativeModel::Themes, 160);
    header->resizeSection(InitiativeModel::StartDate, 80);
    header->resizeSection(InitiativeModel::PlannedEnd, 90);
    header->resizeSection(InitiativeModel::BudgetGranted, 95);
}
