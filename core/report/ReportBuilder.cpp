#include "ReportBuilder.h"

#include "core/Error.h"
#include "core/domain/CriticalRole.h"
#include "core/domain/Money.h"
#include "core/privacy/Pseudonyms.h"
#include "core/risk/RiskEngine.h"
#include "core/risk/SuccessionAdvisor.h"
#include "core/storage/AgreementRepository.h"
#include "core/storage/ContinuitySql.h"
#include "core/storage/Database.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/GoalRepository.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/ReportQueries.h"
#include "core/storage/WardNoteRepository.h"
#include "core/storage/WardRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, u"d MMMM yyyy"_s) : QString();
}

QString number(double value, const QString& unit = {})
{
    const QLocale locale;
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    QString text
        = whole ? locale.toString(static_cast<qlonglong>(std::llround(value))) : locale.toString(value, 'f', 1);
    if (!unit.isEmpty()) {
        // "45%" as Dutch writes a percentage, "12 bewoners" for any other unit.
        text += (unit == u"%"_s ? QString() : u" "_s) + unit;
    }
    return text;
}

Report::ProgressLine progressLine(const ProgressRow& row, const QString& context, const QDate& targetDate)
{
    Report::ProgressLine line;
    line.name = row.name;
    line.context = context;
    line.baseline = row.baseline ? number(*row.baseline, row.unit) : u"–"_s;
    line.target = number(row.target, row.unit);
    if (row.progress.latest) {
        line.latest
            = number(row.progress.latest->value, row.unit) + u" ("_s + longDate(row.progress.latest->date) + u')';
    } else {
        line.latest = u"–"_s;
    }
    line.targetDate = longDate(targetDate);
    line.progress = row.progress.value;
    line.onTrack = row.progress.status == ProgressStatus::OnTrack || row.progress.status == ProgressStatus::Achieved;
    return line;
}

int bandIndex(RiskBand band)
{
    return static_cast<int>(band);
}

/// The explanations of the indicators that add most to the score, strongest first.
QStringList reasons(const RiskScore& score)
{
    QList<int> order;
    for (int i = 0; i < Risk::IndicatorCount; ++i) {
        if (score.contributions[static_cast<size_t>(i)] > 0.05) {
            order << i;
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return score.contributions[static_cast<size_t>(a)] > score.contributions[static_cast<size_t>(b)];
    });
    QStringList result;
    for (int i : order.mid(0, 3)) {
        result << score.explanations.value(i);
    }
    return result;
}

} // namespace

ReportBuilder::ReportBuilder(Database& db)
    : m_db(db)
{
}

Report::Document ReportBuilder::build(const ReportRequest& request)
{
    if (!request.from.isValid() || !request.to.isValid()) {
        throw Error(tr("Choose the period of the report."));
    }
    if (request.to < request.from) {
        throw Error(
            tr("The period ends (%1) before it starts (%2).").arg(longDate(request.to), longDate(request.from)));
    }
    const QDate today = request.today.isValid() ? request.today : QDate::currentDate();
    // Risk is measured at the end of the period, but never in the future.
    const QDate reference = std::min(request.to, today);

    const QList<Ward> allWards = WardRepository(m_db).all();
    QList<Ward> wards;
    if (request.overview) {
        wards = allWards;
    } else {
        if (request.wardIds.isEmpty()) {
            throw Error(tr("Choose at least one ward."));
        }
        for (qint64 id : request.wardIds) {
            const auto it = std::find_if(allWards.begin(), allWards.end(), [id](const Ward& w) { return w.id == id; });
            if (it == allWards.end()) {
                throw Error(tr("The chosen ward no longer exists."));
            }
            wards << *it;
        }
    }
    if (wards.isEmpty()) {
        throw Error(tr("The file has no wards to report on."));
    }

    Report::Document doc;
    doc.municipality = m_db.municipality();
    doc.author = request.author.isEmpty() ? tr("the ward director") : request.author;
    doc.printedOn = today;
    doc.from = request.from;
    doc.to = request.to;
    doc.withNames = request.withNames;
    doc.isOverview = request.overview;
    doc.title = request.overview
        ? tr("Municipality overview %1").arg(doc.municipality)
        : tr("Ward report %1")
              .arg(wards.size() == 1 ? wards.first().name : tr("%n ward(s)", nullptr, int(wards.size())));

    // Everything below is fetched once for all wards, then sorted into the sections.
    ReportQueries queries(m_db);
    QHash<qint64, ReportQueries::WardFigures> figures;
    for (const auto& f : queries.wardFigures(request.from, request.to)) {
        figures.insert(f.wardId, f);
    }
    QMultiHash<qint64, ReportQueries::InitiativeLine> initiatives;
    const auto initiativeLines = queries.initiatives(request.from);
    for (auto it = initiativeLines.crbegin(); it != initiativeLines.crend(); ++it) {
        initiatives.insert(it->wardId, *it); // QMultiHash returns the last inserted first
    }
    QMultiHash<qint64, ReportQueries::FollowUpLine> followUps;
    const auto followUpLines = queries.openFollowUps();
    for (auto it = followUpLines.crbegin(); it != followUpLines.crend(); ++it) {
        followUps.insert(it->wardId, *it);
    }
    RiskEngine engine(m_db);
    // The overview needs the scores and the key persons of every ward: from the same facts, computed once. A ward
    // report needs only its wards' initiatives (each scored as among all).
    QList<RiskScore> allScores;
    QList<KeyPerson> allKeyPersons;
    if (request.overview) {
        std::tie(allScores, allKeyPersons) = engine.scoresAndKeyPersons(reference);
    } else {
        for (const Ward& ward : std::as_const(wards)) {
            RiskOptions riskOptions;
            riskOptions.referenceDate = reference;
            riskOptions.wardId = ward.id;
            allScores << engine.scoreAll(riskOptions);
        }
    }
    QHash<qint64, RiskScore> scores;
    for (const RiskScore& s : std::as_const(allScores)) {
        scores.insert(s.initiativeId, s);
    }
    ProgressQuery progressQuery;
    progressQuery.referenceDate = reference;
    QMultiHash<qint64, ProgressRow> goals;
    GoalRepository goalRepository(m_db);
    const auto goalRows = goalRepository.progress(progressQuery);
    QHash<qint64, QDate> goalTargetDates; // Streefdatum
    {
        const ListQuery all;
        for (const WardGoalRow& g : goalRepository.list(all, 0, goalRepository.count(all))) {
            goalTargetDates.insert(g.id, g.targetDate);
        }
    }
    for (auto it = goalRows.crbegin(); it != goalRows.crend(); ++it) {
        if (it->wardId) {
            goals.insert(*it->wardId, *it);
        }
    }
    progressQuery.allAgreements = true;
    QMultiHash<qint64, ProgressRow> kpis;
    const auto kpiRows = KpiRepository(m_db).progress(progressQuery);
    for (auto it = kpiRows.crbegin(); it != kpiRows.crend(); ++it) {
        kpis.insert(it->ownerId, *it);
    }
    QMultiHash<qint64, ChannelParticipation> participation;
    const auto channelRows = ParticipationRepository(m_db).byChannel(request.from, request.to);
    for (auto it = channelRows.crbegin(); it != channelRows.crend(); ++it) {
        participation.insert(it->wardId, *it);
    }
    QMultiHash<qint64, NeedRow> gaps;
    {
        ListQuery gapQuery;
        gapQuery.needState = u"gap"_s;
        NeedRepository needRepo(m_db);
        OfferRepository offerRepo(m_db);
        const auto needRows = needRepo.list(gapQuery, 0, needRepo.count(gapQuery));
        for (auto it = needRows.crbegin(); it != needRows.crend(); ++it) {
            gaps.insert(it->wardId, *it);
        }
    }
    const auto outdated = FrameworkRepository(m_db).outdated(today);
    // Key persons: of every ward in one pass for the overview, of each chosen ward otherwise (a pass over the whole
    // municipality costs far more than a few wards); each person's moves are sorted into their wards below.
    QMultiHash<qint64, KeyPerson> keyPersons;
    const auto addKeyPersons = [&keyPersons](const QList<KeyPerson>& all) {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            QHash<qint64, KeyPerson> perWard;
            for (const RiskChange& change : it->changes) {
                KeyPerson& kp = perWard[change.after.wardId];
                kp.personId = it->personId;
                kp.name = it->name;
                kp.changes << change;
            }
            for (auto w = perWard.cbegin(); w != perWard.cend(); ++w) {
                keyPersons.insert(w.key(), w.value());
            }
        }
    };
    if (request.overview) {
        addKeyPersons(allKeyPersons);
    } else {
        for (auto ward = wards.crbegin(); ward != wards.crend(); ++ward) {
            addKeyPersons(engine.keyPersons(ward->id, reference));
        }
    }
    AgreementRepository agreementRepository(m_db);
    Pseudonyms pseudonyms;
    // Succession help: roles without backup with their candidates, and the pipeline, for every ward in one pass.
    const std::optional<qint64> onlyWard = wards.size() == 1 ? std::optional<qint64>(wards.first().id) : std::nullopt;
    const QList<ContinuitySql::RoleGap> roleGaps = ContinuitySql::rolesWithoutBackup(m_db.connection(), onlyWard);
    QList<qint64> roleIds;
    for (const ContinuitySql::RoleGap& g : roleGaps) {
        roleIds << g.roleId;
    }
    const SuccessionAdvisor advisor(m_db);
    const QHash<qint64, QList<SuccessorSuggestion>> suggestions = advisor.suggest(roleIds, reference);
    QHash<qint64, ContinuitySql::Pipeline> pipelines;
    for (const ContinuitySql::Pipeline& p : advisor.pipeline(onlyWard, reference)) {
        pipelines.insert(p.wardId, p);
    }
    // The ward director's own words for exactly this period (DESIGN.md, Reports, also as ODT).
    const QHash<qint64, QString> notes = WardNoteRepository(m_db).forPeriod(request.from, request.to);
    const auto personName = [&](qint64 id, const QString& name) {
        if (request.withNames) {
            return name;
        }
        return pseudonyms.forPerson(id);
    };

    for (const Ward& ward : wards) {
        Report::WardSection section;
        section.wardId = ward.id;
        section.code = ward.code;
        section.name = ward.name;
        section.wardType = Enums::label(ward.type);
        section.profile = ward.notes;
        section.note = notes.value(ward.id);

        const auto f = figures.value(ward.id);
        const QLocale locale;
        if (ward.inhabitants) {
            section.keyFigures.append({tr("Inhabitants"), locale.toString(*ward.inhabitants)});
        }
        if (ward.households) {
            section.keyFigures.append({tr("Households"), locale.toString(*ward.households)});
        }
        section.keyFigures.append({tr("Active initiatives (running or paused)"), locale.toString(f.activeInitiatives)});
        section.keyFigures.append({tr("Residents who gave hours in the period"), locale.toString(f.activePersons)});
        section.keyFigures.append({tr("Hours given in the period"), number(f.hours)});
        if (f.anonymousParticipants > 0) {
            section.keyFigures.append(
                {tr("Participants in open activities"), locale.toString(f.anonymousParticipants)});
        }
        section.keyFigures.append({tr("Budget granted to active initiatives"), Money::format(f.grantedCents)});

        for (const ProgressRow& g : goals.values(ward.id)) {
            section.goals << progressLine(g, QString(), goalTargetDates.value(g.id));
        }

        for (const auto& line : initiatives.values(ward.id)) {
            Report::InitiativeLine out;
            out.id = line.id;
            out.title = line.title;
            out.status = Enums::label(Enums::fromKey<InitiativeStatus>(line.status).value_or(InitiativeStatus::Idea));
            out.themes = line.themes;
            if (scores.contains(line.id)) {
                const RiskScore& s = scores[line.id];
                out.score = s.score;
                out.bandIndex = bandIndex(s.band);
                out.band = Enums::label(s.band);
                out.reasons = reasons(s);
                switch (s.band) {
                case RiskBand::Low:
                    ++section.bands.low;
                    break;
                case RiskBand::Medium:
                    ++section.bands.medium;
                    break;
                case RiskBand::High:
                    ++section.bands.high;
                    break;
                }
            }
            section.initiatives << out;
        }

        for (const KeyPerson& key : keyPersons.values(ward.id)) {
            Report::KeyPersonLine line;
            // The risk engine fetched the key persons' names in one statement, as Person::fullName() shows them.
            line.name = request.withNames ? key.name : pseudonyms.forPerson(key.personId);
            for (const RiskChange& change : key.changes) {
                line.initiatives << change.title;
            }
            section.keyPersons << line;
        }

        for (const ContinuitySql::RoleGap& g : roleGaps) {
            if (g.wardId != ward.id) {
                continue;
            }
            Report::SuccessionLine line;
            line.initiative = g.initiativeTitle;
            line.role = CriticalRole::label(g.role);
            line.holder = personName(g.holderId, g.holderName);
            for (const SuccessorSuggestion& c : suggestions.value(g.roleId)) {
                line.candidates << tr("%1: %2").arg(personName(c.personId, c.name), c.reason);
            }
            section.succession << line;
        }
        if (const auto p = pipelines.constFind(ward.id); p != pipelines.constEnd()) {
            section.pipeline.adHocToCore = p->adHocToCore;
            section.pipeline.coreToLead = p->coreToLead;
            section.pipeline.newcomers = p->newcomers;
            section.pipeline.leavers = p->leavers;
            for (const LeavingReason r : Enums::all<LeavingReason>()) {
                if (const int n = p->reasons[static_cast<size_t>(r)]; n > 0) {
                    section.pipeline.reasons.append({Enums::label(r), QLocale().toString(n)});
                }
            }
        }

        ListQuery agreementQuery;
        agreementQuery.wardId = ward.id;
        for (const AgreementRow& a : agreementRepository.list(agreementQuery, 0, 10000)) {
            const bool active = a.status == AgreementStatus::Active;
            if (!active && !(a.endDate.isValid() && a.endDate >= request.from)) {
                continue;
            }
            Report::AgreementLine line;
            line.title = a.title;
            line.partner = a.partnerName;
            line.period = a.startDate.isValid() || a.endDate.isValid()
                ? tr("%1 to %2")
                      .arg(a.startDate.isValid() ? longDate(a.startDate) : u"…"_s,
                           a.endDate.isValid() ? longDate(a.endDate) : u"…"_s)
                : tr("no period set");
            line.status = Enums::label(a.status);
            line.monitoringAgreed = a.monitoringAgreed;
            line.nextEvaluation = longDate(a.nextEvaluation);
            line.evaluationOverdue = active && a.nextEvaluation.isValid() && a.nextEvaluation < today;
            line.evaluationDueSoon = active && a.nextEvaluation.isValid() && !line.evaluationOverdue
                && a.nextEvaluation <= today.addDays(30);
            for (const ProgressRow& k : kpis.values(a.id)) {
                line.kpis << progressLine(k, QString(), a.endDate); // a KPI's target date is the agreement's end
            }
            section.agreements << line;
        }

        for (const PolicyFramework& framework : outdated) {
            section.outdatedFrameworks.append({framework.title, longDate(framework.reviewBy)});
        }
        for (const NeedRow& gap : gaps.values(ward.id)) {
            section.gaps.append(
                {gap.themeName, gap.description, Enums::label(gap.severity), longDate(gap.signalledOn)});
        }
        for (const ChannelParticipation& p : participation.values(ward.id)) {
            section.participation.append({Enums::label(p.channel), p.moments, p.participants});
        }
        for (const auto& fu : followUps.values(ward.id)) {
            section.followUps.append(
                {fu.initiative, fu.department, fu.owner, longDate(fu.deadline),
                 Enums::label(Enums::fromKey<FollowUpStatus>(fu.status).value_or(FollowUpStatus::Open)),
                 fu.deadline.isValid() && fu.deadline < today});
        }

        if (request.overview) {
            Report::OverviewRow row;
            row.code = ward.code;
            row.name = ward.name;
            row.activeInitiatives = f.activeInitiatives;
            row.bands = section.bands;
            row.agreements = static_cast<int>(section.agreements.size());
            row.agreementsWithoutMe
                = static_cast<int>(std::count_if(section.agreements.begin(), section.agreements.end(),
                                                 [](const Report::AgreementLine& a) { return !a.monitoringAgreed; }));
            row.gaps = static_cast<int>(section.gaps.size());
            row.goals = static_cast<int>(section.goals.size());
            row.goalsOnTrack = static_cast<int>(std::count_if(section.goals.begin(), section.goals.end(),
                                                              [](const Report::ProgressLine& g) { return g.onTrack; }));
            doc.overview << row;
        }
        doc.wards << section;
    }
    return doc;
}
