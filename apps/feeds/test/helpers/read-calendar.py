"""Read an iCalendar file with Python's icalendar and print its events as JSON."""
import json
import sys

from icalendar import Calendar

with open(sys.argv[1], "rb") as file:
    data = file.read()

calendar = Calendar.from_ical(data)
events = []
for event in calendar.walk("VEVENT"):
    events.append({
        "uid": str(event.get("UID")),
        "dtstart": event.decoded("DTSTART").isoformat(),
        "dtend": event.decoded("DTEND").isoformat(),
        "dtstamp": event.decoded("DTSTAMP").isoformat(),
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION")),
        "location": str(event.get("LOCATION")) if event.get("LOCATION") is not None else None,
        "url": str(event.get("URL")),
        "categories": [str(c) for cats in ([event.get("CATEGORIES")] if not isinstance(event.get("CATEGORIES"), list) else event.get("CATEGORIES")) if cats is not None for c in cats.cats],
    })
print(json.dumps({
    "calname": str(calendar.get("X-WR-CALNAME")),
    "prodid": str(calendar.get("PRODID")),
    "version": str(calendar.get("VERSION")),
    "events": events,
}))
