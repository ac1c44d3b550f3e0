#pragma once

#include "core/domain/Activity.h"
#include "ui/common/SaveRecordCommand.h"

/// Writes a set of cells of the hours grid (one edit, a cleared selection or a paste) as one undo step. Undo writes
/// the cells' previous values back, in one transaction too.
class SetHoursCommand final : public RecordCommand
{
public:
    SetHoursCommand(Document& document, qint64 initiativeId, QList<Activity> before, QList<Activity> after,
                    const QString& text)
        : RecordCommand(document, text)
        , m_initiativeId(initiativeId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

protected:
    void apply(bool forward) override
    {
        m_document.activities().setHours(m_initiativeId, forward ? m_after : m_before);
        m_document.notifyChanged(Document::Kind::Activities);
    }

private:
    qint64 m_initiativeId;
    QList<Activity> m_before;
    QList<Activity> m_after;
};
