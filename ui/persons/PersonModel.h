#pragma once

#include "core/domain/Person.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/WardRepository.h"
#include "ui/common/LazyTableModel.h"

#include <QHash>

/// The residents list, fetched lazily from PersonRepository.
class PersonModel final : public LazyRowModel<PersonRow>
{
    Q_OBJECT

public:
    enum Column {
        LastName = PersonRepository::LastName,
        FirstName = PersonRepository::FirstName,
        Ward = PersonRepository::Ward,
        Engagement = PersonRepository::Engagement,
        Skills = PersonRepository::Skills,
        Email = PersonRepository::Email,
        ConsentDate = PersonRepository::ConsentDate,
        LastActive = PersonRepository::SortLastActive,
        HoursLast12Months = PersonRepository::SortHoursLast12Months,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, EngagementKeyRole, InactiveRole };

    /// `wards`, when given, names the wards (the list shows a ward's name, its code in the tooltip).
    explicit PersonModel(PersonRepository& repository, WardRepository* wards = nullptr, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PersonModel)

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant exportValue(const QModelIndex& index) const override;
    CsvType exportType(int column) const override;
    bool isPersonalColumn(int column) const override;

protected:
    int queryCount(const ListQuery& query) const override { return m_repository.count(query); }
    QList<PersonRow> queryRows(const ListQuery& query, int offset, int limit) const override
    {
        return m_repository.list(query, offset, limit);
    }

private:
    /// The name of the ward with this code (read once after each reload).
    QString wardName(const QString& code) const;
    PersonRepository& m_repository;
    WardRepository* m_wards = nullptr;
    mutable QHash<QString, QString> m_wardNames;
};
