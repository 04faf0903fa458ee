"""Clauses and list items of a sentence: the scope inside which an event finds its time, place and people.

A sentence is cut after a finite event verb followed by a comma ("... көрме ашылады, сағат 15.00-де ...
кездеседі, ал ..."), at ";" and before ", ал". A clause that lists several times without verbs
("сағат 11.00-де X-те A, сағат 15.00-де Y-та B өтеді") is cut again before each time after the first,
so that every listed happening keeps its own time and place.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import compress

from presskz.core.doc import Document, Entity, Quantity, Sentence, Temporal
from presskz.events.matching import TokenMatches

TIME_KINDS = ("time", "datetime")
SEPARATORS = frozenset((",", ";"))


@dataclass
class Clause:
    """Token range [first, last) of a sentence part, with the spans lying inside it."""

    first: int
    last: int
    start: int
    end: int
    sentence: int
    matches: TokenMatches  # the event nouns and verbs of the whole document, by token
    entities: list[Entity] = field(default_factory=list)
    temporals: list[Temporal] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)


class SpansInside:
    """The spans of one layer lying inside a character range, in layer order. Built once per
    document: bisecting on start offsets spares every clause a scan of the whole layer."""

    def __init__(self, spans: list) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda k: spans[k].start)
        self.starts = [spans[k].start for k in self.order]
        self.in_order = all(k == n for n, k in enumerate(self.order))  # layers come sorted by start

    def inside(self, start: int, end: int) -> list:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)
        if lo == hi:
            return []
        if self.in_order:
            return [span for span in self.spans[lo:hi] if span.end <= end]
        picked = sorted(k for k in self.order[lo:hi] if self.spans[k].end <= end)
        return [self.spans[k] for k in picked]


class DocumentClauses:
    """What cutting a document into clauses needs, computed once per document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.matches = TokenMatches(doc.tokens, doc.token_texts())
        self.entities = SpansInside(doc.entities)
        self.temporals = SpansInside(doc.temporals)
        self.quantities = SpansInside(doc.quantities)
        self.event_names = SpansInside([e for e in doc.entities if e.type == "EVENT"])
        # 1 at each token where an event noun or verb starts: a sentence is tested with one find()
        self.word_marks = bytearray(len(doc.tokens))
        for i in self.matches.noun_starts + self.matches.verb_starts:
            self.word_marks[i] = 1
        # clauses are only cut at "," and ";": their token indices, so the cutting skips the words
        texts = self.matches.texts
        self.separators = list(compress(range(len(texts)), map(SEPARATORS.__contains__, texts)))

    def may_hold_event(self, sent_index: int) -> bool:
        """Can a clause of this sentence hold an event mention? Only with an event noun or verb
        starting in it, or an EVENT name inside it (see event_mentions.py); most sentences have none."""
        sent = self.doc.sentences[sent_index]
        lo, hi = sent.token_start, sent.token_end
        if lo >= hi:
            return False
        if self.word_marks.find(1, lo, hi) >= 0:
            return True
        tokens = self.doc.tokens
        return bool(self.event_names.spans) \
            and bool(self.event_names.inside(tokens[lo].start, tokens[hi - 1].end))


def _finite_verb_ends(matches: TokenMatches, lo: int, hi: int) -> set[int]:
    """Indices of the last token of every finite event verb in tokens[lo:hi]."""
    ends = set()
    for _, hit in matches.verb_hits(lo, hi):
        if hit[1].form == "finite":
            ends.add(hit[2])
    return ends


def _cut_points(scope: DocumentClauses, lo: int, hi: int) -> list[int]:
    """Token indices where a new clause starts."""
    tokens = scope.doc.tokens
    ends = _finite_verb_ends(scope.matches, lo, hi)
    cuts = []
    seps = scope.separators
    for i in seps[bisect.bisect_left(seps, lo + 1):bisect.bisect_left(seps, hi)]:
        text = tokens[i].text
        if text == ";" or (text == "," and i - 1 in ends) \
                or text == "," and i + 1 < hi and tokens[i + 1].text.lower() == "ал":
            cuts.append(i + 1)
    return [c for c in cuts if lo < c < hi]


def _make(scope: DocumentClauses, first: int, last: int, sent_index: int) -> Clause | None:
    tokens = scope.doc.tokens
    while last > first and tokens[last - 1].text in (",", ";", "."):
        last -= 1
    if last <= first:
        return None
    start, end = tokens[first].start, tokens[last - 1].end
    ents = scope.entities.inside(start, end)
    temps = scope.temporals.inside(start, end)
    amounts = scope.quantities.inside(start, end)
    return Clause(first, last, start, end, sent_index, scope.matches, ents, temps, amounts)


def _split_items(scope: DocumentClauses, clause: Clause) -> list[Clause]:
    """Cut a clause before each listed time after the first (a verbless enumeration)."""
    times = [t for t in clause.temporals if t.kind in TIME_KINDS]
    if len(times) < 2:
        return [clause]
    cuts = [scope.doc.token_index_at(t.start) for t in times[1:]]
    bounds = [clause.first] + [c for c in cuts if c is not None] + [clause.last]
    items = [_make(scope, a, b, clause.sentence) for a, b in zip(bounds, bounds[1:])]
    return [c for c in items if c is not None]


def clauses_of(scope: DocumentClauses, sent_index: int) -> list[Clause]:
    """The clauses (list items split) of one sentence, in order."""
    sent: Sentence = scope.doc.sentences[sent_index]
    lo, hi = sent.token_start, sent.token_end
    bounds = [lo] + _cut_points(scope, lo, hi) + [hi]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        clause = _make(scope, a, b, sent_index)
        if clause is not None:
            out.extend(_split_items(scope, clause))
    return out
