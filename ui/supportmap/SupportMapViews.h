#pragma once

#include "ui/common/RecordListView.h"
#include "ui/supportmap/NeedEditor.h"
#include "ui/supportmap/OfferEditor.h"
#include "ui/supportmap/SupportMapModels.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTabWidget;

/// The needs of the support map with theme and status filters and "only gaps" (alleen knelpunten).
class NeedView final : public RecordListView<NeedRepository, NeedModel, NeedEditor>
{
    Q_OBJECT

public:
    explicit NeedView(QWidget* parent = nullptr);

    void setGapsOnly(bool on);
    bool gapsOnly() const;
    void setThemeFilter(qint64 themeId);
    qint64 themeFilter() const;

protected:
    void fillQuery(ListQuery& query) const override;
    QString countText(int count) const override;
    QString describeRecord(const Need& need) const override;
    void refreshFilters(Document* document) override;

private:
    QComboBox* m_theme;
    QComboBox* m_status;
    QCheckBox* m_gapsOnly;
};

/// The offers of the support map with theme and active filters.
class OfferView final : public RecordListView<OfferRepository, OfferModel, OfferEditor>
{
    Q_OBJECT

public:
    explicit OfferView(QWidget* parent = nullptr);

protected:
    void fillQuery(ListQuery& query) const override;
    QString describeRecord(const Offer& offer) const override;
    void refreshFilters(Document* document) override;

private:
    QComboBox* m_theme;
    QComboBox* m_active;
};

/// Vraag en aanbod: the needs and the offers per ward and theme, on two tabs.
class SupportMapView final : public QWidget
{
    Q_OBJECT

public:
    explicit SupportMapView(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setWardFilter(std::optional<qint64> wardId);
    NeedView* needView() const { return m_needs; }
    OfferView* offerView() const { return m_offers; }
    /// The list on the current tab.
    ListView* currentList() const;
    void showNeeds();

private:
    QTabWidget* m_tabs;
    NeedView* m_needs;
    OfferView* m_offers;
};
