#pragma once

#include "ui/Document.h"
#include "ui/common/FieldEditor.h"
#include "ui/common/SaveRecordCommand.h"

#include <optional>

/// The editor of one stored record of type T, kept by repository Repo: it adds a record (id 0) or edits the one
/// with that id (found the way the repository reads a record back, storedRecord). Its fields are bound as
/// FieldEditor's; OK starts from the original record (or, for a new one, the default record with what the editor
/// preset), stores every field into it, validates it through the repository (check(), which an editor overrides to
/// leave out what an unreadable field already says or to add a rule of its own) and writes it as one undoable
/// command (saveRecord: `addText` for an insert, `editText` for an update, nothing when nothing changed).
template<typename Repo, typename T> class RecordEditor : public FieldEditor<T>
{
public:
    /// The record as it was stored when the editor opened; nullopt for a new one.
    const std::optional<T>& original() const { return m_original; }

protected:
    RecordEditor(Document& document, qint64 id, Document::Kind kind, const QString& addText, const QString& editText,
                 QWidget* parent)
        : RecordEditor(document, id > 0 ? storedRecord<T>(document.repository<Repo>(), id) : std::nullopt, kind,
                       addText, editText, parent)
    {
    }

    Document& document() const { return m_document; }
    Repo& repository() const { return m_document.repository<Repo>(); }

    /// Adds every message of the repository's validation.
    void check(const T& record, QList<FieldError>& errors) const override
    {
        if constexpr (requires { repository().validate(record); }) {
            errors << repository().validate(record);
        }
    }
    bool commit(const T& record, const QList<FieldError>& errors) override
    {
        return saveRecord<Repo>(m_document, m_kind, m_original, record, errors, m_addText, m_editText);
    }

private:
    RecordEditor(Document& document, std::optional<T> original, Document::Kind kind, const QString& addText,
                 const QString& editText, QWidget* parent)
        : FieldEditor<T>(original.value_or(T {}), !original, parent)
        , m_document(document)
        , m_original(std::move(original))
        , m_kind(kind)
        , m_addText(addText)
        , m_editText(editText)
    {
    }

    Document& m_document;
    std::optional<T> m_original;
    Document::Kind m_kind;
    QString m_addText;
    QString m_editText;
};
