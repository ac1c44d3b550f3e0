#include "WardModel.h"

#include <QLocale>

QVariant WardModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const WardRow& r = rowAt(index.row());
    const auto number = [](const std::optional<int>& n) {
        return n ? QLocale().toString(*n) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return r.code;
        case Name:
            return r.name;
        case Type:
            return Enums::label(r.type);
        case Inhabitants:
            return number(r.inhabitants);
        case Households:
            return number(r.households);
        case Initiatives:
            return QLocale().toString(r.initiativeCount);
        case Persons:
            return QLocale().toString(r.personCount);
        case Themes:
            return r.themes;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Inhabitants && index.column() <= Persons) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return r.id;
    case CodeRole:
        return r.code;
    default:
        return {};
    }
}

QStringList WardModel::columnTitles() const
{
    return {tr("Code"),       tr("Name"),        tr("Type"),      tr("Inhabitants"),
            tr("Households"), tr("Initiatives"), tr("Residents"), tr("Focus themes")};
}

QVariant WardModel::exportValue(const QModelIndex& index) const
{
    if (!hasRow(index)) {
        return {};
    }
    const WardRow& r = rowAt(index.row());
    const auto number = [](const std::optional<int>& n) {
        return n ? QVariant(*n) : QVariant();
    };
    switch (index.column()) {
    case Inhabitants:
        return number(r.inhabitants);
    case Households:
        return number(r.households);
    case Initiatives:
        return r.initiativeCount;
    case Persons:
        return r.personCount;
    default:
        return data(index, Qt::DisplayRole);
    }
}

CsvType WardModel::exportType(int column) const
{
    return column >= Inhabitants && column <= Persons ? CsvType::Integer : CsvType::Text;
}
