#pragma once

#include <QDialog>

class CriticalRoleModel;
class Document;
class InvolvementModel;
class PersonHistoryModel;
class QTabWidget;
class RecordTable;

/// One resident in detail: their initiatives (involvements, editable), their history of hours per month and
/// initiative, and the critical roles they hold or back up.
class PersonDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Tab { InitiativesTab, HistoryTab, RolesTab };

    PersonDetailDialog(Document& document, qint64 personId, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    RecordTable* initiatives() const { return m_initiatives; }
    InvolvementModel* involvementModel() const { return m_involvementModel; }
    PersonHistoryModel* historyModel() const { return m_historyModel; }
    CriticalRoleModel* roleModel() const { return m_roleModel; }

private:
    Document& m_document;
    qint64 m_personId;
    QTabWidget* m_tabs;
    InvolvementModel* m_involvementModel;
    PersonHistoryModel* m_historyModel;
    CriticalRoleModel* m_roleModel;
    RecordTable* m_initiatives;
};
