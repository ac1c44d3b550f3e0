#include "DemoGenerator.h"

#include "core/demo/DemoDice.h"
#include "core/demo/DemoHistory.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoPlan.h"
#include "core/demo/DemoPolicy.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/DemoWriter.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

using DemoPlan::InitiativeInfo;
using DemoPlan::Pattern;

struct Scale
{
    int wards;
    int initiatives;
    int persons;
    /// Scales the activity days: about 20,000 activities (small), 1.5 million (large), 20 million (huge).
    double activityRate;
};

Scale scaleOf(DemoOptions::Size size)
{
    switch (size) {
    case DemoOptions::Size::Small:
        return {8, 60, 600, 1.8};
    case DemoOptions::Size::Large:
        return {110, 3000, 30000, 2.6};
    case DemoOptions::Size::Huge:
        return {3400, 60000, 600000, 1.8};
    }
    return {8, 60, 600, 1.8};
}

/// Units of progress per initiative's history and per ward's policy records, against one per plain record.
constexpr int HistoryUnits = 10;
constexpr int PolicyUnits = 5;

/// CBS-style ward codes: WK + a four-digit municipality code + two characters. Per municipality code the first
/// 100 wards get 00..99, the next ones a letter and a digit or letter (A0..ZZ), so no two codes collide.
QString wardCode(int index)
{
    constexpr int PerMunicipality = 100 + 26 * 36;
    const int municipality = 999 - index / PerMunicipality;
    const int n = index % PerMunicipality;
    QString suffix;
    if (n < 100) {
        suffix = u"%1"_s.arg(n, 2, 10, QChar(u'0'));
    } else {
        static const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
        const int m = n - 100;
        suffix = QString(QChar(u'A' + m / 36)) + alphabet.at(m % 36);
    }
    return u"WK%1"_s.arg(municipality, 4, 10, QChar(u'0')) + suffix;
}

class Generator
{
public:
    Generator(Database& db, const DemoOptions& options, const std::function<bool(int)>& progress)
        : m_writer(db)
        , m_dice(options.seed)
        , m_scale(scaleOf(options.size))
        , m_today(options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate())
        , m_progress(progress)
        , m_themes(m_writer.themeIdsByKey())
        , m_seed(options.seed)
        , m_history(options.seed, m_today, m_scale.activityRate)
    {
        m_total = qint64(m_scale.wards) * (1 + PolicyUnits) + qint64(m_scale.initiatives) * (1 + HistoryUnits)
            + m_scale.persons;
    }

    bool databaseIsEmpty() const { return m_writer.isEmpty(); }

    void run()
    {
        report(0);
        writeFrameworks();
        writeWards();
        writeInitiatives();
        planPersons();
        writePersons();
        m_history.write(m_writer, m_initiatives, [this] { step(HistoryUnits); });
        QHash<qint64, QString> themeKeys;
        for (auto it = m_themes.cbegin(); it != m_themes.cend(); ++it) {
            themeKeys.insert(it.value(), it.key());
        }
        DemoPolicy(m_seed, m_today, m_writer, themeKeys).write(m_wards, m_initiatives, m_personWard, [this] {
            step(PolicyUnits);
        });
        m_writer.finish();
        report(m_total);
    }

private:
    QList<qint64> themeIds(const QList<const char*>& keys) const
    {
        QList<qint64> ids;
        for (const char* key : keys) {
            const auto id = m_themes.value(QString::fromLatin1(key));
            if (id != 0 && !ids.contains(id)) {
                ids << id;
            }
        }
        return ids;
    }

    void step(int units = 1)
    {
        m_done += units;
        report(m_done);
    }

    void report(qint64 done)
    {
        if (!m_progress) {
            return;
        }
        const int percent = static_cast<int>(done * 100 / std::max<qint64>(1, m_total));
        if (percent == m_lastPercent && done != m_total) {
            return;
        }
        m_lastPercent = percent;
        if (!m_progress(percent)) {
            throw DemoCancelled();
        }
    }

    void writeFrameworks()
    {
        // Titles carry the years of their dates, which are relative to the reference date.
        const auto period = [](const QDate& from, const QDate& to) {
            return u"%1-%2"_s.arg(from.year()).arg(to.year());
        };
        const QDate adopted1 = m_today.addMonths(-18);
        const QDate review1 = m_today.addMonths(24);
        const QDate adopted2 = m_today.addMonths(-36);
        const QDate review2 = m_today.addMonths(9);
        const QDate adopted3 = m_today.addYears(-9);
        const QList<PolicyFramework> frameworks {
            {1, u"Wijkgericht werken "_s + period(adopted1, review1), adopted1, review1,
             u"Kader voor wijkbudgetten, wijkregie en bewonersinitiatieven."_s},
            {2, u"Meedoen en ontmoeten: sociaal domein "_s + period(adopted2, review2), adopted2, review2,
             u"Ontmoeting, armoedebestrijding en taal."_s},
            {3, u"Nota bewonersinitiatieven "_s + QString::number(adopted3.year()), adopted3, m_today.addMonths(-26),
             u"Verouderd: de evaluatie is uitgesteld en het kader is niet herzien."_s},
        };
        for (const PolicyFramework& f : frameworks) {
            m_writer.insertFramework(f);
        }
    }

    void writeWards()
    {
        const auto& templates = DemoNames::smallWards();
        for (int i = 0; i < m_scale.wards; ++i) {
            Ward w;
            w.id = i + 1;
            w.code = wardCode(i + 1);
            if (i < templates.size() && m_scale.wards <= templates.size()) {
                const auto& t = templates.at(i);
                w.name = QString::fromUtf16(t.name);
                w.type = t.type;
                w.inhabitants = t.inhabitants;
                w.notes = QString::fromUtf16(t.notes);
                w.themeIds = themeIds(t.themes);
            } else {
                w.name = m_dice.pick(DemoNames::wardNameStarts()) + m_dice.pick(DemoNames::wardNameEnds());
                const int seen = m_nameCount[w.name]++;
                if (seen > 0) {
                    w.name += u' ' + QString::number(seen + 1);
                }
                // Every generated municipality has both a Vinex and an old working-class ward.
                w.type = i == 0 ? WardType::Vinex
                    : i == 1    ? WardType::OldWorkingClass
                                : static_cast<WardType>(m_dice.weighted({3, 3, 5, 2, 1, 2, 1}));
                w.inhabitants = m_dice.between(15, 220) * 100;
                const QStringList notes = DemoNames::wardNotes(w.type);
                w.notes = notes.mid(0, m_dice.between(1, static_cast<int>(notes.size()))).join(u' ');
                const QList<const char*> allThemes {"public_space", "social_cohesion", "meeting",      "youth",
                                                    "elderly",      "green",           "participation"};
                QList<const char*> chosen;
                const int count = m_dice.between(1, 3);
                for (int k = 0; k < count; ++k) {
                    chosen << m_dice.pick(allThemes);
                }
                w.themeIds = themeIds(chosen);
            }
            // Households: about 2.1 persons each, fewer in the centre.
            const double perHousehold = w.type == WardType::Centre ? 1.5 : w.type == WardType::Vinex ? 2.6 : 2.1;
            w.households = static_cast<int>(*w.inhabitants / perHousehold);
            m_wardNames << w.name;
            m_wards << DemoPolicy::WardInfo {w.id, w.name, w.type, w.themeIds};
            m_writer.insertWard(w);
            step();
        }
    }

    void writeInitiatives()
    {
        const auto& kinds = DemoNames::initiativeKinds();
        for (int i = 0; i < m_scale.initiatives; ++i) {
            const auto& kind = m_dice.pick(kinds);
            Initiative in;
            in.id = i + 1;
            // The first initiatives go one to each ward, so every ward has at least one. Then come the clusters
            // of three running initiatives carried by one key person, in every eighth ward from the second on.
            const int cluster = (i - m_scale.wards) / 3;
            const bool keyPerson = i >= m_scale.wards && cluster < keyPersonClusters();
            in.wardId = i < m_scale.wards ? i + 1 : keyPerson ? 2 + 8 * cluster : m_dice.between(1, m_scale.wards);
            const QString place
                = m_dice.chance(0.5) ? m_wardNames.at(in.wardId - 1) : m_dice.pick(DemoNames::placeNames());
            in.title = QString::fromUtf16(kind.title).arg(place);
            in.description = QString::fromUtf16(kind.description);
            in.themeIds = themeIds(kind.themes);
            in.track = m_dice.chance(0.8) ? kind.track : static_cast<Track>(m_dice.between(0, 2));
            in.leadType = m_dice.chance(0.8) ? kind.lead : static_cast<LeadType>(m_dice.between(0, 2));
            // Every status appears; most initiatives are running.
            in.status = i < 6 ? static_cast<InitiativeStatus>(i)
                              : static_cast<InitiativeStatus>(m_dice.weighted({10, 10, 50, 8, 14, 8}));
            if (keyPerson) {
                in.status = InitiativeStatus::Running;
            }
            const bool started = in.status != InitiativeStatus::Idea && in.status != InitiativeStatus::Applied;
            const int euros = m_dice.between(5, 400) * 50;
            in.budgetRequestedCents = qint64(euros) * 100;
            if (in.status == InitiativeStatus::Idea) {
                in.budgetRequestedCents = m_dice.chance(0.5) ? in.budgetRequestedCents : 0;
            } else if (in.status == InitiativeStatus::Applied) {
                in.startDate = m_today.addDays(m_dice.between(14, 120));
            } else {
                in.budgetGrantedCents = in.budgetRequestedCents * m_dice.between(5, 10) / 10;
                in.startDate = m_today.addDays(-m_dice.between(60, 1500));
                in.fundingSource = m_dice.pick(DemoNames::fundingSources());
            }
            if (started || in.status == InitiativeStatus::Applied) {
                if (m_dice.chance(0.6)) {
                    in.plannedEnd = in.startDate.addMonths(m_dice.between(6, 48));
                }
            }
            if (in.status == InitiativeStatus::Running || in.status == InitiativeStatus::Paused) {
                // Funding ends spread from already past to well ahead, so every funding band appears.
                in.fundingEnd = m_today.addDays(m_dice.between(-45, 720));
                in.followUpFunding = m_dice.chance(0.25);
                // The first ones end within 3, 6 and 12 months without follow-up funding.
                if (m_fundingShown < 3) {
                    in.fundingEnd = m_today.addDays(QList<int> {45, 150, 300}.at(m_fundingShown++));
                    in.followUpFunding = false;
                }
            } else if (in.status == InitiativeStatus::Completed || in.status == InitiativeStatus::Stopped) {
                in.fundingEnd = m_today.addDays(-m_dice.between(30, 400));
                if (in.plannedEnd.isValid() && in.plannedEnd > m_today) {
                    in.plannedEnd = m_today.addDays(-m_dice.between(1, 200));
                }
                if (in.plannedEnd.isValid() && in.plannedEnd < in.startDate) {
                    in.plannedEnd = in.startDate.addMonths(1);
                }
            }
            const int fit = i == 6 ? 1 : m_dice.weighted({70, 15, 15});
            in.fitsFramework = static_cast<FitsFramework>(fit);
            if (in.fitsFramework == FitsFramework::Yes) {
                in.frameworkId = m_dice.weighted({6, 3, 1}) + 1;
            } else if (in.fitsFramework == FitsFramework::No) {
                // Some have no follow-up owner yet: the embedding indicator of the risk score.
                if (i == 6 || m_dice.chance(0.7)) {
                    in.followUp.department = m_dice.pick(DemoNames::departments());
                    in.followUp.owner
                        = m_dice.pick(DemoNames::firstNames()).left(1) + u". "_s + m_dice.pick(DemoNames::lastNames());
                    in.followUp.deadline = m_today.addDays(m_dice.between(-30, 180));
                    in.followUp.solution = m_dice.pick(DemoNames::followUpSolutions());
                    in.followUp.status = static_cast<FollowUpStatus>(m_dice.weighted({5, 3, 2}));
                }
            }
            if (keyPerson) {
                // Nothing but the key person puts these at risk: funded, embedded, started long ago.
                in.startDate = m_today.addDays(-m_dice.between(700, 1400));
                in.plannedEnd = {};
                in.track = Track::Residents;
                in.leadType = LeadType::Resident;
                in.fundingEnd = m_today.addDays(m_dice.between(200, 700));
                in.followUpFunding = true;
                in.fitsFramework = FitsFramework::Yes;
                in.frameworkId = 1;
            }
            m_initiatives.push_back(infoOf(in, keyPerson));
            if (in.status == InitiativeStatus::Applied && !m_newShown) {
                // One application was granted a few days ago: running, nobody has registered hours or a role yet,
                // so it is at high risk and new since the last month end (the continuity signal). Planned as the
                // application it was, so that the rest of the demo stays as it was.
                m_newShown = true;
                Initiative granted = in;
                granted.status = InitiativeStatus::Running;
                granted.startDate = m_today.addDays(-6);
                granted.plannedEnd = {};
                granted.budgetGrantedCents = in.budgetRequestedCents;
                granted.fundingEnd = m_today.addYears(1);
                m_writer.insertInitiative(granted);
            } else {
                m_writer.insertInitiative(in);
            }
            step();
        }
    }

    int keyPersonClusters() const { return std::max(1, m_scale.wards / 8); }

    /// What the later parts need of an initiative, with its pattern.
    InitiativeInfo infoOf(const Initiative& in, bool keyPerson)
    {
        InitiativeInfo info;
        info.id = in.id;
        info.wardId = in.wardId;
        info.status = in.status;
        info.startDate = in.startDate;
        info.themeIds = in.themeIds;
        switch (in.status) {
        case InitiativeStatus::Idea:
        case InitiativeStatus::Applied:
            return info;
        case InitiativeStatus::Running:
            info.activeUntil = m_today;
            break;
        case InitiativeStatus::Paused:
            info.activeUntil = std::max(in.startDate, m_today.addDays(-m_dice.between(60, 150)));
            break;
        case InitiativeStatus::Completed:
        case InitiativeStatus::Stopped: {
            QDate ended = in.plannedEnd.isValid() ? in.plannedEnd : std::max(in.fundingEnd, in.startDate.addMonths(1));
            ended = std::clamp(ended, in.startDate, m_today.addDays(-1));
            info.endedOn = ended;
            info.activeUntil = ended;
            break;
        }
        }
        if (keyPerson) {
            info.pattern = Pattern::KeyPerson;
            return info;
        }
        // The first initiatives with a history show each pattern once; after that they are drawn.
        static const Pattern patterns[] = {Pattern::Solo,      Pattern::BroadCore, Pattern::MostlyAdHoc,
                                           Pattern::Declining, Pattern::Growing,   Pattern::Regular};
        info.pattern
            = m_patternsShown < 6 ? patterns[m_patternsShown++] : patterns[m_dice.weighted({15, 15, 15, 12, 12, 31})];
        return info;
    }

    /// The persons' wards, drawn first: the history plan picks its teams from them.
    void planPersons()
    {
        DemoDice dice(DemoDice::mix(m_seed, 0xBE250));
        m_personWard.resize(static_cast<size_t>(m_scale.persons));
        for (qint32& ward : m_personWard) {
            ward = dice.chance(0.03) ? 0 : dice.between(1, m_scale.wards);
        }
        m_history.plan(m_initiatives, m_personWard, m_scale.wards);
    }

    QString personName(QString* firstName)
    {
        *firstName = m_dice.pick(DemoNames::firstNames());
        return m_dice.chance(0.3) ? m_dice.pick(DemoNames::prefixedLastNames()) : m_dice.pick(DemoNames::lastNames());
    }

    static QString mailPart(QString text)
    {
        text = text.toLower();
        text.remove(u' ');
        text.remove(u'\'');
        return text;
    }

    void writePersons()
    {
        static const QStringList domains {u"example.com"_s, u"example.org"_s, u"example.net"_s};
        for (int i = 0; i < m_scale.persons; ++i) {
            Person p;
            p.id = i + 1;
            // About three in ten have a tussenvoegsel ("van den" + "Berg").
            std::tie(p.surnamePrefix, p.lastName) = Person::splitPrefix(personName(&p.firstName));
            if (m_dice.chance(0.45)) {
                p.email = mailPart(p.firstName) + u'.' + mailPart(p.surnamePrefix + p.lastName) + u'@'
                    + m_dice.pick(domains);
            }
            if (m_dice.chance(0.35)) {
                p.phone = u"06-%1"_s.arg(m_dice.between(10000000, 99999999));
            }
            if (const qint32 ward = m_personWard[static_cast<size_t>(i)]; ward > 0) {
                p.wardId = ward;
            }
            p.engagement = m_history.engagementOf(p.id, m_dice);
            p.skills = m_history.roleSkills(p.id);
            const int skillCount = m_dice.weighted({30, 40, 20, 10});
            for (int k = 0; k < skillCount; ++k) {
                const QString skill = m_dice.pick(DemoNames::skills());
                if (!p.skills.contains(skill)) {
                    p.skills << skill;
                }
            }
            if (m_dice.chance(0.85)) {
                p.consentDate = m_today.addDays(-m_dice.between(0, 1000));
                p.consentScope = m_dice.pick(DemoNames::consentScopes());
            }
            if (m_dice.chance(0.08)) {
                p.notes = m_dice.pick(DemoNames::personNotes());
            }
            m_writer.insertPerson(p);
            step();
        }
    }

    DemoWriter m_writer;
    DemoDice m_dice;
    Scale m_scale;
    QDate m_today;
    std::function<bool(int)> m_progress;
    QHash<QString, qint64> m_themes;
    QStringList m_wardNames;
    QHash<QString, int> m_nameCount;
    quint32 m_seed;
    DemoHistory m_history;
    std::vector<InitiativeInfo> m_initiatives;
    std::vector<qint32> m_personWard;
    QList<DemoPolicy::WardInfo> m_wards;
    int m_patternsShown = 0;
    int m_fundingShown = 0;
    bool m_newShown = false;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_lastPercent = -1;
};

} // namespace

DemoCancelled::DemoCancelled()
    : Error(QCoreApplication::translate("DemoGenerator", "The demo generation was cancelled; nothing was written."))
{
}

QString demoSizeKey(DemoOptions::Size size)
{
    switch (size) {
    case DemoOptions::Size::Small:
        return u"small"_s;
    case DemoOptions::Size::Large:
        return u"large"_s;
    case DemoOptions::Size::Huge:
        return u"huge"_s;
    }
    return {};
}

std::optional<DemoOptions::Size> demoSizeFromKey(const QString& key)
{
    for (const auto size : {DemoOptions::Size::Small, DemoOptions::Size::Large, DemoOptions::Size::Huge}) {
        if (key == demoSizeKey(size)) {
            return size;
        }
    }
    return std::nullopt;
}

void generateDemo(Database& db, const DemoOptions& options, const std::function<bool(int percent)>& progress)
{
    Transaction tx(db);
    {
        Generator generator(db, options, progress);
        if (!generator.databaseIsEmpty()) {
            throw Error(QCoreApplication::translate(
                "DemoGenerator", "A demo municipality can only be generated into an empty database."));
        }
        generator.run();
    }
    const QString municipality = options.municipality.trimmed();
    db.setMunicipality(municipality.isEmpty() ? u"Gemeente Lindeveen"_s : municipality);
    AuditLog(db).recordInsert(u"demo"_s, 0,
                              {u"frameworks"_s, u"wards"_s, u"initiatives"_s, u"persons"_s, u"involvements"_s,
                               u"activities"_s, u"critical_roles"_s, u"partners"_s, u"agreements"_s, u"kpis"_s,
                               u"kpi_measurements"_s, u"evaluations"_s, u"goals"_s, u"goal_measurements"_s,
                               u"participation"_s, u"needs"_s, u"offers"_s});
    tx.commit();
}
