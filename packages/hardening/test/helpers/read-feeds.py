"""Read feeds the way a subscriber's client would and print what it saw as JSON.

RSS and Atom go through feedparser (Debian: python3-feedparser); JSON Feed,
which feedparser 6 does not read, through Python's own json module.
Usage: /usr/bin/python3 read-feeds.py FILE... (prints one JSON list, one entry per file).
"""
import calendar
import datetime
import json
import sys

import feedparser


def epoch_ms(parsed):
    return calendar.timegm(parsed) * 1000 if parsed else None


def read_xml(path):
    result = feedparser.parse(path)
    return {
        "bozo": bool(result.bozo),
        "error": str(result.get("bozo_exception", "")),
        "version": result.version,
        "entries": [
            {
                "id": entry.get("id"),
                "title": entry.get("title"),
                "link": entry.get("link"),
                "published": epoch_ms(entry.get("published_parsed")),
            }
            for entry in result.entries
        ],
    }


def read_json_feed(path):
    with open(path, encoding="utf-8") as handle:
        feed = json.load(handle)
    entries = []
    for item in feed.get("items", []):
        published = item.get("date_published")
        if published:
            published = int(datetime.datetime.fromisoformat(published.replace("Z", "+00:00")).timestamp() * 1000)
        entries.append({"id": item.get("id"), "title": item.get("title"), "link": item.get("url"), "published": published})
    return {"bozo": False, "error": "", "version": feed.get("version"), "entries": entries}


print(json.dumps([read_json_feed(path) if path.endswith(".json") else read_xml(path) for path in sys.argv[1:]]))
