#pragma once

#include "core/domain/Participation.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// Adds a participation moment (id 0) or edits one; saving pushes an undoable command.
class ParticipationEditor final : public EditorDialog
{
    Q_OBJECT

public:
    ParticipationEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    std::optional<ParticipationMoment> m_original;
    QComboBox* m_ward;
    QLineEdit* m_date;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QLineEdit* m_participants;
    QPlainTextEdit* m_notes;
};
