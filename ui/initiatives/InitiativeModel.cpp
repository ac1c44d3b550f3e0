#include "InitiativeModel.h"

#include "core/domain/Money.h"
#include "core/risk/RiskCalculator.h"
#include "ui/common/Inputs.h"
#include "ui/risk/RiskCache.h"
#include "ui/risk/RiskStyle.h"

#include <algorithm>
#include <limits>

InitiativeModel::InitiativeModel(InitiativeRepository& repository, QObject* parent)
    : RepositoryModel(repository, parent)
{
    using namespace ListColumns;
    const auto risk = [this](int column) {
        return [this, column](const InitiativeRow& r) {
            return riskData(r.id, column, Qt::DisplayRole);
        };
    };
    setColumns({
        text(QT_TR_NOOP("Title"), &InitiativeRow::title).withWidth(190),
        {.title = QT_TR_NOOP("Ward"),
         .shown = [](const InitiativeRow& r) -> QVariant { return r.wardName.isEmpty() ? r.wardCode : r.wardName; },
         .width = 105},
        label(QT_TR_NOOP("Status"), &InitiativeRow::status).withWidth(80),
        label(QT_TR_NOOP("Track"), &InitiativeRow::track).withWidth(90),
        text(QT_TR_NOOP("Themes"), &InitiativeRow::themes).withWidth(120),
        date(QT_TR_NOOP("Start"), &InitiativeRow::startDate).withWidth(80),
        date(QT_TR_NOOP("Planned end"), &InitiativeRow::plannedEnd).withWidth(85),
        {.title = QT_TR_NOOP("Granted"),
         .shown = [](const InitiativeRow& r) -> QVariant {
             return r.budgetGrantedCents ? Money::format(r.budgetGrantedCents) : QString();
         },
         .exported
         = [](const InitiativeRow& r) { return r.budgetGrantedCents ? QVariant(r.budgetGrantedCents) : QVariant(); },
         .type = CsvType::Money,
         .alignRight = true,
         .width = 95},
        date(QT_TR_NOOP("Funding ends"), &InitiativeRow::fundingEnd),
        // The continuity risk comes from the document's RiskCache: one scoreAll pass instead of a query per row.
        {.title = QT_TR_NOOP("Risk"), .shown = risk(RiskScoreColumn), .alignRight = true, .width = 45},
        {.title = QT_TR_NOOP("Risk band"), .shown = risk(RiskBandColumn), .width = 75},
    });
}

QVariant InitiativeModel::cellData(const InitiativeRow& row, int column, int role) const
{
    if (column >= RiskScoreColumn || role == RiskScoreRole || role == RiskBandKeyRole) {
        return riskData(row.id, column, role);
    }
    switch (role) {
    case Qt::ToolTipRole:
        return column == Ward ? QVariant(row.wardCode) : QVariant();
    case WardIdRole:
        return row.wardId;
    case StatusKeyRole:
        return Enums::key(row.status);
    default:
        return {};
    }
}

QVariant InitiativeModel::riskData(qint64 id, int column, int role) const
{
    const QHash<qint64, RiskScore>* scores = m_risk ? m_risk->peek() : nullptr;
    if (!scores) {
        return {};
    }
    const auto it = scores->constFind(id);
    if (it == scores->constEnd()) {
        return {}; // not active: no risk
    }
    const RiskScore& s = *it;
    switch (role) {
    case Qt::DisplayRole:
        return column == RiskScoreColumn ? QVariant(s.score) : QVariant(RiskStyle::bandLabel(s.band));
    case Qt::DecorationRole:
        return column == RiskBandColumn ? QVariant(RiskStyle::bandIcon(s.band)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == RiskScoreColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("Continuity risk %1 (%2)").arg(s.score).arg(RiskStyle::bandLabel(s.band));
        if (s.overridden) {
            tip += u'\n' + RiskCalculator::overrideReason(s);
        }
        return tip;
    }
    case RiskScoreRole:
        return s.score;
    case RiskBandKeyRole:
        return Enums::key(s.band);
    default:
        return {};
    }
}

void InitiativeModel::setRiskCache(RiskCache* cache)
{
    if (m_risk) {
        disconnect(m_risk, nullptr, this, nullptr);
    }
    m_risk = cache;
    if (m_risk) {
        connect(m_risk, &RiskCache::scoresChanged, this, &InitiativeModel::scoresChanged);
    }
}

bool InitiativeModel::riskMode(const ListQuery& query) const
{
    return m_risk && (query.sortColumn >= RiskScoreColumn || m_bandFilter.has_value());
}

int InitiativeModel::queryCount(const ListQuery& query) const
{
    if (!riskMode(query)) {
        m_riskRows.clear();
        return repository().count(query);
    }
    buildRiskRows(query);
    return int(m_riskRows.size());
}

QList<InitiativeRow> InitiativeModel::queryRows(const ListQuery& query, int offset, int limit) const
{
    if (!riskMode(query)) {
        return repository().list(query, offset, limit);
    }
    return m_riskRows.mid(offset, limit);
}

void InitiativeModel::buildRiskRows(const ListQuery& query) const
{
    // Computing the scores here announces them (scoresChanged) while the model is being reset: ignore that.
    m_buildingRiskRows = true;
    const QHash<qint64, RiskScore>& scores = m_risk->scores();
    m_buildingRiskRows = false;
    ListQuery sqlQuery = query;
    sqlQuery.sortColumn = Title;
    sqlQuery.order = Qt::AscendingOrder;
    QList<InitiativeRow> rows = repository().list(sqlQuery, 0, std::numeric_limits<int>::max());
    if (m_bandFilter) {
        rows.removeIf([&](const InitiativeRow& r) {
            const auto it = scores.constFind(r.id);
            return it == scores.constEnd() || it->band != *m_bandFilter;
        });
    }
    if (query.sortColumn >= RiskScoreColumn) {
        // Unscored (inactive) initiatives sort as -1: below every score. Ties keep the title order.
        const auto key = [&](const InitiativeRow& r) {
            const auto it = scores.constFind(r.id);
            if (it == scores.constEnd()) {
                return -1;
            }
            return query.sortColumn == RiskBandColumn ? int(it->band) * 1000 + it->score : it->score;
        };
        const bool ascending = query.order == Qt::AscendingOrder;
        std::stable_sort(rows.begin(), rows.end(), [&](const InitiativeRow& a, const InitiativeRow& b) {
            return ascending ? key(a) < key(b) : key(a) > key(b);
        });
    }
    m_riskRows = rows;
}

void InitiativeModel::scoresChanged()
{
    if (m_buildingRiskRows) {
        return;
    }
    if (riskMode(query())) {
        reload();
    } else if (rowCount() > 0) {
        emit dataChanged(index(0, RiskScoreColumn), index(rowCount() - 1, RiskBandColumn));
    }
}
