#pragma once

#include "core/domain/Participation.h"
#include "ui/common/RecordEditor.h"

#include <optional>

/// Adds a participation moment (id 0) or edits one; saving pushes an undoable command.
class ParticipationEditor final : public RecordEditor<ParticipationRepository, ParticipationMoment>
{
    Q_OBJECT

public:
    /// `wardId` is the ward of a new moment.
    ParticipationEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});

protected:
    /// The repository's messages, but none about a date that could not be read.
    void check(const ParticipationMoment& moment, QList<FieldError>& errors) const override;
};
