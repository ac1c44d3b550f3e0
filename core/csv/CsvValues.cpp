#include "CsvValues.h"

#include "core/domain/Money.h"
#include "core/i18n/Translations.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

CsvValues::DateResult CsvValues::readDate(const QString& text, DateOrder order)
{
    const QString t = text.trimmed();
    // ISO, possibly followed by a time ("2026-07-01 10:00:00", "2026-07-02T09:30:00", "... +0100").
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                                        "(?: ?(?:Z|[+-]\\d{2}:?\\d{2}))?)?$"_s);
    if (const QRegularExpressionMatch m = iso.match(t); m.hasMatch()) {
        return {QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), false};
    }
    static const QRegularExpression parts(u"^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})$"_s);
    const QRegularExpressionMatch m = parts.match(t);
    if (!m.hasMatch()) {
        return {};
    }
    const int first = m.captured(1).toInt();
    const int second = m.captured(3).toInt();
    int year = m.captured(4).toInt();
    if (m.captured(4).size() == 2) {
        year += 2000; // the century pivot: two-digit years are 2000-2099
    }
    const bool slash = m.captured(2) == u"/"_s;
    if (order == DateOrder::Unknown && slash && first <= 12 && second <= 12 && first != second) {
        return {{}, true};
    }
    bool monthFirst = order == DateOrder::MonthDayYear;
    if (order == DateOrder::Unknown && slash && first <= 12 && second > 12) {
        monthFirst = true; // 04/13/2026 can only be 13 April
    }
    return {monthFirst ? QDate(year, first, second) : QDate(year, second, first), false};
}

QDate CsvValues::parseDate(const QString& text, DateOrder order)
{
    return readDate(text, order).date;
}

std::optional<DateOrder> CsvValues::dateOrderFromKey(const QString& key)
{
    if (key == QLatin1String("dmy")) {
        return DateOrder::DayMonthYear;
    }
    if (key == QLatin1String("mdy")) {
        return DateOrder::MonthDayYear;
    }
    return std::nullopt;
}

CsvValues::Parsed CsvValues::readClockHours(const QString& text)
{
    static const QRegularExpression clock(u"^(\\d{1,2}):(\\d{2})$"_s);
    const QRegularExpressionMatch m = clock.match(text.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    const int hours = m.captured(1).toInt();
    const int minutes = m.captured(2).toInt();
    if (minutes >= 60) {
        return {{},
                tr("“%1” is not a time of hours and minutes (write for example 1:30 for one and a half hours).")
                    .arg(text.trimmed())};
    }
    if (minutes % 15 != 0) {
        const int down = hours * 60 + minutes / 15 * 15;
        const int up = down + 15;
        const auto clockText = [](int total) {
            return u"%1:%2"_s.arg(total / 60).arg(total % 60, 2, 10, QChar(u'0'));
        };
        return {{},
                tr("“%1” is not on a quarter hour: hours are kept in quarter hours. Write %2 or %3.")
                    .arg(text.trimmed(), clockText(down), clockText(up))};
    }
    return {QVariant(hours + minutes / 60.0), {}};
}

CsvValues::Parsed CsvValues::parse(const QString& text, const CsvColumn& column,
                                   const QHash<QString, QString>& englishLabels, CsvDialect dialect, DateOrder order)
{
    const bool nl = dialect == CsvDialect::ExcelNl;
    if (column.type == CsvType::Text) {
        if (text.isEmpty()) {
            return {};
        }
        // Undo the formula-injection guard of an excel-nl export.
        if (nl && text.size() > 1 && text.at(0) == u'\'') {
            const QChar c = text.at(1);
            if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r') {
                return {text.mid(1), {}};
            }
        }
        return {text, {}};
    }
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    switch (column.type) {
    case CsvType::Text:
        break;
    case CsvType::Integer: {
        bool ok = false;
        qint64 v = t.toLongLong(&ok);
        if (!ok && nl) {
            v = QLocale(QLocale::Dutch, QLocale::Netherlands).toLongLong(t, &ok);
        }
        if (!ok) {
            return {{}, tr("“%1” is not a whole number.").arg(t)};
        }
        return {QVariant(v), {}};
    }
    case CsvType::Decimal: {
        if (column.key == QLatin1String("hours")) {
            if (Parsed clock = readClockHours(t); clock.value.isValid() || !clock.error.isEmpty()) {
                return clock;
            }
        }
        bool ok = false;
        double v = 0;
        if (nl) {
            v = QLocale(QLocale::Dutch, QLocale::Netherlands).toDouble(t, &ok);
        }
        if (!ok) {
            v = QLocale::c().toDouble(t, &ok);
        }
        if (!ok || !std::isfinite(v)) {
            return {{},
                    nl ? tr("“%1” is not a number (write for example 2,5).").arg(t)
                       : tr("“%1” is not a number (write for example 2.5).").arg(t)};
        }
        return {QVariant(v), {}};
    }
    case CsvType::Money: {
        const auto cents = Money::parse(t, nl ? QLocale(QLocale::Dutch, QLocale::Netherlands) : QLocale::c());
        if (!cents) {
            return {{},
                    nl ? tr("“%1” is not an amount in euros (write for example 1250,50).").arg(t)
                       : tr("“%1” is not an amount in euros (write for example 1250.50).").arg(t)};
        }
        return {QVariant(*cents), {}};
    }
    case CsvType::Date: {
        const DateResult d = readDate(t, order);
        if (d.ambiguous) {
            return {{},
                    tr("“%1” can be read as two dates (day first or month first). Write it as 31-12-2024 or "
                       "2024-12-31, or say the order of the whole file (in the window under Date order, on the "
                       "command line with --date-order dmy or mdy).")
                        .arg(t)};
        }
        if (!d.date.isValid()) {
            return {{},
                    order == DateOrder::MonthDayYear
                        ? tr("“%1” is not a date month first (write for example 12/31/2024 or 2024-12-31).").arg(t)
                        : tr("“%1” is not a date (write for example 31-12-2024 or 2024-12-31).").arg(t)};
        }
        return {QVariant(d.date), {}};
    }
    case CsvType::Bool: {
        for (const QString& yes : {u"true"_s, u"yes"_s, u"ja"_s, u"1"_s, CsvWriter::tr("yes")}) {
            if (t.compare(yes, Qt::CaseInsensitive) == 0) {
                return {QVariant(true), {}};
            }
        }
        for (const QString& no : {u"false"_s, u"no"_s, u"nee"_s, u"0"_s, CsvWriter::tr("no")}) {
            if (t.compare(no, Qt::CaseInsensitive) == 0) {
                return {QVariant(false), {}};
            }
        }
        return {{}, tr("“%1” is not yes or no (write true or false, ja or nee).").arg(t)};
    }
    case CsvType::Enum: {
        for (auto it = column.enumLabels.cbegin(); it != column.enumLabels.cend(); ++it) {
            const QString english = englishLabels.value(it.key());
            if (t.compare(it.key(), Qt::CaseInsensitive) == 0 || t.compare(it.value(), Qt::CaseInsensitive) == 0
                || t.compare(english, Qt::CaseInsensitive) == 0
                || (!english.isEmpty() && t.compare(Translations::dutch("Enums", english), Qt::CaseInsensitive) == 0)) {
                return {QVariant(it.key()), {}};
            }
        }
        QStringList accepted = column.enumLabels.keys();
        accepted.sort();
        return {{}, tr("“%1” is not one of the values of this column: %2.").arg(t, accepted.join(u", "_s))};
    }
    }
    return {{}, {}};
}
