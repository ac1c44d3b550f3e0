#pragma once

#include "core/Error.h"
#include "core/domain/Ward.h"
#include "core/storage/ListQuery.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

/// Wards and their focus themes.
class WardRepository final : public DeclaredRepository<WardRepository, Ward>
{
    Q_DECLARE_TR_FUNCTIONS(WardRepository)

public:
    enum Column { Code, Name, Type, Inhabitants, Households, Initiatives, Persons, Themes, ColumnCount };

    explicit WardRepository(Database& db);

    /// Every problem with the ward, including a code that another ward already has.
    QList<FieldError> validate(const Ward& ward) const;
    /// Removes a ward; refused with the dependent records named when other records refer to it.
    void remove(qint64 id);

    std::optional<Ward> findByCode(const QString& code) const;
    /// All wards by code: for pickers and filters.
    QList<Ward> all() const;
    int count(const ListQuery& query) const;
    QList<WardRow> list(const ListQuery& query, int offset, int limit) const;
    /// Descriptions of the records that refer to the ward ("3 initiatives"), empty when none do.
    QStringList dependents(qint64 id) const;

    /// True for a CBS ward code such as WK036301 or WK0363AA.
    static bool isValidCode(const QString& code);
};
