#include "WardNoteRepository.h"

#include "core/Error.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

WardNoteRepository::WardNoteRepository(Database& db)
    : m_db(db)
    , m_store(db, Tables::wardNotes())
{
}

std::optional<WardNote> WardNoteRepository::note(qint64 wardId, const QDate& from, const QDate& to) const
{
    const QList<WardNote> found = m_store.select(u"WHERE ward_id = ? AND period_from = ? AND period_to = ?"_s,
                                                 {wardId, Sql::date(from), Sql::date(to)});
    return found.isEmpty() ? std::nullopt : std::optional<WardNote>(found.first());
}

QString WardNoteRepository::find(qint64 wardId, const QDate& from, const QDate& to) const
{
    const auto stored = note(wardId, from, to);
    return stored ? stored->text : QString();
}

QHash<qint64, QString> WardNoteRepository::forPeriod(const QDate& from, const QDate& to) const
{
    QHash<qint64, QString> notes;
    for (const WardNote& n :
         m_store.select(u"WHERE period_from = ? AND period_to = ?"_s, {Sql::date(from), Sql::date(to)})) {
        notes.insert(n.wardId, n.text);
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
    const std::optional<WardNote> stored = note(wardId, from, to);
    if (trimmed == (stored ? stored->text : QString())) {
        return;
    }
    if (trimmed.isEmpty()) {
        m_store.remove(stored->id);
    } else if (stored) {
        WardNote changed = *stored;
        changed.text = trimmed;
        m_store.update(*stored, changed);
    } else {
        m_store.insert(WardNote {0, wardId, from, to, trimmed});
    }
}
