#include "SupportMapViews.h"

#include "ui/Document.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/supportmap/NeedEditor.h"
#include "ui/supportmap/OfferEditor.h"
#include "ui/supportmap/SupportMapModels.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {
void fillThemes(QComboBox* combo, Document* document)
{
    const QSignalBlocker blocker(combo);
    const qint64 current = combo->currentData().toLongLong();
    combo->clear();
    combo->addItem(QCoreApplication::translate("NeedView", "All themes"), qint64(0));
    if (document) {
        for (const Theme& theme : document->themes().all()) {
            combo->addItem(theme.name, theme.id);
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}
} // namespace

NeedView::NeedView(QWidget* parent)
    : ListView(parent)
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only needs in this theme")))
    , m_status(addFilterComboBox(u"statusComboBox"_s, tr("Show open or closed needs")))
    , m_gapsOnly(new QCheckBox(tr("Only gaps"), this))
{
    setObjectName(u"needView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search need or who signalled it..."));
    {
        const QSignalBlocker blocker(m_status);
        m_status->addItem(tr("Open and closed"), QString());
        m_status->addItem(tr("Open needs"), u"open"_s);
        m_status->addItem(tr("Closed needs"), u"closed"_s);
    }
    m_gapsOnly->setObjectName(u"gapsOnlyCheckBox"_s);
    m_gapsOnly->setToolTip(tr("Show only open needs that no active offer in their ward and theme meets"));
    connect(m_gapsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_status->setEnabled(!on);
        applyQuery();
    });
    addFilterWidget(m_gapsOnly);
}

void NeedView::setGapsOnly(bool on)
{
    m_gapsOnly->setChecked(on);
}

bool NeedView::gapsOnly() const
{
    return m_gapsOnly->isChecked();
}

void NeedView::setThemeFilter(qint64 themeId)
{
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(themeId)));
}

qint64 NeedView::themeFilter() const
{
    return m_theme->currentData().toLongLong();
}

LazyTableModel* NeedView::createModel(Document& document)
{
    return new NeedModel(document.needs());
}

void NeedView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = themeFilter(); theme > 0) {
        query.themeId = theme;
    }
    query.status = m_gapsOnly->isChecked() ? u"gap"_s : m_status->currentData().toString();
}

QString NeedView::countText(int count) const
{
    return m_gapsOnly->isChecked() ? tr("%n gap(s)", nullptr, count) : tr("%n need(s)", nullptr, count);
}

void NeedView::openEditor(Document& document, qint64 id)
{
    NeedEditor editor(document, id, this, wardFilter());
    editor.exec();
}

void NeedView::deleteRecord(Document& document, qint64 id)
{
    if (const auto need = document.needs().find(id)) {
        document.execute(std::make_unique<SaveRecordCommand<NeedRepository, Need>>(
            document, Document::Kind::SupportMap, need, std::nullopt, tr("Delete need")));
    }
}

QString NeedView::describe(Document& document, qint64 id) const
{
    const auto need = document.needs().find(id);
    return need ? tr("the need \u201c%1\u201d").arg(need->description) : QString();
}

void NeedView::refreshFilters(Document* document)
{
    fillThemes(m_theme, document);
}

void NeedView::setColumnWidths()
{
    QHeaderView* header = tableView()->horizontalHeader();
    header->resizeSection(NeedModel::Ward, 130);
    header->resizeSection(NeedModel::Theme, 130);
    header->resizeSection(NeedModel::Description, 260);
    header->resizeSection(NeedModel::SignalledBy, 140);
    header->resizeSection(NeedModel::SignalledOn, 95);
    header->resizeSection(NeedModel::Severity_, 75);
    header->resizeSection(NeedModel::Open, 60);
}

OfferView::OfferView(QWidget* parent)
    : ListView(parent)
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only offers in this theme")))
    , m_active(addFilterComboBox(u"activeComboBox"_s, tr("Show active or inactive offers")))
{
    setObjectName(u"offerView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search offer or capacity..."));
    const QSignalBlocker blocker(m_active);
    m_active->addItem(tr("Active and inactive"), QString());
    m_active->addItem(tr("Active offers"), u"active"_s);
    m_active->addItem(tr("Inactive offers"), u"inactive"_s);
}

LazyTableModel* OfferView::createModel(Document& document)
{
    return new OfferModel(document.offers());
}

void OfferView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = m_theme->currentData().toLongLong(); theme > 0) {
        query.themeId = theme;
    }
    query.status = m_active->currentData().toString();
}

QString OfferView::countText(int count) const
{
    return tr("%n offer(s)", nullptr, count);
}

void OfferView::openEditor(Document& document, qint64 id)
{
    OfferEditor editor(document, id, this, wardFilter());
    editor.exec();
}

void OfferView::deleteRecord(Document& document, qint64 id)
{
    if (const auto offer = document.offers().find(id)) {
        document.execute(std::make_unique<SaveRecordCommand<OfferRepository, Offer>>(
            document, Document::Kind::SupportMap, offer, std::nullopt, tr("Delete offer")));
    }
}

QString OfferView::describe(Document& document, qint64 id) const
{
    const auto offer = document.offers().find(id);
    return offer ? tr("the offer \u201c%1\u201d").arg(offer->description) : QString();
}

void OfferView::refreshFilters(Document* document)
{
    fillThemes(m_theme, document);
}

void OfferView::setColumnWidths()
{
    QHeaderView* header = tableView()->horizontalHeader();
    header->resizeSection(OfferModel::Ward, 130);
    header->resizeSection(OfferModel::Theme, 130);
    header->resizeSection(OfferModel::Description, 240);
    header->resizeSection(OfferModel::Provider, 240);
    header->resizeSection(OfferModel::Capacity, 140);
}

SupportMapView::SupportMapView(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_needs(new NeedView)
    , m_offers(new OfferView)
{
    setObjectName(u"supportMapView"_s);
    m_tabs->setObjectName(u"supportMapTabWidget"_s);
    m_tabs->addTab(m_needs, tr("Needs"));
    m_tabs->addTab(m_offers, tr("Offers"));
    m_needs->setListName(tr("Needs"));
    m_offers->setListName(tr("Offers"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void SupportMapView::setDocument(Document* document)
{
    m_needs->setDocument(document);
    m_offers->setDocument(document);
}

void SupportMapView::setWardFilter(std::optional<qint64> wardId)
{
    m_needs->setWardFilter(wardId);
    m_offers->setWardFilter(wardId);
}

ListView* SupportMapView::currentList() const
{
    return m_tabs->currentIndex() == 1 ? static_cast<ListView*>(m_offers) : static_cast<ListView*>(m_needs);
}

void SupportMapView::showNeeds()
{
    m_tabs->setCurrentIndex(0);
}
