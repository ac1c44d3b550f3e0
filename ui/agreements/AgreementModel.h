#pragma once

#include "core/domain/Agreement.h"
#include "core/storage/AgreementRepository.h"
#include "ui/common/LazyTableModel.h"

/// The agreements list, fetched lazily from AgreementRepository, with the filters beyond ListQuery that the charts and
/// signals click through to. A missing M&E flag and an overdue evaluation are marked with an icon and a word.
class AgreementModel final : public RepositoryModel<AgreementRepository>
{
    Q_OBJECT

public:
    enum Column {
        Title = AgreementRepository::Title,
        Partner = AgreementRepository::Partner,
        Wards = AgreementRepository::Wards,
        Status = AgreementRepository::Status,
        StartDate = AgreementRepository::StartDate,
        EndDate = AgreementRepository::EndDate,
        Budget = AgreementRepository::Budget,
        Monitoring = AgreementRepository::Monitoring,
        MeAgreed = AgreementRepository::MeAgreed,
        NextEvaluation = AgreementRepository::NextEvaluation,
        Kpis = AgreementRepository::Kpis,
        ColumnCount = AgreementRepository::ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, MissingMeRole };

    using RepositoryModel::RepositoryModel;
    Q_DISABLE_COPY_MOVE(AgreementModel)

    /// Applied at the next setQuery()/reload().
    void setFilter(const AgreementFilter& filter) { m_filter = filter; }
    const AgreementFilter& filter() const { return m_filter; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;
    QVariant exportValue(const QModelIndex& index) const override;
    CsvType exportType(int column) const override;

protected:
    int queryCount(const ListQuery& query) const override { return repository().count(query, m_filter); }
    QList<AgreementRow> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return repository().list(query, offset, limit, m_filter);
    }

private:
    AgreementFilter m_filter;
};
