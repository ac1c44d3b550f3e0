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

/// Table and columns per DemoTable, in its order.
const std::array<std::pair<const char16_t*, const char16_t*>, static_cast<size_t>(DemoTable::Count)> RowTables {{
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
    m_activity = Sql::prepare(
        c, u"INSERT INTO activities(initiative_id, person_id, date, quarters, kind) VALUES(?, ?, ?, ?, ?)"_s);
    m_event = Sql::prepare(
        c, u"INSERT INTO activities(initiative_id, date, quarters, participants, kind) VALUES(?, ?, 0, ?, ?)"_s);
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
}

void DemoWriter::insertFramework(const PolicyFramework& f)
{
    insert(Tables::frameworks(), f);
}

void DemoWriter::insertInitiative(const Initiative& i)
{
    if (i.fitsFramework == FitsFramework::No) {
        insert(Tables::initiatives(), i);
        return;
    }
    Initiative without = i;
    without.followUp = FollowUp {};
    insert(Tables::initiatives(), without);
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
    CriticalRole r;
    r.initiativeId = initiativeId;
    r.role = role;
    r.holderId = holderId > 0 ? std::optional<qint64>(holderId) : std::nullopt;
    r.backupId = backupId > 0 ? std::optional<qint64>(backupId) : std::nullopt;
    insert(Tables::criticalRoles(), r);
}

void DemoWriter::insertRow(DemoTable table, const QVariantList& values)
{
    Sql::exec(m_rows[static_cast<size_t>(table)], values);
}

QSqlQuery& DemoWriter::statement(const QString& table, const std::function<QString()>& sql)
{
    auto it = m_declared.find(table);
    if (it == m_declared.end()) {
        it = m_declared.emplace(table, Sql::prepare(m_db.connection(), sql())).first;
    }
    return it->second;
}

void DemoWriter::finish()
{
    if (!m_db.isServer()) {
        Sql::exec(m_db.connection(), Dialect::setCacheSize(m_previousCacheSize));
    }
    for (QSqlQuery* q : {&m_activity, &m_event}) {
        q->finish();
    }
    for (QSqlQuery& q : m_rows) {
        q.finish();
    }
    for (auto& [name, q] : m_declared) {
        q.finish();
    }
}
