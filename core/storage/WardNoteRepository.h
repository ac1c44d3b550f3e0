#pragma once

#include "core/domain/WardNote.h"
#include "core/storage/RecordStore.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

class Database;

/// The ward director's own text (toelichting) for a ward and a report period, printed at the top of that ward's
/// section of a council report, in the PDF and the ODT (DESIGN.md, "Reports, also as ODT"). One text per ward and
/// exact period (the report's from and to dates); a report over another period has its own text. The table is
/// declared once in Tables::wardNotes().
class WardNoteRepository final
{
public:
    explicit WardNoteRepository(Database& db);

    /// The note of the ward for the period from..to (both inclusive), if there is one.
    std::optional<WardNote> note(qint64 wardId, const QDate& from, const QDate& to) const;
    /// The text for the ward and the period; empty when there is none.
    QString find(qint64 wardId, const QDate& from, const QDate& to) const;
    /// Every ward's text for the period from..to, by ward id; wards without a text are absent.
    QHash<qint64, QString> forPeriod(const QDate& from, const QDate& to) const;
    /// Stores the text (trimmed) in one transaction with an audit entry (entity "ward_note"); an empty text removes
    /// it, an unchanged text writes nothing. Throws Error when from is after to, when the ward does not exist or when
    /// the database refuses.
    void save(qint64 wardId, const QDate& from, const QDate& to, const QString& text);

private:
    Database& m_db;
    RecordStore<WardNote> m_store;
};
