#include "HoursGridModel.h"

#include "ui/Document.h"
#include "ui/activities/SetHoursCommand.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QColor WeekendColor = Palette::background(Palette::Background::Weekend);
const QColor OutsideColor = Palette::background(Palette::Background::Outside);
const QColor TotalsColor = Palette::background(Palette::Background::Totals);
const QColor OutsideText = Palette::text(Palette::Text::Muted);
} // namespace

HoursGridModel::HoursGridModel(Document& document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(&document)
    , m_month(QDate::currentDate().addDays(1 - QDate::currentDate().day()))
{
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Activities || kind == Document::Kind::Involvements
            || kind == Document::Kind::Persons) {
            reload();
        }
    });
}

void HoursGridModel::setInitiative(qint64 initiativeId)
{
    m_initiativeId = initiativeId;
    beginResetModel();
    readRows(m_persons, m_cells);
    endResetModel();
}

void HoursGridModel::setMonth(const QDate& date)
{
    const QDate first = date.addDays(1 - date.day());
    if (first == m_month) {
        return;
    }
    beginResetModel();
    m_month = first;
    readRows(m_persons, m_cells);
    endResetModel();
}

void HoursGridModel::readRows(QList<PersonRow>& rows, QHash<qint64, Activity>& cells) const
{
    rows.clear();
    cells.clear();
    if (!m_document || m_initiativeId <= 0 || !m_month.isValid()) {
        return;
    }
    const QDate last = m_month.addDays(m_month.daysInMonth() - 1);
    QHash<qint64, int> rowOf;
    for (const InvolvementRow& r : m_document->involvements().forInitiative(m_initiativeId, last)) {
        const Involvement& inv = r.involvement;
        if ((inv.from.isValid() && inv.from > last) || (inv.until.isValid() && inv.until < m_month)) {
            continue;
        }
        if (!rowOf.contains(inv.personId)) {
            rowOf.insert(inv.personId, int(rows.size()));
            rows.append(PersonRow {inv.personId, r.personName, {}});
        }
        rows[rowOf.value(inv.personId)].involvements << inv;
    }
    std::sort(rows.begin(), rows.end(),
              [](const PersonRow& a, const PersonRow& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Activity& a : m_document->activities().forInitiative(m_initiativeId, m_month, last)) {
        cells.insert(cellKey(a.personId, a.date.day()), a);
    }
}

void HoursGridModel::reload()
{
    QList<PersonRow> rows;
    QHash<qint64, Activity> cells;
    readRows(rows, cells);
    const bool sameRows = rows.size() == m_persons.size()
        && std::equal(rows.cbegin(), rows.cend(), m_persons.cbegin(), [](const PersonRow& a, const PersonRow& b) {
                              return a.personId == b.personId && a.name == b.name && a.involvements == b.involvements;
                          });
    if (sameRows) {
        // Values only: keep the current cell and selection of the views.
        m_cells = std::move(cells);
        if (rowCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
        return;
    }
    beginResetModel();
    m_persons = std::move(rows);
    m_cells = std::move(cells);
    endResetModel();
}

qint64 HoursGridModel::personIdAt(int row) const
{
    return row >= 0 && row < m_persons.size() ? m_persons.at(row).personId : 0;
}

QDate HoursGridModel::dateAt(int column) const
{
    return column >= 0 && column < dayCount() ? m_month.addDays(column) : QDate();
}

int HoursGridModel::quartersAt(int row, int column) const
{
    return m_cells.value(cellKey(personIdAt(row), column + 1)).quarters;
}

bool HoursGridModel::isEditableCell(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= personCount() || index.column() >= dayCount()) {
        return false;
    }
    const QDate date = dateAt(index.column());
    const auto& involvements = m_persons.at(index.row()).involvements;
    return std::any_of(involvements.cbegin(), involvements.cend(),
                       [&](const Involvement& i) { return i.covers(date); });
}

int HoursGridModel::rowTotal(int row) const
{
    int total = 0;
    for (int day = 1; day <= dayCount(); ++day) {
        total += m_cells.value(cellKey(personIdAt(row), day)).quarters;
    }
    return total;
}

int HoursGridModel::dayTotal(int day) const
{
    int total = 0;
    for (const PersonRow& p : m_persons) {
        total += m_cells.value(cellKey(p.personId, day)).quarters;
    }
    return total;
}

int HoursGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_persons.isEmpty() ? 0 : personCount() + 1;
}

int HoursGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : dayCount() + 1;
}

QVariant HoursGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    const bool totals = isTotalsRow(row);
    const bool totalColumn = isTotalColumn(column);
    int quarters = 0;
    if (totals && totalColumn) {
        for (const Activity& a : m_cells) {
            quarters += a.quarters;
        }
    } else if (totals) {
        quarters = dayTotal(column + 1);
    } else if (totalColumn) {
        quarters = rowTotal(row);
    } else {
        quarters = quartersAt(row, column);
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return formatQuarters(quarters);
    case QuartersRole:
        return quarters;
    case PersonIdRole:
        return totals ? QVariant() : QVariant(personIdAt(row));
    case DateRole:
        return totalColumn ? QVariant() : QVariant(dateAt(column));
    case EditableCellRole:
        return isEditableCell(index);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals || totalColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (totals || totalColumn) {
            return QBrush(TotalsColor);
        }
        if (!isEditableCell(index)) {
            return QBrush(OutsideColor, Qt::Dense4Pattern);
        }
        if (dateAt(column).dayOfWeek() >= 6) {
            return QBrush(WeekendColor);
        }
        return {};
    case Qt::ForegroundRole:
        return !totals && !totalColumn && !isEditableCell(index) ? QVariant(QBrush(OutsideText)) : QVariant();
    case Qt::ToolTipRole:
        if (!totals && !totalColumn && !isEditableCell(index)) {
            return tr("%1 was not involved in this initiative on %2.")
                .arg(m_persons.at(row).name, QLocale().toString(dateAt(column), QLocale::LongFormat));
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags HoursGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableCell(index)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool HoursGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= personCount()
        || index.column() >= dayCount()) {
        return false;
    }
    QString error;
    const auto quarters = parseQuarters(value.toString(), &error);
    if (!quarters) {
        emit refused({tr("%1, %2: %3")
                          .arg(m_persons.at(index.row()).name,
                               QLocale().toString(dateAt(index.column()), QLocale::ShortFormat), error)});
        return false;
    }
    if (*quarters == quartersAt(index.row(), index.column())) {
        return true;
    }
    Activity cell;
    cell.personId = personIdAt(index.row());
    cell.date = dateAt(index.column());
    cell.quarters = *quarters;
    return setCells({cell}, tr("Enter hours"));
}

bool HoursGridModel::setCells(const QList<Activity>& cells, const QString& text)
{
    if (!m_document) {
        return false;
    }
    QList<Activity> before;
    QList<Activity> after;
    for (Activity cell : cells) {
        cell.initiativeId = m_initiativeId;
        Activity old = m_cells.value(cellKey(cell.personId, cell.date.day()));
        if (cell.date < m_month || cell.date >= m_month.addMonths(1) || !old.date.isValid()) {
            old = Activity {cell.personId, m_initiativeId, cell.date, 0, QString()};
        }
        if (old.quarters == cell.quarters) {
            continue;
        }
        cell.kind = old.kind; // the grid changes hours, not the kind of activity
        before << old;
        after << cell;
    }
    if (after.isEmpty()) {
        return true;
    }
    try {
        m_document->execute(std::make_unique<SetHoursCommand>(*m_document, m_initiativeId, before, after, text));
    } catch (const ValidationError& e) {
        QStringList messages;
        for (const FieldError& f : e.fieldErrors()) {
            messages << f.message;
        }
        emit refused(messages);
        return false;
    } catch (const Error& e) {
        emit refused({e.message()});
        return false;
    }
    emit written(text);
    return true;
}

QVariant HoursGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > dayCount()) {
            return {};
        }
        if (isTotalColumn(section)) {
            return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
        }
        const QDate date = dateAt(section);
        switch (role) {
        case Qt::DisplayRole:
            return u"%1\n%2"_s.arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat).left(2)).arg(date.day());
        case Qt::ToolTipRole:
            return QLocale().toString(date, QLocale::LongFormat);
        case Qt::BackgroundRole:
            return date.dayOfWeek() >= 6 ? QVariant(QBrush(WeekendColor)) : QVariant();
        case DateRole:
            return date;
        default:
            return {};
        }
    }
    if (section < 0 || section > personCount()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return isTotalsRow(section) ? tr("Total") : m_persons.at(section).name;
    }
    if (role == PersonIdRole && !isTotalsRow(section)) {
        return m_persons.at(section).personId;
    }
    return {};
}

QString HoursGridModel::notHours(const QString& text)
{
    return tr("“%1” is not a number of hours. Type for example %2.").arg(text, examples());
}

QString HoursGridModel::examples()
{
    // Written as this locale writes decimals (1,5 in Dutch, 1.5 in English).
    return tr("%1, %2 or %3").arg(QLocale().toString(2), QLocale().toString(1.5), u"1:30"_s);
}

std::optional<int> HoursGridModel::parseQuarters(const QString& input, QString* error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return 0;
    }
    static const QRegularExpression clock(u"^(-?)(\\d{1,2}):(\\d{2})$"_s);
    static const QRegularExpression decimal(u"^-?\\d{0,3}([.,]\\d+)?$"_s);
    double hours = 0;
    if (const auto m = clock.match(text); m.hasMatch()) {
        const int minutes = m.captured(3).toInt();
        if (minutes >= 60) {
            if (error) {
                *error = tr("“%1” is not a time; minutes go up to 59.").arg(text);
            }
            return std::nullopt;
        }
        hours = m.captured(2).toInt() + minutes / 60.0;
        if (!m.captured(1).isEmpty()) {
            hours = -hours;
        }
    } else if (decimal.match(text).hasMatch() && text != u"-"_s) {
        QString normal = text;
        normal.replace(u',', u'.');
        bool ok = false;
        hours = normal.toDouble(&ok);
        if (!ok) {
            if (error) {
                *error = notHours(text);
            }
            return std::nullopt;
        }
    } else {
        if (error) {
            *error = notHours(text);
        }
        return std::nullopt;
    }
    const double quarters = hours * Hours::QuartersPerHour;
    const double rounded = std::round(quarters);
    if (std::abs(quarters - rounded) > 1e-9) {
        if (error) {
            // The examples written as this locale writes decimals (0,25 in Dutch, 0.25 in English).
            const QLocale locale;
            *error = tr("%1 hours is not a whole number of quarter hours; round it to %2, %3 or %4.")
                         .arg(text, locale.toString(0.25), locale.toString(0.5), locale.toString(0.75));
        }
        return std::nullopt;
    }
    return int(rounded);
}

QString HoursGridModel::formatQuarters(int quarters)
{
    if (quarters == 0) {
        return {};
    }
    return QLocale().toString(Hours::fromQuarters(quarters), 'g', 6);
}
