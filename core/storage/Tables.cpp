#include "Tables.h"

#include "core/storage/Dialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tables {

namespace {

/// Keys and English labels (translated in the "Enums" context) of the CSV files' monitoring column, whose "none"
/// reads "none" rather than Enums.h's "no monitoring".
QHash<QString, QString> monitoringLabels()
{
    QHash<QString, QString> labels = Stored::enumLabels<MonitoringFrequency>();
    labels.insert(u"none"_s, QString::fromLatin1(QT_TRANSLATE_NOOP("Enums", "none")));
    return labels;
}

/// The standard roles' keys, each its own label: CsvTables::columns translates them through CriticalRole::label.
QHash<QString, QString> criticalRoleKeys()
{
    QHash<QString, QString> labels;
    for (const QString& key : CriticalRole::standardRoles()) {
        labels.insert(key, key);
    }
    return labels;
}

const QString ThemeKeyOf = u"(SELECT coalesce(t.key, t.name) FROM themes t WHERE t.id = x0.theme_id)"_s;
const QString ThemeNameOf = u"(SELECT t.name FROM themes t WHERE t.id = x0.theme_id)"_s;

} // namespace

QString wardCodeOf(const QString& column)
{
    return u"(SELECT code FROM wards w2 WHERE w2.id = x0."_s + column + u')';
}

Dialect::Expression listOf(const QString& orderedSubquery)
{
    return [orderedSubquery](const Dialect::Engine& dialect) {
        return dialect.orderedList(u"k"_s, orderedSubquery, u"|"_s);
    };
}

Dialect::Expression themeListOf(const LinkTable& link, const QString& what)
{
    return listOf(u"SELECT "_s + what + u" AS k FROM "_s + link.name
                  + u" x JOIN themes t ON t.id = x.theme_id WHERE x."_s + link.owner + u" = x0.id ORDER BY t.id"_s);
}

Dialect::Expression themeKeysOf(const LinkTable& link)
{
    return themeListOf(link, u"coalesce(t.key, t.name)"_s);
}

Dialect::Expression themeNamesOf(const LinkTable& link)
{
    return themeListOf(link, u"t.name"_s);
}

const LinkTable& wardThemes()
{
    static const LinkTable l {u"ward_themes"_s, u"ward_id"_s, u"theme_id"_s};
    return l;
}

const LinkTable& initiativeThemes()
{
    static const LinkTable l {u"initiative_themes"_s, u"initiative_id"_s, u"theme_id"_s};
    return l;
}

const LinkTable& agreementWards()
{
    static const LinkTable l {u"agreement_wards"_s, u"agreement_id"_s, u"ward_id"_s};
    return l;
}

const LinkTable& agreementInitiatives()
{
    static const LinkTable l {u"agreement_initiatives"_s, u"agreement_id"_s, u"initiative_id"_s};
    return l;
}

const TableDeclaration<Ward>& wards()
{
    using R = Ward;
    // In the order of the CSV file, whose id comes after the figures and whose themes (a link table) come last.
    static const TableDeclaration<R> t {
        u"wards"_s,
        u"ward"_s,
        {
            column("code", &R::code, QT_TRANSLATE_NOOP("CsvTables", "Code")),
            text("name", &R::name, QT_TRANSLATE_NOOP("CsvTables", "Name")),
            column("ward_type", &R::type, QT_TRANSLATE_NOOP("CsvTables", "Ward type")),
            column("inhabitants", &R::inhabitants, QT_TRANSLATE_NOOP("CsvTables", "Inhabitants")),
            column("households", &R::households, QT_TRANSLATE_NOOP("CsvTables", "Households")),
            csvOnly<R>("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, Stored::Kind::Integer),
            column("notes", &R::notes, QT_TRANSLATE_NOOP("CsvTables", "Notes")),
            csvOnly<R>("themes", QT_TRANSLATE_NOOP("CsvTables", "Themes"), themeKeysOf(wardThemes()))
                .excel(themeNamesOf(wardThemes())),
        },
        {linked(wardThemes(), &R::themeIds, "themes")}};
    return t;
}

const TableDeclaration<Theme>& themes()
{
    using R = Theme;
    // Not a CSV table. The default themes have a key, set once; the user's own have none (NULL).
    static const TableDeclaration<R> t {
        u"themes"_s,
        u"theme"_s,
        {
            converted<R>(
                "key", [](const R& r) { return r.key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : r.key; },
                [](R& r, const QVariant& v) { r.key = v.toString(); }, nullptr)
                .setOnce(),
            text("name", &R::name, nullptr),
        }};
    return t;
}

const TableDeclaration<PolicyFramework>& frameworks()
{
    using R = PolicyFramework;
    // Not a CSV table.
    static const TableDeclaration<R> t {u"frameworks"_s,
                                        u"framework"_s,
                                        {
                                            text("title", &R::title, nullptr),
                                            column("adopted_on", &R::adoptedOn, nullptr),
                                            column("review_by", &R::reviewBy, nullptr),
                                            column("notes", &R::notes, nullptr),
                                        }};
    return t;
}

const TableDeclaration<Initiative>& initiatives()
{
    using R = Initiative;
    // In the order of the CSV file. The five columns of the follow-up (when the initiative does not fit the policy
    // framework) are "follow_up" in the audit log.
    static const TableDeclaration<R> t {
        u"initiatives"_s,
        u"initiative"_s,
        {
            column("ward_id", &R::wardId, QT_TRANSLATE_NOOP("CsvTables", "Ward"))
                .exportedAs("ward_code", wardCodeOf(u"ward_id"_s)),
            text("title", &R::title, QT_TRANSLATE_NOOP("CsvTables", "Title")),
            column("status", &R::status, QT_TRANSLATE_NOOP("CsvTables", "Status")),
            column("track", &R::track, QT_TRANSLATE_NOOP("CsvTables", "Track")),
            column("lead_type", &R::leadType, QT_TRANSLATE_NOOP("CsvTables", "Lead")),
            column("start_date", &R::startDate, QT_TRANSLATE_NOOP("CsvTables", "Start date")),
            column("planned_end", &R::plannedEnd, QT_TRANSLATE_NOOP("CsvTables", "Planned end")),
            column("budget_requested_cents", &R::budgetRequestedCents,
                   QT_TRANSLATE_NOOP("CsvTables", "Budget requested"))
                .money(),
            column("budget_granted_cents", &R::budgetGrantedCents, QT_TRANSLATE_NOOP("CsvTables", "Budget granted"))
                .money(),
            column("funding_end", &R::fundingEnd, QT_TRANSLATE_NOOP("CsvTables", "Funding end")),
            column("follow_up_funding", &R::followUpFunding, QT_TRANSLATE_NOOP("CsvTables", "Follow-up funding")),
            column("fits_framework", &R::fitsFramework, QT_TRANSLATE_NOOP("CsvTables", "Fits policy framework")),
            column("description", &R::description, QT_TRANSLATE_NOOP("CsvTables", "Description")),
            column("funding_source", &R::fundingSource, QT_TRANSLATE_NOOP("CsvTables", "Funding source")),
            csvOnly<R>("themes", QT_TRANSLATE_NOOP("CsvTables", "Themes"), themeKeysOf(initiativeThemes()))
                .excel(themeNamesOf(initiativeThemes())),
            column("framework_id", &R::frameworkId, QT_TRANSLATE_NOOP("CsvTables", "Policy framework")),
            column("followup_department", &R::followUp, &FollowUp::department,
                   QT_TRANSLATE_NOOP("CsvTables", "Follow-up department"))
                .audit("follow_up"),
            column("followup_owner", &R::followUp, &FollowUp::owner, QT_TRANSLATE_NOOP("CsvTables", "Follow-up owner"))
                .audit("follow_up"),
            column("followup_deadline", &R::followUp, &FollowUp::deadline,
                   QT_TRANSLATE_NOOP("CsvTables", "Follow-up deadline"))
                .audit("follow_up"),
            column("followup_solution", &R::followUp, &FollowUp::solution,
                   QT_TRANSLATE_NOOP("CsvTables", "Follow-up solution"))
                .audit("follow_up"),
            column("followup_status", &R::followUp, &FollowUp::status,
                   QT_TRANSLATE_NOOP("CsvTables", "Follow-up status"))
                .audit("follow_up"),
        },
        {linked(initiativeThemes(), &R::themeIds, "themes")}};
    return t;
}

const TableDeclaration<CriticalRole>& criticalRoles()
{
    using R = CriticalRole;
    // In the order of the CSV file, whose id comes last. A role is stored by its key (CriticalRole::keyFor).
    static const TableDeclaration<R> t {
        u"critical_roles"_s,
        u"critical_role"_s,
        {
            column("initiative_id", &R::initiativeId, QT_TRANSLATE_NOOP("CsvTables", "Initiative")),
            converted<R>(
                "role", [](const R& r) { return QVariant(CriticalRole::keyFor(r.role)); },
                [](R& r, const QVariant& v) { r.role = v.toString(); }, QT_TRANSLATE_NOOP("CsvTables", "Role"))
                .csvLabels(criticalRoleKeys()),
            column("holder_person_id", &R::holderId, QT_TRANSLATE_NOOP("CsvTables", "Holder")).audit("holder"),
            column("backup_person_id", &R::backupId, QT_TRANSLATE_NOOP("CsvTables", "Backup")).audit("backup"),
            csvOnly<R>("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, Stored::Kind::Integer),
        }};
    return t;
}

const TableDeclaration<Agreement>& agreements()
{
    using R = Agreement;
    // In the order of the CSV file, whose wards (by code) and initiatives come from the link tables.
    static const TableDeclaration<R> t {
        u"agreements"_s,
        u"agreement"_s,
        {
            column("partner_id", &R::partnerId, QT_TRANSLATE_NOOP("CsvTables", "Partner")),
            text("title", &R::title, QT_TRANSLATE_NOOP("CsvTables", "Title")),
            column("status", &R::status, QT_TRANSLATE_NOOP("CsvTables", "Status")),
            column("start_date", &R::startDate, QT_TRANSLATE_NOOP("CsvTables", "Start date")),
            column("end_date", &R::endDate, QT_TRANSLATE_NOOP("CsvTables", "End date")),
            column("budget_cents", &R::budgetCents, QT_TRANSLATE_NOOP("CsvTables", "Budget")).money(),
            column("monitoring", &R::monitoring, QT_TRANSLATE_NOOP("CsvTables", "Monitoring"))
                .csvLabels(monitoringLabels()),
            column("me_agreed", &R::monitoringAgreed, QT_TRANSLATE_NOOP("CsvTables", "M&E agreed")),
            column("next_evaluation", &R::nextEvaluation, QT_TRANSLATE_NOOP("CsvTables", "Next evaluation")),
            column("description", &R::description, QT_TRANSLATE_NOOP("CsvTables", "Description")),
            csvOnly<R>("ward_codes", QT_TRANSLATE_NOOP("CsvTables", "Wards"),
                       listOf(u"SELECT w.code AS k FROM agreement_wards x JOIN wards w ON w.id = x.ward_id "
                              "WHERE x.agreement_id = x0.id ORDER BY w.code"_s)),
            csvOnly<R>("initiative_ids", QT_TRANSLATE_NOOP("CsvTables", "Initiatives"),
                       listOf(u"SELECT x.initiative_id AS k FROM agreement_initiatives x WHERE x.agreement_id = x0.id "
                              "ORDER BY x.initiative_id"_s)),
        },
        {linked(agreementWards(), &R::wardIds, "wards"),
         linked(agreementInitiatives(), &R::initiativeIds, "initiatives")}};
    return t;
}

QStringList splitSkills(const QString& text)
{
    QStringList skills;
    for (const QString& s : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = s.trimmed();
        if (!t.isEmpty() && !skills.contains(t, Qt::CaseInsensitive)) {
            skills << t;
        }
    }
    return skills;
}

QString joinedSkills(const QStringList& skills)
{
    return splitSkills(skills.join(u',')).join(u", "_s);
}

const TableDeclaration<Person>& persons()
{
    using R = Person;
    // In the order of the CSV file: after the id, the pseudonym that stands in for the names when exported
    // without personal data. A new column of persons is added here (and to the migration, Person and the editor).
    static const TableDeclaration<R> t {
        u"persons"_s,
        u"person"_s,
        {
            csvOnly<R>("pseudonym", QT_TRANSLATE_NOOP("CsvTables", "Pseudonym"), u"'P-' || x0.id"_s).pseudonymOnly(),
            text("first_name", &R::firstName, QT_TRANSLATE_NOOP("CsvTables", "First name")).personalData(),
            text("surname_prefix", &R::surnamePrefix, QT_TRANSLATE_NOOP("CsvTables", "Surname prefix")).personalData(),
            text("last_name", &R::lastName, QT_TRANSLATE_NOOP("CsvTables", "Last name")).personalData(),
            text("email", &R::email, QT_TRANSLATE_NOOP("CsvTables", "E-mail")).personalData(),
            text("phone", &R::phone, QT_TRANSLATE_NOOP("CsvTables", "Phone")).personalData(),
            column("ward_id", &R::wardId, QT_TRANSLATE_NOOP("CsvTables", "Ward"))
                .exportedAs("ward_code", wardCodeOf(u"ward_id"_s))
                .erasedOnRequest(),
            column("engagement", &R::engagement, QT_TRANSLATE_NOOP("CsvTables", "Engagement")),
            column("consent_date", &R::consentDate, QT_TRANSLATE_NOOP("CsvTables", "Consent date")).erasedOnRequest(),
            converted<R>(
                "skills", [](const R& r) { return QVariant(joinedSkills(r.skills)); },
                [](R& r, const QVariant& v) { r.skills = splitSkills(v.toString()); },
                QT_TRANSLATE_NOOP("CsvTables", "Skills"))
                .erasedOnRequest(),
            column("consent_scope", &R::consentScope, QT_TRANSLATE_NOOP("CsvTables", "Consent scope"))
                .erasedOnRequest(),
            column("notes", &R::notes, QT_TRANSLATE_NOOP("CsvTables", "Notes")).personalData(),
            // Privacy (schema 5): consent withdrawn or ended, and the day of erasure (AVG art. 7(3), 17).
            column("consent_withdrawn", &R::consentWithdrawn, QT_TRANSLATE_NOOP("CsvTables", "Consent withdrawn"))
                .erasedOnRequest(),
            column("consent_expires", &R::consentExpires, QT_TRANSLATE_NOOP("CsvTables", "Consent expires"))
                .erasedOnRequest(),
            column("erased_on", &R::erasedOn, QT_TRANSLATE_NOOP("CsvTables", "Erased on")),
        }};
    return t;
}

const TableDeclaration<Involvement>& involvements()
{
    using R = Involvement;
    // In the order of the CSV file, whose id comes last.
    static const TableDeclaration<R> t {
        u"involvements"_s,
        u"involvement"_s,
        {
            column("person_id", &R::personId, QT_TRANSLATE_NOOP("CsvTables", "Person")),
            column("initiative_id", &R::initiativeId, QT_TRANSLATE_NOOP("CsvTables", "Initiative")),
            column("role", &R::role, QT_TRANSLATE_NOOP("CsvTables", "Role")),
            column("from_date", &R::from, QT_TRANSLATE_NOOP("CsvTables", "From")).audit("from").csv("from"),
            column("until_date", &R::until, QT_TRANSLATE_NOOP("CsvTables", "Until")).audit("until").csv("until"),
            column("leaving_reason", &R::leavingReason, QT_TRANSLATE_NOOP("CsvTables", "Reason for leaving")),
            csvOnly<R>("id", QT_TRANSLATE_NOOP("CsvTables", "Number"), u"x0.id"_s, Stored::Kind::Integer),
        }};
    return t;
}

const TableDeclaration<Partner>& partners()
{
    using R = Partner;
    static const TableDeclaration<R> t {
        u"partners"_s,
        u"partner"_s,
        {
            text("name", &R::name, QT_TRANSLATE_NOOP("CsvTables", "Name")),
            column("partner_type", &R::type, QT_TRANSLATE_NOOP("CsvTables", "Partner type")),
            text("contact_person", &R::contactPerson, QT_TRANSLATE_NOOP("CsvTables", "Contact person")).personalData(),
            text("email", &R::email, QT_TRANSLATE_NOOP("CsvTables", "E-mail")).personalData(),
            text("phone", &R::phone, QT_TRANSLATE_NOOP("CsvTables", "Phone")).personalData(),
            column("notes", &R::notes, QT_TRANSLATE_NOOP("CsvTables", "Notes")),
        }};
    return t;
}

const TableDeclaration<ParticipationMoment>& participation()
{
    using R = ParticipationMoment;
    static const TableDeclaration<R> t {
        u"participation"_s,
        u"participation"_s,
        {
            column("ward_id", &R::wardId, QT_TRANSLATE_NOOP("CsvTables", "Ward"))
                .exportedAs("ward_code", wardCodeOf(u"ward_id"_s)),
            column("date", &R::date, QT_TRANSLATE_NOOP("CsvTables", "Date")),
            column("kind", &R::kind, QT_TRANSLATE_NOOP("CsvTables", "Kind")),
            column("channel", &R::channel, QT_TRANSLATE_NOOP("CsvTables", "Channel")),
            column("participants", &R::participants, QT_TRANSLATE_NOOP("CsvTables", "Participants")),
            column("notes", &R::notes, QT_TRANSLATE_NOOP("CsvTables", "Notes")),
        }};
    return t;
}

const TableDeclaration<Need>& needs()
{
    using R = Need;
    static const TableDeclaration<R> t {
        u"needs"_s,
        u"need"_s,
        {
            column("ward_id", &R::wardId, QT_TRANSLATE_NOOP("CsvTables", "Ward"))
                .exportedAs("ward_code", wardCodeOf(u"ward_id"_s)),
            column("theme_id", &R::themeId, QT_TRANSLATE_NOOP("CsvTables", "Theme"))
                .exportedAs("theme", ThemeKeyOf, ThemeNameOf),
            text("description", &R::description, QT_TRANSLATE_NOOP("CsvTables", "Description")),
            text("signalled_by", &R::signalledBy, QT_TRANSLATE_NOOP("CsvTables", "Signalled by")),
            column("signalled_on", &R::signalledOn, QT_TRANSLATE_NOOP("CsvTables", "Signalled on")),
            column("severity", &R::severity, QT_TRANSLATE_NOOP("CsvTables", "Severity")),
            column("open", &R::open, QT_TRANSLATE_NOOP("CsvTables", "Open")),
        }};
    return t;
}

const TableDeclaration<Offer>& offers()
{
    using R = Offer;
    static const TableDeclaration<R> t {
        u"offers"_s,
        u"offer"_s,
        {
            column("ward_id", &R::wardId, QT_TRANSLATE_NOOP("CsvTables", "Ward"))
                .exportedAs("ward_code", wardCodeOf(u"ward_id"_s)),
            column("theme_id", &R::themeId, QT_TRANSLATE_NOOP("CsvTables", "Theme"))
                .exportedAs("theme", ThemeKeyOf, ThemeNameOf),
            text("description", &R::description, QT_TRANSLATE_NOOP("CsvTables", "Description")),
            column("initiative_id", &R::initiativeId, QT_TRANSLATE_NOOP("CsvTables", "Initiative")),
            column("partner_id", &R::partnerId, QT_TRANSLATE_NOOP("CsvTables", "Partner")),
            column("person_id", &R::personId, QT_TRANSLATE_NOOP("CsvTables", "Person")),
            text("capacity", &R::capacity, QT_TRANSLATE_NOOP("CsvTables", "Capacity")),
            column("active", &R::active, QT_TRANSLATE_NOOP("CsvTables", "Active")),
        }};
    return t;
}

const TableDeclaration<Kpi>& kpis()
{
    using R = Kpi;
    static const TableDeclaration<R> t {
        u"kpis"_s,
        u"kpi"_s,
        {
            column("agreement_id", &R::agreementId, QT_TRANSLATE_NOOP("CsvTables", "Agreement")),
            text("name", &R::name, QT_TRANSLATE_NOOP("CsvTables", "Name")),
            text("unit", &R::unit, QT_TRANSLATE_NOOP("CsvTables", "Unit")),
            column("baseline", &R::baseline, QT_TRANSLATE_NOOP("CsvTables", "Baseline")),
            column("target", &R::target, QT_TRANSLATE_NOOP("CsvTables", "Target")),
            column("direction", &R::direction, QT_TRANSLATE_NOOP("CsvTables", "Direction")),
        }};
    return t;
}

const TableDeclaration<Evaluation>& evaluations()
{
    using R = Evaluation;
    static const TableDeclaration<R> t {
        u"evaluations"_s,
        u"evaluation"_s,
        {
            column("agreement_id", &R::agreementId, QT_TRANSLATE_NOOP("CsvTables", "Agreement")),
            column("date", &R::date, QT_TRANSLATE_NOOP("CsvTables", "Date")),
            column("outcome", &R::outcome, QT_TRANSLATE_NOOP("CsvTables", "Outcome")),
            column("decision", &R::decision, QT_TRANSLATE_NOOP("CsvTables", "Decision")),
        }};
    return t;
}

const TableDeclaration<WardGoal>& goals()
{
    using R = WardGoal;
    static const TableDeclaration<R> t {
        u"goals"_s,
        u"goal"_s,
        {
            column("ward_id", &R::wardId, QT_TRANSLATE_NOOP("CsvTables", "Ward"))
                .exportedAs("ward_code", wardCodeOf(u"ward_id"_s)),
            column("framework_id", &R::frameworkId, QT_TRANSLATE_NOOP("CsvTables", "Policy framework")),
            text("indicator", &R::indicator, QT_TRANSLATE_NOOP("CsvTables", "Indicator")),
            text("unit", &R::unit, QT_TRANSLATE_NOOP("CsvTables", "Unit")),
            column("baseline", &R::baseline, QT_TRANSLATE_NOOP("CsvTables", "Baseline")),
            column("target", &R::target, QT_TRANSLATE_NOOP("CsvTables", "Target")),
            column("direction", &R::direction, QT_TRANSLATE_NOOP("CsvTables", "Direction")),
            column("start_date", &R::startDate, QT_TRANSLATE_NOOP("CsvTables", "Start date")).notExported(),
            column("target_date", &R::targetDate, QT_TRANSLATE_NOOP("CsvTables", "Target date")),
        }};
    return t;
}

const TableDeclaration<WardNote>& wardNotes()
{
    using R = WardNote;
    static const TableDeclaration<R> t {u"ward_notes"_s,
                                        u"ward_note"_s,
                                        {
                                            column("ward_id", &R::wardId, nullptr),
                                            column("period_from", &R::from, nullptr),
                                            column("period_to", &R::to, nullptr),
                                            column("text", &R::text, nullptr, true),
                                        }};
    return t;
}

QString personName(const QString& alias)
{
    // Person::displayName in SQL: the prefix and its space only when there is one.
    return u"trim(%1.first_name || ' ' || CASE WHEN %1.surname_prefix <> '' THEN %1.surname_prefix || ' ' ELSE '' "
           "END || %1.last_name)"_s.arg(alias);
}

QStringList personOrder(const Dialect::Engine& dialect, const QString& alias)
{
    return {dialect.sorted(alias + u".last_name"_s), dialect.sorted(alias + u".first_name"_s),
            dialect.sorted(alias + u".surname_prefix"_s)};
}

} // namespace Tables
