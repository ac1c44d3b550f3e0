#pragma once

#include "ui/common/ListView.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTabWidget;

/// The needs of the support map with theme and status filters and "only gaps" (alleen knelpunten).
class NeedView final : public ListView
{
    Q_OBJECT

public:
    explicit NeedView(QWidget* parent = nullptr);

    void setGapsOnly(bool on);
    bool gapsOnly() const;
    void setThemeFilter(qint64 themeId);
    qint64 themeFilter() const;

protected:
    LazyTableModel* createModel(Document& document) override;
    void fillQuery(ListQuery& query) const override;
    QString countText(int count) const override;
    void openEditor(Document& document, qint64 id) override;
    void deleteRecord(Document& document, qint64 id) override;
    QString describe(Document& document, qint64 id) const override;
    void refreshFilters(Document* document) override;
    void setColumnWidths() override;

private:
    QComboBox* m_theme;
    QComboBox* m_status;
    QCheckBox* m_gapsOnly;
};

/// The offers of the support map with theme and active filters.
class OfferView final : public ListView
{
    Q_OBJECT

public:
    explicit OfferView(QWidget* parent = nullptr);

protected:
    LazyTableModel* createModel(Document& document) override;
    void fillQuery(ListQuery& query) const override;
    QString countText(int count) const override;
    void openEditor(Document& document, qint64 id) override;
    void deleteRecord(Document& document, qint64 id) override;
    QString describe(Document& document, qint64 id) const override;
    void refreshFilters(Document* document) override;
    void setColumnWidths() override;

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
