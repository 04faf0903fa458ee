"""The events stage: event mentions with type, status, title, time, place, participants and organiser.

Mentions come from mentions.py (trigger lexicon, clause by clause), arguments from rules.py, and
merge.py makes one event per happening out of them (its docstring has the rule). Document-level rules
before merging: a clause without a time takes the time of the clause before it in the same sentence
(a time shared by a list); an event without a place takes the place of the event just before it
when that one has the same type and sits in the sentence before ("Алматыда ... ашылды. ... мұражай
... ашатын болады"). After merging, an event without a city that the headline or lead tells takes
the city they name (places.release_place, never a dateline's), beside its venue when it has one.
"""
from __future__ import annotations

from functools import cache, lru_cache

from presskz.events import lexicon as event_lexicon
from presskz.events import merge as event_merge
from presskz.events import rules as event_rules
from presskz.events.agents import agents
from presskz.events.agents import load as agents_load
from presskz.events import aspect as event_aspect
from presskz.events.clauses import Clause, DocumentClauses, clauses_of
from presskz.core.doc import Document, Event, Temporal
from presskz.events import governed as event_governed
from presskz.events import noun_guards
from presskz.events.governed import governed_mentions
from presskz.events.mentions import (Mention, entity_mentions, frame_postpositions, idiom_objects,
                                     noun_mentions, own_happening, title_links, verb_mentions)
from presskz.events.main_event import background, opening_end
from presskz.events.main_event import load as main_event_load
from presskz.events.matching import case_of
from presskz.events.merge import Found, merge_events, retype
from presskz.events.places import clause_places, release_place, sentence_places
from presskz.events.places import load as places_load
from presskz.events.rules import roles
from presskz.kk.data import read_list
from presskz.kk.morphology import endings
from presskz.kk.orthography import AND_WORDS
from presskz.core.stage import Stage
from presskz.people.announcement import headline_of

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


@cache
def time_shift_words() -> frozenset[str]:
    return frozenset(read_list("event_time_shift_words.tsv"))


def _time_shifted(doc: Document, clause: Clause, last: int) -> bool:
    """The clause's happening is before or after the noun ending at tokens[last] ("Премьера
    қарсаңында сағат 17.15-те баспасөз мәслихаты өтеді", event_time_shift_words.tsv): a time after
    the noun is not the noun's (one before it may be: "Сейсенбі күні болған ... кездесуден кейін")."""
    return last + 1 < clause.last and doc.tokens[last + 1].text.lower() in time_shift_words()


def _build(doc: Document, clause: Clause, m: Mention, when: list[Temporal]) -> list[Event]:
    trig = doc.span(doc.tokens[m.first].start, doc.tokens[m.last].end)
    if _time_shifted(doc, clause, m.last):
        when = [t for t in when if t.end <= trig.start]
    where = clause_places(doc, clause, m.type)
    people = roles(doc, clause, where)
    taken = where + people["participants"] + people["organizer"] + m.subjects
    subjects = agents(doc, clause, m.first, m.last, taken)
    for role in ("participants", "organizer"):
        people[role] = people[role] + subjects[role]
    # an opened facility is the title of its opening and takes part in it ("«Bokei» қыш зауыты ашылды")
    named: list[tuple[str | None, list]] = [(_subject_title(doc, e, m.first), [e]) for e in m.subjects]
    status = event_aspect.clause_status(doc, clause, m.first, m.last, m.status)
    return [doc.span(clause.start, clause.end, Event, type=m.type, status=status, trigger=trig,
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


MODIFIER_CASES = ("gen", "locattr")  # "XVIII ғасырдың ...", "19-ғасырдағы заттар": a time of a noun


def _qualifies_a_noun(t: Temporal) -> bool:
    """A time in the genitive or the attributive locative ("XVIII ғасырдың қылышы", "19-ғасырдағы
    заттар"), or a span made an adjective ("25 минуттық кездесу", "30 жылдық мерейтойы":
    endings.tsv temporal_adjective) qualifies a noun."""
    return _text_qualifies(t.text, t.kind == "duration")


@lru_cache(maxsize=1 << 12)  # every clause of a sentence re-reads the sentence's temporals
def _text_qualifies(text: str, duration: bool) -> bool:
    if case_of(text) in MODIFIER_CASES:
        return True
    words = text.lower().split()
    return duration and bool(words) and words[-1].endswith(endings("temporal_adjective"))


def event_times(clause: Clause) -> list[Temporal]:
    """The clause's temporals that can be an event's time: an anniversary ("25 жылдығына") is the
    occasion of the event, not its time, and a time that qualifies a noun is that noun's."""
    markers = anniversary_markers()
    return [t for t in clause.temporals if not any(m in t.text.lower() for m in markers)
            and not _qualifies_a_noun(t)]


def _spans(event: Event) -> list:
    return [event.trigger, *event.mentions] if event.trigger is not None else list(event.mentions)


def _mark_leading(doc: Document, found: list[Found], end: int) -> None:
    """Mark the events the headline or lead (ending at `end`) tells, not as the background of another
    (main_event.py)."""
    starts = {doc.token_index_at(f.event.trigger.start) for f in found if f.event.trigger is not None}
    heads = {k for k in starts if k is not None}
    for f in found:
        trig = f.event.trigger
        if trig is not None and trig.start < end:
            sentence = next(s for s in doc.sentences if s.start <= trig.start < s.end)
            f.leading = not background(doc, trig, sentence, heads)


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
    opening = opening_end(doc, headline_of(doc.text) is not None)
    _mark_leading(doc, found, opening)
    events = merge_events(found)
    city = release_place(doc, opening, {m.start for ev in events for m in _spans(ev)})
    for ev in events:  # a happening the opening tells takes its city (places.py, rule 5)
        if city is not None and not any(p.type == "GPE" for p in ev.where) \
                and any(m.start < opening for m in _spans(ev)):
            ev.where = ev.where + [city]
    _program_places(found, events)
    return events


def _program_places(found: list[Found], events: list[Event]) -> None:
    """A plural happening without a place of its own ("концерттік бағдарламалар, ойындар,
    жәрмеңкелер ... өтеді") is part of the programme of the release's own happening (the first
    the opening tells) and takes its place (places.py, rule 6)."""
    by_event = {id(f.event): f for f in found}
    main = next((ev for ev in events if by_event[id(ev)].leading), None)
    if main is None or not main.where:
        return
    for ev in events:
        if not ev.where and by_event[id(ev)].plural:
            ev.where = list(main.where)


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
        places_load()
        main_event_load()
        agents_load()
        event_aspect.load()
        idiom_objects()
        noun_guards.load()
        title_links()
        frame_postpositions()
        event_governed.load()
        anniversary_markers()
        time_shift_words()
        endings("temporal_adjective")

    def __call__(self, doc: Document) -> Document:
        doc.events = []
        for event in find_events(doc):
            doc.add("events", event)
        return doc
