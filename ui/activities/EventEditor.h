#pragma once

#include "core/domain/Activity.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QLineEdit;

/// Adds (id 0) or edits an event with anonymous participants: date, how many took part, and what it was.
class EventEditor final : public EditorDialog
{
    Q_OBJECT

public:
    EventEditor(Document& document, qint64 id, qint64 initiativeId, QWidget* parent = nullptr);

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    std::optional<AnonymousEvent> m_original;
    AnonymousEvent m_event;
    QLineEdit* m_date;
    QLineEdit* m_participants;
    QLineEdit* m_kind;
};
