#include "DemoPolicy.h"

#include "core/demo/DemoNames.h"
#include "core/demo/DemoPolicyNames.h"
#include "core/storage/DemoWriter.h"
#include "core/storage/Sql.h"
#include "core/storage/Tables.h"

#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace DemoPlan;
namespace Names = DemoPolicyNames;

namespace {

/// The cases an agreement can be in; the small demo has each at least once, in this order.
enum AgreementKind {
    EvaluationOverdue,
    EvaluationDueSoon,
    EndingSoon,
    WithoutMe,
    Healthy,
    Draft,
    Expired,
    Ended,
    EndingUnplanned, ///< ends within six months without a planned evaluation
    Healthy2,
    KindCount
};

double rounded(double value, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

/// Share of digital participation a ward type tends to: Vinex and centre online, old and village wards in person.
double digitalShare(WardType type)
{
    switch (type) {
    case WardType::Vinex:
        return 0.8;
    case WardType::Centre:
    case WardType::Other:
        return 0.6;
    case WardType::Prewar:
        return 0.45;
    case WardType::Postwar:
        return 0.25;
    case WardType::OldWorkingClass:
    case WardType::Village:
        return 0.12;
    }
    return 0.5;
}

} // namespace

DemoPolicy::DemoPolicy(quint32 seed, const QDate& today, DemoWriter& writer, const QHash<qint64, QString>& themeKeys)
    : m_dice(DemoDice::mix(seed, 0x5011C7))
    , m_today(today)
    , m_writer(writer)
    , m_themeKeys(themeKeys)
{
}

void DemoPolicy::write(const QList<WardInfo>& wards, const std::vector<InitiativeInfo>& initiatives,
                       const std::vector<qint32>& personWard, const std::function<void()>& step)
{
    m_perWard = wards.size() <= 8 ? 1.0 : wards.size() <= 200 ? 0.4 : 0.2;
    m_personWard = &personWard;
    for (const InitiativeInfo& info : initiatives) {
        if (info.pattern != Pattern::KeyPerson && info.status != InitiativeStatus::Idea) {
            m_initiativesByWard[info.wardId] << &info;
        }
    }
    writePartners(wards);
    writeAgreements(wards);
    for (const WardInfo& ward : wards) {
        writeGoals(ward);
        writeParticipation(ward);
        writeSupportMap(ward);
        if (step) {
            step();
        }
    }
}

void DemoPolicy::writePartners(const QList<WardInfo>& wards)
{
    QSet<QString> used;
    const auto add = [&](const QString& type, const QString& name) {
        if (used.contains(name.toLower())) {
            return;
        }
        used.insert(name.toLower());
        m_partnerTypes << type;
        const QString first = m_dice.pick(DemoNames::firstNames());
        const QString last
            = m_dice.chance(0.3) ? m_dice.pick(DemoNames::prefixedLastNames()) : m_dice.pick(DemoNames::lastNames());
        QString mail = first.toLower() + u'.' + last.toLower() + u"@example.org"_s;
        mail.remove(u' ');
        mail.remove(u'\'');
        Partner partner;
        partner.id = m_partnerTypes.size();
        partner.name = name;
        partner.type = Enums::fromKey<PartnerType>(type).value_or(PartnerType::Other);
        partner.contactPerson = first + u' ' + last;
        partner.email = mail;
        partner.phone = u"088-%1"_s.arg(m_dice.between(1000000, 9999999));
        partner.notes = m_dice.chance(0.2) ? u"Vaste overleg elke eerste dinsdag van de maand."_s : QString();
        m_writer.insert(Tables::partners(), partner);
    };
    for (const auto& p : Names::smallPartners()) {
        add(QString::fromLatin1(p.type), QString::fromUtf16(p.name));
    }
    // The larger demos get local partners too: one per two wards, every type in turn.
    if (wards.size() > 8) {
        for (qsizetype i = 0; i < wards.size() / 2; ++i) {
            const QString type = Names::partnerTypes().at(i % Names::partnerTypes().size());
            add(type, Names::partnerPattern(type).arg(wards.at(i * 2).name));
        }
    }
}

void DemoPolicy::writeAgreements(const QList<WardInfo>& wards)
{
    const qsizetype count = wards.size() <= 8 ? 20 : wards.size() * 2;
    for (qsizetype i = 0; i < count; ++i) {
        const int kind = i < qsizetype(2) * KindCount ? static_cast<int>(i % KindCount)
                                                      : m_dice.weighted({2, 2, 2, 2, 6, 1, 1, 1, 1, 6});
        writeAgreement(i + 1, kind, wards);
    }
}

void DemoPolicy::writeAgreement(qint64 id, int kind, const QList<WardInfo>& wards)
{
    const qint64 partnerId = (id - 1) % m_partnerTypes.size() + 1;
    const QString type = m_partnerTypes.at(partnerId - 1);
    const WardInfo& ward = wards.at((id - 1) % wards.size());
    QDate start = m_today.addDays(-m_dice.between(180, 900));
    QDate end = m_today.addDays(m_dice.between(200, 700));
    QDate next;
    bool me = true;
    QString status = u"active"_s;
    switch (kind) {
    case EvaluationOverdue:
        next = m_today.addDays(-m_dice.between(10, 90));
        break;
    case EvaluationDueSoon:
        next = m_today.addDays(m_dice.between(2, 28));
        break;
    case EndingSoon:
        end = m_today.addDays(m_dice.between(20, 85));
        next = m_today.addDays(m_dice.between(5, 19));
        break;
    case WithoutMe:
        me = false;
        break;
    case Draft:
        status = u"draft"_s;
        start = m_today.addDays(m_dice.between(30, 90));
        end = start.addYears(2);
        me = m_dice.chance(0.5);
        break;
    case Expired:
    case Ended:
        status = kind == Expired ? u"expired"_s : u"ended"_s;
        end = m_today.addDays(-m_dice.between(30, 200));
        start = end.addYears(-2);
        break;
    case EndingUnplanned:
        end = m_today.addDays(m_dice.between(100, 170));
        break;
    default:
        next = m_today.addDays(m_dice.between(45, 200));
        break;
    }
    const QStringList monitoring {u"monthly"_s, u"quarterly"_s, u"quarterly"_s, u"half_yearly"_s, u"yearly"_s};
    Agreement agreement;
    agreement.id = id;
    agreement.partnerId = partnerId;
    agreement.title = m_dice.pick(Names::agreementTitles(type)).arg(ward.name);
    agreement.description = me ? u"Afspraken over inzet, bereik en rapportage; evaluatie met bewoners en gemeente."_s
                               : u"Afspraken over inzet; monitoring en evaluatie nog niet vastgelegd."_s;
    agreement.startDate = start;
    agreement.endDate = end;
    agreement.budgetCents = qint64(m_dice.between(10, 300)) * 50000;
    agreement.monitoring = Enums::fromKey<MonitoringFrequency>(me ? m_dice.pick(monitoring)
                                                                  : (m_dice.chance(0.5) ? u"none"_s : u"yearly"_s))
                               .value_or(MonitoringFrequency::None);
    agreement.monitoringAgreed = me;
    agreement.nextEvaluation = next;
    agreement.status = Enums::fromKey<AgreementStatus>(status).value_or(AgreementStatus::Draft);
    // The agreement's wards: its own and sometimes the neighbouring ones.
    agreement.wardIds = {ward.id};
    for (int extra = m_dice.weighted({5, 3, 2}); extra > 0; --extra) {
        const qint64 other = wards.at(m_dice.between(0, static_cast<int>(wards.size()) - 1)).id;
        if (!agreement.wardIds.contains(other)) {
            agreement.wardIds << other;
        }
    }
    for (const qint64 wardId : std::as_const(agreement.wardIds)) {
        const auto& candidates = m_initiativesByWard.value(wardId);
        for (int n = candidates.isEmpty() ? 0 : m_dice.between(0, 2); n > 0; --n) {
            const qint64 initiative = m_dice.pick(candidates)->id;
            if (!agreement.initiativeIds.contains(initiative)) {
                agreement.initiativeIds << initiative;
            }
        }
    }
    m_writer.insert(Tables::agreements(), agreement);
    if (status == u"draft") {
        writeKpis(id, type, start, end, false);
        return;
    }
    writeKpis(id, type, start, end, true);
    writeEvaluations(id, start, std::min(end, m_today), kind == Ended);
}

void DemoPolicy::writeKpis(qint64 agreementId, const QString& partnerType, const QDate& start, const QDate& end,
                           bool measured)
{
    QList<Names::Indicator> options = Names::kpis(partnerType);
    const int count = std::min<int>(static_cast<int>(options.size()), m_dice.between(1, 3));
    for (int k = 0; k < count; ++k) {
        const Names::Indicator kpi = options.takeAt(m_dice.between(0, static_cast<int>(options.size()) - 1));
        const qint64 id = ++m_kpiId;
        const double scale = m_dice.real(0.8, 1.25);
        const double baseline = rounded(kpi.baseline * scale, kpi.decimals);
        const double target = rounded(kpi.target * scale, kpi.decimals);
        // Every third KPI is off track, in either direction; now and then the baseline was never measured.
        const bool offTrack = id % 3 == 0;
        const bool knownBaseline = id % 7 != 4;
        Kpi record;
        record.id = id;
        record.agreementId = agreementId;
        record.name = QString::fromUtf16(kpi.name);
        record.unit = QString::fromUtf16(kpi.unit);
        record.baseline = knownBaseline ? std::optional<double>(baseline) : std::nullopt;
        record.target = target;
        record.direction = kpi.lowerIsBetter ? Direction::Lower : Direction::Higher;
        m_writer.insert(Tables::kpis(), record);
        if (!measured) {
            continue;
        }
        const double span = static_cast<double>(start.daysTo(end));
        const QDate last = std::min(end, m_today);
        for (QDate d = start.addMonths(3); d <= last; d = d.addMonths(3)) {
            const double elapsed = static_cast<double>(start.daysTo(d)) / span;
            const double progress = offTrack ? elapsed * m_dice.real(-0.3, 0.3) : elapsed * m_dice.real(1.0, 1.2);
            const double value = rounded(baseline + (target - baseline) * progress, kpi.decimals);
            m_writer.insertRow(
                DemoTable::KpiMeasurement,
                {id, Sql::date(d), std::max(0.0, value), d == start.addMonths(3) ? u"Eerste meting"_s : QString()});
        }
    }
}

void DemoPolicy::writeEvaluations(qint64 agreementId, const QDate& start, const QDate& until, bool stopped)
{
    QList<QDate> dates;
    for (QDate d = start.addMonths(6); d <= until; d = d.addMonths(m_dice.between(6, 12))) {
        dates << d;
    }
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const bool last = i == dates.size() - 1;
        const QString decision = stopped && last ? u"stop"_s : m_dice.chance(0.3) ? u"adjust"_s : u"continue"_s;
        Evaluation evaluation;
        evaluation.agreementId = agreementId;
        evaluation.date = dates.at(i);
        evaluation.outcome = m_dice.pick(Names::evaluationOutcomes(decision));
        evaluation.decision = Enums::fromKey<EvaluationDecision>(decision).value_or(EvaluationDecision::Continue);
        m_writer.insert(Tables::evaluations(), evaluation);
    }
}

void DemoPolicy::writeGoals(const WardInfo& ward)
{
    QList<Names::Indicator> options = Names::goalIndicators();
    const int count = m_perWard >= 1 ? m_dice.between(2, 3) : m_dice.between(1, 2);
    for (int g = 0; g < count; ++g) {
        const Names::Indicator goal = options.takeAt(m_dice.between(0, static_cast<int>(options.size()) - 1));
        const qint64 id = ++m_goalId;
        // Mostly the current framework; some under the one due for review or the outdated one, some under none.
        const int framework = m_dice.weighted({60, 20, 10, 10});
        const double scale = m_dice.real(0.85, 1.2);
        const double baseline = rounded(goal.baseline * scale, goal.decimals);
        const double target = rounded(goal.target * scale, goal.decimals);
        const QDate from = m_today.addMonths(-m_dice.between(18, 30));
        const QDate targetDate = m_today.addMonths(m_dice.between(6, 36));
        WardGoal record;
        record.id = id;
        record.wardId = ward.id;
        record.frameworkId = framework < 3 ? std::optional<qint64>(framework + 1) : std::nullopt;
        record.indicator = QString::fromUtf16(goal.name);
        record.unit = QString::fromUtf16(goal.unit);
        record.baseline = baseline;
        record.target = target;
        record.direction = goal.lowerIsBetter ? Direction::Lower : Direction::Higher;
        record.targetDate = targetDate;
        m_writer.insert(Tables::goals(), record);
        const bool offTrack = id % 3 == 1;
        const double span = static_cast<double>(from.daysTo(targetDate));
        m_writer.insertRow(DemoTable::GoalMeasurement, {id, Sql::date(from), baseline, u"Nulmeting"_s});
        for (QDate d = from.addMonths(6); d <= m_today; d = d.addMonths(6)) {
            const double elapsed = static_cast<double>(from.daysTo(d)) / span;
            const double progress = offTrack ? elapsed * m_dice.real(-0.4, 0.2) : elapsed * m_dice.real(1.0, 1.3);
            m_writer.insertRow(
                DemoTable::GoalMeasurement,
                {id, Sql::date(d), rounded(baseline + (target - baseline) * progress, goal.decimals), QString()});
        }
    }
}

void DemoPolicy::writeParticipation(const WardInfo& ward)
{
    const double digital = digitalShare(ward.type);
    const int count = static_cast<int>(std::lround(m_dice.between(18, 28) * m_perWard));
    for (int i = 0; i < count; ++i) {
        const QDate date = m_today.addDays(-m_dice.between(0, 730));
        const double roll = m_dice.real(0, 1);
        const QString channel = roll < digital ? u"digital"_s : roll < digital + 0.12 ? u"both"_s : u"physical"_s;
        QString kind;
        int participants = 0;
        if (channel == u"digital") {
            kind = m_dice.pick(QStringList {u"online_poll"_s, u"survey"_s, u"neighbourhood_app"_s});
            participants = m_dice.between(25, 400);
        } else if (channel == u"both") {
            kind = m_dice.pick(QStringList {u"residents_evening"_s, u"survey"_s, u"other"_s});
            participants = m_dice.between(20, 150);
        } else {
            kind
                = m_dice.pick(QStringList {u"residents_evening"_s, u"ward_walk"_s, u"consultation_hour"_s, u"other"_s});
            participants = m_dice.between(6, 90);
        }
        ParticipationMoment moment;
        moment.wardId = ward.id;
        moment.date = date;
        moment.kind = Enums::fromKey<ParticipationKind>(kind).value_or(ParticipationKind::Other);
        moment.channel = Enums::fromKey<Channel>(channel).value_or(Channel::Physical);
        moment.participants = participants;
        moment.notes = m_dice.pick(Names::participationNotes());
        m_writer.insert(Tables::participation(), moment);
    }
}

qint64 DemoPolicy::personIn(qint64 wardId)
{
    const auto& wards = *m_personWard;
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int id = m_dice.between(1, static_cast<int>(wards.size()));
        if (wards[static_cast<size_t>(id - 1)] == wardId) {
            return id;
        }
    }
    return m_dice.between(1, static_cast<int>(wards.size()));
}

void DemoPolicy::writeSupportMap(const WardInfo& ward)
{
    // Needs in distinct themes of the ward (its focus themes first), so a gap is a gap of its ward and theme.
    QList<qint64> themes = ward.themeIds;
    QList<qint64> others = m_themeKeys.keys();
    std::sort(others.begin(), others.end());
    while (!others.isEmpty()) {
        const qint64 theme = others.takeAt(m_dice.between(0, static_cast<int>(others.size()) - 1));
        if (!themes.contains(theme)) {
            themes << theme;
        }
    }
    const int count
        = std::min<int>(static_cast<int>(themes.size()), m_perWard >= 1 ? m_dice.between(4, 6) : m_dice.between(1, 3));
    const auto& initiatives = m_initiativesByWard.value(ward.id);
    for (int n = 0; n < count; ++n) {
        const qint64 theme = themes.at(n);
        const QString key = m_themeKeys.value(theme);
        const bool open = !m_dice.chance(0.15);
        Need need;
        need.wardId = ward.id;
        need.themeId = theme;
        need.description = m_dice.pick(Names::needs(key));
        need.signalledBy = m_dice.pick(Names::signalledBy());
        need.signalledOn = m_today.addDays(-m_dice.between(5, 400));
        need.severity
            = QList<Severity> {Severity::Low, Severity::Medium, Severity::High}.at(m_dice.weighted({3, 5, 2}));
        need.open = open;
        m_writer.insert(Tables::needs(), need);
        // The first need of a ward always has an active offer and the second none (a gap); the rest vary.
        const int cover = n == 0 ? 0 : n == 1 ? 2 : m_dice.weighted({55, 15, 30}); // active, inactive only, none
        if (cover == 2) {
            continue;
        }
        const InitiativeInfo* by = nullptr;
        for (const InitiativeInfo* candidate : initiatives) {
            if (candidate->themeIds.contains(theme) && candidate->isActive()) {
                by = candidate;
                break;
            }
        }
        const int source = by && m_dice.chance(0.6) ? 0 : m_dice.chance(0.6) ? 1 : 2;
        const qint64 partner = m_dice.between(1, static_cast<int>(m_partnerTypes.size()));
        Offer offer;
        offer.wardId = ward.id;
        offer.themeId = theme;
        offer.description = m_dice.pick(Names::offers(key));
        if (source == 0) {
            offer.initiativeId = by->id;
        } else if (source == 1) {
            offer.partnerId = partner;
        } else {
            offer.personId = personIn(ward.id);
        }
        offer.capacity = m_dice.pick(Names::capacities());
        offer.active = cover == 0;
        m_writer.insert(Tables::offers(), offer);
    }
}
