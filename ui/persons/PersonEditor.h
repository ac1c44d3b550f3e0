#pragma once

#include "core/domain/Person.h"
#include "ui/common/RecordEditor.h"

#include <optional>

/// Adds a resident (id 0) or edits one; saving pushes an undoable command.
class PersonEditor final : public RecordEditor<PersonRepository, Person>
{
    Q_OBJECT

public:
    /// `wardId` is the ward of residence of a new resident.
    PersonEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});
};
