#pragma once

#include "core/domain/Enums.h"
#include "ui/common/RecordListView.h"
#include "ui/participation/ParticipationEditor.h"
#include "ui/participation/ParticipationModel.h"

class QComboBox;

/// The participation moments with a channel filter (fysiek, digitaal, beide).
class ParticipationView final : public RecordListView<ParticipationRepository, ParticipationModel, ParticipationEditor>
{
    Q_OBJECT

public:
    explicit ParticipationView(QWidget* parent = nullptr);

    /// Shows only moments through this channel (nullopt: all).
    void setChannelFilter(std::optional<Channel> channel);
    std::optional<Channel> channelFilter() const;

protected:
    void fillQuery(ListQuery& query) const override;
    QString describeRecord(const ParticipationMoment& moment) const override;

private:
    QComboBox* m_channel;
};
