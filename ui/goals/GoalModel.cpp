#include "GoalModel.h"

#include "ui/common/Figures.h"
#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

GoalModel::GoalModel(GoalRepository& repository, QObject* parent)
    : RepositoryModel(repository, ColumnCount, parent)
{
}

void GoalModel::sort(int column, Qt::SortOrder order)
{
    LazyTableModel::sort(column == Status ? int(ProgressColumn) : column, order);
}

QVariant GoalModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const WardGoalRow& r = rowAt(index.row());
    const Progress& p = r.progress;
    const auto withUnit = [&r](const QString& number) {
        return number.isEmpty() || r.unit.isEmpty() ? number : number + u' ' + r.unit;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Ward:
            return r.wardName;
        case Indicator:
            return r.indicator;
        case Unit:
            return r.unit;
        case Baseline:
            return r.baseline ? Figures::number(*r.baseline) : tr("first measurement");
        case Target:
            return withUnit(Figures::number(r.target));
        case LatestValue:
            return p.latest ? withUnit(Figures::number(p.latest->value)) : QString();
        case ProgressColumn:
            return Figures::progressText(p);
        case TargetDate:
            return Inputs::listDate(r.targetDate);
        case Framework:
            return r.frameworkOutdated ? tr("%1 (outdated)").arg(r.frameworkTitle) : r.frameworkTitle;
        case Status:
            return Figures::statusText(p.status);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Framework && r.frameworkOutdated ? QVariant(Figures::warningIcon()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            return QBrush(Palette::statusText(p.status));
        }
        if (index.column() == Framework && r.frameworkOutdated) {
            return QBrush(Palette::text(Palette::Text::Error));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Framework && r.frameworkOutdated) {
            return tr("This policy framework has passed its review date");
        }
        if (index.column() == ProgressColumn && p.expected) {
            return tr("Expected by now: %1").arg(Figures::percent(*p.expected));
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Baseline:
        case Target:
        case LatestValue:
        case ProgressColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Figures::ProgressFractionRole:
        return index.column() == ProgressColumn && p.clamped() ? QVariant(*p.clamped()) : QVariant();
    case Figures::ProgressStatusRole:
        return int(p.status);
    case IdRole:
        return r.id;
    case OutdatedFrameworkRole:
        return r.frameworkOutdated;
    default:
        return {};
    }
}

QStringList GoalModel::columnTitles() const
{
    return {tr("Ward"),   tr("Indicator"), tr("Unit"),        tr("Baseline"),         tr("Target"),
            tr("Latest"), tr("Progress"),  tr("Target date"), tr("Policy framework"), tr("On track?")};
}

QVariant GoalModel::exportValue(const QModelIndex& index) const
{
    if (!hasRow(index)) {
        return {};
    }
    const WardGoalRow& r = rowAt(index.row());
    switch (index.column()) {
    case Baseline:
        return r.baseline ? QVariant(*r.baseline) : QVariant();
    case Target:
        return r.target;
    case LatestValue:
        return r.progress.latest ? QVariant(r.progress.latest->value) : QVariant();
    case ProgressColumn:
        return r.progress.value ? QVariant(*r.progress.value) : QVariant();
    case TargetDate:
        return r.targetDate;
    case Framework:
        return r.frameworkTitle;
    case Status:
        return Enums::key(r.progress.status);
    default:
        return data(index, Qt::DisplayRole);
    }
}

CsvType GoalModel::exportType(int column) const
{
    switch (column) {
    case Baseline:
    case Target:
    case LatestValue:
    case ProgressColumn:
        return CsvType::Decimal;
    case TargetDate:
        return CsvType::Date;
    default:
        return CsvType::Text;
    }
}
