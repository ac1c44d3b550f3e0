#pragma once

#include "core/Error.h"
#include "core/domain/Theme.h"
#include "core/storage/RecordStore.h"

#include <QList>

class Database;

/// The themes: the defaults of DESIGN.md and those the user adds.
class ThemeRepository final
{
public:
    explicit ThemeRepository(Database& db);

    QList<Theme> all() const;
    std::optional<Theme> find(qint64 id) const;
    std::optional<Theme> findByName(const QString& name) const;
    QList<FieldError> validate(const Theme& theme) const;
    qint64 insert(const Theme& theme);
    void update(const Theme& theme);
    /// Refused while a ward or initiative uses the theme.
    void remove(qint64 id);
    /// The names of the given themes, in the order of `all()`, comma separated.
    QString names(const QList<qint64>& ids) const;

private:
    Database& m_db;
    RecordStore<Theme> m_store;
};
