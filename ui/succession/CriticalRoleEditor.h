#pragma once

#include "core/domain/CriticalRole.h"
#include "ui/common/EditorDialog.h"

#include <optional>

class Document;
class QComboBox;

/// Adds (id 0) or edits a role of an initiative's succession register: the role (a standard one or the user's
/// own), its holder and the named backup, chosen from the initiative's people.
class CriticalRoleEditor final : public EditorDialog
{
    Q_OBJECT

public:
    CriticalRoleEditor(Document& document, qint64 id, qint64 initiativeId, QWidget* parent = nullptr);

protected:
    bool save(QList<FieldError>& errors) override;

private:
    Document& m_document;
    std::optional<CriticalRole> m_original;
    CriticalRole m_role;
    QComboBox* m_name;
    QComboBox* m_holder;
    QComboBox* m_backup;
};
