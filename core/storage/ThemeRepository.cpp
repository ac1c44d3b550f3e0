#include "ThemeRepository.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ThemeRepository", text, disambiguation, n);
}
const QString Entity = u"theme"_s;

Theme readTheme(const QSqlQuery& q)
{
    return Theme {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}
} // namespace

ThemeRepository::ThemeRepository(Database& db)
    : m_db(db)
{
}

QList<Theme> ThemeRepository::all() const
{
    QList<Theme> themes;
    QSqlQuery q = Sql::exec(m_db.connection(), u"SELECT id, coalesce(key, ''), name FROM themes ORDER BY id"_s);
    while (q.next()) {
        themes << readTheme(q);
    }
    return themes;
}

std::optional<Theme> ThemeRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), u"SELECT id, coalesce(key, ''), name FROM themes WHERE id = ?"_s, {id});
    if (q.next()) {
        return readTheme(q);
    }
    return std::nullopt;
}

std::optional<Theme> ThemeRepository::findByName(const QString& name) const
{
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT id, coalesce(key, ''), name FROM themes WHERE "_s
                                + Dialect::of(m_db.connection()).caseInsensitive(u"name"_s) + u" = "_s
                                + Dialect::of(m_db.connection()).caseInsensitive(u"?"_s) + u" OR key = ?"_s,
                            {name.trimmed(), name.trimmed()});
    if (q.next()) {
        return readTheme(q);
    }
    return std::nullopt;
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

qint64 ThemeRepository::insert(const Theme& theme)
{
    if (const auto errors = validate(theme); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    QSqlQuery q = Sql::exec(m_db.connection(), u"INSERT INTO themes(id, key, name) VALUES(?, ?, ?) RETURNING id"_s,
                            {theme.id > 0 ? QVariant(theme.id) : QVariant(QMetaType::fromType<qint64>()),
                             theme.key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(theme.key),
                             theme.name.trimmed()});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog(m_db).recordInsert(Entity, id, {u"name"_s});
    tx.commit();
    return id;
}

void ThemeRepository::update(const Theme& theme)
{
    if (const auto errors = validate(theme); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"UPDATE themes SET name = ? WHERE id = ?"_s, {theme.name.trimmed(), theme.id});
    AuditLog(m_db).recordUpdate(Entity, theme.id, {u"name"_s});
    tx.commit();
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
    Transaction tx(m_db);
    Sql::exec(db, u"DELETE FROM themes WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(Entity, id);
    tx.commit();
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
