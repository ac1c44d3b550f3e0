#pragma once

#include "core/domain/WardGoal.h"
#include "core/storage/GoalRepository.h"
#include "ui/common/LazyTableModel.h"

/// The ward goals list with their progress, fetched lazily from GoalRepository. Progress has a small bar (see
/// ProgressDelegate); the status is a symbol and a word; an outdated framework is marked.
class GoalModel final : public RepositoryModel<GoalRepository>
{
    Q_OBJECT

public:
    enum Column {
        Ward = GoalRepository::Ward,
        Indicator = GoalRepository::Indicator,
        Unit = GoalRepository::Unit,
        Baseline = GoalRepository::Baseline,
        Target = GoalRepository::Target,
        LatestValue = GoalRepository::LatestValue,
        ProgressColumn = GoalRepository::Progress,
        TargetDate = GoalRepository::TargetDate,
        Framework = GoalRepository::Framework,
        Status = GoalRepository::ColumnCount, ///< not sortable: the repository sorts by progress instead
        ColumnCount
    };
    enum Role { OutdatedFrameworkRole = IdRole + 1 };

    explicit GoalModel(GoalRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(GoalModel)

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QVariant cellData(const WardGoalRow& row, int column, int role) const override;
};
