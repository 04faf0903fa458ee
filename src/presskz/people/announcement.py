"""The record's announcement block: what the release is (headline, issuer, date, main event).

- headline: the first line when the text opens with a short title line (no final full stop),
  else the input's metadata title (an HTML page's, a .docx's, a JSONL line's `title`);
- issuer: the body the release is from, never the outlet relaying it (presskz.people.issuer:
  "- деп хабарлады X баспасөз қызметі", "X-ның хабарлауынша", a signature line, the lead's body);
- outlet / place: the relaying outlet and the dateline city (presskz.people.outlet:
  "АСТАНА. KAZINFORM –", "..., деп хабарлайды Egemen.kz", "Дереккөз: ...");
- published: the reference date when it was read from the release itself (dateline or metadata);
- main_event: the first event of the lead sentence, else the first event.
"""
from __future__ import annotations

from presskz.core.doc import Document, Event
from presskz.core.stage import Stage
from presskz.people.issuer import issuer_of
from presskz.people.outlet import outlet_and_place

HEADLINE_MAX = 200


def headline_of(text: str) -> str | None:
    stripped = text.lstrip()
    if "\n" not in stripped.strip():
        return None
    first = stripped.split("\n", 1)[0].strip()
    if first and len(first) <= HEADLINE_MAX and not first.endswith((".", ":", ",")):
        return first
    return None


def main_event_of(doc: Document) -> Event | None:
    if not doc.events:
        return None
    lead = doc.sentences[0] if doc.sentences else None
    for event in doc.events:
        if lead is not None and lead.start <= event.trigger.start < lead.end:
            return event
    return doc.events[0]


def announcement_of(doc: Document) -> dict:
    outlet, place = outlet_and_place(doc.text)
    found = issuer_of(doc, outlet)
    published = None
    if doc.reference_date is not None and doc.reference_date_source in ("dateline", "metadata"):
        published = doc.reference_date.isoformat()
    return {"headline": headline_of(doc.text) or doc.meta.get("title") or None,
            "issuer": found[0] if found else None, "issuer_entity": found[1] if found else None,
            "outlet": outlet, "place": place, "published": published, "main_event": main_event_of(doc)}


class AnnouncementStage(Stage):
    """The announcement block, from the finished layers (so it runs last)."""

    name = "announcement"
    requires = ("tokens", "sentences", "entities", "events", "quotes", "reference_date",
                "reference_date_source")
    assigns = ("announcement",)

    def __call__(self, doc: Document) -> Document:
        doc.announcement = announcement_of(doc)
        return doc
