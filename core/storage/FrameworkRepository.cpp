#include "FrameworkRepository.h"

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
    return QCoreApplication::translate("FrameworkRepository", text, disambiguation, n);
}
const QString Entity = u"framework"_s;
const QString Select = u"SELECT id, title, adopted_on, review_by, notes FROM frameworks"_s;

PolicyFramework readFramework(const QSqlQuery& q)
{
    PolicyFramework f;
    f.id = q.value(0).toLongLong();
    f.title = q.value(1).toString();
    f.adoptedOn = Sql::toDate(q.value(2));
    f.reviewBy = Sql::toDate(q.value(3));
    f.notes = q.value(4).toString();
    return f;
}

QStringList changedFields(const PolicyFramework& a, const PolicyFramework& b)
{
    QStringList f;
    if (a.title != b.title)
        f << u"title"_s;
    if (a.adoptedOn != b.adoptedOn)
        f << u"adopted_on"_s;
    if (a.reviewBy != b.reviewBy)
        f << u"review_by"_s;
    if (a.notes != b.notes)
        f << u"notes"_s;
    return f;
}
} // namespace

FrameworkRepository::FrameworkRepository(Database& db)
    : m_db(db)
{
}

QList<PolicyFramework> FrameworkRepository::all() const
{
    QList<PolicyFramework> list;
    QSqlQuery q
        = Sql::exec(m_db.connection(), Select + u" ORDER BY "_s + Dialect::of(m_db.connection()).sorted(u"title"_s));
    while (q.next()) {
        list << readFramework(q);
    }
    return list;
}

std::optional<PolicyFramework> FrameworkRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), Select + u" WHERE id = ?"_s, {id});
    if (q.next()) {
        return readFramework(q);
    }
    return std::nullopt;
}

QList<FieldError> FrameworkRepository::validate(const PolicyFramework& framework) const
{
    QList<FieldError> errors;
    if (framework.title.trimmed().isEmpty()) {
        errors.append({u"title"_s, tr("Enter the framework's title.")});
    }
    if (framework.adoptedOn.isValid() && framework.reviewBy.isValid() && framework.reviewBy < framework.adoptedOn) {
        errors.append({u"review_by"_s, tr("The review date lies before the date the framework was adopted.")});
    }
    return errors;
}

qint64 FrameworkRepository::insert(const PolicyFramework& framework)
{
    if (const auto errors = validate(framework); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    QSqlQuery q = Sql::exec(
        m_db.connection(),
        u"INSERT INTO frameworks(id, title, adopted_on, review_by, notes) VALUES(?, ?, ?, ?, ?) RETURNING id"_s,
        {framework.id > 0 ? QVariant(framework.id) : QVariant(QMetaType::fromType<qint64>()), framework.title.trimmed(),
         Sql::date(framework.adoptedOn), Sql::date(framework.reviewBy), framework.notes});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditLog(m_db).recordInsert(Entity, id, changedFields(PolicyFramework {}, framework));
    tx.commit();
    return id;
}

void FrameworkRepository::update(const PolicyFramework& framework)
{
    if (const auto errors = validate(framework); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const auto old = find(framework.id);
    if (!old) {
        throw Error(tr("This policy framework no longer exists."));
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(),
              u"UPDATE frameworks SET title = ?, adopted_on = ?, review_by = ?, notes = ? WHERE id = ?"_s,
              {framework.title.trimmed(), Sql::date(framework.adoptedOn), Sql::date(framework.reviewBy),
               framework.notes, framework.id});
    AuditLog(m_db).recordUpdate(Entity, framework.id, changedFields(*old, framework));
    tx.commit();
}

void FrameworkRepository::remove(qint64 id)
{
    const auto framework = find(id);
    if (!framework) {
        return;
    }
    const int initiatives
        = Sql::scalar(m_db.connection(), u"SELECT count(*) FROM initiatives WHERE framework_id = ?"_s, {id}).toInt();
    if (initiatives > 0) {
        throw Error(
            tr("Policy framework %1 cannot be deleted because %n initiative(s) refer to it.", nullptr, initiatives)
                .arg(framework->title));
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM frameworks WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(Entity, id);
    tx.commit();
}

QList<PolicyFramework> FrameworkRepository::outdated(const QDate& today) const
{
    QList<PolicyFramework> list;
    QSqlQuery q
        = Sql::exec(m_db.connection(), Select + u" WHERE review_by IS NOT NULL AND review_by < ? ORDER BY review_by"_s,
                    {today.toString(Qt::ISODate)});
    while (q.next()) {
        list << readFramework(q);
    }
    return list;
}
