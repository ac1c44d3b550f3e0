#pragma once

#include <QAbstractItemModel>
#include <QStringList>
#include <QVariant>

/// The column headers of a table model written as one list of titles instead of a switch over the columns.
namespace ColumnTitles {

/// headerData() of `model` whose columns are titled, in column order, by `titles`: a horizontal section's title for
/// Qt::DisplayRole (nothing past the last title), and what QAbstractItemModel gives for every other section and role.
QVariant header(const QAbstractItemModel& model, const QStringList& titles, int section, Qt::Orientation orientation,
                int role);

} // namespace ColumnTitles
