"""The record's announcement block: what the release is (headline, issuer, date, main event).

- headline: the first line when the text opens with a short title line (no final full stop),
  else the input's metadata title (an HTML page's, a .docx's, a JSONL line's `title`);
- issuer: the organisation named after "- деп хабарлады" / "хабарлайды" outside any «...» quote
  ("- деп хабарлады Алматы қаласы әкімдігінің баспасөз қызметі"), or the one in the genitive before
  "хабарлауынша" / "мәліметінше" ("... баспасөз қызметінің хабарлауынша");
- published: the reference date when it was read from the release itself (dateline or metadata);
- main_event: the event (one per happening) the headline and lead are about: mentioned in both, else in
  one of them, then a typed one over an "other", then the first.
"""
from __future__ import annotations

from itertools import compress

from presskz.core.doc import Document, Entity, Event
from presskz.core.stage import Stage

ISSUER_VERBS = ("хабарлады", "хабарлайды", "мәлімдеді", "жариялады")
ISSUER_NOUNS = ("хабарлауынша", "мәліметінше", "хабарлауы", "мәліметі бойынша")
ISSUER_NOUN_FIRST_WORDS = frozenset(n.split()[0] for n in ISSUER_NOUNS)
ISSUER_WORDS = frozenset(ISSUER_VERBS) | ISSUER_NOUN_FIRST_WORDS  # the only tokens issuer_entity acts on
ISSUER_TYPES = ("ORGANISATION",)
HEADLINE_MAX = 200


def headline_of(text: str) -> str | None:
    stripped = text.lstrip()
    if "\n" not in stripped.strip():
        return None
    first = stripped.split("\n", 1)[0].strip()
    if first and len(first) <= HEADLINE_MAX and not first.endswith((".", ":", ",")):
        return first
    return None


def _inside_quote(doc: Document, offset: int) -> bool:
    return any(q.start <= offset < q.end for q in doc.quotes if q.kind == "direct")


def issuer_entity(doc: Document) -> Entity | None:
    words = doc.lower_token_texts()
    for i in compress(range(len(words)), map(ISSUER_WORDS.__contains__, words)):
        tok, word = doc.tokens[i], words[i]
        if word in ISSUER_VERBS and i > 0 and words[i - 1] == "деп" \
                and not _inside_quote(doc, tok.start):
            after = [e for e in doc.entities if tok.end <= e.start <= tok.end + 2]
            if after and after[0].type in ISSUER_TYPES:
                return after[0]
        if word in ISSUER_NOUN_FIRST_WORDS:
            before = [e for e in doc.entities if e.end <= tok.start and tok.start - e.end <= 2]
            if before and before[-1].type in ISSUER_TYPES:
                return before[-1]
    return None


def _spans(event: Event) -> list:
    return [event.trigger, *event.mentions] if event.trigger is not None else list(event.mentions)


def _opening_sentences(doc: Document) -> tuple:
    """The headline (when the text has one) and the lead sentence."""
    count = 2 if headline_of(doc.text) is not None else 1
    return tuple(doc.sentences[:count])


def main_event_of(doc: Document) -> Event | None:
    """The event (one per happening) the headline and lead are about: the one with mentions in most
    of the two, then one of a known type over an "other" ("шаралар", "... күнін"), then the first."""
    if not doc.events:
        return None
    opening = _opening_sentences(doc)

    def rank(item: tuple[int, Event]) -> tuple[int, bool, int]:
        k, event = item
        spans = _spans(event)
        told = sum(any(s.start <= m.start < s.end for m in spans) for s in opening)
        return told, event.type != "other", -k
    return max(enumerate(doc.events), key=rank)[1]


def announcement_of(doc: Document) -> dict:
    issuer = issuer_entity(doc)
    published = None
    if doc.reference_date is not None and doc.reference_date_source in ("dateline", "metadata"):
        published = doc.reference_date.isoformat()
    return {"headline": headline_of(doc.text) or doc.meta.get("title") or None,
            "issuer": (issuer.normalized or issuer.text) if issuer is not None else None,
            "issuer_entity": issuer, "published": published, "main_event": main_event_of(doc)}


class AnnouncementStage(Stage):
    """The announcement block, from the finished layers (so it runs last)."""

    name = "announcement"
    requires = ("tokens", "sentences", "entities", "events", "quotes", "reference_date",
                "reference_date_source")
    assigns = ("announcement",)

    def __call__(self, doc: Document) -> Document:
        doc.announcement = announcement_of(doc)
        return doc
