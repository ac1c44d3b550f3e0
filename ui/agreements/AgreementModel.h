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
    using enum AgreementRepository::Column;
    enum Role { MissingMonitoringRole = IdRole + 1 };

    explicit AgreementModel(AgreementRepository& repository, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgreementModel)

    /// Applied at the next setQuery()/reload().
    void setFilter(const AgreementFilter& filter) { m_filter = filter; }
    const AgreementFilter& filter() const { return m_filter; }

protected:
    QVariant cellData(const AgreementRow& row, int column, int role) const override;
    int queryCount(const ListQuery& query) const override { return repository().count(query, m_filter); }
    QList<AgreementRow> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return repository().list(query, offset, limit, m_filter);
    }

private:
    /// An active agreement whose next evaluation date has passed.
    bool isOverdue(const AgreementRow& row) const;

    AgreementFilter m_filter;
};
