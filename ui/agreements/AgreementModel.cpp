#include "AgreementModel.h"

#include "core/domain/Money.h"
#include "ui/common/Figures.h"
#include "ui/common/Palette.h"

#include <QBrush>

AgreementModel::AgreementModel(AgreementRepository& repository, QObject* parent)
    : RepositoryModel(repository, parent)
{
    using namespace ListColumns;
    setColumns({
        text(QT_TR_NOOP("Agreement"), &AgreementRow::title).withWidth(210),
        text(QT_TR_NOOP("Partner"), &AgreementRow::partnerName).withWidth(150),
        text(QT_TR_NOOP("Wards"), &AgreementRow::wards).withWidth(140),
        label(QT_TR_NOOP("Status"), &AgreementRow::status).withWidth(70),
        date(QT_TR_NOOP("Start"), &AgreementRow::startDate).withWidth(80),
        date(QT_TR_NOOP("End"), &AgreementRow::endDate).withWidth(80),
        {.title = QT_TR_NOOP("Budget"),
         .shown
         = [](const AgreementRow& r) -> QVariant { return r.budgetCents ? Money::format(r.budgetCents) : QString(); },
         .exported = [](const AgreementRow& r) -> QVariant { return r.budgetCents; },
         .type = CsvType::Money,
         .alignRight = true,
         .width = 95},
        label(QT_TR_NOOP("Monitoring"), &AgreementRow::monitoring).withWidth(90),
        {.title = QT_TR_NOOP("M&E"),
         .shown = [](const AgreementRow& r) -> QVariant {
             return r.monitoringAgreed ? tr("\u2713 agreed") : tr("\u2717 missing");
         },
         .exported = [](const AgreementRow& r) -> QVariant { return r.monitoringAgreed; },
         .type = CsvType::Bool,
         .width = 95},
        {.title = QT_TR_NOOP("Next evaluation"),
         .shown = [this](const AgreementRow& r) -> QVariant {
             return isOverdue(r) ? tr("%1 (overdue)").arg(Inputs::listDate(r.nextEvaluation))
                                 : Inputs::listDate(r.nextEvaluation);
         },
         .exported = [](const AgreementRow& r) -> QVariant { return r.nextEvaluation; },
         .type = CsvType::Date,
         .width = 130},
        count(QT_TR_NOOP("KPIs"), &AgreementRow::kpiCount).withWidth(45),
    });
}

bool AgreementModel::isOverdue(const AgreementRow& row) const
{
    return row.status == AgreementStatus::Active && row.nextEvaluation.isValid()
        && row.nextEvaluation < query().today();
}

QVariant AgreementModel::cellData(const AgreementRow& row, int column, int role) const
{
    const bool missingMonitoring = !row.monitoringAgreed;
    const bool marked
        = (column == MonitoringAgreed && missingMonitoring) || (column == NextEvaluation && isOverdue(row));
    switch (role) {
    case Qt::DecorationRole:
        return marked ? QVariant(Figures::warningIcon()) : QVariant();
    case Qt::ForegroundRole:
        return marked ? QVariant(QBrush(Palette::text(Palette::Text::Error))) : QVariant();
    case Qt::ToolTipRole:
        return column == MonitoringAgreed && missingMonitoring
            ? QVariant(tr("No monitoring and evaluation laid down in this agreement"))
            : QVariant();
    case MissingMonitoringRole:
        return missingMonitoring;
    default:
        return {};
    }
}
