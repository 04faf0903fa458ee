"""Where an event happens when its own clause names no place: the fallback order.

1. the clause's place (rules.places: a name in the locative, a genitive name before a venue noun);
2. else the place of the same-type event of the sentence before (stage.py);
3. else a place of the same sentence that no other event of the sentence has taken ("Алматыда
   ... көрме ашылып, ... концерт өтті"; in a list "сағат 11.00-де X-те A, ..., сағат 18.00-де B"
   the places are A's, not B's);
4. after merging, a merged event has the union of its mentions' places;
5. else the release's own city (stage.py, release_place): the dateline city ("АСТАНА. KAZINFORM"),
   else the first city of the headline and lead. Tried on the dev releases: where_right of matched
   happenings 0.55 -> 0.60 (the gold names the release's city for a happening whose text names no
   venue: "Астана қаласы ... Наурыз мейрамын ... атап өтпек").
"""
from __future__ import annotations

from presskz.core.doc import Document, Entity
from presskz.events.clauses import DocumentClauses, _make
from presskz.people.outlet import dateline
from presskz.events.rules import places

OPENING = 2  # sentences that open a release: the headline and the lead


def sentence_places(scope: DocumentClauses, s: int, taken: list[Entity]) -> list[Entity]:
    """The places of the whole sentence s (as if it were one clause) not in `taken`."""
    sent = scope.doc.sentences[s]
    whole = _make(scope, sent.token_start, sent.token_end, s)
    found = places(scope.doc, whole) if whole is not None else []
    return [e for e in found if all(e is not t for t in taken)]


def release_place(doc: Document) -> Entity | None:
    """The city the release is about: its dateline city ("АСТАНА. KAZINFORM"), else the first city
    its headline and lead name."""
    if not doc.sentences:
        return None
    end = doc.sentences[min(OPENING, len(doc.sentences)) - 1].end
    cities = [e for e in doc.entities if e.type == "GPE" and e.end <= end]
    _, dated = dateline(doc.text)
    named = [e for e in cities if dated and (e.normalized or e.text).casefold() == dated.casefold()]
    found = named or cities
    return found[0] if found else None
