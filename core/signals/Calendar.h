#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class Database;

/// DESIGN.md, Reminders: an iCalendar file (RFC 5545) with the dates a wijkregisseur must not miss: next evaluations
/// and end dates of active agreements, follow-up deadlines of initiatives outside the policy framework (not done yet),
/// and funding ends of active initiatives without follow-up funding. Each is an all-day event (DTSTART;VALUE=DATE,
/// DTEND the next day, RFC 5545 3.6.1) marked free (TRANSP:TRANSPARENT).
///
/// UIDs are stable: kind, record id and the municipality, e.g. `evaluation-12.oudgemeente@wijkregie`, so that
/// importing a new export into a calendar updates the events instead of duplicating them.
namespace Calendar {

/// The whole calendar, UTF-8 with CRLF line ends, lines folded at 75 octets (RFC 5545 3.1). `stamp` is DTSTAMP
/// (UTC); the current time when invalid. Throws Error on a database failure.
QByteArray ics(Database& db, const QDateTime& stamp = {});
/// The number of events ics() writes.
int eventCount(Database& db);

/// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, a line break becomes \n.
QString escapeText(const QString& text);
/// One content line folded (RFC 5545 3.1): at most 75 octets per line, never inside a UTF-8 sequence, each
/// continuation starting with a space; every line ends with CRLF.
QByteArray foldLine(const QString& line);

} // namespace Calendar
