#pragma once

#include "ui/common/RecordListView.h"
#include "ui/partners/PartnerEditor.h"
#include "ui/partners/PartnerModel.h"

class QComboBox;

/// The partners list with its type filter.
class PartnerView final : public RecordListView<PartnerRepository, PartnerModel, PartnerEditor>
{
    Q_OBJECT

public:
    explicit PartnerView(QWidget* parent = nullptr);

protected:
    void fillQuery(ListQuery& query) const override;
    QString describeRecord(const Partner& partner) const override;

private:
    QComboBox* m_type;
};
