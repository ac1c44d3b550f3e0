#include "ThemeRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ThemeRepository::ThemeRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This theme no longer exists."), Tables::themes())
{
}

QList<Theme> ThemeRepository::all() const
{
    return m_store.select(u"ORDER BY id"_s);
}

std::optional<Theme> ThemeRepository::findByName(const QString& name) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QList<Theme> found = m_store.select(u"WHERE "_s + d.caseInsensitive(u"name"_s) + u" = "_s
                                                  + d.caseInsensitive(u"?"_s) + u" OR key = ? LIMIT 1"_s,
                                              {name.trimmed(), name.trimmed()});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<FieldError> ThemeRepository::validate(const Theme& theme) const
{
    QList<FieldError> errors;
    if (theme.name.trimmed().isEmpty()) {
        errors.append({u"name"_s, tr("Enter the theme's name.")});
    } else if (const auto other = findByName(theme.name); other && other->id != theme.id) {
        errors.append({u"name"_s, tr("There already is a theme called %1.").arg(other->name)});
    }
    return errors;
}

void ThemeRepository::remove(qint64 id)
{
    const auto theme = find(id);
    if (!theme) {
        return;
    }
    const QSqlDatabase db = m_db.connection();
    const int wards = Sql::scalar(db, u"SELECT count(*) FROM ward_themes WHERE theme_id = ?"_s, {id}).toInt();
    const int initiatives
        = Sql::scalar(db, u"SELECT count(*) FROM initiative_themes WHERE theme_id = ?"_s, {id}).toInt();
    if (wards + initiatives > 0) {
        QStringList uses;
        if (wards > 0) {
            uses << tr("%n ward(s)", nullptr, wards);
        }
        if (initiatives > 0) {
            uses << tr("%n initiative(s)", nullptr, initiatives);
        }
        throw Error(tr("Theme %1 cannot be deleted because it is in use by %2.").arg(theme->name, uses.join(u", "_s)));
    }
    m_store.remove(id);
}

QString ThemeRepository::names(const QList<qint64>& ids) const
{
    QStringList names;
    for (const Theme& t : all()) {
        if (ids.contains(t.id)) {
            names << t.name;
        }
    }
    return names.join(u", "_s);
}
