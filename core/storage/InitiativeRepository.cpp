#include "InitiativeRepository.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Dialect.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("InitiativeRepository", text, disambiguation, n);
}

const QString Entity = u"initiative"_s;

const QString Select = u"SELECT id, ward_id, title, description, track, status, start_date, planned_end, "
                       "budget_requested_cents, budget_granted_cents, funding_source, funding_end, follow_up_funding, "
                       "lead_type, fits_framework, framework_id, followup_department, followup_owner, "
                       "followup_deadline, followup_solution, followup_status FROM initiatives"_s;

Initiative readInitiative(const QSqlQuery& q)
{
    Initiative i;
    i.id = q.value(0).toLongLong();
    i.wardId = q.value(1).toLongLong();
    i.title = q.value(2).toString();
    i.description = q.value(3).toString();
    i.track = Enums::fromKey<::Track>(q.value(4).toString()).value_or(::Track::Residents);
    i.status = Enums::fromKey<InitiativeStatus>(q.value(5).toString()).value_or(InitiativeStatus::Idea);
    i.startDate = Sql::toDate(q.value(6));
    i.plannedEnd = Sql::toDate(q.value(7));
    i.budgetRequestedCents = q.value(8).toLongLong();
    i.budgetGrantedCents = q.value(9).toLongLong();
    i.fundingSource = q.value(10).toString();
    i.fundingEnd = Sql::toDate(q.value(11));
    i.followUpFunding = q.value(12).toBool();
    i.leadType = Enums::fromKey<LeadType>(q.value(13).toString()).value_or(LeadType::Resident);
    i.fitsFramework = Enums::fromKey<FitsFramework>(q.value(14).toString()).value_or(FitsFramework::Unknown);
    i.frameworkId = Sql::toOptionalId(q.value(15));
    i.followUp.department = q.value(16).toString();
    i.followUp.owner = q.value(17).toString();
    i.followUp.deadline = Sql::toDate(q.value(18));
    i.followUp.solution = q.value(19).toString();
    i.followUp.status = Enums::fromKey<FollowUpStatus>(q.value(20).toString()).value_or(FollowUpStatus::Open);
    return i;
}

QVariantList values(const Initiative& i)
{
    return {i.wardId,
            i.title.trimmed(),
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
            i.followUp.department,
            i.followUp.owner,
            Sql::date(i.followUp.deadline),
            i.followUp.solution,
            Enums::key(i.followUp.status)};
}

QStringList changedFields(const Initiative& a, const Initiative& b)
{
    QStringList f;
    if (a.wardId != b.wardId)
        f << u"ward"_s;
    if (a.title != b.title)
        f << u"title"_s;
    if (a.description != b.description)
        f << u"description"_s;
    if (a.themeIds != b.themeIds)
        f << u"themes"_s;
    if (a.track != b.track)
        f << u"track"_s;
    if (a.status != b.status)
        f << u"status"_s;
    if (a.startDate != b.startDate)
        f << u"start_date"_s;
    if (a.plannedEnd != b.plannedEnd)
        f << u"planned_end"_s;
    if (a.budgetRequestedCents != b.budgetRequestedCents)
        f << u"budget_requested"_s;
    if (a.budgetGrantedCents != b.budgetGrantedCents)
        f << u"budget_granted"_s;
    if (a.fundingSource != b.fundingSource)
        f << u"funding_source"_s;
    if (a.fundingEnd != b.fundingEnd)
        f << u"funding_end"_s;
    if (a.followUpFunding != b.followUpFunding)
        f << u"follow_up_funding"_s;
    if (a.leadType != b.leadType)
        f << u"lead_type"_s;
    if (a.fitsFramework != b.fitsFramework)
        f << u"fits_framework"_s;
    if (a.frameworkId != b.frameworkId)
        f << u"framework"_s;
    if (a.followUp != b.followUp)
        f << u"follow_up"_s;
    return f;
}

void writeThemes(const QSqlDatabase& db, qint64 id, const QList<qint64>& themeIds)
{
    Sql::exec(db, u"DELETE FROM initiative_themes WHERE initiative_id = ?"_s, {id});
    QSqlQuery insert = Sql::prepare(
        db, u"INSERT INTO initiative_themes(initiative_id, theme_id) VALUES(?, ?) ON CONFLICT DO NOTHING"_s);
    for (qint64 themeId : themeIds) {
        Sql::exec(insert, {id, themeId});
    }
}

} // namespace

InitiativeRepository::InitiativeRepository(Database& db)
    : m_db(db)
{
}

QList<FieldError> InitiativeRepository::validate(const Initiative& i) const
{
    QList<FieldError> errors;
    const QSqlDatabase db = m_db.connection();
    if (i.title.trimmed().isEmpty()) {
        errors.append({u"title"_s, tr("Enter the initiative's title.")});
    }
    if (i.wardId <= 0 || !Sql::scalar(db, u"SELECT 1 FROM wards WHERE id = ?"_s, {i.wardId}).isValid()) {
        errors.append({u"ward"_s, tr("Choose the ward of the initiative.")});
    }
    if (i.startDate.isValid() && i.plannedEnd.isValid() && i.plannedEnd < i.startDate) {
        errors.append({u"planned_end"_s, tr("The planned end lies before the start date.")});
    }
    if (i.budgetRequestedCents < 0) {
        errors.append({u"budget_requested"_s, tr("The requested budget cannot be negative.")});
    }
    if (i.budgetGrantedCents < 0) {
        errors.append({u"budget_granted"_s, tr("The granted budget cannot be negative.")});
    }
    if (i.frameworkId && !Sql::scalar(db, u"SELECT 1 FROM frameworks WHERE id = ?"_s, {*i.frameworkId}).isValid()) {
        errors.append({u"framework"_s, tr("The chosen policy framework no longer exists.")});
    }
    for (qint64 themeId : i.themeIds) {
        if (!Sql::scalar(db, u"SELECT 1 FROM themes WHERE id = ?"_s, {themeId}).isValid()) {
            errors.append({u"themes"_s, tr("One of the chosen themes no longer exists.")});
            break;
        }
    }
    return errors;
}

qint64 InitiativeRepository::insert(const Initiative& initiative)
{
    if (const auto errors = validate(initiative); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    Transaction tx(m_db);
    const QSqlDatabase db = m_db.connection();
    QVariantList v = values(initiative);
    v.prepend(initiative.id > 0 ? QVariant(initiative.id) : QVariant(QMetaType::fromType<qint64>()));
    QSqlQuery q = Sql::exec(
        db,
        u"INSERT INTO initiatives(id, ward_id, title, description, track, status, start_date, planned_end, "
        "budget_requested_cents, budget_granted_cents, funding_source, funding_end, follow_up_funding, lead_type, "
        "fits_framework, framework_id, followup_department, followup_owner, followup_deadline, followup_solution, "
        "followup_status) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        v);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    writeThemes(db, id, initiative.themeIds);
    AuditLog(m_db).recordInsert(Entity, id, changedFields(Initiative {}, initiative));
    tx.commit();
    return id;
}

void InitiativeRepository::update(const Initiative& initiative)
{
    if (const auto errors = validate(initiative); !errors.isEmpty()) {
        throw ValidationError(errors);
    }
    const auto old = find(initiative.id);
    if (!old) {
        throw Error(tr("This initiative no longer exists."));
    }
    Transaction tx(m_db);
    const QSqlDatabase db = m_db.connection();
    QVariantList v = values(initiative);
    v << initiative.id;
    Sql::exec(
        db,
        u"UPDATE initiatives SET ward_id = ?, title = ?, description = ?, track = ?, status = ?, start_date = ?, "
        "planned_end = ?, budget_requested_cents = ?, budget_granted_cents = ?, funding_source = ?, funding_end = ?, "
        "follow_up_funding = ?, lead_type = ?, fits_framework = ?, framework_id = ?, followup_department = ?, "
        "followup_owner = ?, followup_deadline = ?, followup_solution = ?, followup_status = ? WHERE id = ?"_s,
        v);
    writeThemes(db, initiative.id, initiative.themeIds);
    AuditLog(m_db).recordUpdate(Entity, initiative.id, changedFields(*old, initiative));
    tx.commit();
}

QStringList InitiativeRepository::dependents(qint64 id) const
{
    QStringList result;
    const QSqlDatabase db = m_db.connection();
    const int involvements
        = Sql::scalar(db, u"SELECT count(*) FROM involvements WHERE initiative_id = ?"_s, {id}).toInt();
    if (involvements > 0) {
        result << tr("%n involved person(s)", nullptr, involvements);
    }
    const int activities = Sql::scalar(db, u"SELECT count(*) FROM activities WHERE initiative_id = ?"_s, {id}).toInt();
    if (activities > 0) {
        result << tr("%n registered activity/activities", nullptr, activities);
    }
    const int roles = Sql::scalar(db, u"SELECT count(*) FROM critical_roles WHERE initiative_id = ?"_s, {id}).toInt();
    if (roles > 0) {
        result << tr("%n critical role(s)", nullptr, roles);
    }
    const int agreements
        = Sql::scalar(db, u"SELECT count(*) FROM agreement_initiatives WHERE initiative_id = ?"_s, {id}).toInt();
    if (agreements > 0) {
        result << QCoreApplication::translate("InitiativeRepository", "%n agreement(s) with partners", nullptr,
                                              agreements);
    }
    const int offers = Sql::scalar(db, u"SELECT count(*) FROM offers WHERE initiative_id = ?"_s, {id}).toInt();
    if (offers > 0) {
        result << QCoreApplication::translate("InitiativeRepository", "%n offer(s) in the support map", nullptr,
                                              offers);
    }
    return result;
}

void InitiativeRepository::remove(qint64 id)
{
    const auto initiative = find(id);
    if (!initiative) {
        return;
    }
    if (const QStringList deps = dependents(id); !deps.isEmpty()) {
        throw Error(tr("Initiative %1 cannot be deleted because other records refer to it: %2.")
                        .arg(initiative->title, deps.join(u", "_s)));
    }
    Transaction tx(m_db);
    Sql::exec(m_db.connection(), u"DELETE FROM initiatives WHERE id = ?"_s, {id});
    AuditLog(m_db).recordDelete(Entity, id);
    tx.commit();
}

std::optional<Initiative> InitiativeRepository::find(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db.connection(), Select + u" WHERE id = ?"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    Initiative i = readInitiative(q);
    q.finish();
    QSqlQuery themes = Sql::exec(
        m_db.connection(), u"SELECT theme_id FROM initiative_themes WHERE initiative_id = ? ORDER BY theme_id"_s, {id});
    while (themes.next()) {
        i.themeIds << themes.value(0).toLongLong();
    }
    return i;
}

namespace {
WhereClause initiativeWhere(const Dialect::Engine& dialect, const ListQuery& query)
{
    WhereClause where;
    where.addSearch(dialect.likeIgnoringCase(), {u"i.title"_s, u"i.description"_s}, query.search);
    if (query.wardId) {
        where.add(u"i.ward_id = ?"_s, {*query.wardId});
    }
    if (query.themeId) {
        where.add(u"EXISTS (SELECT 1 FROM initiative_themes t WHERE t.initiative_id = i.id AND t.theme_id = ?)"_s,
                  {*query.themeId});
    }
    if (!query.status.isEmpty()) {
        where.add(u"i.status = ?"_s, {query.status});
    }
    return where;
}
} // namespace

int InitiativeRepository::count(const ListQuery& query) const
{
    const WhereClause where = initiativeWhere(Dialect::of(m_db.connection()), query);
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM initiatives i"_s + where.sql(), where.values())
        .toInt();
}

QList<InitiativeRow> InitiativeRepository::list(const ListQuery& query, int offset, int limit) const
{
    const Dialect::Engine& d = Dialect::of(m_db.connection());
    const QStringList sortExpressions {d.sorted(u"i.title"_s),
                                       d.sorted(u"w.name"_s),
                                       u"i.status"_s,
                                       u"i.track"_s,
                                       u"themes"_s,
                                       u"i.start_date"_s,
                                       u"i.planned_end"_s,
                                       u"i.budget_granted_cents"_s,
                                       u"i.funding_end"_s};
    const QString sort = sortExpressions.value(query.sortColumn, sortExpressions.first());
    const QString direction = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const WhereClause where = initiativeWhere(Dialect::of(m_db.connection()), query);
    QVariantList v = where.values();
    v << limit << offset;
    QSqlQuery q = Sql::exec(m_db.connection(),
                            u"SELECT i.id, i.ward_id, w.code, w.name, i.title, i.status, i.track, "_s
                                + d.orderedList(u"name"_s,
                                                u"SELECT t.name FROM initiative_themes it JOIN themes t "
                                                "ON t.id = it.theme_id WHERE it.initiative_id = i.id ORDER BY "_s
                                                    + d.sorted(u"t.name"_s),
                                                u", "_s)
                                + u" AS themes, i.start_date, i.planned_end, i.budget_granted_cents, i.funding_end "
                                  "FROM initiatives i JOIN wards w ON w.id = i.ward_id"_s
                                + where.sql() + u" ORDER BY "_s + sort + direction + u", i.id LIMIT ? OFFSET ?"_s,
                            v);
    QList<InitiativeRow> rows;
    while (q.next()) {
        InitiativeRow r;
        r.id = q.value(0).toLongLong();
        r.wardId = q.value(1).toLongLong();
        r.wardCode = q.value(2).toString();
        r.wardName = q.value(3).toString();
        r.title = q.value(4).toString();
        r.status = Enums::fromKey<InitiativeStatus>(q.value(5).toString()).value_or(InitiativeStatus::Idea);
        r.track = Enums::fromKey<::Track>(q.value(6).toString()).value_or(::Track::Residents);
        r.themes = q.value(7).toString();
        r.startDate = Sql::toDate(q.value(8));
        r.plannedEnd = Sql::toDate(q.value(9));
        r.budgetGrantedCents = q.value(10).toLongLong();
        r.fundingEnd = Sql::toDate(q.value(11));
        rows << r;
    }
    return rows;
}
