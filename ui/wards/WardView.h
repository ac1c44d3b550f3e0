#pragma once

#include "ui/common/RecordListView.h"
#include "ui/wards/WardEditor.h"
#include "ui/wards/WardModel.h"

class QComboBox;

/// The wards list with its theme and type filters.
class WardView final : public RecordListView<WardRepository, WardModel, WardEditor>
{
    Q_OBJECT

public:
    explicit WardView(QWidget* parent = nullptr);

protected:
    void fillQuery(ListQuery& query) const override;
    QString describeRecord(const Ward& ward) const override;
    void refreshFilters(Document* document) override;

private:
    QComboBox* m_theme;
    QComboBox* m_type;
};
