#include "SupportMapModels.h"

#include "ui/common/Figures.h"
#include "ui/common/Palette.h"

#include <QBrush>

NeedModel::NeedModel(NeedRepository& repository, QObject* parent)
    : RepositoryModel(repository, parent)
{
    using namespace ListColumns;
    setColumns({
        text(QT_TR_NOOP("Ward"), &NeedRow::wardName).withWidth(130),
        text(QT_TR_NOOP("Theme"), &NeedRow::themeName).withWidth(130),
        text(QT_TR_NOOP("Need"), &NeedRow::description).withWidth(260),
        text(QT_TR_NOOP("Signalled by"), &NeedRow::signalledBy).withWidth(140),
        {.title = QT_TR_NOOP("Signalled on"),
         .shown = [](const NeedRow& r) -> QVariant { return Inputs::listDate(r.signalledOn); },
         .width = 95},
        label(QT_TR_NOOP("Severity"), &NeedRow::severity).withWidth(75),
        {.title = QT_TR_NOOP("Open"),
         .shown = [](const NeedRow& r) -> QVariant { return r.open ? tr("open") : tr("closed"); },
         .width = 60},
        {.title = QT_TR_NOOP("Gap"),
         .shown = [](const NeedRow& r) -> QVariant {
             return r.isGap ? tr("\u26a0 gap: no offer") : QString();
         }},
    });
}

QVariant NeedModel::cellData(const NeedRow& row, int column, int role) const
{
    switch (role) {
    case Qt::DecorationRole:
        return column == Gap && row.isGap ? QVariant(Figures::warningIcon()) : QVariant();
    case Qt::ForegroundRole:
        return column == Gap && row.isGap ? QVariant(QBrush(Palette::text(Palette::Text::Error))) : QVariant();
    case Qt::BackgroundRole:
        return row.isGap ? QVariant(QBrush(Palette::background(Palette::Background::Attention))) : QVariant();
    case Qt::ToolTipRole:
        return row.isGap ? tr("No active offer in %1 meets this need (theme %2)").arg(row.wardName, row.themeName)
                         : QVariant();
    case GapRole:
        return row.isGap;
    default:
        return {};
    }
}

OfferModel::OfferModel(OfferRepository& repository, QObject* parent)
    : RepositoryModel(repository, parent)
{
    using namespace ListColumns;
    setColumns({
        text(QT_TR_NOOP("Ward"), &OfferRow::wardName).withWidth(130),
        text(QT_TR_NOOP("Theme"), &OfferRow::themeName).withWidth(130),
        text(QT_TR_NOOP("Offer"), &OfferRow::description).withWidth(240),
        // A resident who makes an offer is named there: pseudonymised in exports unless asked for.
        {.title = QT_TR_NOOP("Offered by"),
         .shown = [](const OfferRow& r) -> QVariant {
             switch (r.provider) {
             case OfferProvider::Initiative:
                 return tr("Initiative: %1").arg(r.providerName);
             case OfferProvider::Partner:
                 return tr("Partner: %1").arg(r.providerName);
             case OfferProvider::Person:
                 return tr("Resident: %1").arg(r.providerName);
             }
             return r.providerName;
         },
         .personal = true,
         .width = 240},
        text(QT_TR_NOOP("Capacity"), &OfferRow::capacity).withWidth(140),
        {.title = QT_TR_NOOP("Active"),
         .shown = [](const OfferRow& r) -> QVariant {
             return r.active ? tr("active") : tr("inactive");
         }},
    });
}
