#pragma once

#include "core/Error.h"
#include "core/storage/Conflict.h"
#include "ui/Document.h"

#include <QUndoCommand>
#include <concepts>
#include <memory>
#include <optional>

/// An undoable write through a repository. Document::execute() applies it once and pushes it; the stack's first
/// redo() is then skipped. When the database refuses a later undo or redo, the document reports why and the
/// command is dropped from the stack.
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(Document& document, const QString& text)
        : QUndoCommand(text)
        , m_document(document)
    {
    }

    /// Applies the command forward; throws what the repository throws.
    void applyNow()
    {
        apply(true);
        m_skipRedo = true;
    }

    void redo() override
    {
        if (m_skipRedo) {
            m_skipRedo = false;
            return;
        }
        run(true);
    }
    void undo() override { run(false); }

    /// The id of the record the command wrote (for an insert: known after it was applied), or 0 when it wrote
    /// more than one record.
    virtual qint64 recordId() const { return 0; }

protected:
    virtual void apply(bool forward) = 0;
    Document& m_document;

private:
    void run(bool forward)
    {
        try {
            apply(forward);
        } catch (const Error& e) {
            setObsolete(true);
            m_document.reportCommandFailure(e.message());
        }
    }
    bool m_skipRedo = false;
};

/// How the generic command reaches a record's id: T::id by default; a record that bundles several (an agreement
/// with its KPIs and evaluations) specialises this.
template<typename T> struct RecordId
{
    static qint64 get(const T& record) { return record.id; }
    static void set(T& record, qint64 id) { record.id = id; }
};

/// The record of type T with this id as stored now (nullopt: there is none), read the way repository Repo reads
/// a record back: reload(id) where it has it, else find(id).
template<typename T, typename Repo> std::optional<T> storedRecord(Repo& repo, qint64 id)
{
    if constexpr (requires {
                      {
                          repo.reload(qint64 {})
                          } -> std::same_as<std::optional<T>>;
                  }) {
        return repo.reload(id);
    } else {
        return repo.find(id);
    }
}

/// The one undo command for every record (Tiled's changevalue style): inserts, updates or deletes one record of
/// type T through repository Repo's insert, update and remove. before = nullopt is an insert, after = nullopt a
/// delete, both an update. Undoing an insert removes the record; undoing a delete inserts the full record again
/// with the same id. After each step the record is read back (reload(id) where the repository has it, else find),
/// and an update, delete or undo writes only when the stored row is still the one the command knows: otherwise it
/// throws ConflictError naming who changed it and when (Conflicts; DESIGN.md, Team database), and writes nothing.
template<typename Repo, typename T> class SaveRecordCommand final : public RecordCommand
{
public:
    SaveRecordCommand(Document& document, Document::Kind kind, std::optional<T> before, std::optional<T> after,
                      const QString& text)
        : RecordCommand(document, text)
        , m_kind(kind)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    /// The id of the record (for an insert: known after it was applied).
    qint64 recordId() const override
    {
        return m_after ? RecordId<T>::get(*m_after) : (m_before ? RecordId<T>::get(*m_before) : 0);
    }

protected:
    void apply(bool forward) override
    {
        const std::optional<T>& from = forward ? m_before : m_after;
        std::optional<T>& to = forward ? m_after : m_before;
        Repo& repo = m_document.template repository<Repo>();
        const auto write = [&] {
            if (from && to) {
                repo.update(*to);
            } else if (to) {
                RecordId<T>::set(*to, repo.insert(*to));
            } else if (from) {
                repo.remove(RecordId<T>::get(*from));
            }
        };
        if (from) {
            // An update, a delete, or the undo of an insert: only when the row is still as this command knows it
            // (a colleague or another window may have changed it meanwhile).
            Database& db = m_document.database();
            const qint64 id = RecordId<T>::get(*from);
            Conflicts::guarded(
                db, StoredIn<T>::table(), id,
                [&] { Conflicts::requireUnchanged(db, id, storedRecord<T>(repo, id), *from); }, write);
        } else {
            write();
        }
        if (to) {
            // Kept as stored (ids of children, values the repository normalises), so that the next undo or redo
            // compares like with like.
            if (auto s = storedRecord<T>(repo, RecordId<T>::get(*to))) {
                to = std::move(s);
            }
        }
        m_document.notifyChanged(m_kind);
    }

private:
    Document::Kind m_kind;
    std::optional<T> m_before;
    std::optional<T> m_after;
};

/// How an editor's save() ends: false when `errors` holds any (nothing is written); else true, having written
/// `after` through the one undo command - an insert when there is no `original` (the command reads `addText`), an
/// update when it differs from `original` (`editText`), nothing when nothing changed.
template<typename Repo, typename T>
bool saveRecord(Document& document, Document::Kind kind, const std::optional<T>& original, const T& after,
                const QList<FieldError>& errors, const QString& addText, const QString& editText)
{
    if (!errors.isEmpty()) {
        return false;
    }
    if (original && *original == after) {
        return true;
    }
    document.execute(
        std::make_unique<SaveRecordCommand<Repo, T>>(document, kind, original, after, original ? editText : addText));
    return true;
}
