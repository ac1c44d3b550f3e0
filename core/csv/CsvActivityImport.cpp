#include "CsvTableImport.h"
#include "domain/Activity.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QSet<qint64> allIds(const QSqlDatabase& db, const QString& table)
{
    QSet<qint64> ids;
    QSqlQuery q = Sql::exec(db, u"SELECT id FROM "_s + table);
    while (q.next()) {
        ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

/// The activity log can hold millions of rows: checked and written with prepared statements, not through
/// ActivityRepository (whose unit is one initiative's grid). The rules are the repository's: a known person and
/// initiative, hours in quarter hours from 0 to 24, a date inside one of the person's involvements in the
/// initiative; an anonymous event (no person) needs a number of participants.
class ActivityImport final : public TableImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    explicit ActivityImport(Database& db)
    {
        const QSqlDatabase c = db.connection();
        m_persons = allIds(c, u"persons"_s);
        m_initiatives = allIds(c, u"initiatives"_s);
        m_findCell
            = Sql::prepare(c, u"SELECT 1 FROM activities WHERE initiative_id = ? AND person_id = ? AND date = ?"_s);
        m_findEvent = Sql::prepare(
            c,
            u"SELECT 1 FROM activities WHERE initiative_id = ? AND person_id IS NULL AND date = ? AND kind = ? "
            "AND participants IS NOT DISTINCT FROM ?"_s);
        m_findId = Sql::prepare(c, u"SELECT 1 FROM activities WHERE id = ?"_s);
        m_covered = Sql::prepare(
            c,
            u"SELECT 1 FROM involvements WHERE person_id = ? AND initiative_id = ? AND (from_date IS NULL OR "
            "from_date <= ?) AND (until_date IS NULL OR ? <= until_date) LIMIT 1"_s);
        m_insert
            = Sql::prepare(c,
                           u"INSERT INTO activities(id, initiative_id, person_id, date, quarters, participants, kind) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    }

    Outcome importRow(const ImportRow& row, QList<FieldError>& problems) override
    {
        const auto person = row.id(u"person_id"_s);
        const qint64 initiative = row.id(u"initiative_id"_s).value_or(0);
        const QString date = row.date(u"date"_s).toString(Qt::ISODate);
        const QVariant participants = row.isEmpty(u"participants"_s)
            ? QVariant(QMetaType::fromType<qint64>())
            : QVariant(row.value(u"participants"_s).toLongLong());
        const QString kind = row.text(u"kind"_s);
        if (person && !m_persons.contains(*person)) {
            problems.append({u"person_id"_s, tr("There is no person with number %1.").arg(*person)});
        }
        if (!m_initiatives.contains(initiative)) {
            problems.append({u"initiative_id"_s, tr("There is no initiative with number %1.").arg(initiative)});
        }
        if (!person && participants.isNull()) {
            problems.append(
                {u"person_id"_s,
                 tr("Enter the person, or for an event with anonymous participants the number of participants.")});
        }
        if (!participants.isNull() && participants.toLongLong() < 0) {
            problems.append({u"participants"_s, tr("The number of participants cannot be negative.")});
        }
        const double hours = row.value(u"hours"_s).toDouble();
        const double quarters = hours * Hours::QuartersPerHour;
        if (person && row.isEmpty(u"hours"_s)) {
            problems.append({u"hours"_s, tr("Enter the hours.")});
        } else if (hours < 0 || quarters > Hours::MaxQuartersPerDay) {
            problems.append({u"hours"_s, tr("The hours must lie between 0 and 24.")});
        } else if (std::abs(quarters - std::round(quarters)) > 1e-9) {
            problems.append({u"hours"_s, tr("Hours are kept in quarter hours: write for example 1.25 or 1.5.")});
        }
        if (!problems.isEmpty()) {
            return Outcome::Refused;
        }
        if (person) {
            Sql::exec(m_findCell, {initiative, *person, date});
        } else {
            Sql::exec(m_findEvent, {initiative, date, kind, participants});
        }
        QSqlQuery& found = person ? m_findCell : m_findEvent;
        const bool present = found.next();
        found.finish();
        if (present) {
            return Outcome::Present;
        }
        if (person) {
            Sql::exec(m_covered, {*person, initiative, date, date});
            const bool covered = m_covered.next();
            m_covered.finish();
            if (!covered) {
                problems.append(
                    {u"date"_s,
                     tr("On this date the person is not involved in the initiative; import the involvements "
                        "first.")});
                return Outcome::Refused;
            }
        }
        QVariant id(QMetaType::fromType<qint64>());
        if (const auto given = row.id(u"id"_s); given && *given > 0) {
            Sql::exec(m_findId, {*given});
            const bool taken = m_findId.next();
            m_findId.finish();
            if (!taken) {
                id = *given;
            }
        }
        Sql::exec(m_insert,
                  {id, initiative, person ? QVariant(*person) : QVariant(QMetaType::fromType<qint64>()), date,
                   static_cast<int>(std::lround(quarters)), participants, kind});
        return Outcome::Added;
    }

    void finish() override
    {
        for (QSqlQuery* q : {&m_findCell, &m_findEvent, &m_findId, &m_covered, &m_insert}) {
            q->finish();
        }
    }

private:
    QSet<qint64> m_persons;
    QSet<qint64> m_initiatives;
    QSqlQuery m_findCell;
    QSqlQuery m_findEvent;
    QSqlQuery m_findId;
    QSqlQuery m_covered;
    QSqlQuery m_insert;
};

} // namespace

std::unique_ptr<TableImport> createActivityImport(Database& db)
{
    return std::make_unique<ActivityImport>(db);
}
