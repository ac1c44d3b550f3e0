#pragma once

#include "core/Error.h"
#include "core/domain/Theme.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// The themes: the defaults of DESIGN.md and those the user adds.
class ThemeRepository final : public DeclaredRepository<ThemeRepository, Theme>
{
    Q_DECLARE_TR_FUNCTIONS(ThemeRepository)

public:
    explicit ThemeRepository(Database& db);

    QList<Theme> all() const;
    std::optional<Theme> findByName(const QString& name) const;
    QList<FieldError> validate(const Theme& theme) const;
    /// Refused while a ward or initiative uses the theme.
    void remove(qint64 id);
    /// The names of the given themes, in the order of `all()`, comma separated.
    QString names(const QList<qint64>& ids) const;
};
