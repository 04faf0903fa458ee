"""One event per happening: the mentions of one happening in a release merged into one Event.

Events come in text order (headline, lead, body). Each new mention either joins an earlier event
(one of the last LOOKBACK) or starts a new one; it joins
1. when it is a singular generic noun of event_anaphors.tsv ("іс-шара", "шара", "жиын"), the
   first event the headline or lead tells (not as a background, `leading`: the release's own
   happening; in the dev gold 16 of 20 such anaphors name it, 12 the last happening before them),
   else the last event before it: discourse, the generic noun refers back (a singular
   anaphor with nothing before it is dropped unless its lexicon condition holds on its own: a bare
   "шара" is then a measure, not an event); a typed phrase headed by such a noun ("салтанатты шара",
   "салтанатты жиын": a ceremony) names the happening the opening tells as well, when there is one
   and their clause, tenses, times or cities do not tell them apart (in the dev gold 4 of 5 do),
   else it is merged as any other mention;
2. else the last earlier event with the same title and a kin type (or one an "other": two happenings of
   a programme may share its slogan, «Алматы – Тәуелсіздіктің алтын бесігі» көрме and гала-концерт),
   from another clause. Titles are the same (same_title) word by word, case, possessive and plural
   endings aside and a stem's last consonant voiced or not, the longer one adding at most a last
   word («ҚазҰУ түлектерінің» күні, «ҚазҰУ түлегінің күні»);
3. else the last earlier event of the same type (or a kin type, event_type_kin.tsv: a "брифинг" of a
   "баспасөз мәслихаты") from another clause that it does not contradict: both singular or both
   plural ("концерт" vs "концерттер"), not one past and the other future, no two different titles,
   no two times apart (one inside the other is one happening told more or less precisely: "биыл"
   and "қыркүйекте"), no two disjoint cities (venues are named many ways: "ОКҚ-де", "Орталық
   коммуникациялар қызметінде").
4. else, when the headline or lead names the release's own happening only by a generic noun of
   event_anaphors.tsv ("іс-шара өтті", "халықаралық жиында"), a later singular mention of a known type
   that no rule above places names it more precisely (its type and trigger win), unless their tenses,
   times or cities tell two happenings apart (_generic_lead).
Before joining, a noun whose type depends on the release's subject takes it (event_type_context.tsv:
"кездесу" in a sports release is a match). Joining keeps the most specific trigger (a typed one over
a generic "other" or a generic noun; the other triggers go to `mentions`), the status most of its
mentions tell (the first on a tie, "unknown" only when none tells one), the first title, and
unions when/where/participants/organizer/amounts.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

from presskz.core.doc import Event
from presskz.events.lexicon import noun_plural_endings, squash
from presskz.events.titles import same_title
from presskz.kk.data import read_tsv

GENERIC = "other"


@cache
def anaphors() -> frozenset[str]:
    return frozenset(squash(r["form"]) for r in read_tsv("event_anaphors.tsv"))


@cache
def type_kin() -> dict[str, str]:
    """type -> the type it merges into (event_type_kin.tsv)."""
    return {r["kin"]: r["type"] for r in read_tsv("event_type_kin.tsv")}


def _family(kind: str) -> str:
    return type_kin().get(kind, kind)


@dataclass
class Found:
    """An event as first read, with the lexicon form of its trigger; `bare` when only its being a
    singular anaphor made it a mention (it needs an antecedent)."""

    event: Event
    lemma: str
    bare: bool = False
    leading: bool = False  # told by the headline or lead, not as the background of another
    statuses: list[str] = field(default_factory=list)
    held: defaultdict[str, set[int]] = field(default_factory=lambda: defaultdict(set))  # see _union

    @property
    def key(self) -> str:
        return squash(self.lemma)

    @property
    def plural(self) -> bool:
        trig = self.event.trigger
        rest = squash(trig.text)[len(self.key):].lstrip("ь") if trig is not None else ""
        return squash(trig.text if trig else "").startswith(self.key) and \
            any(rest.startswith(p) for p in noun_plural_endings())

    @property
    def anaphor(self) -> bool:
        return self.key in anaphors() and not self.plural

    @property
    def headed_by_anaphor(self) -> bool:
        """A typed phrase whose head is a generic noun ("салтанатты шара", "салтанатты жиын")."""
        words = self.lemma.split()
        return len(words) > 1 and squash(words[-1]) in anaphors() and not self.plural


@cache
def type_contexts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """lexicon form -> (type, context stems) of event_type_context.tsv."""
    return {squash(r["form"]): (r["type"], tuple(r["context"].split("|")))
            for r in read_tsv("event_type_context.tsv")}


CONTEXT_MIN = 2  # context words that make a release "about" that context


def retype(words: list[str], found: list[Found]) -> None:
    """Nouns whose type depends on the release's subject (event_type_context.tsv) take it."""
    about: dict[tuple[str, ...], bool] = {}  # one pass over the words per rule, not per event
    for f in found:
        rule = type_contexts().get(f.key)
        if rule is not None:
            kind, stems = rule
            if stems not in about:
                about[stems] = sum(w.lower().startswith(stems) for w in words) >= CONTEXT_MIN
            if about[stems]:
                f.event.type = kind


def _disjoint(a: list, b: list, value) -> bool:
    return bool(a) and bool(b) and not ({value(x) for x in a} & {value(x) for x in b})


YEAR = 4  # "XXXX-12-19": a date whose year the text leaves open


def _interval(t) -> tuple[str, str] | None:
    """The ISO interval a temporal's value covers, as (low, high) strings that compare in time order:
    "2025-09" covers every day and hour of that month, "2025-03-14/2025-03-23" its days; None for a
    value that names no calendar time (a duration "P30Y", "PRESENT_REF", a weekly set)."""
    return _value_interval(str(getattr(t, "value", None) or ""))


@lru_cache(maxsize=1 << 12)  # merging compares every candidate pair's times; values repeat
def _value_interval(raw: str) -> tuple[str, str] | None:
    value = raw.upper()
    if not value[:1].isdigit() and not value.startswith("XXXX"):
        return None
    low, _, high = value.partition("/") if "/" in value else (value, "", value)
    return low or "0000", (high or "9999") + "~"  # "~" sorts after every digit, "-" and "T"


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    if any(x.startswith("XXXX") for x in (*a, *b)):  # a year left open: compare month and day
        a, b = (a[0][YEAR:], a[1][YEAR:]), (b[0][YEAR:], b[1][YEAR:])
    return a[0] <= b[1] and b[0] <= a[1]


def _times_apart(a: list, b: list) -> bool:
    """Two events' times name no common moment: "3 қыркүйекте" and "11 қыркүйекте" (two games), not
    "биыл" and "қыркүйекте" or "19-25 желтоқсан" and "19 желтоқсан сағат 18:00" (one happening told
    more and less precisely). Values that name no calendar time do not tell two happenings apart."""
    spans_a = [x for x in map(_interval, a) if x is not None]
    spans_b = [x for x in map(_interval, b) if x is not None]
    return bool(spans_a) and bool(spans_b) and not any(_overlap(x, y) for x in spans_a for y in spans_b)


def _place_value(e) -> str:
    return str(e.normalized or e.text).casefold()


def _same_clause(a: Event, b: Event) -> bool:
    """Two nouns of one clause ("көрмесі мен фотокөрмесі") are two happenings."""
    return (a.start, a.end) == (b.start, b.end)


TENSES_APART = frozenset(("past", "future"))
# happenings that run for days or weeks: opened in the past, they go on into the future ("көрмесінің
# ашылуы өтті ... Көрме қаңтар айының 26 жұлдызына дейін жалғасады")
LASTING = frozenset(("exhibition", "fair", "festival", "campaign"))


def _tenses_apart(old: Found, new: Found) -> bool:
    """One told as done and the other as to come ("мұражай ашылды" ... "ашатын болады"): two
    happenings (in the dev gold, 1 happening of 198 mixes the two), unless it is a LASTING one."""
    told = {old.event.status, *old.statuses, new.event.status}
    return TENSES_APART <= told and new.event.type not in LASTING


def _compatible(old: Found, new: Found) -> bool:
    a, b = old.event, new.event
    if _family(a.type) != _family(b.type) or old.plural != new.plural:
        return False
    if _same_clause(a, b) or _tenses_apart(old, new):
        return False
    if a.title and b.title and not same_title(a.title, b.title):
        return False
    return not (_times_apart(a.when, b.when) or _disjoint(_cities(a), _cities(b), _place_value))


def _cities(event: Event) -> list:
    return [e for e in event.where if e.type == "GPE"]


LOOKBACK = 100  # happenings a mention may join: releases hold < 40; it keeps merging linear


def _kin_or_generic(a: str, b: str) -> bool:
    """Two types one happening may have: the same family, or one a generic "other"."""
    return GENERIC in (a, b) or _family(a) == _family(b)


def _antecedent(merged: list[Found], new: Found) -> Found | None:
    recent = merged[-LOOKBACK:]
    if new.anaphor:  # the release's own happening first: "шара" mostly names what the opening tells
        leading = next((f for f in recent if f.leading and not f.plural), None)
        return leading or next((f for f in reversed(recent) if not f.plural), None)
    if new.headed_by_anaphor:  # "... НАУРЫЗ МЕРЕКЕСІ ӨТТІ. ... салтанатты шара өтті"
        leading = next((f for f in recent if f.leading and not f.plural), None)
        if leading is not None and not _apart(leading, new):
            return leading
    title = new.event.title
    if title:
        same = [f for f in recent if f.event.title and same_title(f.event.title, title)
                and _kin_or_generic(f.event.type, new.event.type)
                and not _same_clause(f.event, new.event)]
        if same:
            return same[-1]
    found = next((f for f in reversed(recent) if _compatible(f, new)), None)
    return found or _generic_lead(recent, new)


def _generic_lead(recent: list[Found], new: Found) -> Found | None:
    """The release's own happening when the opening names it only by a generic noun ("іс-шара өтті",
    "халықаралық жиында"): a later singular mention of a known type that nothing else takes names it
    more precisely, unless their tenses, times or cities tell two happenings apart."""
    lead = next((f for f in recent if f.leading and not f.plural), None)
    if lead is None or lead.key not in anaphors() or new.plural or new.event.type == GENERIC:
        return None
    return None if _apart(lead, new) else lead


def _apart(old: Found, new: Found) -> bool:
    """Their clause, tenses, times or cities tell the two mentions' happenings apart."""
    a, b = old.event, new.event
    return _same_clause(a, b) or _tenses_apart(old, new) or _times_apart(a.when, b.when) \
        or _disjoint(_cities(a), _cities(b), _place_value)


def _union(into: list, items: list, held: set[int]) -> None:
    """Append the items not yet in `into`; `held` is the ids of what `into` holds."""
    if not held:
        held.update(id(x) for x in into)
    for item in items:
        if id(item) not in held:
            into.append(item)
            held.add(id(item))


def _absorb(target: Found, new: Found) -> None:
    a, b = target.event, new.event
    if a.type != b.type and _family(a.type) == b.type:
        a.type = b.type  # "брифинг" then "баспасөз мәслихаты": the kin type gives way
    if (a.type == GENERIC or target.key in anaphors()) and b.type != GENERIC and not new.anaphor:
        a.type = b.type  # the specific trigger becomes the event's trigger
        if a.trigger is not None:
            a.mentions.append(a.trigger)
        a.trigger = b.trigger
        target.lemma = new.lemma
    elif b.trigger is not None:
        a.mentions.append(b.trigger)
    a.mentions.extend(b.mentions)  # put in text order once, by merge_events
    target.statuses.append(b.status)
    a.title = a.title or b.title
    for name in ("when", "where", "participants", "organizer", "amounts"):
        _union(getattr(a, name), getattr(b, name), target.held[name])


def merge_events(found: list[Found]) -> list[Event]:
    """The events of one release, one per happening (see the module docstring)."""
    merged: list[Found] = []
    for new in found:
        target = _antecedent(merged, new)
        if target is not None:
            _absorb(target, new)
        elif not new.bare:
            merged.append(new)
    for f in merged:
        f.event.mentions.sort(key=lambda s: s.start)
        told = [x for x in [f.event.status, *f.statuses] if x != "unknown"]
        if told:
            f.event.status = max(told, key=lambda x: (told.count(x), -told.index(x)))
    return [f.event for f in merged]


def load() -> None:
    anaphors()
    noun_plural_endings()
    type_kin()
    type_contexts()
