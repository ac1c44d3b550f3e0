#include "WardModel.h"

WardModel::WardModel(WardRepository& repository, QObject* parent)
    : RepositoryModel(repository, parent)
{
    using namespace ListColumns;
    setColumns({
        text(QT_TR_NOOP("Code"), &WardRow::code).withWidth(100),
        text(QT_TR_NOOP("Name"), &WardRow::name).withWidth(200),
        label(QT_TR_NOOP("Type"), &WardRow::type).withWidth(150),
        count(QT_TR_NOOP("Inhabitants"), &WardRow::inhabitants).withWidth(100),
        count(QT_TR_NOOP("Households"), &WardRow::households).withWidth(100),
        count(QT_TR_NOOP("Initiatives"), &WardRow::initiativeCount).withWidth(90),
        count(QT_TR_NOOP("Residents"), &WardRow::personCount).withWidth(90),
        text(QT_TR_NOOP("Focus themes"), &WardRow::themes),
    });
}

QVariant WardModel::cellData(const WardRow& row, int column, int role) const
{
    Q_UNUSED(column)
    return role == CodeRole ? QVariant(row.code) : QVariant();
}
