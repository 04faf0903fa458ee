"""Where an event happens when its own clause names no place: the fallback order.

1. the clause's place (rules.places: a name in the locative, a genitive name before a venue noun);
2. else the place of the same-type event of the sentence before (stage.py);
3. else a place of the same sentence that no other event of the sentence has taken ("Алматыда
   ... көрме ашылып, ... концерт өтті"; in a list "сағат 11.00-де X-те A, ..., сағат 18.00-де B"
   the places are A's, not B's);
4. after merging, a merged event has the union of its mentions' places.
The release's own place (the headline's, the dateline city "АСТАНА. KAZINFORM") is not a fallback:
on the dev releases it made `where` worse (0.53 -> 0.49 of matched happenings): the gold names the
venue of the mention's clause or nothing, and a dateline names where the report was filed.
"""
from __future__ import annotations

from presskz.core.doc import Entity
from presskz.events.clauses import DocumentClauses, _make
from presskz.events.rules import places


def sentence_places(scope: DocumentClauses, s: int, taken: list[Entity]) -> list[Entity]:
    """The places of the whole sentence s (as if it were one clause) not in `taken`."""
    sent = scope.doc.sentences[s]
    whole = _make(scope, sent.token_start, sent.token_end, s)
    found = places(scope.doc, whole) if whole is not None else []
    return [e for e in found if all(e is not t for t in taken)]
