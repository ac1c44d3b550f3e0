#pragma once

#include <QDialog>
#include <functional>

class CriticalRoleModel;
class Document;
class EventModel;
class HoursGridWidget;
class InvolvementModel;
class QLabel;
class QTabWidget;
class RecordTable;

/// One initiative in detail, in tabs: the people involved, the hours grid, the meetings with anonymous participants
/// and the succession register. Every edit is undoable (Ctrl+Z in the dialog, or Edit > Undo afterwards).
class InitiativeDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Tab { InvolvedTab, HoursTab, MeetingsTab, SuccessionTab };

    InitiativeDetailDialog(Document& document, qint64 initiativeId, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    HoursGridWidget* hoursGrid() const { return m_hours; }
    RecordTable* involved() const { return m_involved; }
    RecordTable* meetings() const { return m_meetings; }
    RecordTable* succession() const { return m_succession; }
    InvolvementModel* involvementModel() const { return m_involvementModel; }
    CriticalRoleModel* criticalRoleModel() const { return m_roleModel; }

private:
    /// Asks, then runs `remove`; shows the repository's refusal.
    void confirmRemove(const QString& what, const std::function<void()>& remove);
    void updateSummary();

    Document& m_document;
    qint64 m_initiativeId;
    QTabWidget* m_tabs;
    InvolvementModel* m_involvementModel;
    EventModel* m_eventModel;
    CriticalRoleModel* m_roleModel;
    RecordTable* m_involved;
    HoursGridWidget* m_hours;
    RecordTable* m_meetings;
    RecordTable* m_succession;
    QLabel* m_summary;
};
