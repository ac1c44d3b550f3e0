#pragma once

#include "core/storage/Sql.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtCore/qnamespace.h>
#include <optional>

/// What a list view asks of a repository: search text, filters and sort. Each filter names what it filters on and
/// belongs to one list (an enumeration's stable key, as stored; empty: all); repositories ignore the filters of
/// other lists.
struct ListQuery
{
    QString search;
    std::optional<qint64> wardId;
    std::optional<qint64> themeId;
    QString wardType; ///< wards: a WardType key
    QString initiativeStatus; ///< initiatives: an InitiativeStatus key
    QString engagement; ///< residents: an Engagement key
    QString partnerType; ///< partners: a PartnerType key
    QString agreementStatus; ///< agreements: an AgreementStatus key
    QString channel; ///< participation moments: a Channel key
    QString needState; ///< needs: "open", "closed" or "gap" (open, with no active offer in its ward and theme)
    QString offerState; ///< offers: "active" or "inactive"
    int sortColumn = 0; ///< the repository's Column
    Qt::SortOrder order = Qt::AscendingOrder;
    bool inactiveOnly = false; ///< persons: only those without activity for six months
    QDate referenceDate; ///< "today" for figures over time; invalid means the real today

    QDate today() const { return referenceDate.isValid() ? referenceDate : QDate::currentDate(); }
};

/// Collects WHERE clauses and their bound values.
class WhereClause
{
public:
    void add(const QString& condition, const QVariantList& values = {})
    {
        m_conditions << condition;
        m_values << values;
    }
    /// The list's search: `text` (trimmed; nothing when empty) found anywhere in any of `expressions`, ignoring the
    /// case of letters on every engine (`like` is Dialect::Engine::likeIgnoringCase(): SQLite's LIKE, PostgreSQL's
    /// ILIKE), with % and _ in the text taken literally.
    void addSearch(const QString& like, const QStringList& expressions, const QString& text)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            return;
        }
        const QString pattern = Sql::likePattern(trimmed);
        QStringList any;
        for (const QString& e : expressions) {
            any << e + QLatin1Char(' ') + like + QStringLiteral(" ? ESCAPE '\\'");
            m_values << pattern;
        }
        m_conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QString sql() const
    {
        return m_conditions.isEmpty() ? QString()
                                      : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
    }
    const QVariantList& values() const { return m_values; }

private:
    QStringList m_conditions;
    QVariantList m_values;
};
