#include "Document.h"

#include "core/storage/ServerChanges.h"
#include "ui/common/SaveRecordCommand.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QUrl>

using namespace Qt::StringLiterals;

Document::Document(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(new QUndoStack(this))
    , m_repositories(*m_database)
{
    // Between edits the main file holds everything: a sync client or a copy made by hand takes that file alone.
    m_database->setCheckpointAfterCommit(true);
    if (m_database->isServer()) {
        followServerChanges();
    }
}

Document::~Document()
{
    // The commands refer to this document; they go first.
    m_undoStack->clear();
}

QString Document::fileName() const
{
    return displayName(m_database->path());
}

QString Document::displayName(const QString& pathOrUrl)
{
    if (!Database::isServerUrl(pathOrUrl)) {
        return QFileInfo(pathOrUrl).fileName();
    }
    const QUrl url(pathOrUrl);
    return tr("%1 on %2").arg(url.path().mid(1), url.host());
}

void Document::followServerChanges()
{
    // The server announces every committed change of a table (Dialect::Postgresql::schema: a trigger per table).
    // Our own changes already tell the views through notifyChanged; a colleague's come through here.
    QSqlDriver* driver = m_database->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(ServerChanges::Channel))) {
        return; // the lists then show a colleague's change when they are refreshed
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name != QLatin1String(ServerChanges::Channel) || source == QSqlDriver::SelfSource) {
                    return;
                }
                if (const std::optional<Kind> kind = kindOfTable(payload.toString())) {
                    emit changed(*kind);
                }
            });
}

std::optional<Document::Kind> Document::kindOfTable(const QString& table)
{
    static const QHash<QString, Kind> kinds {
        {u"wards"_s, Kind::Wards},
        {u"ward_themes"_s, Kind::Wards},
        {u"themes"_s, Kind::Themes},
        {u"frameworks"_s, Kind::Frameworks},
        {u"initiatives"_s, Kind::Initiatives},
        {u"initiative_themes"_s, Kind::Initiatives},
        {u"persons"_s, Kind::Persons},
        {u"involvements"_s, Kind::Involvements},
        {u"activities"_s, Kind::Activities},
        {u"critical_roles"_s, Kind::CriticalRoles},
        {u"partners"_s, Kind::Partners},
        {u"agreements"_s, Kind::Agreements},
        {u"agreement_wards"_s, Kind::Agreements},
        {u"agreement_initiatives"_s, Kind::Agreements},
        {u"kpis"_s, Kind::Agreements},
        {u"kpi_measurements"_s, Kind::Agreements},
        {u"evaluations"_s, Kind::Agreements},
        {u"goals"_s, Kind::Goals},
        {u"goal_measurements"_s, Kind::Goals},
        {u"participation"_s, Kind::Participation},
        {u"needs"_s, Kind::SupportMap},
        {u"offers"_s, Kind::SupportMap},
    };
    const auto it = kinds.constFind(table);
    return it == kinds.constEnd() ? std::nullopt : std::optional<Kind>(*it);
}

void Document::execute(std::unique_ptr<RecordCommand> command)
{
    command->applyNow();
    m_undoStack->push(command.release());
}
