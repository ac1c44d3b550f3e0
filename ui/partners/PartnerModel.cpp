#include "PartnerModel.h"

#include <QLocale>

QVariant PartnerModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const PartnerRow& r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Type:
            return Enums::label(r.type);
        case ContactPerson:
            return r.contactPerson;
        case Email:
            return r.email;
        case Phone:
            return r.phone;
        case Agreements:
            return r.agreementCount == 0
                ? QString()
                : tr("%1 (%2 active)")
                      .arg(QLocale().toString(r.agreementCount), QLocale().toString(r.activeAgreementCount));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Agreements ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QStringList PartnerModel::columnTitles() const
{
    return {tr("Partner"), tr("Type"), tr("Contact person"), tr("E-mail"), tr("Phone"), tr("Agreements")};
}

QVariant PartnerModel::exportValue(const QModelIndex& index) const
{
    if (hasRow(index) && index.column() == Agreements) {
        return rowAt(index.row()).agreementCount;
    }
    return data(index, Qt::DisplayRole);
}

CsvType PartnerModel::exportType(int column) const
{
    return column == Agreements ? CsvType::Integer : CsvType::Text;
}
