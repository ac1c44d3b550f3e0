#pragma once

#include "core/domain/SupportMap.h"
#include "ui/supportmap/SupportMapEditor.h"

#include <optional>

/// Adds a collective need of a ward (id 0) or edits one; saving pushes an undoable command.
class NeedEditor final : public SupportMapEditor<NeedRepository, Need>
{
    Q_OBJECT

public:
    /// `wardId` is the ward of a new need.
    NeedEditor(Document& document, qint64 id, QWidget* parent = nullptr, std::optional<qint64> wardId = {});
};
