"""Clauses and list items of a sentence: the scope inside which an event finds its time, place and people.

A sentence is cut after a finite event verb followed by a comma ("... көрме ашылады, сағат 15.00-де ...
кездеседі, ал ..."), at ";" and before ", ал". A clause that lists several times without verbs
("сағат 11.00-де X-те A, сағат 15.00-де Y-та B өтеді") is cut again before each time after the first,
so that every listed happening keeps its own time and place.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from presskz.doc import Document, Entity, Sentence, Temporal, Token
from presskz.event_lexicon import verb_at

TIME_KINDS = ("time", "datetime")


@dataclass
class Clause:
    """Token range [first, last) of a sentence part, with the spans lying inside it."""

    first: int
    last: int
    start: int
    end: int
    sentence: int
    entities: list[Entity] = field(default_factory=list)
    temporals: list[Temporal] = field(default_factory=list)


def _finite_verb_ends(tokens: list[Token], lo: int, hi: int) -> set[int]:
    """Indices of the last token of every finite event verb in tokens[lo:hi]."""
    ends = set()
    for i in range(lo, hi):
        hit = verb_at(tokens, i)
        if hit and hit[1].form == "finite":
            ends.add(hit[2])
    return ends


def _cut_points(tokens: list[Token], lo: int, hi: int) -> list[int]:
    """Token indices where a new clause starts."""
    ends = _finite_verb_ends(tokens, lo, hi)
    cuts = []
    for i in range(lo + 1, hi):
        text = tokens[i].text
        if text == ";" or (text == "," and i - 1 in ends):
            cuts.append(i + 1)
        elif text == "," and i + 1 < hi and tokens[i + 1].text.lower() == "ал":
            cuts.append(i + 1)
    return [c for c in cuts if lo < c < hi]


def _make(doc: Document, first: int, last: int, sent_index: int) -> Clause | None:
    tokens = doc.tokens
    while last > first and tokens[last - 1].text in (",", ";", "."):
        last -= 1
    if last <= first:
        return None
    start, end = tokens[first].start, tokens[last - 1].end
    ents = [e for e in doc.entities if start <= e.start and e.end <= end]
    temps = [t for t in doc.temporals if start <= t.start and t.end <= end]
    return Clause(first, last, start, end, sent_index, ents, temps)


def _split_items(doc: Document, clause: Clause) -> list[Clause]:
    """Cut a clause before each listed time after the first (a verbless enumeration)."""
    times = [t for t in clause.temporals if t.kind in TIME_KINDS]
    if len(times) < 2:
        return [clause]
    cuts = [doc.token_index_at(t.start) for t in times[1:]]
    bounds = [clause.first] + [c for c in cuts if c is not None] + [clause.last]
    items = [_make(doc, a, b, clause.sentence) for a, b in zip(bounds, bounds[1:])]
    return [c for c in items if c is not None]


def clauses_of(doc: Document, sent_index: int) -> list[Clause]:
    """The clauses (list items split) of one sentence, in order."""
    sent: Sentence = doc.sentences[sent_index]
    lo, hi = sent.token_start, sent.token_end
    bounds = [lo] + _cut_points(doc.tokens, lo, hi) + [hi]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        clause = _make(doc, a, b, sent_index)
        if clause is not None:
            out.extend(_split_items(doc, clause))
    return out
