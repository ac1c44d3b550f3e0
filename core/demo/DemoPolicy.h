#pragma once

#include "core/demo/DemoDice.h"
#include "core/demo/DemoPlan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

class DemoWriter;

/// The demo's partners and agreements with KPIs, measurements and evaluations, ward goals with measurements,
/// participation moments and the support map. Written after wards, initiatives and persons.
///
/// The small demo shows every case the signals and charts need: evaluations overdue and due within 30 days,
/// agreements ending within 90 days and without M&E, KPIs on and off track in both directions (and one without a
/// baseline), wards whose participation is mostly digital and wards mostly physical, and support gaps.
class DemoPolicy final
{
public:
    /// What DemoPolicy needs to know of a ward.
    struct WardInfo
    {
        qint64 id = 0;
        QString name;
        WardType type = WardType::Other;
        QList<qint64> themeIds;
    };

    /// `themeKeys` maps theme ids to their keys; frameworks 1..3 exist (3 is outdated).
    DemoPolicy(quint32 seed, const QDate& today, DemoWriter& writer, const QHash<qint64, QString>& themeKeys);

    /// Writes everything; `step` is called once per ward.
    void write(const QList<WardInfo>& wards, const std::vector<DemoPlan::InitiativeInfo>& initiatives,
               const std::vector<qint32>& personWard, const std::function<void()>& step);

private:
    void writePartners(const QList<WardInfo>& wards);
    void writeAgreements(const QList<WardInfo>& wards);
    void writeAgreement(qint64 id, int kind, const QList<WardInfo>& wards);
    void writeKpis(qint64 agreementId, const QString& partnerType, const QDate& start, const QDate& end, bool measured);
    void writeEvaluations(qint64 agreementId, const QDate& start, const QDate& until, bool stopped);
    void writeGoals(const WardInfo& ward);
    void writeParticipation(const WardInfo& ward);
    void writeSupportMap(const WardInfo& ward);
    qint64 personIn(qint64 wardId);

    DemoDice m_dice;
    QDate m_today;
    DemoWriter& m_writer;
    QHash<qint64, QString> m_themeKeys;
    double m_perWard = 1; ///< fewer records per ward in the larger demos
    QList<QString> m_partnerTypes; ///< per partner id - 1
    /// Initiatives per ward that may be linked to agreements or offer support (not the key persons' ones).
    QHash<qint64, QList<const DemoPlan::InitiativeInfo*>> m_initiativesByWard;
    const std::vector<qint32>* m_personWard = nullptr;
    qint64 m_kpiId = 0;
    qint64 m_goalId = 0;
};
