#include "DemoWriter.h"

#include "core/Error.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

constexpr int DemoCacheKiB = 256 * 1024;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// Table and columns per DemoTable, in its order.
const std::array<std::pair<const char16_t*, const char16_t*>, static_cast<size_t>(DemoTable::Count)> RowTables {{
    {u"agreements",
     u"id, partner_id, title, description, start_date, end_date, budget_cents, monitoring, "
     u"me_agreed, next_evaluation, status"},
    {u"agreement_wards", u"agreement_id, ward_id"},
    {u"agreement_initiatives", u"agreement_id, initiative_id"},
    {u"kpi_measurements", u"kpi_id, date, value, note"},
    {u"goal_measurements", u"goal_id, date, value, note"},
}};

} // namespace

DemoWriter::DemoWriter(Database& db)
    : m_db(db)
{
    const QSqlDatabase c = db.connection();
    // A large demo fills more pages than SQLite's default cache holds; with a bigger cache, index pages written in
    // random order stay in memory until the commit instead of spilling to the journal.
    if (!db.isServer()) {
        m_previousCacheSize = Sql::scalar(c, Dialect::cacheSize()).toInt();
        Sql::exec(c, Dialect::setCacheSize(-DemoCacheKiB));
    }
    m_wardTheme = Sql::prepare(c, Tables::wardThemes().insertStatement());
    m_framework
        = Sql::prepare(c, u"INSERT INTO frameworks(id, title, adopted_on, review_by, notes) VALUES(?, ?, ?, ?, ?)"_s);
    m_initiative = Sql::prepare(
        c,
        u"INSERT INTO initiatives(id, ward_id, title, description, track, status, start_date, planned_end, "
        "budget_requested_cents, budget_granted_cents, funding_source, funding_end, follow_up_funding, lead_type, "
        "fits_framework, framework_id, followup_department, followup_owner, followup_deadline, followup_solution, "
        "followup_status) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_initiativeTheme = Sql::prepare(c, u"INSERT INTO initiative_themes(initiative_id, theme_id) VALUES(?, ?)"_s);
    m_activity = Sql::prepare(
        c, u"INSERT INTO activities(initiative_id, person_id, date, quarters, kind) VALUES(?, ?, ?, ?, ?)"_s);
    m_event = Sql::prepare(
        c, u"INSERT INTO activities(initiative_id, date, quarters, participants, kind) VALUES(?, ?, 0, ?, ?)"_s);
    m_criticalRole = Sql::prepare(
        c, u"INSERT INTO critical_roles(initiative_id, role, holder_person_id, backup_person_id) VALUES(?, ?, ?, ?)"_s);
    for (size_t t = 0; t < RowTables.size(); ++t) {
        const QString columns = QString::fromUtf16(RowTables[t].second);
        const QString marks = QStringList(columns.count(u',') + 1, u"?"_s).join(u", "_s);
        m_rows[t] = Sql::prepare(c,
                                 u"INSERT INTO "_s + QString::fromUtf16(RowTables[t].first) + u'(' + columns
                                     + u") VALUES("_s + marks + u')');
    }
}

DemoWriter::~DemoWriter() = default;

bool DemoWriter::isEmpty() const
{
    return Sql::scalar(m_db.connection(),
                       u"SELECT (SELECT count(*) FROM wards) + (SELECT count(*) FROM frameworks) + "
                       "(SELECT count(*) FROM initiatives) + (SELECT count(*) FROM persons) + "
                       "(SELECT count(*) FROM partners)"_s)
               .toLongLong()
        == 0;
}

QHash<QString, qint64> DemoWriter::themeIdsByKey() const
{
    QHash<QString, qint64> ids;
    QSqlQuery q = Sql::exec(m_db.connection(), u"SELECT key, id FROM themes WHERE key IS NOT NULL"_s);
    while (q.next()) {
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return ids;
}

void DemoWriter::insertWard(const Ward& w)
{
    insert(Tables::wards(), w);
    for (const qint64 theme : w.themeIds) {
        Sql::exec(m_wardTheme, {w.id, theme});
    }
}

void DemoWriter::insertFramework(const PolicyFramework& f)
{
    Sql::exec(m_framework, {f.id, f.title, Sql::date(f.adoptedOn), Sql::date(f.reviewBy), f.notes});
}

void DemoWriter::insertInitiative(const Initiative& i)
{
    const bool outside = i.fitsFramework == FitsFramework::No;
    Sql::exec(m_initiative,
              {i.id,
               i.wardId,
               i.title,
               i.description,
               Enums::key(i.track),
               Enums::key(i.status),
               Sql::date(i.startDate),
               Sql::date(i.plannedEnd),
               i.budgetRequestedCents,
               i.budgetGrantedCents,
               i.fundingSource,
               Sql::date(i.fundingEnd),
               i.followUpFunding ? 1 : 0,
               Enums::key(i.leadType),
               Enums::key(i.fitsFramework),
               Sql::optionalId(i.frameworkId),
               outside ? i.followUp.department : QString(),
               outside ? i.followUp.owner : QString(),
               Sql::date(outside ? i.followUp.deadline : QDate()),
               outside ? i.followUp.solution : QString(),
               Enums::key(outside ? i.followUp.status : FollowUpStatus::Open)});
    for (const qint64 theme : i.themeIds) {
        Sql::exec(m_initiativeTheme, {i.id, theme});
    }
}

void DemoWriter::insertPerson(const Person& p)
{
    insert(Tables::persons(), p);
}

void DemoWriter::insertInvolvement(qint64 id, qint64 personId, qint64 initiativeId, InvolvementRole role,
                                   const QDate& from, const QDate& until, std::optional<LeavingReason> reason)
{
    Involvement v;
    v.id = id;
    v.personId = personId;
    v.initiativeId = initiativeId;
    v.role = role;
    v.from = from;
    v.until = until;
    v.leavingReason = until.isValid() ? reason : std::nullopt;
    insert(Tables::involvements(), v);
}

void DemoWriter::insertActivity(qint64 initiativeId, qint64 personId, const QDate& date, int quarters,
                                const QString& kind)
{
    // The hot path of a large demo (millions of rows): bound directly, without a QVariantList per row.
    m_activity.bindValue(0, initiativeId);
    m_activity.bindValue(1, personId);
    m_activity.bindValue(2, date.toString(Qt::ISODate));
    m_activity.bindValue(3, quarters);
    m_activity.bindValue(4, kind.isNull() ? QString(u""_s) : kind);
    if (!m_activity.exec()) {
        throw Error(QCoreApplication::translate("Sql", "The database could not carry out the operation."),
                    m_activity.lastError().text());
    }
}

void DemoWriter::insertEvent(qint64 initiativeId, const QDate& date, int participants, const QString& kind)
{
    Sql::exec(m_event, {initiativeId, Sql::date(date), participants, kind});
}

void DemoWriter::insertCriticalRole(qint64 initiativeId, const QString& role, qint64 holderId, qint64 backupId)
{
    Sql::exec(m_criticalRole, {initiativeId, role, idOrNull(holderId), idOrNull(backupId)});
}

void DemoWriter::insertRow(DemoTable table, const QVariantList& values)
{
    Sql::exec(m_rows[static_cast<size_t>(table)], values);
}

QSqlQuery DemoWriter::prepare(const QString& sql) const
{
    return Sql::prepare(m_db.connection(), sql);
}

void DemoWriter::finish()
{
    if (!m_db.isServer()) {
        Sql::exec(m_db.connection(), Dialect::setCacheSize(m_previousCacheSize));
    }
    for (QSqlQuery* q :
         {&m_wardTheme, &m_framework, &m_initiative, &m_initiativeTheme, &m_activity, &m_event, &m_criticalRole}) {
        q->finish();
    }
    for (QSqlQuery& q : m_rows) {
        q.finish();
    }
    for (auto& [name, q] : m_declared) {
        q.finish();
    }
}
