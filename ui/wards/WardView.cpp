#include "WardView.h"

#include "ui/Document.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/wards/WardEditor.h"
#include "ui/wards/WardModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>

using namespace Qt::StringLiterals;

WardView::WardView(QWidget* parent)
    : ListView(parent)
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only wards with this focus theme")))
    , m_type(addFilterComboBox(u"typeComboBox"_s, tr("Show only wards of this type")))
{
    setObjectName(u"wardView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search code, name or notes..."));
    const QSignalBlocker blocker(m_type);
    m_type->addItem(tr("All ward types"), QString());
    for (WardType type : Enums::all<WardType>()) {
        m_type->addItem(Enums::label(type), Enums::key(type));
    }
}

LazyTableModel* WardView::createModel(Document& document)
{
    return new WardModel(document.wards());
}

void WardView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = m_theme->currentData().toLongLong(); theme > 0) {
        query.themeId = theme;
    }
    query.status = m_type->currentData().toString();
}

QString WardView::countText(int count) const
{
    return tr("%n ward(s)", nullptr, count);
}

void WardView::openEditor(Document& document, qint64 id)
{
    WardEditor editor(document, id, this);
    editor.exec();
}

void WardView::deleteRecord(Document& document, qint64 id)
{
    const auto ward = document.wards().find(id);
    if (!ward) {
        return;
    }
    document.execute(std::make_unique<SaveRecordCommand<WardRepository, Ward>>(document, Document::Kind::Wards, ward,
                                                                               std::nullopt, tr("Delete ward")));
}

QString WardView::describe(Document& document, qint64 id) const
{
    const auto ward = document.wards().find(id);
    return ward ? tr("ward %1 (%2)").arg(ward->name, ward->code) : QString();
}

void WardView::refreshFilters(Document* document)
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

void WardView::setColumnWidths()
{
    QHeaderView* header = tableView()->horizontalHeader();
    header->resizeSection(WardModel::Code, 100);
    header->resizeSection(WardModel::Name, 200);
    header->resizeSection(WardModel::Type, 150);
    header->resizeSection(WardModel::Inhabitants, 100);
    header->resizeSection(WardModel::Households, 100);
    header->resizeSection(WardModel::Initiatives, 90);
    header->resizeSection(WardModel::Persons, 90);
}

QStringList WardView::dependents(Document& document, qint64 id) const
{
    return document.wards().dependents(id);
}
