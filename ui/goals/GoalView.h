#pragma once

#include "ui/common/ListView.h"

/// The ward goals list: indicator, ward, framework (outdated marked), baseline, target, latest value, progress with a
/// small bar and whether the goal is on track.
class GoalView final : public ListView
{
    Q_OBJECT

public:
    explicit GoalView(QWidget* parent = nullptr);

    void setSearchText(const QString& text);

protected:
    LazyTableModel* createModel(Document& document) override;
    QString countText(int count) const override;
    void openEditor(Document& document, qint64 id) override;
    void deleteRecord(Document& document, qint64 id) override;
    QString describe(Document& document, qint64 id) const override;
    void setColumnWidths() override;
};
