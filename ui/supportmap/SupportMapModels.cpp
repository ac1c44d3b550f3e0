#include "SupportMapModels.h"

#include "ui/common/Figures.h"
#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QBrush>

using namespace Qt::StringLiterals;

QVariant NeedModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const NeedRow& r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Ward:
            return r.wardName;
        case Theme:
            return r.themeName;
        case Description:
            return r.description;
        case SignalledBy:
            return r.signalledBy;
        case SignalledOn:
            return Inputs::listDate(r.signalledOn);
        case Severity_:
            return Enums::label(r.severity);
        case Open:
            return r.open ? tr("open") : tr("closed");
        case Gap:
            return r.isGap ? tr("\u26a0 gap: no offer") : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Gap && r.isGap ? QVariant(Figures::warningIcon()) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Gap && r.isGap ? QVariant(QBrush(Palette::text(Palette::Text::Error))) : QVariant();
    case Qt::BackgroundRole:
        return r.isGap ? QVariant(QBrush(Palette::background(Palette::Background::Attention))) : QVariant();
    case Qt::ToolTipRole:
        return r.isGap ? tr("No active offer in %1 meets this need (theme %2)").arg(r.wardName, r.themeName)
                       : QVariant();
    case IdRole:
        return r.id;
    case GapRole:
        return r.isGap;
    default:
        return {};
    }
}

QStringList NeedModel::columnTitles() const
{
    return {tr("Ward"),         tr("Theme"),    tr("Need"), tr("Signalled by"),
            tr("Signalled on"), tr("Severity"), tr("Open"), tr("Gap")};
}

QVariant OfferModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const OfferRow& r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Ward:
            return r.wardName;
        case Theme:
            return r.themeName;
        case Description:
            return r.description;
        case Provider: {
            switch (r.provider) {
            case OfferProvider::Initiative:
                return tr("Initiative: %1").arg(r.providerName);
            case OfferProvider::Partner:
                return tr("Partner: %1").arg(r.providerName);
            case OfferProvider::Person:
                return tr("Resident: %1").arg(r.providerName);
            }
            return r.providerName;
        }
        case Capacity:
            return r.capacity;
        case Active:
            return r.active ? tr("active") : tr("inactive");
        default:
            return {};
        }
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QStringList OfferModel::columnTitles() const
{
    return {tr("Ward"), tr("Theme"), tr("Offer"), tr("Offered by"), tr("Capacity"), tr("Active")};
}
