"""Loads the date/time language data (months, weekdays, units, suffixes, ...) and builds regex pieces.

All word lists live in src/presskz/data/*.tsv (header line, tab-separated); this module only reads
them once (cached) and turns them into alternations for the grammar in date_rules.py.
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import regex

from presskz.kk.data import read_tsv
from presskz.kk.morphology import VOICING as morph_voicing
from presskz.kk.orthography import cyrillic_lookalikes

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def alternation(words) -> str:
    """A non-capturing alternation, longest first so the regex prefers the longest word."""
    return "(?:" + "|".join(sorted(set(words), key=lambda w: (-len(w), w))) + ")"


@cache
def suffix_pattern() -> str:
    """Optional case/possessive/plural suffix chain: plural? possessive? adjectival? case? particle?"""
    slots: dict[str, list[str]] = {}
    for row in read_tsv("date_suffixes.tsv"):
        slots.setdefault(row["slot"], []).append(row["form"])
    order = ("plural", "possessive", "adjectival", "case", "particle")
    return "".join(f"{alternation(slots[s])}?" for s in order if s in slots)


@cache
def adverb_suffix_pattern() -> str:
    """The shorter chain adverbs take (бүгін-гі, кеше-ден, сенбі-де): no possessive or accusative,
    which would turn "кеше" into "кешені" (a complex)."""
    slots: dict[str, list[str]] = {}
    for row in read_tsv("date_suffixes.tsv"):
        slots.setdefault(row["slot"], []).append(row["form"])
    return "".join(f"{alternation(slots[s])}?" for s in ("adjectival", "adverb_case", "particle"))


@cache
def case_only_suffix_pattern() -> str:
    """Case endings only (таңертең-нен, кешке, түн-де): no adjectival "-гі" ("күндізгі бөлім")."""
    slots: dict[str, list[str]] = {}
    for row in read_tsv("date_suffixes.tsv"):
        slots.setdefault(row["slot"], []).append(row["form"])
    return "".join(f"{alternation(slots[s])}?" for s in ("adverb_case", "particle"))


@cache
def stopwords() -> frozenset[str]:
    """Words that look like a number or date word plus a suffix but are not (үшін, кешен)."""
    return frozenset(r["word"] for r in read_tsv("date_stopwords.tsv"))


# A final voiceless stop voices before a vowel-initial suffix: қыркүйек -> қыркүйегінде.
VOICING = {voiceless: f"[{voiceless}{voiced}]" for voiceless, voiced in morph_voicing.items()}


def month_stem(name: str) -> str:
    """Regex stem of a month name: Russian-origin names drop the soft sign before Kazakh suffixes
    (апрель -> апрелі, апрельдің); a final к/қ/п may be voiced (қыркүйегінде)."""
    if name.endswith("ь"):
        return name[:-1] + "ь?"
    if name[-1] in VOICING:
        return name[:-1] + VOICING[name[-1]]
    return name


@cache
def months() -> dict[str, int]:
    """Lower-case month name -> month number."""
    return {r["name"]: int(r["month"]) for r in read_tsv("months.tsv")}


@cache
def ambiguous_months() -> frozenset[str]:
    """Month names that are also common words (қазан 'cauldron', маусым 'season', май 'oil')."""
    return frozenset(r["name"] for r in read_tsv("months.tsv") if r["ambiguous"] == "1")


@cache
def _month_stems() -> tuple[tuple[str, int], ...]:
    """(stem, month number), longest name first: the order month_of tries them in."""
    return tuple((name[:-1] if name.endswith("ь") or name[-1] in VOICING else name, months()[name])
                 for name in sorted(months(), key=len, reverse=True))


def month_of(word: str) -> int | None:
    """Month number of an inflected month word ("қарашасында" -> 11), or None."""
    word = word.lower()
    for stem, month in _month_stems():
        if word.startswith(stem):
            return month
    return None


@cache
def weekdays() -> dict[str, int]:
    return {r["name"]: int(r["isoweekday"]) for r in read_tsv("weekdays.tsv")}


@cache
def ambiguous_weekdays() -> frozenset[str]:
    """Weekday names that are also other words ("жұма" Friday / week / a first name)."""
    return frozenset(r["name"] for r in read_tsv("weekdays.tsv") if r["ambiguous"] == "1")


@cache
def _weekday_stems() -> tuple[tuple[str, int], ...]:
    """(stem, ISO weekday), longest name first: the order weekday_of tries them in."""
    return tuple((name[:-1] if len(name) > 4 else name, weekdays()[name])
                 for name in sorted(weekdays(), key=len, reverse=True))


def weekday_of(word: str) -> int | None:
    word = word.lower()
    for stem, number in _weekday_stems():
        if word.startswith(stem):
            return number
    return None


@cache
def date_words(kind: str) -> dict[str, str]:
    """date_words.tsv entries of one type (unit, part, daypart, season, after) -> value."""
    return {r["word"]: r["value"] for r in read_tsv("date_words.tsv") if r["type"] == kind}


@cache
def relative_words(kind: str) -> dict[str, str]:
    """relative_dates.tsv entries of one type (word, modifier, span, set) -> value."""
    return {r["word"]: r["value"] for r in read_tsv("relative_dates.tsv") if r["type"] == kind}


@cache
def numerals() -> dict[str, float]:
    return {r["word"]: float(r["value"]) for r in read_tsv("date_numerals.tsv")}


_longest_first: dict[int, tuple[Mapping, list[str]]] = {}  # id(table) -> (table, its keys)


def keys_longest_first(table: Mapping[str, object]) -> list[str]:
    """The table's keys, longest first; kept per table (the tables are the cached data above)."""
    entry = _longest_first.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _longest_first[id(table)] = (table, sorted(table, key=len, reverse=True))
    return entry[1]


_prefix_found: dict[tuple[int, str], str | None] = {}  # (id(table), word) -> lookup_prefix answer


def lookup_prefix(word: str, table: dict[str, str]) -> str | None:
    """Value of the longest table key the (inflected) word starts with."""
    keys = keys_longest_first(table)  # also ties id(table) to this table for good
    try:  # date words repeat heavily: a word is looked up once per table
        return _prefix_found[(id(table), word)]
    except KeyError:
        pass
    low = word.lower()
    found = next((table[key] for key in keys if low.startswith(key)), None)
    if len(_prefix_found) < 65536:
        _prefix_found[(id(table), word)] = found
    return found


@cache
def evening_event_re() -> regex.Pattern:
    """A word beginning with an evening-event word (date_words.tsv evening_event: спектакль, концерт)."""
    return regex.compile(rf"(?<!\w){alternation(date_words('evening_event'))}", regex.IGNORECASE)


def load() -> None:
    """Read every table above, with the longest-first key orders the lookups use, now rather
    than on first use."""
    suffix_pattern(), adverb_suffix_pattern(), case_only_suffix_pattern(), stopwords(), evening_event_re()
    ambiguous_months(), _month_stems(), ambiguous_weekdays(), _weekday_stems()
    keys_longest_first(numerals())
    for kind in ("unit", "part", "daypart", "daypart_word", "season", "after", "period", "time_after"):
        keys_longest_first(date_words(kind))
    for kind in ("word", "modifier", "span", "span_plural", "set"):
        keys_longest_first(relative_words(kind))


@cache
def roman_letters() -> str:
    """The upper-case letters of a Roman numeral: I V X L C and the Cyrillic look-alikes typed for
    them in Kazakh text ("ХІХ ғасыр" with Cyrillic Х and І; lookalikes.tsv)."""
    look = cyrillic_lookalikes()
    return "".join(ROMAN) + "".join(look[c] for c in ROMAN if c in look)


@cache
def _latin_of_roman() -> dict[str, str]:
    look = cyrillic_lookalikes()
    return {look[c]: c for c in ROMAN if c in look}


def roman_value(text: str) -> int | None:
    """Value of a Roman numeral ("XXI" -> 21; "ХІХ" in Cyrillic letters -> 19), None if it is not one."""
    latin = _latin_of_roman()
    text = "".join(latin.get(c, c) for c in text.upper())
    if not text or any(c not in ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = ROMAN[c]
        total += -v if i + 1 < len(text) and ROMAN[text[i + 1]] > v else v
    return total


def period_of(word: str) -> str | None:
    """date_words.tsv period code of a quarter / half / ten-days word in any form: "тоқсанында"
    Q, "жартыжылдығында" H, "онкүндігінде" D10 (a final к/қ voiced before a vowel)."""
    low = word.lower()
    table = date_words("period")
    stems = {key[:-1] if key[-1] in VOICING else key: code for key, code in table.items()}
    return next((stems[s] for s in sorted(stems, key=len, reverse=True) if low.startswith(s)), None)
