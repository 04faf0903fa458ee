"""Whether a number read in a sentence is a quantity at all. Numbers that belong to the dates
stage (followed by a temporal noun such as "жылы" or "қарашада", or coordinated with such a
number), clock times, the article "бір", ordinals in names, document and phone numbers (after №,
with dashes), versions after a Latin name ("Smart Almaty 2.0"), capitalised numeral words inside a
sentence and numbers inside short «titles» are not; quantity_rules skips them.
"""
from __future__ import annotations

import bisect
import math
from functools import cache, lru_cache
from collections.abc import Callable

import regex

from presskz.numbers import quantity_lexicon as lex
from presskz.numbers.grammar import NumberMatch, read_number
from presskz.numbers.units import DASHES, role, unit_at
from presskz.core.word_cache import WordCache
from presskz.kk.morphology import endings

TIME_RE = regex.compile(r"\d{1,2}[:.]\d{2}(?:[-‑]?\p{L}+)?$")
PHONE_RE = regex.compile(r"^\+?\d*\(?\d+\)?(?:[-‑]\d+){2,}$")
TEMPORAL_DERIVATIONS = endings("temporal_adjective")  # жылдық, айлық, биылғы
PUNCT_CONJUNCTIONS = {",", "-", "–", "—"}
LATIN_RE = regex.compile(r"\p{Latin}")


@cache
def _temporal_nouns_by_letter() -> dict[str, list[str]]:
    """Temporal stems by first letter: every way is_temporal accepts a stem (the abbreviation
    itself, the stem or a variant of it with a suffix) keeps the stem's first letter."""
    index: dict[str, list[str]] = {}
    for stem in lex.temporal_nouns():
        index.setdefault(stem[:1], []).append(stem)
    return index


@lru_cache(maxsize=65536)  # a handful of word forms recur after numbers
def is_temporal(word: str) -> bool:
    """"жылы", "айдың", "қарашада", "жылдығына": a word the dates stage reads."""
    lower = word.lower()
    for stem in _temporal_nouns_by_letter().get(lower[:1], ()):
        if stem.endswith("."):  # abbreviations ("ж.") match exactly
            if lower == stem:
                return True
            continue
        if lex.word_has_stem(lower, stem):
            return True
        if lower.startswith(stem) and lower[len(stem):].startswith(TEMPORAL_DERIVATIONS):
            return True
    return False


def _coordinates(word: str) -> bool:
    """True for a word that may join two numbers of a date: "және", "," or a dash."""
    return word in PUNCT_CONJUNCTIONS or role(word) in ("conjunction", "range_connector")


def _coordinated_with_temporal(texts: list[str], k: int) -> bool:
    """ "5 және 6 қараша", "2015, 2016 жылдары": the first number of a coordinated date."""
    if k + 1 >= len(texts) or not _may_coordinate(texts[k]):
        return False
    other = read_number(texts, k + 1)
    return other is not None and other.end < len(texts) and is_temporal(texts[other.end])


@cache
def _number_sign_forms() -> frozenset[str]:
    return frozenset(" ".join(p.words) for p in lex.number_signs())


def _is_article(texts: list[str], num: NumberMatch, first: int) -> bool:
    """ "белгілі бір", "бір кездері": "бір" as the indefinite article, not the number one."""
    if first != num.start or num.end - num.start != 1 or role(texts[num.start]) != "article":
        return False
    for phrase in lex.article_contexts("before"):
        n = len(phrase.words)
        if first >= n and [w.lower() for w in texts[first - n:first]] == list(phrase.words):
            return True
    return lex.match_phrase(texts, num.end, lex.article_contexts("after"), inflected=False) is not None


def _is_latin_name(word: str) -> bool:
    """ "Almaty", "COVID": a capitalised Latin word, whose number after it is a version."""
    return bool(word and LATIN_RE.match(word) and word[:1].isupper())


def _blocks_number_after(prev: str) -> bool:
    """True for a word that makes the number after it no quantity: a clock-time marker
    ("сағат 10"), a number sign ("№ 5"), a Latin name ("Smart Almaty 2.0"; a dash between
    the two is not_a_quantity's to see through)."""
    lower = prev.lower()
    return (lower in lex.time_markers() or lower in _number_sign_forms()
            or prev not in DASHES and _is_latin_name(prev))


def _never_a_quantity(head: str) -> bool:
    """True for a first word that no quantity starts with: a clock time ("10:30"), a phone or
    document number with dashes ("8-701-123-45-67")."""
    return bool(TIME_RE.match(head) or PHONE_RE.match(head))


# not_a_quantity's questions about single words, memoised: asked at every number read
_may_coordinate = WordCache(_coordinates).__getitem__
_blocks_next = WordCache(_blocks_number_after).__getitem__
_blocked_head = WordCache(_never_a_quantity).__getitem__


def not_a_quantity(texts: list[str], num: NumberMatch, first: int,
                   offset_of: Callable[[int], int], titles: list[tuple[int, int]]) -> bool:
    """True for numbers that are dates/times, names, document or phone numbers. `titles`: the
    character ranges whose numbers are no quantities, sorted and not overlapping (merged_ranges)."""
    head, prev = texts[num.start], texts[first - 1] if first > 0 else ""
    # each test below only adds a reason to say True, so their order does not matter: the
    # memoised ones about single words first
    if _blocks_next(prev) or _blocked_head(head):
        return True
    if prev in DASHES and first > 1 and _is_latin_name(texts[first - 2]):  # "COVID – 19"
        return True
    if num.end < len(texts) and is_temporal(texts[num.end]) and not unit_at(texts, num.end):
        return True
    if num.last.cls == "digits" and num.last.suffix and is_temporal(num.last.suffix):
        return True  # "20-жастағы", "60-жылдары" written as one word
    if num.kind == "ordinal" and num.end < len(texts) and lex.base_form(texts[num.end], lex.name_heads()):
        return True
    if _coordinated_with_temporal(texts, num.end):  # "5 және 6 қараша"
        return True
    if _is_article(texts, num, first):
        return True
    if first > 0 and head[:1].isupper() and not head[:1].isdigit():  # «Бес институционалды...»
        return True
    if not titles:
        return False
    # the last range starting at or before the number: the only one that can hold it (a sentence
    # listing a thousand phone numbers made a scan of all of them quadratic, issue 25)
    start = offset_of(first)
    k = bisect.bisect_right(titles, (start, math.inf)) - 1
    return k >= 0 and start < titles[k][1]


def load() -> None:
    """Build the tables the filters otherwise build on first use."""
    lex.load()
    _temporal_nouns_by_letter(), _number_sign_forms()
