"""The events stage: event mentions with type, status, title, time, place, participants and organiser.

Mentions come from mentions.py (trigger lexicon, clause by clause), arguments from rules.py, and
merge.py makes one event per happening out of them (its docstring has the rule). Document-level rules
before merging: a clause without a time takes the time of the clause before it in the same sentence
(a time shared by a list); an event without a place takes the place of the event just before it
when that one has the same type and sits in the sentence before ("Алматыда ... ашылды. ... мұражай
... ашатын болады"). After merging, an event still without a place takes the release's city
(places.release_place).
"""
from __future__ import annotations

from functools import cache

from presskz.events import lexicon as event_lexicon
from presskz.events import merge as event_merge
from presskz.events import rules as event_rules
from presskz.events.clauses import Clause, DocumentClauses, clauses_of
from presskz.core.doc import Document, Event, Temporal
from presskz.events import governed as event_governed
from presskz.events.governed import governed_mentions
from presskz.events.mentions import (Mention, entity_mentions, frame_postpositions, idiom_objects,
                                     noun_mentions, own_happening, title_links, verb_mentions)
from presskz.events.merge import Found, merge_events, retype
from presskz.events.places import release_place, sentence_places
from presskz.events.rules import places, roles
from presskz.kk.data import read_list
from presskz.kk.orthography import AND_WORDS
from presskz.core.stage import Stage

AMOUNT_KINDS = ("money", "cardinal", "quantity")  # what a happening costs or counts (not ordinals, percents)


def _subject_title(doc: Document, ent, stop: int) -> str:
    """The facility's phrase: the name (with its «» marks) up to the end of its conjunct, before `stop`."""
    first, start = doc.token_index_at(ent.start), ent.start
    if first and doc.tokens[first - 1].text == "«":  # "«Name»" and "« Name »"
        start = doc.tokens[first - 1].start
    k = doc.token_index_at(ent.end - 1)
    while k is not None and k + 1 < stop:
        nxt = doc.tokens[k + 1].text
        if nxt in (",", ";") or nxt.lower() in AND_WORDS:
            break
        if nxt != "»" and not nxt[:1].islower():
            break
        k += 1
    end = doc.tokens[k].end if k is not None else ent.end
    return doc.text[start:end]


def _build(doc: Document, clause: Clause, m: Mention, when: list[Temporal]) -> list[Event]:
    trig = doc.span(doc.tokens[m.first].start, doc.tokens[m.last].end)
    where = places(doc, clause)
    people = roles(doc, clause, where)
    # an opened facility is the title of its opening and takes part in it ("«Bokei» қыш зауыты ашылды")
    named: list[tuple[str | None, list]] = [(_subject_title(doc, e, m.first), [e]) for e in m.subjects]
    return [doc.span(clause.start, clause.end, Event, type=m.type, status=m.status, trigger=trig,
                     title=title, when=list(when), where=list(where),
                     participants=people["participants"] + subject, organizer=people["organizer"],
                     amounts=[q for q in clause.quantities if q.kind in AMOUNT_KINDS])
            for title, subject in named or [(m.title, [])]]


def _clause_events(doc: Document, clause: Clause, when: list[Temporal]) -> list[tuple[Event, Mention]]:
    mentions = noun_mentions(doc, clause)
    mentions += entity_mentions(doc, clause, mentions)
    mentions += governed_mentions(doc, clause, mentions)
    mentions += [v for v in verb_mentions(doc, clause) if own_happening(doc, v, mentions)]
    return [(ev, m) for m in mentions for ev in _build(doc, clause, m, when)]


@cache
def anniversary_markers() -> tuple[str, ...]:
    return read_list("anniversary_markers.tsv")


def event_times(clause: Clause) -> list[Temporal]:
    """The clause's temporals that can be an event's time: an anniversary ("25 жылдығына") is
    the occasion of the event, not its time."""
    markers = anniversary_markers()
    return [t for t in clause.temporals if not any(m in t.text.lower() for m in markers)]


def find_events(doc: Document) -> list[Event]:
    found: list[Found] = []
    sentence_of: dict[int, int] = {}
    scope = DocumentClauses(doc)
    for s in range(len(doc.sentences)):
        if not scope.may_hold_event(s):
            continue  # no clause of it gives an event, and nothing carries over to the next sentence
        shared: list[Temporal] = []
        events_here: list[Event] = []
        for clause in clauses_of(scope, s):
            when = event_times(clause) or shared
            shared = when
            for ev, mention in _clause_events(doc, clause, when):
                if not ev.where and found:
                    prev = found[-1].event
                    if prev.type == ev.type and sentence_of[id(prev)] == s - 1:
                        ev.where = list(prev.where)
                sentence_of[id(ev)] = s
                events_here.append(ev)
                found.append(Found(ev, mention.lemma, mention.bare))
        for ev in events_here:
            if not ev.where:
                ev.where = sentence_places(scope, s, [p for e in events_here for p in e.where])
    retype(doc.token_texts(), found)
    events = merge_events(found)
    city = release_place(doc)
    for ev in events:
        if not ev.where and city is not None:
            ev.where = [city]
    return events


class EventsStage(Stage):
    name = "events"
    requires = ("tokens", "sentences", "entities", "temporals")
    optional = ("quantities",)  # an event's amounts, when the numbers stage ran
    assigns = ("events",)

    def load(self) -> None:
        # the trigger lexicon and its index, tense and case tables, role markers
        event_lexicon.load()
        event_rules.load()
        event_merge.load()
        idiom_objects()
        title_links()
        frame_postpositions()
        event_governed.load()
        anniversary_markers()

    def __call__(self, doc: Document) -> Document:
        doc.events = []
        for event in find_events(doc):
            doc.add("events", event)
        return doc
