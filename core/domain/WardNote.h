#pragma once

#include <QDate>
#include <QString>

/// The ward director's own text (toelichting) for one ward and one report period (DESIGN.md, Reports, also as ODT),
/// printed at the top of that ward's section of a council report. One per ward and exact period.
struct WardNote
{
    qint64 id = 0;
    qint64 wardId = 0;
    QDate from; ///< the report period's first day
    QDate to; ///< the report period's last day (inclusive)
    QString text; ///< plain text; an empty line separates paragraphs
};
