#pragma once

#include "core/domain/Partner.h"
#include "ui/common/RecordEditor.h"

/// Adds a partner (id 0) or edits one; saving pushes an undoable command.
class PartnerEditor final : public RecordEditor<PartnerRepository, Partner>
{
    Q_OBJECT

public:
    PartnerEditor(Document& document, qint64 id, QWidget* parent = nullptr);
};
