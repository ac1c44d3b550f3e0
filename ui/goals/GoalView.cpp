#include "GoalView.h"

#include "ui/common/ProgressDelegate.h"

#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;

GoalView::GoalView(QWidget* parent)
    : RecordListView(Document::Kind::Goals, QT_TR_NOOP("Delete ward goal"), parent)
{
    setObjectName(u"goalView"_s);
    setCountText(QT_TR_N_NOOP("%n ward goal(s)"));
    searchLineEdit()->setPlaceholderText(tr("Search indicator..."));
    tableView()->setItemDelegateForColumn(GoalModel::ProgressColumn, new ProgressDelegate(this));
}

void GoalView::setSearchText(const QString& text)
{
    searchLineEdit()->setText(text);
    applyQuery();
}

QString GoalView::describeRecord(const WardGoal& goal) const
{
    return goal.measurements.isEmpty()
        ? tr("ward goal \u201c%1\u201d").arg(goal.indicator)
        : tr("ward goal \u201c%1\u201d with %n measurement(s)", nullptr, int(goal.measurements.size()))
              .arg(goal.indicator);
}
