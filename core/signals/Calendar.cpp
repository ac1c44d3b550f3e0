#include "Calendar.h"

#include "core/i18n/Translations.h"
#include "core/storage/ContinuitySql.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

const Translations::Context tr {"Calendar"};

QString slug(const QString& text)
{
    // Diacritics dropped (é -> e), every other run of non-alphanumerics one hyphen.
    const QString s = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : s) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
        } else if (!out.isEmpty() && !out.endsWith(u'-') && c.category() != QChar::Mark_NonSpacing) {
            out += u'-';
        }
    }
    while (out.endsWith(u'-')) {
        out.chop(1);
    }
    return out.isEmpty() ? u"wijkregie"_s : out;
}

QString summary(const ContinuitySql::CalendarItem& item)
{
    if (item.kind == u"evaluation"_s) {
        return tr("Evaluation due: %1 (%2)").arg(item.title, item.context);
    }
    if (item.kind == u"agreement_end"_s) {
        return tr("Agreement ends: %1 (%2)").arg(item.title, item.context);
    }
    if (item.kind == u"follow_up"_s) {
        return tr("Follow-up deadline: %1 (%2)").arg(item.title, item.context);
    }
    return tr("Funding ends: %1 (%2)").arg(item.title, item.context);
}

QString description(const ContinuitySql::CalendarItem& item)
{
    if (item.kind == u"evaluation"_s) {
        return tr("The next evaluation of agreement “%1” with %2 is due.").arg(item.title, item.context);
    }
    if (item.kind == u"agreement_end"_s) {
        return tr("Agreement “%1” with %2 ends.").arg(item.title, item.context);
    }
    if (item.kind == u"follow_up"_s) {
        QString text = tr("Initiative “%1” in %2 does not fit the policy framework; its follow-up is due.")
                           .arg(item.title, item.context);
        if (!item.detail.isEmpty()) {
            text += u'\n' + tr("Department: %1").arg(item.detail);
        }
        return text;
    }
    return tr("The funding of initiative “%1” in %2 ends; no follow-up funding is registered.")
        .arg(item.title, item.context);
}

} // namespace

namespace Calendar {

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            out += u"\\n"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c.unicode() < 0x20 && c != u'\t') {
            // Other control characters are not allowed in a TEXT value (RFC 5545 3.3.11): left out.
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        // Never split a UTF-8 sequence: back off while the next byte is a continuation byte (10xxxxxx).
        while (cut > start && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80) {
            --cut;
        }
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

int eventCount(Database& db)
{
    return static_cast<int>(ContinuitySql::calendarItems(db.connection()).size());
}

QByteArray ics(Database& db, const QDateTime& stamp)
{
    const QString dtstamp
        = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QString municipality = db.municipality();
    const QString domain = slug(municipality) + u"@wijkregie"_s;
    QByteArray out;
    const auto line = [&out](const QString& text) {
        out += foldLine(text);
    };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//Wijkregie//Wijkregie//NL"_s);
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    line(u"X-WR-CALNAME:"_s + escapeText(tr("Wijkregie: %1").arg(municipality)));
    for (const ContinuitySql::CalendarItem& item : ContinuitySql::calendarItems(db.connection())) {
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:%1-%2.%3"_s.arg(QString(item.kind).replace(u'_', u'-')).arg(item.id).arg(domain));
        line(u"DTSTAMP:"_s + dtstamp);
        line(u"DTSTART;VALUE=DATE:"_s + item.date.toString(u"yyyyMMdd"_s));
        line(u"DTEND;VALUE=DATE:"_s + item.date.addDays(1).toString(u"yyyyMMdd"_s));
        line(u"SUMMARY:"_s + escapeText(summary(item)));
        line(u"DESCRIPTION:"_s + escapeText(description(item)));
        line(u"CATEGORIES:"_s + escapeText(u"Wijkregie"_s));
        line(u"TRANSP:TRANSPARENT"_s);
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

} // namespace Calendar
