#include "ColumnTitles.h"

namespace ColumnTitles {

QVariant header(const QAbstractItemModel& model, const QStringList& titles, int section, Qt::Orientation orientation,
                int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return model.QAbstractItemModel::headerData(section, orientation, role);
    }
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

} // namespace ColumnTitles
