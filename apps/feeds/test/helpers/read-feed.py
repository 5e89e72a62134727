"""Read a feed with Python's feedparser and print what it found as JSON."""
import calendar
import json
import sys

import feedparser

result = feedparser.parse(sys.argv[1])


def iso(parsed):
    if not parsed:
        return None
    return calendar.timegm(parsed) * 1000


print(json.dumps({
    "bozo": bool(result.bozo),
    "bozo_exception": str(result.get("bozo_exception", "")),
    "version": result.version,
    "feed": {
        "title": result.feed.get("title"),
        "language": result.feed.get("language"),
        "links": [{"rel": link.get("rel"), "href": link.get("href")} for link in result.feed.get("links", [])],
    },
    "entries": [
        {
            "id": entry.get("id"),
            "title": entry.get("title"),
            "link": entry.get("link"),
            "published": iso(entry.get("published_parsed")),
            "summary": entry.get("summary"),
            "content": [content.get("value") for content in entry.get("content", [])],
            "tags": [{"term": tag.get("term"), "scheme": tag.get("scheme"), "label": tag.get("label")} for tag in entry.get("tags", [])],
        }
        for entry in result.entries
    ],
}))
