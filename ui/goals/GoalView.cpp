#include "GoalView.h"

#include "ui/Document.h"
#include "ui/common/ProgressDelegate.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/goals/GoalEditor.h"
#include "ui/goals/GoalModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;

GoalView::GoalView(QWidget* parent)
    : ListView(parent)
{
    setObjectName(u"goalView"_s);
    searchLineEdit()->setPlaceholderText(tr("Search indicator..."));
    tableView()->setItemDelegateForColumn(GoalModel::ProgressColumn, new ProgressDelegate(this));
}

void GoalView::setSearchText(const QString& text)
{
    searchLineEdit()->setText(text);
    applyQuery();
}

LazyTableModel* GoalView::createModel(Document& document)
{
    return new GoalModel(document.goals());
}

QString GoalView::countText(int count) const
{
    return tr("%n ward goal(s)", nullptr, count);
}

void GoalView::openEditor(Document& document, qint64 id)
{
    GoalEditor editor(document, id, this, wardFilter());
    editor.exec();
}

void GoalView::deleteRecord(Document& document, qint64 id)
{
    const auto goal = document.goals().find(id);
    if (!goal) {
        return;
    }
    document.execute(std::make_unique<SaveRecordCommand<GoalRepository, WardGoal>>(
        document, Document::Kind::Goals, goal, std::nullopt, tr("Delete ward goal")));
}

QString GoalView::describe(Document& document, qint64 id) const
{
    const auto goal = document.goals().find(id);
    if (!goal) {
        return {};
    }
    return goal->measurements.isEmpty()
        ? tr("ward goal \u201c%1\u201d").arg(goal->indicator)
        : tr("ward goal \u201c%1\u201d with %n measurement(s)", nullptr, int(goal->measurements.size()))
              .arg(goal->indicator);
}

void GoalView::setColumnWidths()
{
    QHeaderView* header = tableView()->horizontalHeader();
    header->resizeSection(GoalModel::Ward, 130);
    header->resizeSection(GoalModel::Indicator, 220);
    header->resizeSection(GoalModel::Unit, 80);
    header->resizeSection(GoalModel::Baseline, 80);
    header->resizeSection(GoalModel::Target, 90);
    header->resizeSection(GoalModel::LatestValue, 90);
    header->resizeSection(GoalModel::ProgressColumn, 90);
    header->resizeSection(GoalModel::TargetDate, 90);
    header->resizeSection(GoalModel::Framework, 200);
}
