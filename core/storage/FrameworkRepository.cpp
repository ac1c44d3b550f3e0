#include "FrameworkRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

FrameworkRepository::FrameworkRepository(Database& db)
    : DeclaredRepository(db, QT_TR_NOOP("This policy framework no longer exists."), Tables::frameworks())
{
}

QList<PolicyFramework> FrameworkRepository::all() const
{
    return m_store.select(u"ORDER BY "_s + Dialect::of(m_db.connection()).sorted(u"title"_s));
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
    m_store.remove(id);
}

QList<PolicyFramework> FrameworkRepository::outdated(const QDate& today) const
{
    return m_store.select(u"WHERE review_by IS NOT NULL AND review_by < ? ORDER BY review_by"_s,
                          {today.toString(Qt::ISODate)});
}
