#pragma once

#include "core/domain/Person.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/WardRepository.h"
#include "ui/common/LazyTableModel.h"

#include <QHash>

/// The residents list, fetched lazily from PersonRepository.
class PersonModel final : public RepositoryModel<PersonRepository>
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
    enum Role { EngagementKeyRole = IdRole + 1, InactiveRole };

    /// `wards`, when given, names the wards (the list shows a ward's name, its code in the tooltip).
    explicit PersonModel(PersonRepository& repository, WardRepository* wards = nullptr, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PersonModel)

protected:
    QVariant cellData(const PersonRow& row, int column, int role) const override;

private:
    /// The name of the ward with this code (read once after each reload).
    QString wardName(const QString& code) const;
    WardRepository* m_wards = nullptr;
    mutable QHash<QString, QString> m_wardNames;
};
