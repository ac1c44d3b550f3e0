#include "DemoWriter.h"

#include "Database.h"
#include "Dialect.h"
#include "Sql.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

constexpr int DemoCacheKiB = 256 * 1024;

QVariant optionalInt(const std::optional<int>& v)
{
    return Sql::optionalInt(v);
}

} // namespace

DemoWriter::DemoWriter(Database& db)
    : m_db(db)
{
    const QSqlDatabase c = db.connection();
    // A large demo fills more pages than SQLite's default cache holds; with a bigger cache, index pages written in
    // random order stay in memory until the commit instead of spilling to the journal.
    m_previousCacheSize = Sql::scalar(c, Dialect::cacheSize()).toInt();
    Sql::exec(c, Dialect::setCacheSize(-DemoCacheKiB));
    m_ward = Sql::prepare(c,
        u"INSERT INTO wards(id, code, name, ward_type, inhabitants, households, notes) VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    m_wardTheme = Sql::prepare(c, u"INSERT INTO ward_themes(ward_id, theme_id) VALUES(?, ?)"_s);
    m_framework = Sql::prepare(c, u"INSERT INTO frameworks(id, title, adopted_on, review_by, notes) VALUES(?, ?, ?, ?, ?)"_s);
    m_initiative = Sql::prepare(c,
        u"INSERT INTO initiatives(id, ward_id, title, description, track, status, start_date, planned_end, "
        "budget_requested_cents, budget_granted_cents, funding_source, funding_end, follow_up_funding, lead_type, "
        "fits_framework, framework_id, followup_department, followup_owner, followup_deadline, followup_solution, "
        "followup_status) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_initiativeTheme = Sql::prepare(c, u"INSERT INTO initiative_themes(initiative_id, theme_id) VALUES(?, ?)"_s);
    m_person = Sql::prepare(c,
        u"INSERT INTO persons(id, first_name, last_name, email, phone, ward_id, engagement, skills, consent_date, "
        "consent_scope, notes) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
}

DemoWriter::~DemoWriter() = default;

bool DemoWriter::isEmpty() const
{
    return Sql::scalar(m_db.connection(),
               u"SELECT (SELECT count(*) FROM wards) + (SELECT count(*) FROM frameworks) + "
               "(SELECT count(*) FROM initiatives) + (SELECT count(*) FROM persons)"_s)
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
    Sql::exec(m_ward, {w.id, w.code, w.name, Enums::key(w.type), optionalInt(w.inhabitants),
                          optionalInt(w.households), w.notes});
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
        {i.id, i.wardId, i.title, i.description, Enums::key(i.track), Enums::key(i.status), Sql::date(i.startDate),
            Sql::date(i.plannedEnd), i.budgetRequestedCents, i.budgetGrantedCents, i.fundingSource,
            Sql::date(i.fundingEnd), i.followUpFunding ? 1 : 0, Enums::key(i.leadType), Enums::key(i.fitsFramework),
            Sql::optionalId(i.frameworkId), outside ? i.followUp.department : QString(),
            outside ? i.followUp.owner : QString(), Sql::date(outside ? i.followUp.deadline : QDate()),
            outside ? i.followUp.solution : QString(), Enums::key(outside ? i.followUp.status : FollowUpStatus::Open)});
    for (const qint64 theme : i.themeIds) {
        Sql::exec(m_initiativeTheme, {i.id, theme});
    }
}

void DemoWriter::insertPerson(const Person& p)
{
    Sql::exec(m_person, {p.id, p.firstName, p.lastName, p.email, p.phone, Sql::optionalId(p.wardId),
                            Enums::key(p.engagement), p.skills.join(u", "_s), Sql::date(p.consentDate),
                            p.consentScope, p.notes});
}

void DemoWriter::finish()
{
    Sql::exec(m_db.connection(), Dialect::setCacheSize(m_previousCacheSize));
    for (QSqlQuery* q : {&m_ward, &m_wardTheme, &m_framework, &m_initiative, &m_initiativeTheme, &m_person}) {
        q->finish();
    }
}
