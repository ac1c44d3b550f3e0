#include "GoalModel.h"

#include "ui/common/Figures.h"
#include "ui/common/Palette.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace {

/// A number of the goal in its unit ("12 %"); empty stays empty.
QString withUnit(const WardGoalRow& r, const QString& number)
{
    return number.isEmpty() || r.unit.isEmpty() ? number : number + u' ' + r.unit;
}

/// A decimal figure of the goal, right-aligned, exported as a number.
ListColumn<WardGoalRow> figure(const char* title, ListColumn<WardGoalRow>::Cell shown,
                               ListColumn<WardGoalRow>::Cell exported)
{
    return {.title = title,
            .shown = std::move(shown),
            .exported = std::move(exported),
            .type = CsvType::Decimal,
            .alignRight = true};
}

QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

GoalModel::GoalModel(GoalRepository& repository, QObject* parent)
    : RepositoryModel(repository, parent)
{
    using namespace ListColumns;
    setColumns({
        text(QT_TR_NOOP("Ward"), &WardGoalRow::wardName).withWidth(130),
        text(QT_TR_NOOP("Indicator"), &WardGoalRow::indicator).withWidth(220),
        text(QT_TR_NOOP("Unit"), &WardGoalRow::unit).withWidth(80),
        figure(
            QT_TR_NOOP("Baseline"),
            [](const WardGoalRow& r) -> QVariant {
                return r.baseline ? Figures::number(*r.baseline) : tr("first measurement");
            },
            [](const WardGoalRow& r) { return optional(r.baseline); })
            .withWidth(80),
        figure(
            QT_TR_NOOP("Target"),
            [](const WardGoalRow& r) -> QVariant { return withUnit(r, Figures::number(r.target)); },
            [](const WardGoalRow& r) -> QVariant { return r.target; })
            .withWidth(90),
        figure(
            QT_TR_NOOP("Latest"),
            [](const WardGoalRow& r) -> QVariant {
                return r.progress.latest ? withUnit(r, Figures::number(r.progress.latest->value)) : QString();
            },
            [](const WardGoalRow& r) { return r.progress.latest ? QVariant(r.progress.latest->value) : QVariant(); })
            .withWidth(90),
        figure(
            QT_TR_NOOP("Progress"), [](const WardGoalRow& r) -> QVariant { return Figures::progressText(r.progress); },
            [](const WardGoalRow& r) { return optional(r.progress.value); })
            .withWidth(90),
        date(QT_TR_NOOP("Target date"), &WardGoalRow::targetDate).withWidth(90),
        {.title = QT_TR_NOOP("Policy framework"),
         .shown = [](const WardGoalRow& r) -> QVariant {
             return r.frameworkOutdated ? tr("%1 (outdated)").arg(r.frameworkTitle) : r.frameworkTitle;
         },
         .exported = [](const WardGoalRow& r) -> QVariant { return r.frameworkTitle; },
         .width = 200},
        {.title = QT_TR_NOOP("On track?"),
         .shown = [](const WardGoalRow& r) -> QVariant { return Figures::statusText(r.progress.status); },
         .exported = [](const WardGoalRow& r) -> QVariant {
             return Enums::key(r.progress.status);
         }},
    });
}

void GoalModel::sort(int column, Qt::SortOrder order)
{
    LazyTableModel::sort(column == Status ? int(ProgressColumn) : column, order);
}

QVariant GoalModel::cellData(const WardGoalRow& row, int column, int role) const
{
    const Progress& p = row.progress;
    const bool outdated = column == Framework && row.frameworkOutdated;
    switch (role) {
    case Qt::DecorationRole:
        return outdated ? QVariant(Figures::warningIcon()) : QVariant();
    case Qt::ForegroundRole:
        if (column == Status) {
            return QBrush(Palette::statusText(p.status));
        }
        return outdated ? QVariant(QBrush(Palette::text(Palette::Text::Error))) : QVariant();
    case Qt::ToolTipRole:
        if (outdated) {
            return tr("This policy framework has passed its review date");
        }
        if (column == ProgressColumn && p.expected) {
            return tr("Expected by now: %1").arg(Figures::percent(*p.expected));
        }
        return {};
    case Figures::ProgressFractionRole:
        return column == ProgressColumn && p.clamped() ? QVariant(*p.clamped()) : QVariant();
    case Figures::ProgressStatusRole:
        return int(p.status);
    case OutdatedFrameworkRole:
        return row.frameworkOutdated;
    default:
        return {};
    }
}
