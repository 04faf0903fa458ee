"""The numbers grammar over a sentence's words: finds quantity spans and interprets them.

A match is: [approximator before] NUMBER [– NUMBER] [%|пайыз | currency | measure unit | есе |
бөлігі] [approximator after ...]. Numbers that belong to the dates stage (followed by a time noun
or a month) or are not quantities (inside short «titles», after №, capitalised numeral words
inside a sentence, versions after a Latin word, phone numbers, clock times) are consumed and
skipped so that their parts are not read again.

This module is the driver: it finds where a match may open and puts the readers of
quantity_units (number, range, unit, approximators) and the filters of quantity_filters together.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from collections.abc import Callable, Sequence

from presskz.numbers import quantity_lexicon as lex
from presskz.numbers import units
from presskz.numbers.grammar import NumberMatch, could_start_number
from presskz.numbers import numeral_lexicon
from presskz.numbers.numeral_lexicon import may_hold_numeral
from presskz.numbers.filters import is_temporal, not_a_quantity
from presskz.numbers.filters import load as not_a_quantity_load
from presskz.numbers.words import chunk_texts
from presskz.core.word_cache import WordCache


@dataclass
class Found:
    """A quantity over words[start:end]."""

    start: int
    end: int
    kind: str
    value: float | int | None
    unit: str | None = None
    approx: str | None = None


def _match_at(texts: list[str], i: int, offset_of: Callable[[int], int],
              titles: list[tuple[int, int]]) -> tuple[int, Found | None]:
    """Try a quantity starting at word i of a sentence's word texts (offset_of(k) is where word
    k starts in the text): (index of the first word after it, the quantity or None)."""
    if is_lead_word(texts[i]):
        j, approx = units.before_approx(texts, i)
        sign = lex.numeric_signs().get(texts[j].lower()) if j < len(texts) else None
        prefix_currency = units.prefix_currency(texts, j)  # "$5 млн", "€200"
    else:  # no approximator, sign or currency can start here: the number must
        j, approx, sign, prefix_currency = i, None, None, None
    num = units.read_with_range(texts, j + 1 if sign or prefix_currency else j)
    if num is None:
        return i + 1, None
    if not_a_quantity(texts, num, i, offset_of, titles):
        # the time noun after a skipped number goes with it ("екінші тоқсанында" is not 90)
        temporal_next = num.end < len(texts) and is_temporal(texts[num.end])
        return num.end + (1 if temporal_next else 0), None
    k, found = _interpret(texts, i, num, approx)
    if found.kind == "quantity" and i > 0 and texts[i - 1].lower() in lex.rate_words():
        found.start = i - 1  # "сағатына 60 шақырым": a speed
    if prefix_currency and found.kind in ("cardinal", "money"):
        found.kind, found.unit = "money", found.unit or prefix_currency
    if sign is not None and found.value is not None:
        found.value *= sign
    if found.approx == "several":  # "бірнеше мың": several thousand, no value
        found.value, found.approx = None, "about"
    if found.approx == "exact":  # "тең жартысы": exactly half
        found.approx = None
    return k, found


def _interpret(texts: list[str], i: int, num: NumberMatch, approx: str | None) -> tuple[int, Found]:
    kind = num.kind
    if kind == "cardinal" and isinstance(num.value, float) and num.value < 1 and num.end == num.start + 1:
        kind = "fraction"  # жартысы, ширегі
    value, unit, k = num.value, None, num.end
    open_word = not num.last.suffix or num.last.approx_only  # "миллиондай теңге"
    got = units.unit_at(texts, k) if open_word and kind != "ordinal" else None
    if got is not None:
        k, unit_kind, unit = got
        if unit_kind == "fraction":
            value = value if kind == "fraction" else (1 / value if value > 1 else value)
            unit = None
        kind = unit_kind if kind != "fraction" else kind
        if kind == "multiplier" and k < len(texts) and texts[k].lower() in lex.comparatives():
            k += 1  # "2 есе төмен" (KazNERD keeps it; the seed keeps "40%-ға" without "көп")
    k, after = units.after_approx(texts, k, texts[k - 1])
    approx = approx or num.approx or after
    if kind == "cardinal" and k < len(texts):
        if not num.last.suffix and texts[k].lower() in lex.comparatives():
            kind = "multiplier"
        else:
            unit = units.counted_noun(texts[k])
    return k, Found(i, k, kind, _round(value), unit, approx)


def _round(value: float | int | None) -> float | int | None:
    if isinstance(value, float):
        value = round(value, 9)
        return int(value) if value.is_integer() else value
    return value


@cache
def _lead_words() -> frozenset[str]:
    """Words that may open a match before its number: the first words of the approximators
    before a number ("шамамен", "ең кемі"), sign words ("минус") and currency signs ("$"),
    lower case without a final period (match_phrase ignores one)."""
    phrases = [*lex.approximators("before"), *lex.currencies()]
    return frozenset([p.words[0].rstrip(".") for p in phrases]
                     + [w.rstrip(".") for w in lex.numeric_signs()])


def _in_lead_words(word: str) -> bool:
    """True for a word of _lead_words(), in any case, with or without a final period."""
    return word.lower().rstrip(".") in _lead_words()


is_lead_word = lru_cache(maxsize=65536)(_in_lead_words)


# A word's part in opening a match: a possible number (which opens one too), a lead word
# (approximator, sign or currency, which opens one only with a number close after it), none
NO_PART, LEAD, NUMBER = 0, 1, 2
_ONLY_PART = {part: (part,) for part in (NO_PART, LEAD, NUMBER)}  # shared one-word tuples


def word_part(word: str) -> int:
    """NUMBER if read_number may read a number starting at this word, else LEAD if it is a
    lead word, else NO_PART. may_hold_numeral first rules out most words without analysing them."""
    if may_hold_numeral(word) and could_start_number(word):
        return NUMBER
    return _lead_part(word)


def chunk_could_start_number(raw: str) -> bool:
    """True if a word of this whitespace chunk (quantity_words.chunk_pieces) could start a number."""
    if raw.isalpha():  # the common plain word: its own only piece (nothing to peel or cut)
        return may_hold_numeral(raw) and could_start_number(raw)
    return may_hold_numeral(raw) and any(map(could_start_number, chunk_texts(raw)))


def read_chunk(raw: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The words of a whitespace chunk: their texts (quantity_words.chunk_texts) and parts
    (word_part)."""
    if raw.isalpha():  # the common plain word: its own only word, nothing to peel or cut
        part = NUMBER if chunk_may_start_number(raw) else _lead_part(raw)
        return (raw,), _ONLY_PART[part]
    texts = chunk_texts(raw)
    # no word of a chunk without a numeral start can start a number (its words start where
    # the chunk or a mark or sign does): the words' own tests are then only for lead words
    return texts, tuple(map(word_part if chunk_may_start_number(raw) else _lead_part, texts))


def _lead_part(word: str) -> int:
    """word_part of a word known to start no number."""
    return LEAD if _in_lead_words(word) else NO_PART


@cache
def _match_reach() -> int:
    """How many words after a match's first word its number may start: an approximator phrase
    before it ("ең аз дегенде"), then a sign or currency word ("минус", "$")."""
    return max((len(p.words) for p in lex.approximators("before")), default=0) + 1


# The per-word and per-chunk questions above, memoised in plain dicts: they are asked of every
# chunk of a sentence, and a dict hit (mapped in C) costs less than an lru_cache hit. The
# prefilter's question is asked of every chunk; the rest, in one memo, only of chunks of
# sentences that pass it.
chunk_may_start_number = WordCache(chunk_could_start_number).__getitem__
chunk_words = WordCache(read_chunk).__getitem__
word_part_of = WordCache(word_part).__getitem__


def load() -> None:
    """Load the word lists and indexes the grammar otherwise loads on first use."""
    _lead_words(), _match_reach(), lex.numeric_signs(), lex.rate_words(), lex.comparatives()
    numeral_lexicon.load()
    units.load()
    not_a_quantity_load()


def find_quantities_in(texts: list[str], offset_of: Callable[[int], int],
                       titles: Sequence[tuple[int, int]] = (),
                       parts: Sequence[int] | None = None) -> list[Found]:
    """All quantities in one sentence's word texts, left to right, not overlapping; offset_of(k)
    is where word k starts in the text; titles: character ranges whose numbers are no
    quantities, sorted and not overlapping; parts: the words' word_part, if known already."""
    out: list[Found] = []
    titles = list(titles)
    if parts is None:
        parts = list(map(word_part_of, texts))
    # a match opens at a possible number or at a lead word (approximator, sign, currency) with
    # a possible number at most _match_reach() words on; no other word can start one
    numbers = list(compress(range(len(texts)), map(NUMBER.__eq__, parts)))
    if not numbers:
        return out
    reach, last_number = _match_reach(), numbers[-1]
    openings = compress(range(last_number + 1), parts[:last_number + 1])  # NO_PART is 0
    i, n = 0, 0  # i: the first word not yet consumed; numbers[n]: the next number at or after it
    for k in openings:
        if k < i:
            continue  # inside the previous match
        while numbers[n] < k:
            n += 1
        if numbers[n] - k > reach:
            continue  # a lead word too far from the next number
        i_next, found = _match_at(texts, k, offset_of, titles)
        if found is not None:
            out.append(found)
        i = max(i_next, k + 1)
    return out
