#include "core/csv/CsvTableImport.h"
#include "core/domain/Activity.h"
#include "core/storage/Database.h"
#include "core/storage/ImportQueries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// The activity log can hold millions of rows: checked and written with prepared statements, not through
/// ActivityRepository (whose unit is one initiative's grid). The rules are the repository's: a known person and
/// initiative, hours in quarter hours from 0 to 24, a date inside one of the person's involvements in the
/// initiative; an anonymous event (no person) needs a number of participants. Two rows are the same activity only
/// when every field is equal. The register keeps one total per person, initiative and day (the hours grid's cell,
/// a unique index): two shifts of one person on one day in a file are stored as that day's total with their kinds
/// joined, and said so. An import never changes registered hours: a day that already has hours is present when the
/// file's rows for it add up to the same hours and kinds, and otherwise refused with advice (a correction is made in
/// the hours grid).
class ActivityImport final : public TableImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    explicit ActivityImport(Database& db)
        : m_statements(db.connection())
    {
        const QSqlDatabase c = db.connection();
        m_persons = ImportQueries::allIds(c, ImportQueries::Table::Persons);
        m_initiatives = ImportQueries::allIds(c, ImportQueries::Table::Initiatives);
    }

    Outcome importRow(const ImportRow& row, QList<FieldError>& problems, QList<FieldError>& notices) override
    {
        m_lastId = 0;
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
            // The quarter hours around it, written as this locale writes decimals (1,25 in Dutch).
            const QLocale locale;
            const double down = std::floor(quarters) / Hours::QuartersPerHour;
            const double up = std::ceil(quarters) / Hours::QuartersPerHour;
            problems.append({u"hours"_s,
                             tr("%1 h is not on a quarter hour: hours are kept in quarter hours. Write %2 or %3 (or "
                                "hours and minutes such as 1:30).")
                                 .arg(locale.toString(hours), locale.toString(down), locale.toString(up))});
        }
        if (!problems.isEmpty()) {
            return Outcome::Refused;
        }
        const int whole = static_cast<int>(std::lround(quarters));
        const QString kindText = kind.isNull() ? u""_s : kind;
        if (!person) {
            // An event with anonymous participants: the same only when every field is equal.
            if (const auto same = m_statements.same(initiative, QVariant(QMetaType::fromType<qint64>()), date, whole,
                                                    participants, kindText)) {
                m_lastId = *same;
                return Outcome::Present;
            }
            return insert(row, initiative, QVariant(QMetaType::fromType<qint64>()), date, whole, participants, kind);
        }
        if (!m_statements.covered(*person, initiative, date)) {
            problems.append(
                {u"date"_s,
                 tr("On this date the person is not involved in the initiative; import the involvements first.")});
            return Outcome::Refused;
        }
        if (checkOnly()) {
            return Outcome::Refused;
        }
        // The register keeps one total per person, initiative and day (the hours grid's cell). The rows of a file
        // for one cell are its shifts: added up, their kinds joined. A row equal in every field to an earlier one
        // is the same activity.
        const CellKey key {initiative, *person, date};
        if (auto cell = m_fileCells.find(key); cell != m_fileCells.end()) {
            m_lastId = cell->id;
            if (cell->shifts.contains({whole, kindText})) {
                return Outcome::Present; // the same activity as an earlier row (CsvImporter names it)
            }
            if (cell->quarters + whole > Hours::MaxQuartersPerDay) {
                problems.append({u"hours"_s,
                                 tr("With row %1 of this file this person has more than 24 hours on this day.")
                                     .arg(cell->firstRow)});
                return Outcome::Refused;
            }
            cell->shifts.append({whole, kindText});
            cell->quarters += whole;
            cell->kind = joinKinds(cell->kind, kindText);
            m_statements.update(cell->id, cell->quarters, cell->kind);
            notices.append({u"hours"_s,
                            tr("Row %1 has this person on the same day too. The hours register keeps one total per "
                               "person and day, so the rows are stored together: %2 h (%3).")
                                .arg(cell->firstRow)
                                .arg(QLocale().toString(cell->quarters / double(Hours::QuartersPerHour)), cell->kind)});
            return Outcome::Merged;
        }
        // A cell that was there before this import: compared, at the end, with the total of this file's rows.
        const std::optional<ImportQueries::ActivityStatements::Day> before
            = m_statements.day(initiative, *person, date);
        if (before) {
            ExistingCell& existing = m_existingCells[key];
            if (existing.rows.isEmpty()) {
                existing.id = before->id;
                existing.storedQuarters = before->quarters;
                existing.storedKind = before->kind;
            }
            m_lastId = existing.id;
            if (!existing.shifts.contains({whole, kindText})) {
                existing.shifts.append({whole, kindText});
                existing.quarters += whole;
                existing.kind = joinKinds(existing.kind, kindText);
            }
            existing.rows.append(row.row());
            return Outcome::Present;
        }
        const Outcome outcome = insert(row, initiative, QVariant(*person), date, whole, participants, kind);
        m_fileCells.insert(key, FileCell {m_lastId, row.row(), whole, kindText, {{whole, kindText}}});
        return outcome;
    }

    QList<LateProblem> lateProblems() override
    {
        QList<LateProblem> late;
        const QLocale locale;
        for (auto it = m_existingCells.cbegin(); it != m_existingCells.cend(); ++it) {
            const ExistingCell& c = it.value();
            if (c.quarters == c.storedQuarters && c.kind == c.storedKind) {
                continue; // the same activity: already present
            }
            const QString stored = locale.toString(c.storedQuarters / double(Hours::QuartersPerHour));
            const QString inFile = locale.toString(c.quarters / double(Hours::QuartersPerHour));
            const QString message = c.storedKind.isEmpty()
                ? tr("Person %1 already has %2 h on this day in this initiative, where this file has %3 h. An "
                     "import does not change registered hours: correct them in the hours grid, or leave the row out "
                     "of the file.")
                      .arg(it.key().person)
                      .arg(stored, inFile)
                : tr("Person %1 already has %2 h (%3) on this day in this initiative, where this file has %4 h. An "
                     "import does not change registered hours: correct them in the hours grid, or leave the row out "
                     "of the file.")
                      .arg(it.key().person)
                      .arg(stored, c.storedKind, inFile);
            for (const int row : c.rows) {
                late.append({row, {u"hours"_s, message}});
            }
        }
        return late;
    }

    void finish() override { m_statements.finish(); }

private:
    QSet<qint64> m_persons;
    QSet<qint64> m_initiatives;
    Outcome insert(const ImportRow& row, qint64 initiative, const QVariant& person, const QString& date, int quarters,
                   const QVariant& participants, const QString& kind)
    {
        QVariant id(QMetaType::fromType<qint64>());
        if (const auto given = row.id(u"id"_s); given && *given > 0) {
            if (!m_statements.idTaken(*given)) {
                id = *given;
            }
        }
        if (checkOnly()) {
            return Outcome::Refused;
        }
        const qint64 newId = m_statements.insert(id, initiative, person, date, quarters, participants, kind);
        added(newId, row.row());
        return Outcome::Added;
    }

    static QString joinKinds(const QString& a, const QString& b)
    {
        if (b.isEmpty() || a == b) {
            return a;
        }
        return a.isEmpty() ? b : a + u"; "_s + b;
    }

    struct CellKey
    {
        qint64 initiative;
        qint64 person;
        QString date;
        bool operator==(const CellKey&) const = default;
        friend size_t qHash(const CellKey& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.initiative, k.person, k.date);
        }
    };
    using Shift = std::pair<int, QString>; ///< quarters, kind
    struct FileCell
    {
        qint64 id = 0;
        int firstRow = 0;
        int quarters = 0;
        QString kind;
        QList<Shift> shifts;
    };
    struct ExistingCell
    {
        qint64 id = 0;
        int storedQuarters = 0;
        QString storedKind;
        int quarters = 0; ///< this file's total
        QString kind;
        QList<Shift> shifts;
        QList<int> rows;
    };

    QHash<CellKey, FileCell> m_fileCells; ///< cells this import added
    QHash<CellKey, ExistingCell> m_existingCells; ///< cells that were there before, met by this file
    ImportQueries::ActivityStatements m_statements;
};

} // namespace

std::unique_ptr<TableImport> createActivityImport(Database& db)
{
    return std::make_unique<ActivityImport>(db);
}
