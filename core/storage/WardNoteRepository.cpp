#include "WardNoteRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
const QString Entity = u"ward_note"_s;
}

WardNoteRepository::WardNoteRepository(Database& db)
    : m_db(db)
{
}

QString WardNoteRepository::find(qint64 wardId, const QDate& from, const QDate& to) const
{
    return Sql::scalar(m_db.connection(),
                       u"SELECT text FROM ward_notes WHERE ward_id = ? AND period_from = ? AND period_to = ?"_s,
                       {wardId, Sql::date(from), Sql::date(to)})
        .toString();
}

QHash<qint64, QString> WardNoteRepository::forPeriod(const QDate& from, const QDate& to) const
{
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT ward_id, text FROM ward_notes WHERE period_from = ? AND period_to = ?"_s,
                            {Sql::date(from), Sql::date(to)});
    QHash<qint64, QString> notes;
    while (q.next()) {
        notes.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return notes;
}

void WardNoteRepository::save(qint64 wardId, const QDate& from, const QDate& to, const QString& text)
{
    if (!from.isValid() || !to.isValid() || from > to) {
        throw Error(QCoreApplication::translate("WardNoteRepository",
                                                "The notes need a period whose start is not after its end."));
    }
    const QString trimmed = text.trimmed();
    const QString stored = find(wardId, from, to);
    if (trimmed == stored) {
        return;
    }
    Transaction transaction(m_db);
    const QVariantList key {wardId, Sql::date(from), Sql::date(to)};
    AuditLog audit(m_db);
    if (trimmed.isEmpty()) {
        Sql::exec(m_db.connection(),
                  u"DELETE FROM ward_notes WHERE ward_id = ? AND period_from = ? AND period_to = ?"_s, key);
        audit.recordDelete(Entity, wardId);
    } else if (stored.isEmpty()) {
        Sql::exec(m_db.connection(),
                  u"INSERT INTO ward_notes (ward_id, period_from, period_to, text) VALUES (?, ?, ?, ?)"_s,
                  key + QVariantList {trimmed});
        audit.recordInsert(Entity, wardId, {u"period_from"_s, u"period_to"_s, u"text"_s});
    } else {
        Sql::exec(m_db.connection(),
                  u"UPDATE ward_notes SET text = ? WHERE ward_id = ? AND period_from = ? AND period_to = ?"_s,
                  QVariantList {trimmed} + key);
        audit.recordUpdate(Entity, wardId, {u"text"_s});
    }
    transaction.commit();
}
