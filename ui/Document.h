#pragma once

#include "core/storage/ActivityRepository.h"
#include "core/storage/AgreementRecordRepository.h"
#include "core/storage/AgreementRepository.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/GoalRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ThemeRepository.h"
#include "core/storage/WardRepository.h"

#include <QObject>
#include <QUndoStack>
#include <memory>
#include <optional>
#include <tuple>

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
    /// The file's name, or for a team database "database on server".
    QString fileName() const;
    /// How the window names a file or team database address: the file's name, or "database on server".
    static QString displayName(const QString& pathOrUrl);
    QString municipality() const { return m_database->municipality(); }

    /// The repository of one table (or of agreements with their KPIs and evaluations: AgreementRecordRepository).
    template<typename Repo> Repo& repository() { return std::get<Repo>(m_repositories); }
    WardRepository& wards() { return repository<WardRepository>(); }
    ThemeRepository& themes() { return repository<ThemeRepository>(); }
    FrameworkRepository& frameworks() { return repository<FrameworkRepository>(); }
    InitiativeRepository& initiatives() { return repository<InitiativeRepository>(); }
    PersonRepository& persons() { return repository<PersonRepository>(); }
    InvolvementRepository& involvements() { return repository<InvolvementRepository>(); }
    ActivityRepository& activities() { return repository<ActivityRepository>(); }
    EventRepository& events() { return repository<EventRepository>(); }
    CriticalRoleRepository& criticalRoles() { return repository<CriticalRoleRepository>(); }
    PartnerRepository& partners() { return repository<PartnerRepository>(); }
    AgreementRepository& agreements() { return repository<AgreementRepository>(); }
    KpiRepository& kpis() { return repository<KpiRepository>(); }
    EvaluationRepository& evaluations() { return repository<EvaluationRepository>(); }
    GoalRepository& goals() { return repository<GoalRepository>(); }
    ParticipationRepository& participation() { return repository<ParticipationRepository>(); }
    NeedRepository& needs() { return repository<NeedRepository>(); }
    OfferRepository& offers() { return repository<OfferRepository>(); }

    /// Applies the command now (throwing Error or ValidationError when the repository refuses, in which case
    /// nothing is pushed) and then puts it on the undo stack.
    void execute(std::unique_ptr<RecordCommand> command);
    void notifyChanged(Kind kind) { emit changed(kind); }
    /// The kind of record a table holds, for a colleague's change announced by the server; nullopt for tables no
    /// list shows (the audit log, settings, ward notes).
    static std::optional<Kind> kindOfTable(const QString& table);
    /// Called by a command whose undo or redo the database refused.
    void reportCommandFailure(const QString& message) { emit commandFailed(message); }

signals:
    void changed(Document::Kind kind);
    void commandFailed(const QString& message);

private:
    /// On a team database: refresh the lists when a colleague's change is announced (ServerChanges).
    void followServerChanges();

    /// One of each repository, all on the same database.
    template<typename... Repos> struct Repositories : std::tuple<Repos...>
    {
        template<typename> static Database& same(Database& db) { return db; }
        explicit Repositories(Database& db)
            : std::tuple<Repos...>(same<Repos>(db)...)
        {
        }
    };

    std::unique_ptr<Database> m_database;
    QUndoStack* m_undoStack;
    Repositories<WardRepository, ThemeRepository, FrameworkRepository, InitiativeRepository, PersonRepository,
                 InvolvementRepository, ActivityRepository, EventRepository, CriticalRoleRepository, PartnerRepository,
                 AgreementRepository, AgreementRecordRepository, KpiRepository, EvaluationRepository, GoalRepository,
                 ParticipationRepository, NeedRepository, OfferRepository>
        m_repositories;
};
