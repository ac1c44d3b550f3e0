#include "AgreementModel.h"

#include "core/domain/Money.h"
#include "ui/common/Figures.h"
#include "ui/common/Inputs.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

QVariant AgreementModel::data(const QModelIndex& index, int role) const
{
    if (!hasRow(index)) {
        return {};
    }
    const AgreementRow& r = rowAt(index.row());
    const bool active = r.status == AgreementStatus::Active;
    const bool missingMe = !r.monitoringAgreed;
    const bool overdue = active && r.nextEvaluation.isValid() && r.nextEvaluation < query().today();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return r.title;
        case Partner:
            return r.partnerName;
        case Wards:
            return r.wards;
        case Status:
            return Enums::label(r.status);
        case StartDate:
            return Inputs::listDate(r.startDate);
        case EndDate:
            return Inputs::listDate(r.endDate);
        case Budget:
            return r.budgetCents ? Money::format(r.budgetCents) : QString();
        case Monitoring:
            return Enums::label(r.monitoring);
        case MeAgreed:
            return missingMe ? tr("\u2717 missing") : tr("\u2713 agreed");
        case NextEvaluation:
            return overdue ? tr("%1 (overdue)").arg(Inputs::listDate(r.nextEvaluation))
                           : Inputs::listDate(r.nextEvaluation);
        case Kpis:
            return QLocale().toString(r.kpiCount);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if ((index.column() == MeAgreed && missingMe) || (index.column() == NextEvaluation && overdue)) {
            return Figures::warningIcon();
        }
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == MeAgreed && missingMe) || (index.column() == NextEvaluation && overdue)) {
            return QBrush(Palette::text(Palette::Text::Error));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MeAgreed && missingMe) {
            return tr("No monitoring and evaluation laid down in this agreement");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Budget || index.column() == Kpis) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return r.id;
    case MissingMeRole:
        return missingMe;
    default:
        return {};
    }
}

QStringList AgreementModel::columnTitles() const
{
    return {tr("Agreement"), tr("Partner"),    tr("Wards"), tr("Status"),          tr("Start"), tr("End"),
            tr("Budget"),    tr("Monitoring"), tr("M&E"),   tr("Next evaluation"), tr("KPIs")};
}

QVariant AgreementModel::exportValue(const QModelIndex& index) const
{
    if (!hasRow(index)) {
        return {};
    }
    const AgreementRow& r = rowAt(index.row());
    switch (index.column()) {
    case StartDate:
        return r.startDate;
    case EndDate:
        return r.endDate;
    case NextEvaluation:
        return r.nextEvaluation;
    case Budget:
        return r.budgetCents;
    case MeAgreed:
        return r.monitoringAgreed;
    case Kpis:
        return r.kpiCount;
    default:
        return data(index, Qt::DisplayRole);
    }
}

CsvType AgreementModel::exportType(int column) const
{
    switch (column) {
    case StartDate:
    case EndDate:
    case NextEvaluation:
        return CsvType::Date;
    case Budget:
        return CsvType::Money;
    case MeAgreed:
        return CsvType::Bool;
    case Kpis:
        return CsvType::Integer;
    default:
        return CsvType::Text;
    }
}
