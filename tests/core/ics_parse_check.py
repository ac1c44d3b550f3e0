#!/usr/bin/env python3
"""Parses an iCalendar file with Debian's python3-icalendar, as a calendar application would, checks what RFC 5545
asks of Wijkregie's reminders and prints the events as JSON (uid, summary, description, start, end). Used by the
core and command-line tests to prove the .ics files parse with a real parser.

usage: ics_parse_check.py FILE
"""
import datetime
import json
import sys

import icalendar


def main():
    path = sys.argv[1]
    with open(path, "rb") as f:
        data = f.read()
    # Every content line ends in CRLF and is at most 75 octets long (RFC 5545 3.1).
    if not data.endswith(b"\r\n"):
        sys.exit("the file does not end with CRLF")
    for line in data.split(b"\r\n")[:-1]:
        if len(line) > 75:
            sys.exit("line longer than 75 octets: %r" % line)
        if b"\n" in line or b"\r" in line:
            sys.exit("bare line break: %r" % line)
        line.decode("utf-8")  # folding never splits a UTF-8 sequence
    calendar = icalendar.Calendar.from_ical(data)
    if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
        sys.exit("VERSION or PRODID missing")
    events = []
    uids = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        if uid in uids:
            sys.exit("duplicate UID " + uid)
        uids.add(uid)
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        # All-day events: dates, not date-times, ending the next day.
        if isinstance(start, datetime.datetime) or isinstance(end, datetime.datetime):
            sys.exit("not an all-day event: " + uid)
        if end - start != datetime.timedelta(days=1):
            sys.exit("an all-day event must end the next day: " + uid)
        if not event.get("DTSTAMP"):
            sys.exit("DTSTAMP missing: " + uid)
        events.append({"uid": uid, "summary": str(event["SUMMARY"]), "description": str(event["DESCRIPTION"]),
                       "start": start.isoformat(), "end": end.isoformat()})
    json.dump(events, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
