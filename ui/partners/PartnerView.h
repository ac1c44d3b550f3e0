#pragma once

#include "ui/common/ListView.h"

class QComboBox;

/// The partners list with its type filter.
class PartnerView final : public ListView
{
    Q_OBJECT

public:
    explicit PartnerView(QWidget* parent = nullptr);

protected:
    LazyTableModel* createModel(Document& document) override;
    void fillQuery(ListQuery& query) const override;
    QString countText(int count) const override;
    void openEditor(Document& document, qint64 id) override;
    void deleteRecord(Document& document, qint64 id) override;
    QString describe(Document& document, qint64 id) const override;
    QStringList dependents(Document& document, qint64 id) const override;
    void setColumnWidths() override;

private:
    QComboBox* m_type;
};
