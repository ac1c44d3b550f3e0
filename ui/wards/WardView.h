#pragma once

#include "ui/common/ListView.h"

class QComboBox;

/// The wards list with its theme and type filters.
class WardView final : public ListView
{
    Q_OBJECT

public:
    explicit WardView(QWidget* parent = nullptr);

protected:
    LazyTableModel* createModel(Document& document) override;
    void fillQuery(ListQuery& query) const override;
    QString countText(int count) const override;
    void openEditor(Document& document, qint64 id) override;
    void deleteRecord(Document& document, qint64 id) override;
    QString describe(Document& document, qint64 id) const override;
    QStringList dependents(Document& document, qint64 id) const override;
    void refreshFilters(Document* document) override;
    void setColumnWidths() override;

private:
    QComboBox* m_theme;
    QComboBox* m_type;
};
