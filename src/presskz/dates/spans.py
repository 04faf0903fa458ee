"""Finds the temporal expressions of one sentence: runs every rule, keeps the longest readings that
are dates after all, gives them values in text order (so a bare time takes the day named before
it), then joins neighbours: a date followed by a time is one datetime, "X-тан Y-ге дейін" /
"X - Y" / "X пен Y аралығында" are one range.

Only the rules whose key words occur in the sentence run at all (date_keys): with most rules
ruled out for most sentences, the grammar costs a fraction of running all of it everywhere.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from presskz.dates import lexicon as lx
from presskz.dates import timex as tx
from presskz.dates.context import Context
from presskz.dates.keys import SentenceKeys
from presskz.dates.ranges import complete, written_year_re
from presskz.dates.tense import weekdays_by_tense, years_by_tense
from presskz.dates.days import DATIVE_RE, night_before, part_of_day
from presskz.dates.pieces import BETWEEN
from presskz.dates.rules import RULE_NAMES, compiled_rule
from presskz.dates.times import TIME_HANDLERS
from presskz.dates.values import SENTENCE_CONTEXT_RULES, value_of
from presskz.kk.morphology import ending_re
from presskz.kk.orthography import AND_WORDS, RANGE_DASHES, char_class

FULL_DAY_RE = re.compile(r"^(\d{4}|XXXX)-\d\d-\d\d$")
MONTH_RE = re.compile(r"^(\d{4}|XXXX)-\d\d$")
NIGHT_RE = re.compile(r"^\d{4}-\d\d-\d\dTNI$")
DAYS_RANGE_RE = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d/(?:\d{4}|XXXX)-\d\d-\d\d$")
ABLATIVE_RE = ending_re("ablative", ignore_case=True)
# what may stand between the two ends of a range: a dash, "және" / "мен" / "бен" / "пен", a comma
RANGE_GAP_RE = regex.compile(rf"^\s*(?:{char_class(RANGE_DASHES)}|{'|'.join(AND_WORDS)}|,)?\s*$",
                             regex.IGNORECASE)
# "бастап" (from) closing the first end of a "X-тан бастап Y-ға дейін" range
FROM_WORD_RE = regex.compile(
    rf"\s+(?:{'|'.join(w for w, sense in lx.date_words('after').items() if sense == 'from')})$",
    regex.IGNORECASE)
BETWEEN_END_RE = regex.compile(rf"\s{BETWEEN}$", regex.IGNORECASE)
RANGE_TAIL_RE = regex.compile(rf"^\s+(?:күндері\s+)?(?:дейін|дейінгі|шейін|{BETWEEN})(?!\w)",
                              regex.IGNORECASE)


@dataclass
class Found:
    """A proposed temporal: character offsets, the rule that found it and its value (groups: the
    match's named groups, kept for the SENTENCE_CONTEXT_RULES only, whose value is read again)."""

    start: int
    end: int
    rule: str
    priority: int
    groups: dict = field(default_factory=dict)
    kind: str | None = None
    value: str | None = None


def _matches(pattern, text: str, start: int, end: int, starts: list[int] | None):
    """What pattern.finditer(text, start, end) yields, trying only the given match starts (all
    the places a match can begin, in order) when there are any."""
    if starts is None:
        yield from pattern.finditer(text, start, end)
        return
    resume = start
    for pos in starts:
        if pos >= resume:
            match = pattern.match(text, pos, end)
            if match:
                yield match
                resume = match.end()


def candidates(text: str, start: int, end: int, ctx: Context,
               keys: SentenceKeys | None = None) -> list[Found]:
    """Every rule match inside text[start:end] that has a value (read with a context-free Context,
    final for all but SENTENCE_CONTEXT_RULES). keys: the sentence's SentenceKeys when the caller
    has them (date_keys.DocumentKeys)."""
    stopwords = lx.stopwords()
    found = []
    if keys is None:
        keys = SentenceKeys(text, start, end)
    for priority in keys.rules():
        starts = keys.match_starts(priority)
        if starts == []:  # most rules in most sentences
            continue
        rule, pattern = RULE_NAMES[priority], compiled_rule(priority)
        for match in _matches(pattern, text, start, end, starts):
            matched = match.group()
            if not stopwords.isdisjoint(matched.lower().split()):
                continue
            result = _context_free_value(rule, match, ctx.ref)
            if result is None:
                continue
            stop = match.end() - (len(matched) - len(matched.rstrip()))
            # the groups are read again only for the rules whose value depends on the sentence
            groups = match.groupdict() if rule in SENTENCE_CONTEXT_RULES else {}
            found.append(Found(match.start(), stop, rule, priority, groups, *result))
    return found


_context_free_values: dict = {}  # (rule, reference date, match.groups()) -> value or None


def _context_free_value(rule: str, match, ref) -> tuple[str, str] | None:
    """value_of(rule, match.groupdict(), Context(ref=ref)), kept: the same date expressions come
    back again and again ("2016 жылы", "биыл") and a value is a pure function of the groups
    (which match.groups() fixes) and the reference date."""
    key = (rule, ref, match.groups())
    value = _context_free_values.get(key, _context_free_values)
    if value is _context_free_values:
        if len(_context_free_values) >= 1 << 16:  # bounded, for long batch runs
            _context_free_values.clear()
        value = _context_free_values[key] = value_of(rule, match.groupdict(), Context(ref=ref))
    return value


def select(found: list[Found]) -> list[Found]:
    """Longest first (then the earlier rule), without overlaps; returned in text order."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start - f.end, f.priority, f.start)):
        if all(item.end <= k.start or k.end <= item.start for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def assign_values(text: str, items: list[Found], ctx: Context) -> None:
    """Values in text order; full days become the anchor of later times, ranges the last period.
    A time after a range of days in its sentence is each day's ("24-30 тамыз аралығында сағат
    15:00-ге дейін"): it takes no one day (X's), not the day named before the range; the next
    sentence has that day again."""
    before_range = None
    for item in items:
        if item.rule in SENTENCE_CONTEXT_RULES:  # the others have their final value already
            value = value_of(item.rule, item.groups, ctx)
            if value is not None:  # a candidate has a value: its context does not take it away
                item.kind, item.value = value
        if ctx.ref is None and item.value:
            item.value = ctx.take_document_year(text[item.start:item.end], item.kind, item.value)
        if item.kind == "date" and item.value and MONTH_RE.match(item.value):
            ctx.last_month = item.value
        if item.kind in ("date", "relative") and item.value and NIGHT_RE.match(item.value):
            ctx.last_day = item.value[:10]  # "Жаңа жыл түні" (2025-12-31TNI): "бұл түні" is its night
        if item.kind in ("date", "relative") and item.value and FULL_DAY_RE.match(item.value):
            ctx.anchor_day = ctx.last_day = item.value
            ctx.days.add(item.value)
            before_range = None
        elif item.kind == "range" and item.value:
            if item.value[:4].isdigit():
                ctx.last_period = item.value
            if DAYS_RANGE_RE.match(item.value):
                before_range, ctx.anchor_day = before_range or ctx.anchor_day, None
    if before_range:
        ctx.anchor_day = before_range


def _merge_datetime(a: Found, b: Found, gap: str) -> Found | None:
    """A day and its clock time ("5 қараша күні сағат 11.00-де") or the part of the day right after
    it ("26 қыркүйек күні таңертең", "сенбі күні кешке") are one datetime; after a comma they are
    two ("қыркүйектің 18-і күні, сағат 19.00-де", as the release gold has them), the time taking
    the day."""
    # a playbill's "19-00 сағ." stays apart from the day of its line, as the release gold has it
    clock = b.kind == "time" and (b.rule in ("clock", "hour", "hour_words")
                                  or b.rule == "clock_dash" and bool(b.groups.get("sag")))
    # not an adjective ("26 наурыз күні кешкі уақытта": KazNERD's DATE and TIME apart)
    part = b.kind == "time" and b.rule == "daypart" and not gap.strip() and not b.groups.get("head")
    if a.kind in ("date", "relative") and a.value and FULL_DAY_RE.match(a.value) and (clock or part) \
            and b.value is not None and "T" in b.value and not gap.strip():
        return Found(a.start, b.end, "datetime", a.priority, kind="datetime",
                     value=a.value + b.value[b.value.index("T"):])
    return None


def _open_end(b: Found) -> bool:
    """An end "until": "/2016-12-31", or "бүгінге дейін" (as of today alone, a relative, the
    release gold's "Бүгінгі күнге дейін"; the end of "X-тан бүгінге дейін")."""
    after = (b.groups.get("after") or "").lower()
    until = b.rule == "relword" and lx.date_words("after").get(after) == "until"
    return (b.value or "").startswith("/") or until


def _merge_range(text: str, a: Found, b: Found, gap: str) -> Found | None:
    same = ("T" in (a.value or "")) == ("T" in (b.value or ""))
    gap_from = FROM_WORD_RE.search(gap.rstrip()) and not gap.strip().count(" ")  # "10:00-ден бастап"
    if gap_from and _open_end(b):
        gap = ""
    if not same or not RANGE_GAP_RE.match(gap) \
            or a.kind in ("duration", "set") or b.kind in ("duration", "set"):
        return None
    tail = RANGE_TAIL_RE.match(text[b.end:])
    own_tail = BETWEEN_END_RE.search(text[b.start:b.end])  # "5 шілде аралығында" found as one
    dashed = gap.strip() in RANGE_DASHES
    if dashed and a.kind == "range" and "/" in (a.value or "").strip("/"):
        return None  # "19:00-21:00 – Кешкі концерт": a programme line's dash, not a range's
    first_text, last_text = text[a.start:a.end], text[b.start:b.end]
    from_word = FROM_WORD_RE.search(first_text)  # "1 наурыздан бастап 31 мамырға дейін"
    first_value = a.value or ""
    last_value = (b.value or "").lstrip("/")
    if a.kind == "range" and "/" in first_value.strip("/"):  # "XVIII ғасыр - ХХ ғасырдың ортасы"
        first_value = first_value.split("/")[0]
    if b.kind == "range" and "/" in last_value.strip("/"):
        last_value = last_value.split("/")[-1]
    if from_word and _open_end(b):
        first_text = first_text[:from_word.start()]
        first_value = first_value.rstrip("/")  # "2020 жылдан бастап" alone is open: "2020/"
    open_end = _open_end(b) and ABLATIVE_RE.search(first_text)
    from_to = not gap.strip() and ABLATIVE_RE.search(first_text) and DATIVE_RE.search(last_text) \
        and "weekday" not in (a.rule, b.rule)  # "жексенбіден дүйсенбіге қараған түні": a night
    if not (dashed or open_end or from_to
            or (tail or own_tail) and (ABLATIVE_RE.search(text[a.start:a.end]) or gap.strip())):
        return None
    end = b.end + (tail.end() if tail else 0)
    first, last = complete(first_value, last_value, first_text, last_text)
    return Found(a.start, end, "range", a.priority, kind="range", value=f"{first}/{last}")


def _merge_durations(a: Found, b: Found, gap: str) -> Found | None:
    """"3 сағат 50 минут", "1 жыл 6 ай": one duration."""
    if a.kind == b.kind == "duration" and a.value is not None and b.value is not None \
            and gap.strip() in ("", "және"):
        value = tx.join_durations(a.value, b.value)
        if value:
            return Found(a.start, b.end, "duration", a.priority, kind="duration", value=value)
    return None


# a weekday beside its day: "15 наурыз, сенбі күні", "15 наурызда (сенбі)", "сенбі, 15 наурыз"
APPOSITION_GAP_RE = regex.compile(r"^\s*[,(]?\s*$")


def weekday_of_its_day(text: str, items: list[Found]) -> None:
    """A weekday named beside a day is that day ("15 наурыз, сенбі күні сағат 19:00-де": the
    weekday and its time are 15 March, not this week's Saturday)."""
    for a, b in zip(items, items[1:]):
        if not APPOSITION_GAP_RE.match(text[a.end:b.start]):
            continue
        for day, weekday in ((a, b), (b, a)):
            if weekday.rule == "weekday" and day.kind == "date" and day.value \
                    and FULL_DAY_RE.match(day.value):
                weekday.value = day.value


def merge_neighbours(text: str, items: list[Found], end: int) -> list[Found]:
    """Join date+time into datetimes and two ends into ranges (left to right, repeatedly), in a
    sentence ending at `end`."""
    out: list[Found] = []
    for item in items:
        if out:
            prev, gap = out[-1], text[out[-1].end:item.start]
            joined = (_merge_datetime(prev, item, gap) or _merge_range(text, prev, item, gap)
                      or _merge_durations(prev, item, gap))
            if joined:
                out[-1] = joined
                continue
        out.append(item)
    return [part_of_day(text, night_before(text, item, end), end) for item in out]


def find_in_sentence(text: str, start: int, end: int, ctx: Context,
                     keys: SentenceKeys | None = None,
                     tense: Callable[[int], str] | None = None) -> list[Found]:
    """The temporals of text[start:end] with kinds and values, in text order (keys: as for
    candidates; tense: the sentence's tense, read for a bare weekday: presskz.dates.tense). A bare
    time takes ctx.anchor_day, the day named before it: the caller resets it where a paragraph
    starts (Context.start_paragraph)."""
    found = candidates(text, start, end, ctx, keys)
    if not found:  # most sentences
        return []
    # an evening event matters to a clock hour only: the sentence is read for one only then
    ctx.evening = any(f.rule in TIME_HANDLERS for f in found) \
        and bool(lx.evening_event_re().search(text, start, end))
    items = select(found)
    weekdays_by_tense(items, ctx.ref, tense)
    years_by_tense(text, items, ctx.ref, tense, lambda t: bool(written_year_re().search(t)))
    weekday_of_its_day(text, items)  # before the values that depend on the day named before
    assign_values(text, items, ctx)
    return merge_neighbours(text, items, end)
