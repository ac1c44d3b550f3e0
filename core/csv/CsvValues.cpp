#include "CsvValues.h"

#include "domain/Money.h"

#include <QDate>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

QDate CsvValues::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const auto* format : {"yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid()) {
            return d;
        }
    }
    return {};
}

CsvValues::Parsed CsvValues::parse(const QString& text, const CsvColumn& column,
                                   const QHash<QString, QString>& englishLabels, CsvDialect dialect)
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
        const QDate d = parseDate(t);
        if (!d.isValid()) {
            return {{}, tr("“%1” is not a date (write for example 31-12-2024 or 2024-12-31).").arg(t)};
        }
        return {QVariant(d), {}};
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
            if (t.compare(it.key(), Qt::CaseInsensitive) == 0 || t.compare(it.value(), Qt::CaseInsensitive) == 0
                || t.compare(englishLabels.value(it.key()), Qt::CaseInsensitive) == 0) {
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
