"""The record's announcement block: what the release is (headline, issuer, date, main event).

- headline: the first line when the text opens with a short title line (no final full stop),
  else the input's metadata title (an HTML page's, a .docx's, a JSONL line's `title`);
- issuer: the body the release is from, never the outlet relaying it (presskz.people.issuer:
  "- деп хабарлады X баспасөз қызметі", "X-ның хабарлауынша", a signature line, the lead's body);
- outlet / place: the relaying outlet and the dateline city (presskz.people.outlet:
  "АСТАНА. KAZINFORM –", "..., деп хабарлайды Egemen.kz", "Дереккөз: ...", else the site of the page
  URL the caller passed: a listed outlet's name for its site, else the site's domain unless it is the
  issuing body's own site (presskz.people.site));
- published: the release's dateline date, else the metadata date, else the caller's reference date;
- main_event: the event (one per happening) the headline and lead report (presskz.events.main_event:
  told in both, else in one of them, not as the background of another; then a typed one, the first).
"""
from __future__ import annotations

from presskz.core.doc import Document, Event
from presskz.core.stage import Stage
from presskz.dates.dateline import find_dateline
from presskz.events.main_event import main_event
from presskz.people.issuer import issuer_of, load_issuer_tables
from presskz.people.speaking import speaker_body
from presskz.people.outlet import outlet_and_place, page_outlet
from presskz.people.site import page_url, site_outlet

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
    """The event (one per happening) the headline and lead report (presskz.events.main_event)."""
    return main_event(doc, headline_of(doc.text) is not None)


def published_of(doc: Document) -> str | None:
    """The release's own date: its dateline, else the input's metadata, else the date the caller
    gave (`--reference-date`), in that order."""
    if doc.reference_date is None or doc.reference_date_source == "dateline":
        return doc.reference_date.isoformat() if doc.reference_date else None
    dated, _ = find_dateline(doc.text)  # a caller's date does not hide the release's own
    return (dated or doc.reference_date).isoformat()


def body_names(doc: Document) -> list[str]:
    """The names of bodies and posts the text names: those that may spell the page's site when it
    is the body's own ("kardio-almaty.kz")."""
    return [e.text for e in doc.entities if e.type in ("ORGANISATION", "FACILITY", "POSITION")]


def announcement_of(doc: Document) -> dict:
    outlet, place = outlet_and_place(doc.text)
    url = page_url(doc.meta)
    outlet = outlet or page_outlet(url) or (site_outlet(url, body_names(doc)) if url else None)
    found = issuer_of(doc, outlet, speaker_body)
    published = published_of(doc)
    return {"headline": headline_of(doc.text) or doc.meta.get("title") or None,
            "issuer": found[0] if found else None, "issuer_entity": found[1] if found else None,
            "outlet": outlet, "place": place, "published": published, "main_event": main_event_of(doc)}


class AnnouncementStage(Stage):
    """The announcement block, from the finished layers (so it runs last)."""

    name = "announcement"
    requires = ("tokens", "sentences", "entities", "events", "quotes", "reference_date",
                "reference_date_source")
    assigns = ("announcement",)

    def load(self) -> None:
        """Read and index the issuer's and outlet's word lists now rather than on the first document."""
        load_issuer_tables()

    def __call__(self, doc: Document) -> Document:
        doc.announcement = announcement_of(doc)
        return doc
