#pragma once

#include "core/domain/CriticalRole.h"
#include "ui/common/RecordEditor.h"

/// Adds (id 0) or edits a role of an initiative's succession register: the role (a standard one or the user's
/// own), its holder and the named backup, chosen from the initiative's people.
class CriticalRoleEditor final : public RecordEditor<CriticalRoleRepository, CriticalRole>
{
    Q_OBJECT

public:
    /// `initiativeId` is the initiative of a new role.
    CriticalRoleEditor(Document& document, qint64 id, qint64 initiativeId, QWidget* parent = nullptr);
};
