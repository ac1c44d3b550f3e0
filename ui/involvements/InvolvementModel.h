#pragma once

#include "core/domain/Involvement.h"
#include "ui/common/MemoryRowModel.h"

class Document;

/// Involvements from one side: an initiative's people ("Involved") or a person's initiatives.
class InvolvementModel final : public MemoryRowModel<InvolvementRow>
{
    Q_OBJECT

public:
    enum class Side { Initiative, Person };
    enum Column { Name, Role, From, Until, HoursLast12Months, LastActive, ColumnCount };

    InvolvementModel(Document& document, Side side, qint64 ownerId, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvolvementModel)

    void reload();

protected:
    qint64 idOf(int row) const override { return rowAt(row).involvement.id; }

private:
    Document& m_document;
    Side m_side;
    qint64 m_ownerId;
};
