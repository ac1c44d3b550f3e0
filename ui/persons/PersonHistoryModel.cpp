#include "PersonHistoryModel.h"

#include "ui/Document.h"

#include <QFont>
#include <QLocale>
#include <algorithm>

PersonHistoryModel::PersonHistoryModel(Document& document, qint64 personId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_personId(personId)
{
    connect(&document, &Document::changed, this, [this](Document::Kind kind) {
        if (kind == Document::Kind::Activities || kind == Document::Kind::Initiatives) {
            reload();
        }
    });
    reload();
}

void PersonHistoryModel::reload()
{
    beginResetModel();
    m_months.clear();
    m_initiatives.clear();
    m_quarters.clear();
    const QList<MonthlyHours> history = m_document.activities().personHistory(m_personId);
    QHash<qint64, QString> titles;
    for (const MonthlyHours& m : history) {
        titles.insert(m.initiativeId, m.initiativeTitle);
        if (m_months.isEmpty() || m_months.last() != m.month) {
            m_months << m.month; // newest first, as the repository returns them
        }
    }
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        m_initiatives.append({it.key(), it.value()});
    }
    std::sort(m_initiatives.begin(), m_initiatives.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    QHash<qint64, int> column;
    for (int c = 0; c < m_initiatives.size(); ++c) {
        column.insert(m_initiatives.at(c).first, c);
    }
    QHash<QDate, int> row;
    for (int r = 0; r < m_months.size(); ++r) {
        row.insert(m_months.at(r), r);
    }
    for (const MonthlyHours& m : history) {
        m_quarters[{row.value(m.month), column.value(m.initiativeId)}] += m.quarters;
    }
    endResetModel();
}

int PersonHistoryModel::totalQuarters() const
{
    int total = 0;
    for (int q : m_quarters) {
        total += q;
    }
    return total;
}

int PersonHistoryModel::quarters(int row, int column) const
{
    if (column < initiativeCount()) {
        return m_quarters.value({row, column});
    }
    int total = 0;
    for (int c = 0; c < initiativeCount(); ++c) {
        total += m_quarters.value({row, c});
    }
    return total;
}

int PersonHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int PersonHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_initiatives.isEmpty() ? 0 : initiativeCount() + 1;
}

QVariant PersonHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const int q = quarters(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return q == 0 ? QString() : QLocale().toString(Hours::fromQuarters(q), 'g', 6);
    case QuartersRole:
        return q;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == initiativeCount()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant PersonHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Vertical) {
        return section >= 0 && section < m_months.size()
            ? QLocale().toString(m_months.at(section), QStringLiteral("MMMM yyyy"))
            : QVariant();
    }
    if (section == initiativeCount()) {
        return tr("Total");
    }
    return section >= 0 && section < initiativeCount() ? QVariant(m_initiatives.at(section).second) : QVariant();
}
