#pragma once

#include "storage/ActivityRepository.h"
#include "storage/AgreementRepository.h"
#include "storage/CriticalRoleRepository.h"
#include "storage/Database.h"
#include "storage/EvaluationRepository.h"
#include "storage/FrameworkRepository.h"
#include "storage/GoalRepository.h"
#include "storage/InitiativeRepository.h"
#include "storage/InvolvementRepository.h"
#include "storage/KpiRepository.h"
#include "storage/ParticipationRepository.h"
#include "storage/PartnerRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SupportMapRepository.h"
#include "storage/ThemeRepository.h"
#include "storage/WardRepository.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

class RecordCommand;

/// One open Wijkregie file: the database, its repositories and the undo stack of the edits made to it. Every
/// change goes through execute(), and changed() tells the models which kind of record changed.
class Document final : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Wards,
        Themes,
        Frameworks,
        Initiatives,
        Persons,
        Involvements,
        Activities,
        CriticalRoles,
        Partners,
        Agreements,
        Goals,
        Participation,
        SupportMap
    };
    Q_ENUM(Kind)

    explicit Document(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~Document() override;
    Q_DISABLE_COPY_MOVE(Document)

    Database& database() const { return *m_database; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QString filePath() const { return m_database->path(); }
    QString fileName() const;
    QString municipality() const { return m_database->municipality(); }

    WardRepository& wards() { return m_wards; }
    ThemeRepository& themes() { return m_themes; }
    FrameworkRepository& frameworks() { return m_frameworks; }
    InitiativeRepository& initiatives() { return m_initiatives; }
    PersonRepository& persons() { return m_persons; }
    InvolvementRepository& involvements() { return m_involvements; }
    ActivityRepository& activities() { return m_activities; }
    CriticalRoleRepository& criticalRoles() { return m_criticalRoles; }
    PartnerRepository& partners() { return m_partners; }
    AgreementRepository& agreements() { return m_agreements; }
    KpiRepository& kpis() { return m_kpis; }
    EvaluationRepository& evaluations() { return m_evaluations; }
    GoalRepository& goals() { return m_goals; }
    ParticipationRepository& participation() { return m_participation; }
    SupportMapRepository& supportMap() { return m_supportMap; }
    template<typename Repo> Repo& repository();

    /// Applies the command now (throwing Error or ValidationError when the repository refuses, in which case
    /// nothing is pushed) and then puts it on the undo stack.
    void execute(std::unique_ptr<RecordCommand> command);
    void notifyChanged(Kind kind) { emit changed(kind); }
    /// Called by a command whose undo or redo the database refused.
    void reportCommandFailure(const QString& message) { emit commandFailed(message); }

signals:
    void changed(Document::Kind kind);
    void commandFailed(const QString& message);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack* m_undoStack;
    WardRepository m_wards;
    ThemeRepository m_themes;
    FrameworkRepository m_frameworks;
    InitiativeRepository m_initiatives;
    PersonRepository m_persons;
    InvolvementRepository m_involvements;
    ActivityRepository m_activities;
    CriticalRoleRepository m_criticalRoles;
    PartnerRepository m_partners;
    AgreementRepository m_agreements;
    KpiRepository m_kpis;
    EvaluationRepository m_evaluations;
    GoalRepository m_goals;
    ParticipationRepository m_participation;
    SupportMapRepository m_supportMap;
};

template<> inline WardRepository& Document::repository<WardRepository>()
{
    return m_wards;
}
template<> inline ThemeRepository& Document::repository<ThemeRepository>()
{
    return m_themes;
}
template<> inline FrameworkRepository& Document::repository<FrameworkRepository>()
{
    return m_frameworks;
}
template<> inline InitiativeRepository& Document::repository<InitiativeRepository>()
{
    return m_initiatives;
}
template<> inline PersonRepository& Document::repository<PersonRepository>()
{
    return m_persons;
}
template<> inline InvolvementRepository& Document::repository<InvolvementRepository>()
{
    return m_involvements;
}
template<> inline CriticalRoleRepository& Document::repository<CriticalRoleRepository>()
{
    return m_criticalRoles;
}
template<> inline PartnerRepository& Document::repository<PartnerRepository>()
{
    return m_partners;
}
template<> inline GoalRepository& Document::repository<GoalRepository>()
{
    return m_goals;
}
template<> inline ParticipationRepository& Document::repository<ParticipationRepository>()
{
    return m_participation;
}
