#include "SupportMapViews.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

NeedView::NeedView(QWidget* parent)
    : RecordListView(Document::Kind::SupportMap, QT_TR_NOOP("Delete need"), parent)
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only needs in this theme")))
    , m_status(addFilterComboBox(
          u"statusComboBox"_s, tr("Show open or closed needs"),
          {{tr("Open and closed"), QString()}, {tr("Open needs"), u"open"_s}, {tr("Closed needs"), u"closed"_s}}))
    , m_gapsOnly(new QCheckBox(tr("Only gaps"), this))
{
    setObjectName(u"needView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search need or who signalled it..."));
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

void NeedView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = themeFilter(); theme > 0) {
        query.themeId = theme;
    }
    query.needState = m_gapsOnly->isChecked() ? u"gap"_s : m_status->currentData().toString();
}

QString NeedView::countText(int count) const
{
    return m_gapsOnly->isChecked() ? tr("%n gap(s)", nullptr, count) : tr("%n need(s)", nullptr, count);
}

QString NeedView::describeRecord(const Need& need) const
{
    return tr("the need \u201c%1\u201d").arg(need.description);
}

void NeedView::refreshFilters(Document* document)
{
    refillFilter(m_theme, tr("All themes"), document ? document->themes().all() : QList<Theme> {});
}

OfferView::OfferView(QWidget* parent)
    : RecordListView(Document::Kind::SupportMap, QT_TR_NOOP("Delete offer"), parent)
    , m_theme(addFilterComboBox(u"themeComboBox"_s, tr("Show only offers in this theme")))
    , m_active(addFilterComboBox(u"activeComboBox"_s, tr("Show active or inactive offers"),
                                 {{tr("Active and inactive"), QString()},
                                  {tr("Active offers"), u"active"_s},
                                  {tr("Inactive offers"), u"inactive"_s}}))
{
    setObjectName(u"offerView"_s);
    setCountText(QT_TR_N_NOOP("%n offer(s)"));
    searchLineEdit()->setPlaceholderText(tr("Search offer or capacity..."));
}

void OfferView::fillQuery(ListQuery& query) const
{
    if (const qint64 theme = m_theme->currentData().toLongLong(); theme > 0) {
        query.themeId = theme;
    }
    query.offerState = m_active->currentData().toString();
}

QString OfferView::describeRecord(const Offer& offer) const
{
    return tr("the offer \u201c%1\u201d").arg(offer.description);
}

void OfferView::refreshFilters(Document* document)
{
    // The text of the needs' filter, translated once for both.
    refillFilter(m_theme, QCoreApplication::translate("NeedView", "All themes"),
                 document ? document->themes().all() : QList<Theme> {});
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
