#pragma once

#include "ui/common/RecordListView.h"
#include "ui/goals/GoalEditor.h"
#include "ui/goals/GoalModel.h"

/// The ward goals list: indicator, ward, framework (outdated marked), baseline, target, latest value, progress with a
/// small bar and whether the goal is on track.
class GoalView final : public RecordListView<GoalRepository, GoalModel, GoalEditor>
{
    Q_OBJECT

public:
    explicit GoalView(QWidget* parent = nullptr);

    void setSearchText(const QString& text);

protected:
    QString describeRecord(const WardGoal& goal) const override;
};
