#pragma once

#include "core/domain/Ward.h"
#include "ui/common/RecordEditor.h"

/// Adds a ward (id 0) or edits one; saving pushes an undoable command.
class WardEditor final : public RecordEditor<WardRepository, Ward>
{
    Q_OBJECT

public:
    WardEditor(Document& document, qint64 id, QWidget* parent = nullptr);
};
